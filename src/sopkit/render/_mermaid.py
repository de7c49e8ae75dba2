"""Mermaid flowchart text of an SOP: a node per step in its symbol's shape, Ya/Tidak edges."""

from __future__ import annotations

import re

from sopkit.core._sop import END, Sop
from sopkit.render._flow import Shape, flow_edges, step_shape
from sopkit.render._safe import one_line

_OPEN_CLOSE = {
    Shape.TERMINATOR: ("([", "])"),
    Shape.PROCESS: ("[", "]"),
    Shape.DECISION: ("{", "}"),
}
END_NODE = "selesai"


# Mermaid reads '#name;' and '#123;' as entities inside labels, so '#' itself is coded first;
# a backtick would open a Markdown string and '<' '>' raw HTML
_LABEL_CODES = (
    ("#", "#35;"),
    ("&", "#amp;"),
    ('"', "#quot;"),
    ("<", "#lt;"),
    (">", "#gt;"),
    ("`", "#96;"),
)
_COMMENT_UNSAFE = re.compile(r"[%{}]")


def mermaid_label(text: str) -> str:
    """Return text safe inside a quoted Mermaid label: one line, entity codes for syntax."""
    text = one_line(text)
    for char, code in _LABEL_CODES:
        text = text.replace(char, code)
    return text


def mermaid_comment(text: str) -> str:
    """Return text safe after '%%': one line, with no '%' or braces that could open a directive."""
    return _COMMENT_UNSAFE.sub("_", one_line(text))


def node_id(number: int) -> str:
    """Return the Mermaid node id of a step number."""
    return f"s{number}" if number >= 0 else f"s_{-number}"


def render_sop_mermaid(sop: Sop) -> str:
    """Return Mermaid flowchart text of an SOP's flow."""
    lines = ["flowchart TD", f"  %% {mermaid_comment(f'{sop.name} ({sop.code})')}"]
    for index, step in enumerate(sop.steps):
        opening, closing = _OPEN_CLOSE[step_shape(sop, index)]
        actors = ", ".join(step.actors) or "pelaksana tidak tercantum"
        label = mermaid_label(f"{step.number}. {step.activity}") + "<br/><i>"
        label += mermaid_label(actors) + "</i>"
        lines.append(f'  {node_id(step.number)}{opening}"{label}"{closing}')
    edges = flow_edges(sop)
    numbers = {s.number for s in sop.steps}
    if any(e.target == END for e in edges):
        lines.append(f'  {END_NODE}(["Selesai"])')
    for edge in edges:
        if edge.target == END:
            target = END_NODE
        elif edge.target in numbers:
            target = node_id(int(edge.target))
        else:  # no node to point at: say so in a comment rather than drop it
            lines.append(
                "  %% "
                + mermaid_comment(
                    f"{node_id(edge.source)} {edge.branch.value} -> {edge.target}: no step"
                )
            )
            continue
        arrow = f"-->|{edge.branch.value}|" if edge.branch.value else "-->"
        lines.append(f"  {node_id(edge.source)} {arrow} {target}")
    return "\n".join(lines) + "\n"
