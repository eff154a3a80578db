"""One reading API of the traceability graph: its kinds as enums, and the walks every reader shares.

`graph.py` writes the graph; everything that reads it — the queries, the report's tables,
the renderer, the audit rules and the SQL index — walks it through the functions here, so
that an edge name is spelt once (`EdgeKind`) and a walk such as "the indicators of a
target" has one definition. A level missing from one reader's colour table is how the
diagram once drew county-level issuers as unknown while the report said 县级; `Level`
lists them all, with their Chinese names.

Example:
    >>> from yiju.graph import Graph
    >>> G = Graph()
    >>> G.add_node("target:局/2021/1-1", kind="target", number="1-1")
    >>> G.add_node("indicator:局/2021/1-1-2", kind="indicator", number="1-1-2")
    >>> G.add_node("indicator:局/2021/1-1-10", kind="indicator", number="1-1-10")
    >>> for ind in ("indicator:局/2021/1-1-10", "indicator:局/2021/1-1-2"):
    ...     _ = G.add_edge(ind, "target:局/2021/1-1", key=EdgeKind.PART_OF, kind="part_of")
    >>> indicators_of(G, "target:局/2021/1-1")
    ['indicator:局/2021/1-1-2', 'indicator:局/2021/1-1-10']
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from yiju._util import lines, natural_key

if TYPE_CHECKING:
    from yiju.graph import Graph

__all__ = [
    "ROLE_EDGES",
    "DocumentInfo",
    "EdgeKind",
    "Level",
    "NodeKind",
    "Role",
    "clauses_of",
    "document_info",
    "documents",
    "documents_by_level",
    "indicators_of",
    "kind_of",
    "level_of",
    "nodes_of",
    "owners",
    "predecessors",
    "successors",
    "target_of",
    "targets",
]


class NodeKind(StrEnum):
    """The `kind` attribute of a node (the node id scheme of docs/README.md, "The graph")."""

    DOCUMENT = "document"
    CLAUSE = "clause"
    TARGET = "target"
    INDICATOR = "indicator"
    DEPARTMENT = "department"
    PERSON = "person"
    UNIT = "unit"


class EdgeKind(StrEnum):
    """The `kind` (and key) of an edge; edges point from the derived thing to its source or owner.

    `based_on` target → document (文件依据); `cites` target → clause (a pinned item);
    `mentions` target → document (named without an item); `part_of` clause → document,
    indicator → target, target or department → unit; `owned_by` indicator → department;
    `assigned_to` indicator → person (责任人); `led_by` indicator → person (分管领导);
    `member_of` person → department.
    """

    BASED_ON = "based_on"
    CITES = "cites"
    MENTIONS = "mentions"
    PART_OF = "part_of"
    OWNED_BY = "owned_by"
    ASSIGNED_TO = "assigned_to"
    LED_BY = "led_by"
    MEMBER_OF = "member_of"


class Level(StrEnum):
    """An issuing organ's administrative level, as a document node's `level` attribute holds it."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"
    COUNTY = "county"
    UNKNOWN = "unknown"

    @property
    def chinese(self) -> str:
        """Return the level's Chinese name: 国家级, 省级, 市级, 县级, 未知."""
        return _LEVEL_NAMES[self]

    @property
    def rank(self) -> int:
        """Return the sort rank of the level, highest level first (unknown last)."""
        return list(Level).index(self)


_LEVEL_NAMES = {
    Level.NATIONAL: "国家级",
    Level.PROVINCIAL: "省级",
    Level.MUNICIPAL: "市级",
    Level.COUNTY: "县级",
    Level.UNKNOWN: "未知",
}

#: A `workload(by=...)` grouping: 责任人, 责任部门 or 分管领导.
Role = Literal["person", "department", "leader"]

#: The edge from an indicator to its owners in each role.
ROLE_EDGES: dict[str, EdgeKind] = {
    "person": EdgeKind.ASSIGNED_TO,
    "department": EdgeKind.OWNED_BY,
    "leader": EdgeKind.LED_BY,
}


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document node: its canonical key and every title bound to it across the forms."""

    key: str
    titles: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape `{"key", "titles"}`."""
        return {"key": self.key, "titles": list(self.titles)}


# --------------------------------------------------------------------------- nodes


def kind_of(G: Graph, node: str) -> str | None:  # noqa: N803  # networkx convention
    """Return a node's `kind` (a `NodeKind` value), or None when the node is absent or has none."""
    attrs = G.nodes.get(node)
    if attrs is None:
        return None
    kind = attrs.get("kind")
    return None if kind is None else str(kind)


def nodes_of(G: Graph, kind: NodeKind) -> list[str]:  # noqa: N803  # networkx convention
    """Return the nodes of one kind, in graph order (sorted, as `build_graph` adds them)."""
    return [node for node, attrs in G.nodes(data=True) if attrs.get("kind") == kind]


