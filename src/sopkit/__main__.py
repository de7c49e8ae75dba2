"""`python -m sopkit`: the command line."""

from sopkit.cli import main

raise SystemExit(main())
