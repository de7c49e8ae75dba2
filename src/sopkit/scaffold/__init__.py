"""`sopkit new plugin`: a working catalogue plugin package to start an agency's data from."""

from sopkit.scaffold._plugin import ScaffoldError, new_plugin

__all__ = ["ScaffoldError", "new_plugin"]
