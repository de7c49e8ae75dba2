"""How an error names the option that fixes it: as a Python argument or as a CLI flag.

The builder and the load check speak of options through `ask`; the command line runs them
inside `cli_spelling()`, so the same error says `--duration 2=TIME` there and
`durations={2: ...}` to a Python caller.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

from sopkit._i18n import Text

_CLI: contextvars.ContextVar[bool] = contextvars.ContextVar("sopkit_sim_cli", default=False)

_FORMS: dict[str, tuple[str, str]] = {
    "durations": ("durations={{{step}: ...}}", "--duration {step}=TIME"),
    "efforts": ("efforts={{{step}: ...}}", "--effort {step}=TIME"),
    "step_roles": ("step_roles={{{step}: ROLE}}", "--role {step}=ROLE"),
    "default_pool": ("default_pool=ROLE", "--default-pool ROLE"),
    "branches": ("branches={{{step}: Branch(p_yes)}}", "--branch {step}=P"),
    "batches": ("batches={{{step}: ...}}", "--batch {step}=PERIOD"),
    "staff": ("staff={{{step}: N}}", "--staff {step}=N"),
    "bare_day": ("bare_day=working or calendar", "--bare-day working|calendar"),
    "assume": ("assume=True", "--assume"),
    "allow_overload": ("allow_overload=True", "--allow-overload"),
    "sop": ("sop=SLUG", "--sop SLUG"),
    "time_limit": ("time_limit=LENGTH", "a service time limit"),
    "arrivals": ("per_day= and days=", "--arrivals RATE/day and --days N"),
    "days": ("days=", "--days"),
    "per_day": ("per_day=", "--arrivals"),
    "warmup_days": ("warmup_days=", "--warmup"),
    "start": ("start=", "--start"),
    "received": ("received=", "received instants"),
    "spread": ("spread=", "--spread"),
    "last_year": ("a calendar with a later last_year", "--last-year"),
}


@contextlib.contextmanager
def cli_spelling() -> Iterator[None]:
    """Within this block, errors name command-line flags instead of Python arguments."""
    token = _CLI.set(True)
    try:
        yield
    finally:
        _CLI.reset(token)


def ask(option: str, step: object = "STEP") -> Text:
    """Return how to give an option (for a step or role), as the current caller spells it."""
    python, cli = _FORMS[option]
    # a Text: the few forms in words ("a service time limit") are shown in Indonesian too
    return Text(cli if _CLI.get() else python, step=step)
