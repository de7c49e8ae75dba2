"""The per-file event log in the column names process-mining tools read (XES attributes).

One row per step event: `case:concept:name` (the file), `case:service`, `concept:name`
(the step), `org:role` (the station), `lifecycle:transition` (schedule: the file reaches
the step; start: a server takes it; complete: the step's lead time is over),
`time:timestamp` (aware, in the agency's timezone, to the second) and `office_hours`
(the simulation clock: office hours since the start).
"""

from __future__ import annotations

from array import array
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from sopkit._i18n import Text
from sopkit.sim._engine import Raw
from sopkit.sim._errors import SimError
from sopkit.sim._hours import OfficeHours
from sopkit.sim._model import SimModel

if TYPE_CHECKING:
    import pandas as pd

    from sopkit.sim._results import SimResult

TRANSITIONS = ("schedule", "start", "complete")
COLUMNS = (
    "case:concept:name",
    "case:service",
    "concept:name",
    "org:role",
    "lifecycle:transition",
    "time:timestamp",
    "office_hours",
)


@attrs.frozen
class LogData:
    """The raw events of a run and what is needed to name them."""

    case: array[int]
    stage: array[int]
    kind: array[int]
    time: array[float]
    steps: tuple[str, ...]
    roles: tuple[str, ...]
    services: tuple[str, ...]
    flow_of_case: array[int] | None
    hours: OfficeHours

    @classmethod
    def of(cls, model: SimModel, raw: Raw) -> LogData:
        """Return the event data of a run made with log=True."""
        assert raw.events is not None
        ev = raw.events
        return cls(
            ev.case,
            ev.stage,
            ev.kind,
            ev.time,
            tuple(s.name for s in model.stages),
            tuple(model.stations[s.station].name for s in model.stages),
            tuple(model.streams[s.flow].name for s in model.stages),
            raw.flow,
            model.hours,
        )


def event_frame(result: SimResult) -> pd.DataFrame:
    """Return the event log of a result as a DataFrame, in time order."""
    import pandas as pd

    data = result.events
    if data is None:
        raise SimError(Text("this run kept no event log; simulate with event_log=True"))
    hours = data.hours
    clock = (lambda p: p) if hours.is_always_open else hours.clock
    offsets = [clock(t) for t in data.time]
    if hours.start is not None:
        base = pd.Timestamp(hours.start.isoformat()).tz_localize(hours.timezone)
        stamps = (base + pd.to_timedelta(offsets, unit="h")).round("s")
    else:
        base = pd.Timestamp(0, tz="UTC")
        stamps = (base + pd.to_timedelta(offsets, unit="h")).round("s")
    frame = pd.DataFrame(
        {
            "case:concept:name": [f"file-{c}" for c in data.case],
            "case:service": [data.services[s] for s in data.stage],
            "concept:name": [data.steps[s] for s in data.stage],
            "org:role": [data.roles[s] for s in data.stage],
            "lifecycle:transition": [TRANSITIONS[k] for k in data.kind],
            "time:timestamp": stamps,
            "office_hours": list(data.time),
        }
    )
    return frame.sort_values(["office_hours"], kind="stable").reset_index(drop=True)


def write_event_log(result: SimResult, path: str | Path) -> int:
    """Write the event log to a .csv or .parquet file; return the number of rows."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise SimError(
            Text(
                "event log {file}: give a file ending in .csv or .parquet, got {suffix}",
                file=repr(str(target)),
                suffix=repr(suffix),
            )
        )
    if not target.parent.is_dir():
        raise SimError(
            Text(
                "event log {file}: folder {folder} does not exist",
                file=repr(str(target)),
                folder=repr(str(target.parent)),
            )
        )
    frame = event_frame(result)
    if suffix == ".csv":
        frame.to_csv(target, index=False)
    else:
        try:
            frame.to_parquet(target, index=False)
        except ImportError as exc:
            raise SimError(
                Text("writing Parquet needs pyarrow: pip install 'sopkit[sim]'")
            ) from exc
    return len(frame)
