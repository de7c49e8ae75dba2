"""Mermaid flowchart text of an SOP: a node per step in its shape, Ya/Tidak edges."""

from __future__ import annotations

import re

from sopkit.core._sop import Sop
from sopkit.render import render_sop_mermaid
from tests.render import samples

NODE = re.compile(r'^  (?P<id>\w+)(?P<open>\(\[|\[|\{)"(?P<label>[^"]*)"(?P<close>\]\)|\]|\})$')
EDGE = re.compile(r"^  (?P<source>\w+) -->(?:\|(?P<label>[^|]+)\|)? (?P<target>\w+)$")
SHAPES = {"([": "terminator", "[": "process", "{": "decision"}


def parse(sop: Sop) -> tuple[dict[str, tuple[str, str]], list[tuple[str, str, str]]]:
    """Return the nodes (id -> shape, label) and edges of the Mermaid text; fail on other lines."""
    lines = render_sop_mermaid(sop).splitlines()
    assert "flowchart TD" == lines[0]
    nodes: dict[str, tuple[str, str]] = {}
    edges: list[tuple[str, str, str]] = []
    for line in lines[1:]:
        if node := NODE.match(line):
            nodes[node["id"]] = (SHAPES[node["open"]], node["label"])
        elif edge := EDGE.match(line):
            edges.append((edge["source"], edge["target"], edge["label"] or ""))
        else:
            assert line.startswith("  %%"), line
    return nodes, edges


def test_a_node_per_step_with_its_shape() -> None:
    """Each step is a node; first and last are terminators, decisions rhombi."""
    nodes, _ = parse(samples.decision_sop())
    shapes = {k: v[0] for k, v in nodes.items()}
    expected = {
        "s1": "terminator",
        "s2": "decision",
        "s3": "process",
        "s4": "decision",
        "s5": "terminator",
        "selesai": "terminator",
    }
    assert expected == shapes


def test_edges_follow_the_flow_with_ya_tidak_labels() -> None:
    """Plain steps lead to the next; decisions to their Ya and Tidak targets or Selesai."""
    _, edges = parse(samples.decision_sop())
    expected = [
        ("s1", "s2", ""),
        ("s2", "s3", "Ya"),
        ("s2", "s1", "Tidak"),
        ("s3", "s4", ""),
        ("s4", "s5", "Ya"),
        ("s4", "selesai", "Tidak"),
    ]
    assert expected == edges


def test_every_edge_joins_declared_nodes() -> None:
    """No edge names a node that is not declared."""
    nodes, edges = parse(samples.decision_sop())
    assert set() == {n for s, t, _ in edges for n in (s, t)} - set(nodes)


def test_labels_are_escaped_and_name_the_actor() -> None:
    """Quotes and brackets become entity codes; the label names the actor or its absence."""
    nodes, _ = parse(samples.escaped_sop())
    assert nodes["s1"][1].startswith("1. Cek #lt;b#gt;draf#lt;/b#gt; #amp; paraf<br/>")
    assert "pelaksana tidak tercantum" in parse(samples.unassigned_sop())[0]["s2"][1]