def _items_of(G: Graph, kind: NodeKind) -> Iterator[tuple[str, dict[str, Any]]]:  # noqa: N803  # networkx convention
    for node, attrs in G.nodes(data=True):
        if attrs.get("kind") == kind:
            yield node, attrs


def documents(G: Graph) -> list[str]:  # noqa: N803  # networkx convention
    """Return the document nodes in graph order."""
    return nodes_of(G, NodeKind.DOCUMENT)


def level_of(G: Graph, doc: str) -> Level:  # noqa: N803  # networkx convention
    """Return a document's issuer level (`Level.UNKNOWN` when the gazetteer could not tell)."""
    value = str(G.nodes[doc].get("level", Level.UNKNOWN))
    return Level(value) if value in _LEVEL_VALUES else Level.UNKNOWN


def documents_by_level(G: Graph) -> list[str]:  # noqa: N803  # networkx convention
    """Return the document nodes, higher levels first, numbered before title-only, then by key."""

    def order(item: tuple[str, dict[str, Any]]) -> tuple[Any, ...]:
        node, attrs = item
        value = str(attrs.get("level", ""))
        rank = Level(value).rank if value in _RANKED else len(_RANKED)
        return (rank, not attrs.get("numbered", True), natural_key(str(attrs.get("key", node))))

    return [node for node, _ in sorted(_items_of(G, NodeKind.DOCUMENT), key=order)]


_LEVEL_VALUES = frozenset(level.value for level in Level)

# The levels the report ranks; unknown (and anything else) sorts after them.
_RANKED = frozenset(level.value for level in Level if level is not Level.UNKNOWN)


def targets(G: Graph) -> list[str]:  # noqa: N803  # networkx convention
    """Return the target nodes in graph order."""
    return nodes_of(G, NodeKind.TARGET)


def document_info(G: Graph, doc: str) -> DocumentInfo:  # noqa: N803  # networkx convention
    """Return a document node's key and titles."""
    attrs = G.nodes[doc]
    return DocumentInfo(
        key=str(attrs.get("key", doc.removeprefix("doc:"))), titles=lines(attrs.get("titles"))
    )


# --------------------------------------------------------------------------- edges


def successors(G: Graph, node: str, edge: EdgeKind) -> list[str]:  # noqa: N803  # networkx convention
    """Return the nodes `node` points at over `edge` edges, in graph order."""
    return [v for v, keys in G.succ[node].items() if edge in keys]


def predecessors(G: Graph, node: str, edge: EdgeKind) -> list[str]:  # noqa: N803  # networkx convention
    """Return the nodes pointing at `node` over `edge` edges, in graph order."""
    return [u for u, keys in G.pred[node].items() if edge in keys]


def indicators_of(G: Graph, target: str) -> list[str]:  # noqa: N803  # networkx convention
    """Return a target's indicator nodes, sorted by number read as numbers (`1-1-2` < `1-1-10`)."""
    nodes = G.nodes
    found = [
        u for u in predecessors(G, target, EdgeKind.PART_OF) if nodes[u].get("kind") == NodeKind.INDICATOR
    ]
    return sorted(found, key=lambda n: natural_key(str(nodes[n].get("number", n))))


def target_of(G: Graph, indicator: str) -> str | None:  # noqa: N803  # networkx convention
    """Return the target node an indicator is part of, or None."""
    nodes = G.nodes
    return next(
        (v for v in successors(G, indicator, EdgeKind.PART_OF) if nodes[v].get("kind") == NodeKind.TARGET),
        None,
    )


def owners(G: Graph, indicator: str, kind: Role | EdgeKind) -> list[str]:  # noqa: N803  # networkx convention
    """Return an indicator's owner nodes in one role (`person`, `department`, `leader`, or the edge).

    Example:
        >>> from yiju.graph import Graph
        >>> G = Graph()
        >>> _ = G.add_edge("indicator:局/2021/1-1-1", "person:局/李志福", key="assigned_to")
        >>> owners(G, "indicator:局/2021/1-1-1", "person")
        ['person:局/李志福']
    """
    edge = kind if isinstance(kind, EdgeKind) else ROLE_EDGES[kind]
    return successors(G, indicator, edge)


def clauses_of(G: Graph, doc: str) -> list[str]:  # noqa: N803  # networkx convention
    """Return the clause nodes of a document, sorted by item read as a number."""
    nodes = G.nodes
    found = [u for u in predecessors(G, doc, EdgeKind.PART_OF) if nodes[u].get("kind") == NodeKind.CLAUSE]
    return sorted(found, key=lambda c: natural_key(str(nodes[c].get("item", ""))))
