"""SOP AP (PermenPAN-RB 35/2012): identity, header fields, actors and steps."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from sopkit.calendar._duration import TimeLimit
from sopkit.core._legal import LegalRef
from sopkit.core._reading import Reading
from sopkit.core._source import Source

END: Literal["end"] = "end"
Target = int | Literal["end"]


@attrs.frozen
class Decision:
    """A decision point (◇): the question, and the step each answer leads to."""

    question: str = ""
    yes: Target | None = None
    no: Target | None = None


@attrs.frozen
class Mark:
    """A flowchart mark as printed in a step row: the actor column holding it, and its symbol.

    `symbol` is what the cell shows: "□" (activity), "◇" (decision), "○" or "⬭" (start/end),
    "↓" or "→" (a connector), or a word the OCR kept ("OPD", "Bupati"). `label` is a "Ya" or
    "Tidak" printed beside it.
    """

    column: str
    symbol: str = "□"
    label: str = ""


@attrs.frozen
class Step:
    """One kegiatan of an SOP, with its pelaksana and mutu baku."""

    number: int
    activity: str
    sub_activities: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    inputs: tuple[str, ...] = ()
    duration: TimeLimit | None = None
    duration_text: str = ""
    output: tuple[str, ...] = ()
    note: str = ""
    decision: Decision | None = None
    # the flowchart as printed: every mark with its column (actors keep the marked columns)
    marks: tuple[Mark, ...] = ()
    # False for a row printed without a number (its number only orders it after the previous)
    numbered: bool = True
    # the row has fewer cells than the header, so which column a mark sits in is not sure
    uncertain: bool = False
    # the activity as likely intended, where the printed words are real but probably wrong
    reading: str = ""
    # staff time of the step's waktu, where the agency states it (the waktu is its lead time)
    effort: TimeLimit | None = None


@attrs.frozen
class Approval:
    """Who approved (disahkan oleh) an SOP: office, name and NIP as printed."""

    role: str
    name: str = ""
    nip: str = ""
    text: str = ""


@attrs.frozen
class Sop:
    """A standard operating procedure with its PermenPAN-RB 35/2012 identity and steps."""

    slug: str
    name: str
    agency: str = ""
    service: str = ""
    number: str = ""
    created: dt.date | None = None
    revised: dt.date | None = None
    revision: str = ""
    effective: dt.date | None = None
    approved_by: Approval | None = None
    unit: str = ""
    section: str = ""
    legal_basis: tuple[LegalRef, ...] = ()
    qualifications: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    records: tuple[str, ...] = ()
    product_owner: str = ""
    executor: str = ""
    scope: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()
    stated_total: TimeLimit | None = None
    stated_total_text: str = ""
    notes: tuple[str, ...] = ()
    readings: tuple[Reading, ...] = ()
    # where the object was read from; not data (no equality, no JSON)
    source: Source | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def code(self) -> str:
        """Return the stable code '<agency-code>/sop/<sop-slug>'."""
        return f"{self.agency}/sop/{self.slug}"

    def step(self, number: int) -> Step:
        """Return the step with this number; raise KeyError when there is none."""
        for step in self.steps:
            if step.number == number:
                return step
        raise KeyError(f"SOP {self.slug!r} has no step {number}")

    def _repr_html_(self) -> str:
        """Return the SOP with its swimlane chart as an HTML fragment, for notebooks."""
        from sopkit.render import render_sop_html  # lazy: render imports the core

        return render_sop_html(self, standalone=False)

    def _repr_markdown_(self) -> str:
        """Return the SOP's identity and steps in Markdown, for notebooks."""
        from sopkit.render import render_sop_markdown

        return render_sop_markdown(self)
