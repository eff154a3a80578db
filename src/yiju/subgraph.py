"""The subgraph a view keeps: the query behind `yiju render --doc/--target/--department/--person`.

Selection is a query of the graph, like `queries.derives_from`: which documents, clauses,
targets, indicators and owners a filter keeps. Rendering (`yiju.render`) takes the result and
turns it into a scene, styles it and writes DOT; it no longer walks the graph to choose.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from yiju._util import natural_key as _natural
from yiju.errors import NoMatchError
from yiju.graph import Graph
from yiju.graphread import EdgeKind, NodeKind, kind_of, nodes_of, predecessors, successors
from yiju.normalize import clean_name
from yiju.queries import resolve_documents, resolve_targets

__all__ = ["Subgraph", "select_subgraph"]


def _attr(g: Graph, node: str, name: str, default: str = "") -> str:
    value = g.nodes[node].get(name)
    return default if value is None else str(value)


@dataclass(slots=True)
class Subgraph:
    """The nodes a filtered view keeps, by kind, before any level collapses them.

    `leaders` are the people kept as 分管领导 (a `person` filter naming a leader); `subject`
    says in Chinese what was asked (`依据 泉委办〔2021〕20号`, `部门 基础科`, `全部目标`).
    """

    documents: set[str] = field(default_factory=set)
    clauses: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    indicators: set[str] = field(default_factory=set)
    departments: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    leaders: set[str] = field(default_factory=set)  # people drawn with `分管` edges
    subject: str = "全部目标"

    def all(self) -> set[str]:
        """Return every node kept."""
        return self.documents | self.clauses | self.targets | self.indicators | self.departments | self.people


def _resolve_named(g: Graph, kind: NodeKind, query: str) -> list[str]:
    """Return the department or person nodes a name (or node id) names, in every unit."""
    text = query.strip()
    if kind_of(g, text) == kind:
        return [text]
    wanted = clean_name(text)
    pool = nodes_of(g, kind)
    found = sorted((n for n in pool if _attr(g, n, "name") == wanted), key=_natural)
    if found:
        return found
    names = sorted({_attr(g, n, "name") for n in pool})
    close = process.extract(wanted, names, scorer=fuzz.ratio, limit=5)
    raise NoMatchError(query, tuple(names[index] for _, _, index in close))


def _sources(g: Graph, sel: Subgraph) -> None:
    for target in sel.targets:
        for edge in (EdgeKind.BASED_ON, EdgeKind.MENTIONS):
            sel.documents.update(successors(g, target, edge))
        for clause in successors(g, target, EdgeKind.CITES):
            sel.clauses.add(clause)
            sel.documents.update(successors(g, clause, EdgeKind.PART_OF))


def _owned_by(g: Graph, sel: Subgraph, owners: Iterable[str], edges: Sequence[EdgeKind]) -> None:
    """Keep the indicators linked to `owners` by `edges`, their targets and the targets' sources."""
    for owner in owners:
        for edge in edges:
            sel.indicators.update(predecessors(g, owner, edge))
    sel.targets = {
        t
        for i in sel.indicators
        for t in successors(g, i, EdgeKind.PART_OF)
        if kind_of(g, t) == NodeKind.TARGET
    }
    _sources(g, sel)


def select_subgraph(
    G: Graph,  # noqa: N803  # networkx convention
    *,
    doc: str | None = None,
    target: str | None = None,
    department: str | None = None,
    person: str | None = None,
) -> Subgraph:
    """Return what a view keeps: one filter at most (the first given), or everything.

    `doc`: the matched documents, their clauses, the targets deriving from them, their
    indicators and owners (not the other documents those targets cite). `target`: the
    target (or an indicator's target), its sources, indicators and owners. `department` /
    `person`: the indicators they own (or lead), with their targets and the targets' sources,
    and the indicators' other owners.

    Raises:
        NoMatchError: The filter matches nothing.
    """
    g = G
    sel = Subgraph()
    if doc is not None:
        sel.documents = set(resolve_documents(g, doc))
        sel.subject = "依据 " + "、".join(_attr(g, d, "key") for d in sorted(sel.documents, key=_natural))
        for found in sel.documents:
            sel.clauses.update(
                c for c in predecessors(g, found, EdgeKind.PART_OF) if kind_of(g, c) == NodeKind.CLAUSE
            )
            for edge in (EdgeKind.BASED_ON, EdgeKind.MENTIONS):
                sel.targets.update(predecessors(g, found, edge))
        for clause in sel.clauses:
            sel.targets.update(predecessors(g, clause, EdgeKind.CITES))
    elif target is not None:
        for node in resolve_targets(g, target):
            parents = [node] if kind_of(g, node) == NodeKind.TARGET else successors(g, node, EdgeKind.PART_OF)
            sel.targets.update(p for p in parents if kind_of(g, p) == NodeKind.TARGET)
        sel.subject = "目标 " + "、".join(sorted({_attr(g, t, "number") for t in sel.targets}, key=_natural))
        _sources(g, sel)
    elif department is not None:
        owners = _resolve_named(g, NodeKind.DEPARTMENT, department)
        sel.subject = "部门 " + "、".join(sorted({_attr(g, d, "name") for d in owners}))
        sel.departments.update(owners)
        _owned_by(g, sel, owners, (EdgeKind.OWNED_BY,))
    elif person is not None:
        owners = _resolve_named(g, NodeKind.PERSON, person)
        sel.subject = "责任人 " + "、".join(sorted({_attr(g, p, "name") for p in owners}))
        sel.people.update(owners)
        sel.leaders.update(p for p in owners if any(predecessors(g, p, EdgeKind.LED_BY)))
        _owned_by(g, sel, owners, (EdgeKind.ASSIGNED_TO, EdgeKind.LED_BY))
    else:
        sel.documents = set(nodes_of(g, NodeKind.DOCUMENT))
        sel.clauses = set(nodes_of(g, NodeKind.CLAUSE))
        sel.targets = set(nodes_of(g, NodeKind.TARGET))
    if department is None and person is None:
        sel.indicators = {
            i
            for t in sel.targets
            for i in predecessors(g, t, EdgeKind.PART_OF)
            if kind_of(g, i) == NodeKind.INDICATOR
        }
    for indicator in sel.indicators:
        sel.departments.update(successors(g, indicator, EdgeKind.OWNED_BY))
        sel.people.update(successors(g, indicator, EdgeKind.ASSIGNED_TO))
    return sel
