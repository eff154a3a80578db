"""Questions asked of the traceability graph, as pure functions returning sorted results.

In the style of networkx (`descendants(G, source)`): every query takes the graph built by
`yiju.graph.build_graph` first, never prints, never mutates it, and returns frozen value
objects whose `to_dict()` is the JSON the CLI prints.

- `resolve_documents(G, query)`: the document nodes a user means by a number (any written
  variant, matched *exactly* by canonical key) or by a fragment of a title (fuzzy).
- `links_of(G, target)`: how one target derives from each document it rests on (its
  文件依据, the clauses it pins with their pages, a bare mention) — the one reading of the
  edges that `derives_from`, `sources_of` and the report's matrix share.
- `derives_from(G, query)`: the targets (and their indicators and owners) that derive from
  the documents a query names, and how (文件依据, a pinned clause, a mention).
- `sources_of(G, target)`: the documents and clauses (with pages) a target or indicator
  rests on.
- `workload(G, by=...)`: the indicators and weight carried by each person, department or
  leader.
- `impact(G, query)`: everything a change to a document would touch.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from yiju._util import lines as _lines
from yiju._util import natural_key as _natural
from yiju.errors import NoMatchError, YijuError
from yiju.graph import doc_id
from yiju.graphread import (
    ROLE_EDGES,
    DocumentInfo,
    EdgeKind,
    NodeKind,
    Role,
    document_info,
    documents,
    indicators_of,
    kind_of,
    successors,
    target_of,
)
from yiju.normalize import clean_name, fold_width, to_simplified

if TYPE_CHECKING:
    from yiju.graph import Graph

__all__ = [
    "ROLE_NAMES",
    "AmbiguousQueryError",
    "Derivation",
    "DocumentInfo",
    "Impact",
    "IndicatorInfo",
    "Link",
    "LinkClause",
    "RoleError",
    "SourceClause",
    "SourceDocument",
    "Sources",
    "Trace",
    "Workload",
    "check_form",
    "derives_from",
    "fold_title",
    "folded_number",
    "impact",
    "links_of",
    "number_distance",
    "resolve_documents",
    "resolve_targets",
    "sources_of",
    "trace_documents",
    "workload",
]

WorkloadBy = Role

#: Lowest rapidfuzz `partial_ratio` for a title fragment to count as a match when no title
#: contains it outright: one wrong character in four (`强基促温` for `强基促稳`) still matches.
TITLE_CUTOFF = 75.0

#: How many nearest candidates a `NoMatchError` names.
NEAREST = 5

#: Fewest characters (after folding quotes and spaces) a title fragment must have: one
#: character (`的`) is in nearly every title and names nothing.
MIN_FRAGMENT = 2

#: What each `workload(by=...)` grouping is called on the form.
ROLE_NAMES: dict[str, str] = {"person": "责任人", "department": "责任部门", "leader": "分管领导"}

# The owners `impact` collects, each over its edge from the indicator.
_IMPACT_OWNERS = (EdgeKind.OWNED_BY, EdgeKind.ASSIGNED_TO, EdgeKind.LED_BY)


class AmbiguousQueryError(YijuError):
    """A query that must name one thing but names several; carries them all (none is chosen)."""

    def __init__(self, query: str, candidates: tuple[str, ...]) -> None:
        super().__init__(f"「{query}」 is ambiguous; it matches {', '.join(candidates)}")
        self.query = query
        self.candidates = candidates


class RoleError(NoMatchError):
    """A name that owns nothing in the role asked about, but does in another one.

    `yiju who --person 王夏阳` asks for a 责任人; 王夏阳 is a 分管领导. `asked` and `found` are
    `workload(by=...)` values.
    """

    def __init__(self, name: str, asked: str, found: str) -> None:
        super().__init__(name, note=f"{name} is a {ROLE_NAMES[found]}, not a {ROLE_NAMES[asked]}")
        self.name = name
        self.asked = asked
        self.found = found


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class IndicatorInfo:
    """An indicator with its weight and owners; the n-th department is the n-th person's."""

    id: str
    weight: float | None
    leader: str | None
    departments: tuple[str, ...]
    people: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape `{"id", "weight", "leader", "departments", "people"}`."""
        return {
            "id": self.id,
            "weight": self.weight,
            "leader": self.leader,
            "departments": list(self.departments),
            "people": list(self.people),
        }


@dataclass(frozen=True, slots=True)
class LinkClause:
    """A clause a target pins: item, unit (项, 条 …), the pages and labels this target gives.

    `where` is `文件依据` when the locator was written in the basis cell, `一级指标` when in
    the first-level indicator text.
    """

    item: str
    unit: str
    pages: tuple[str, ...]
    labels: tuple[str, ...]
    where: str
    # The clause node id's part after `#`: `27`, or `art20` / `art20.2` / `kuan3` / `ch3` for a
    # law's article, 款 or chapter (`graph.clause_item`); `via` names the clause by it.
    ref: str = ""


@dataclass(frozen=True, slots=True)
class Link:
    """How one target derives from one document.

    `basis`: its 文件依据 names the document; `clauses`: the items it pins (sorted by item);
    `mention`: its text names the document without an item, on `mention_pages` if given.
    """

    document: str
    key: str
    basis: bool
    clauses: tuple[LinkClause, ...]
    mention: bool
    mention_pages: tuple[str, ...] = ()
    # The header of the cell that names the document when not the 文件依据 (a task's 工作措施).
    basis_cell: str = ""

    @property
    def via(self) -> tuple[str, ...]:
        """Return how, as `yiju trace` writes it: `basis`, `clause:<item>` …, `mention`.

        A law's article is `clause:art20` (its 款 `clause:art20.2`, a chapter `clause:ch3`), as
        its clause node is named: item 12 and article 12 of one document are not the same.
        """
        out = [f"basis:{self.basis_cell}" if self.basis_cell else "basis"] if self.basis else []
        out += [f"clause:{c.ref or c.item}" for c in self.clauses]
        return (*out, "mention") if self.mention else tuple(out)


@dataclass(frozen=True, slots=True)
class Derivation:
    """A target that derives from the queried documents, and how.

    `via` says how, over all the queried documents: `"basis"` (its 文件依据 names the
    document), `"clause:<item>"` (its 一级指标 pins that item), `"mention"` (its text names the
    document without an item). `documents` are the keys (among the queried ones) it derives
    from; `links` says how for each of them, in the same order.
    """

    form: str
    unit: str
    id: str
    text: str
    via: tuple[str, ...]
    indicators: tuple[IndicatorInfo, ...]
    documents: tuple[str, ...]
    links: tuple[Link, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of one target of `yiju trace --doc --json`."""
        return {
            "form": self.form,
            "unit": self.unit,
            "id": self.id,
            "text": self.text,
            "via": list(self.via),
            "documents": list(self.documents),
            "indicators": [i.to_dict() for i in self.indicators],
        }


@dataclass(frozen=True, slots=True)
class Trace:
    """The answer of `derives_from`: the documents a query matched and the targets deriving.

    With a `limit`, `targets` are the first deriving targets (in answer order) and
    `total_targets` / `total_units` count all of them and their units; both are None when
    every deriving target is listed.
    """

    query: str
    documents: tuple[DocumentInfo, ...]
    targets: tuple[Derivation, ...]
    total_targets: int | None = None
    total_units: int | None = None

    @property
    def count(self) -> int:
        """Return how many targets derive, listed or not."""
        return len(self.targets) if self.total_targets is None else self.total_targets

    @property
    def units(self) -> int:
        """Return how many units' targets derive, listed or not."""
        return len({t.unit for t in self.targets}) if self.total_units is None else self.total_units

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of `yiju trace --doc --json` (totals only when some are left out)."""
        out: dict[str, Any] = {
            "query": self.query,
            "documents": [d.to_dict() for d in self.documents],
            "targets": [t.to_dict() for t in self.targets],
        }
        if self.total_targets is not None:
            out["total_targets"] = self.total_targets
            out["total_units"] = self.total_units
        return out


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A document a target rests on; `via` as in `Derivation` (`basis`, `clause:11`, `mention`)."""

    key: str
    titles: tuple[str, ...]
    via: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape `{"key", "titles", "via"}`."""
        return {"key": self.key, "titles": list(self.titles), "via": list(self.via)}


@dataclass(frozen=True, slots=True)
class SourceClause:
    """A clause a target pins, with the pages this target gives for it.

    `where` is `文件依据` when the locator was written in the basis cell, `一级指标` when in
    the first-level indicator text.
    """

    key: str
    item: str
    unit: str
    pages: tuple[str, ...]
    labels: tuple[str, ...]
    where: str

    def describe(self) -> str:
        """Return `泉委办〔2021〕20号 第14-15页第11项` (pages as this target cites them)."""
        pages = f"第{'、'.join(self.pages)}页" if self.pages else ""
        return f"{self.key} {pages}第{self.item}{self.unit}"

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape `{"key", "item", "pages", "labels", "where"}`."""
        return {
            "key": self.key,
            "item": self.item,
            "pages": list(self.pages),
            "labels": list(self.labels),
            "where": self.where,
        }


@dataclass(frozen=True, slots=True)
class Sources:
    """What one target (or an indicator, through its target) rests on.

    `id` is the number asked about (`1-3` or `1-3-1`); `target` is its target's number and
    `text` its target's text; `indicator_text` is the asked indicator's own text (None when
    a target was asked about).
    """

    query: str
    form: str
    unit: str
    id: str
    target: str
    text: str
    documents: tuple[SourceDocument, ...]
    clauses: tuple[SourceClause, ...]
    indicator_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of one entry of `yiju trace --target --json`."""
        return {
            "form": self.form,
            "unit": self.unit,
            "id": self.id,
            "target": self.target,
            "text": self.text,
            "indicator_text": self.indicator_text,
            "documents": [d.to_dict() for d in self.documents],
            "clauses": [c.to_dict() for c in self.clauses],
        }


@dataclass(frozen=True, slots=True)
class Workload:
    """What one owner carries: indicator node ids, their summed weight, and the shared ones.

    An indicator owned by several people (or departments, or leaders) counts fully for
    each of them and is listed in `shared`.
    """

    name: str
    unit: str
    indicators: tuple[str, ...]
    weight: float
    shared: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of one row of `yiju who --json`."""
        return {
            "name": self.name,
            "unit": self.unit,
            "weight": self.weight,
            "indicators": list(self.indicators),
            "shared": list(self.shared),
        }


@dataclass(frozen=True, slots=True)
class Impact:
    """Everything a change to the queried documents touches (node ids, sorted)."""

    query: str
    documents: tuple[DocumentInfo, ...]
    targets: tuple[str, ...]
    indicators: tuple[str, ...]
    departments: tuple[str, ...]
    people: tuple[str, ...]
    leaders: tuple[str, ...]
    weight: float

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        return {
            "query": self.query,
            "documents": [d.to_dict() for d in self.documents],
            "targets": list(self.targets),
            "indicators": list(self.indicators),
            "departments": list(self.departments),
            "people": list(self.people),
            "leaders": list(self.leaders),
            "weight": self.weight,
        }


# --------------------------------------------------------------------------- helpers

# Characters a user may or may not type around a title: quotes, 《》, brackets, spaces.
_TITLE_NOISE = frozenset(" \t\n“”\"‘’'《》〈〉「」『』<>()（）[]【】〔〕·•.,，。、:：;；!！?？")
_DASHES = str.maketrans({"－": "-", "—": "-", "–": "-", "‐": "-", "_": "-", "~": "-"})


def fold_title(text: str) -> str:
    """Fold a title or query for comparison: width, traditional, case, quotes, 的通知."""
    folded = to_simplified(fold_width(text)).casefold()
    folded = "".join(ch for ch in folded if ch not in _TITLE_NOISE)
    return folded.removesuffix("的通知")


# The title index of each graph, built on first use. Queries stay pure functions of the
# graph; the index is only a memo of it, rebuilt when the node count changes, and held
# weakly so that it dies with its graph. Without it a fragment query folds every title of a
# 60,000-indicator corpus again (~50 ms) before matching anything.
_TITLE_INDEX: weakref.WeakKeyDictionary[Graph, tuple[tuple[int, int], tuple[list[str], list[str]]]] = (
    weakref.WeakKeyDictionary()
)


def _title_choices(g: Graph) -> tuple[list[str], list[str]]:
    """Return parallel lists (document node, folded title) over every title of every document."""
    size = (g.number_of_nodes(), len(g.graph))  # O(1); number_of_edges walks every edge
    memo = _TITLE_INDEX.get(g)
    if memo is not None and memo[0] == size:
        return memo[1]
    built = _build_title_choices(g)
    _TITLE_INDEX[g] = (size, built)
    return built


def _build_title_choices(g: Graph) -> tuple[list[str], list[str]]:
    nodes: list[str] = []
    titles: list[str] = []
    for node in documents(g):
        attrs = g.nodes[node]
        names = set(_lines(attrs.get("titles")))
        key = str(attrs.get("key", ""))
        if not attrs.get("numbered", True) and key:
            names.add(key)  # a title-only key such as 《三定方案》 is a title itself
        for name in sorted(names):
            folded = fold_title(name)
            if folded:
                nodes.append(node)
                titles.append(folded)
    return nodes, titles


def _label(g: Graph, node: str, title: str | None = None) -> str:
    """Return `key《title》` for a numbered document, the key alone for a title-only one."""
    info = document_info(g, node)
    if info.key.startswith("《") or not (title or info.titles):
        return info.key
    return f"{info.key}《{title or info.titles[0]}》"


def _key_parts(text: str) -> tuple[str, int | None, str]:
    """Return (issuer, year, serial) of a canonical key, or as much as a loose number shows."""
    from yiju import patterns as pat  # noqa: PLC0415  # compiled on import: only when a number is near-missed

    parts = pat.KEY_PARTS.match(text)
    if parts:
        return parts.group("issuer"), int(parts.group("year")), parts.group("serial")
    folded = fold_width(text).strip()
    lead = pat.LOOSE_ISSUER.match(folded)
    issuer = lead.group().strip() if lead else ""
    runs = pat.DIGIT_RUN.findall(folded)
    at = next((i for i, run in enumerate(runs) if len(run) in (2, 4)), None)
    year = None if at is None else int(runs[at]) + (2000 if len(runs[at]) == 2 else 0)
    rest = [run for i, run in enumerate(runs) if i != at]
    serial = str(int(rest[-1])) if rest else ""
    return issuer, year, serial


def _nearest_keys(g: Graph, key: str) -> tuple[str, ...]:
    """Return the keys nearest a number (well-formed or not): same issuer and year first."""
    from rapidfuzz import fuzz  # noqa: PLC0415  # lazy: only a near miss is scored

    issuer, year, serial = _key_parts(key)

    def rank(item: tuple[str, dict[str, Any]]) -> tuple[Any, ...]:
        _, attrs = item
        other = str(attrs.get("key", ""))
        same_issuer = attrs.get("issuer") == issuer
        tier = 0 if same_issuer and attrs.get("year") == year else 1 if same_issuer else 2
        other_serial = str(attrs.get("serial", ""))
        numeric = tier < 2 and other_serial.isdecimal() and serial.isdecimal()
        gap = abs(int(other_serial) - int(serial)) if numeric else math.inf
        return (tier, gap, -fuzz.ratio(key, other), _natural(other))

    ranked = sorted(((node, g.nodes[node]) for node in documents(g)), key=rank)
    return tuple(str(attrs.get("key", node)) for node, attrs in ranked[:NEAREST])


def _nearest_titles(g: Graph, folded: str, nodes: list[str], titles: list[str]) -> tuple[str, ...]:
    from rapidfuzz import fuzz, process  # noqa: PLC0415  # lazy: only a near miss is scored

    scored = process.extract(folded, titles, scorer=fuzz.partial_ratio, limit=None)
    best: dict[str, tuple[float, str]] = {}
    for _, score, index in scored:
        if score <= 0:
            continue
        node = nodes[index]
        if node not in best or score > best[node][0]:
            best[node] = (score, titles[index])
    order = sorted(best, key=lambda n: (-best[n][0], _natural(n)))
    return tuple(_label(g, node) for node in order[:NEAREST])


def _paired_owners(g: Graph, node: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (departments, people) of an indicator, the n-th department the n-th person's.

    The indicator node keeps its owners in the form's order (`departments`, `people`).
    """
    attrs = g.nodes[node]
    return _lines(attrs.get("departments")), _lines(attrs.get("people"))


def _indicator_info(g: Graph, node: str) -> IndicatorInfo:
    attrs = g.nodes[node]
    weight = attrs.get("weight")
    leader = attrs.get("leader")
    departments, people = _paired_owners(g, node)
    return IndicatorInfo(
        id=str(attrs.get("number", node)),
        weight=float(weight) if weight is not None else None,
        leader=str(leader) if leader else None,
        departments=departments,
        people=people,
    )


def _target_sort_key(g: Graph, node: str) -> tuple[Any, ...]:
    attrs = g.nodes[node]
    return (str(attrs.get("form", "")), _natural(str(attrs.get("number", ""))), node)


def _via_sort_key(via: str) -> tuple[Any, ...]:
    order = {"basis": 0, "clause": 1, "mention": 2}
    head, _, item = via.partition(":")
    return (order.get(head, 3), _natural(item))


def _links(g: Graph, target: str, only: set[str] | None = None) -> dict[str, Link]:
    """Map each document node a target derives from (of `only`, if given) to how (see `links_of`)."""
    nodes = g.nodes
    attrs = nodes[target]
    place = (attrs.get("row"), attrs.get("column"))
    basis: set[str] = set()
    basis_cells: dict[str, str] = {}
    clauses: dict[str, list[LinkClause]] = {}
    mentions: dict[str, tuple[str, ...]] = {}
    # The adjacency map, not out_edges(): this runs once per deriving target of every trace.
    for v, edges in g.succ[target].items():
        kind = nodes[v].get("kind")
        if kind == NodeKind.DOCUMENT:
            if only is not None and v not in only:
                continue
            if EdgeKind.BASED_ON in edges:
                basis.add(v)
                if edges[EdgeKind.BASED_ON].get("cell"):
                    basis_cells[v] = str(edges[EdgeKind.BASED_ON]["cell"])
            if EdgeKind.MENTIONS in edges:
                mentions[v] = _lines(edges[EdgeKind.MENTIONS].get("pages"))
        elif kind == NodeKind.CLAUSE and EdgeKind.CITES in edges:
            clause = nodes[v]
            doc = doc_id(str(clause.get("key", "")))  # a clause is `part_of` its key's document
            if (only is not None and doc not in only) or doc not in nodes:
                continue
            data = edges[EdgeKind.CITES]
            clauses.setdefault(doc, []).append(
                LinkClause(
                    item=str(clause.get("item", "")),
                    unit=str(clause.get("unit", "项")),
                    pages=_lines(data.get("pages")),
                    labels=_lines(data.get("labels")),
                    # A locator written in the 一级指标 cell sits where the target does; one read
                    # in another cell (a task's 工作措施) says which.
                    where=str(
                        data.get("cell")
                        or ("一级指标" if (data.get("row"), data.get("column")) == place else "文件依据")
                    ),
                    ref=v.rpartition("#")[2],
                )
            )
    return {
        doc: Link(
            document=doc,
            key=str(nodes[doc].get("key", doc.removeprefix("doc:"))),
            basis=doc in basis,
            clauses=tuple(sorted(clauses.get(doc, ()), key=lambda c: _natural(c.item))),
            mention=doc in mentions,
            mention_pages=mentions.get(doc, ()),
            basis_cell=basis_cells.get(doc, ""),
        )
        for doc in basis | set(clauses) | set(mentions)
    }


def _derivations(g: Graph, docs: Iterable[str]) -> dict[str, list[Link]]:
    """Map each target deriving from any of the document nodes `docs` to its links to them."""
    wanted = set(docs)
    nodes = g.nodes
    candidates: set[str] = set()
    for doc in wanted:
        for u, edges in g.pred[doc].items():
            if EdgeKind.BASED_ON in edges or EdgeKind.MENTIONS in edges:
                candidates.add(u)
            elif EdgeKind.PART_OF in edges and nodes[u].get("kind") == NodeKind.CLAUSE:
                candidates.update(t for t, kinds in g.pred[u].items() if EdgeKind.CITES in kinds)
    found: dict[str, list[Link]] = {}
    for target in candidates:
        if nodes[target].get("kind") != NodeKind.TARGET:
            continue
        links = _links(g, target, wanted)
        found[target] = sorted(links.values(), key=lambda link: _natural(link.key))
    return found


def number_distance(number: str, label: str) -> tuple[Any, ...]:
    """Rank `<form>/<id>` labels by closeness of the id to `number`: `1-15` is nearest `1-16`."""
    from rapidfuzz import fuzz  # noqa: PLC0415  # lazy: only a near miss is scored

    want = number.split("-")
    have = label.rsplit("/", 1)[-1].split("-")
    common = 0
    for a, b in zip(want, have, strict=False):
        if a != b:
            break
        common += 1
    last = (
        abs(int(want[common]) - int(have[common]))
        if common < min(len(want), len(have)) and want[common].isdecimal() and have[common].isdecimal()
        else math.inf
    )
    return (len(want) != len(have), -common, last, -fuzz.ratio(number, have[-1]), _natural(label))


def _owned(g: Graph, edge: str) -> tuple[dict[str, list[str]], set[str]]:
    """Map every owner to its indicators over `edge` edges; also return the shared indicators."""
    owned: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    nodes = g.nodes
    # One pass over the edges: much cheaper than asking each indicator for its out-edges.
    for u, v, k in g.edges(keys=True):
        if k == edge and nodes[u].get("kind") == NodeKind.INDICATOR:
            owned.setdefault(v, []).append(u)
            counts[u] = counts.get(u, 0) + 1
    return owned, {node for node, count in counts.items() if count > 1}


def _owned_by_name(g: Graph, edge: str, by: str, name: str) -> tuple[dict[str, list[str]], set[str]]:
    """Like `_owned`, for the owners called `name` only (found first, then their in-edges)."""
    kind = NodeKind.DEPARTMENT if by == "department" else NodeKind.PERSON
    owned: dict[str, list[str]] = {}
    for node, attrs in g.nodes(data=True):
        if attrs.get("kind") == kind and attrs.get("name") == name:
            found = [
                u for u, keys in g.pred[node].items() if edge in keys and kind_of(g, u) == NodeKind.INDICATOR
            ]
            if found:
                owned[node] = found
    indicators = {u for found in owned.values() for u in found}
    shared = {u for u in indicators if sum(1 for keys in g.succ[u].values() if edge in keys) > 1}
    return owned, shared


def folded_number(text: str) -> str:
    """Return a target number as the graph stores it: width folded, dashes unified, no spaces."""
    return "".join(fold_width(text).translate(_DASHES).split())


# --------------------------------------------------------------------------- queries


def resolve_documents(G: Graph, query: str) -> list[str]:  # noqa: N803  # networkx convention
    """Return the document nodes a user's query names, sorted.

    A number in any written variant (`泉委办[2021]2号`, `泉委办（2021）第02号`) or a canonical
    key matches exactly one document by its canonical key, never by substring: `泉委办〔2021〕2号`
    does not match `泉委办〔2021〕20号`. Anything else is a title fragment (`强基促稳`), matched
    over every title of every document and over title-only keys (`《三定方案》`): titles that
    contain it win; failing those, every document whose title is close (rapidfuzz
    `partial_ratio` ≥ `TITLE_CUTOFF`). Several candidates are all returned; none is chosen.

    Args:
        G: A graph from `yiju.graph.build_graph`.
        query: A document number, a canonical key, a `doc:` node id, or a title fragment.

    Returns:
        Document node ids (`doc:<key>`), sorted by key with numbers read as numbers.

    Raises:
        NoMatchError: Nothing matches; `candidates` holds the nearest keys (same issuer and
            year first) for a number, or for text with digits that does not read as one
            (`泉委发〔21〕5号`; `reason` then says why: `2-digit year`), the nearest titles for
            a fragment. A fragment shorter than `MIN_FRAGMENT` characters matches nothing.

    Example:
        >>> from yiju.graph import build_graph
        >>> G = build_graph([])
        >>> G.add_node("doc:泉委办〔2021〕20号", kind="document", key="泉委办〔2021〕20号",
        ...            titles="泉州市“强基促稳”三年行动2021年实施方案", numbered=True)
        >>> resolve_documents(G, "泉委办（2021）第20号"), resolve_documents(G, "强基促稳")
        (['doc:泉委办〔2021〕20号'], ['doc:泉委办〔2021〕20号'])
    """
    text = query.strip()
    if not text:
        raise NoMatchError(query)
    if text.startswith("doc:") and kind_of(G, text) == NodeKind.DOCUMENT:
        return [text]
    # The citation reader (and the patterns it compiles on import) only when a query is read.
    from yiju.citations import canonical_key, extract  # noqa: PLC0415

    key = canonical_key(text)
    if key is not None:
        node = doc_id(key)
        if kind_of(G, node) == NodeKind.DOCUMENT:
            return [node]
        if not key.startswith("《"):
            raise NoMatchError(query, _nearest_keys(G, key))
    folded = fold_title(text)
    if len(folded) < MIN_FRAGMENT:
        raise NoMatchError(query, reason=f"a title fragment needs at least {MIN_FRAGMENT} characters")
    nodes, titles = _title_choices(G)
    containing = {node for node, title in zip(nodes, titles, strict=True) if folded in title}
    if not containing:
        from rapidfuzz import fuzz, process  # noqa: PLC0415  # lazy: only a near miss is scored

        close = process.extract(
            folded, titles, scorer=fuzz.partial_ratio, score_cutoff=TITLE_CUTOFF, limit=None
        )
        containing = {nodes[index] for _, _, index in close}
    if containing:
        return sorted(containing, key=_natural)
    if any(ch.isdigit() for ch in text):
        # Digits mean a number was meant: the nearest titles would be those sharing a year.
        unparsed = extract(text).unparsed
        reason = f"not read as a document number: {unparsed[0].reason}" if unparsed else None
        raise NoMatchError(query, _nearest_keys(G, text), reason=reason)
    raise NoMatchError(query, _nearest_titles(G, folded, nodes, titles))


def links_of(G: Graph, target: str) -> tuple[Link, ...]:  # noqa: N803  # networkx convention
    """Return how one target derives from each document it rests on, sorted by key.

    A target derives from a document D when its 文件依据 names D (`based_on`), when it pins
    a clause of D (`cites` a clause `part_of` D), or when it mentions D without an item
    (`mentions`). `derives_from`, `sources_of` and the report's 追溯矩阵 all read the graph
    through this function, so they cannot disagree.

    Args:
        G: A graph from `yiju.graph.build_graph`.
        target: A target node id.

    Returns:
        One `Link` per document, sorted by key with numbers read as numbers.

    Example:
        >>> from yiju.graph import build_graph
        >>> G = build_graph([])
        >>> G.add_node("doc:泉委办〔2021〕25号", kind="document", key="泉委办〔2021〕25号")
        >>> G.add_node("target:局/2021/1-14", kind="target", number="1-14")
        >>> G.add_edge("target:局/2021/1-14", "doc:泉委办〔2021〕25号", key="based_on", kind="based_on")
        'based_on'
        >>> [(link.key, link.via) for link in links_of(G, "target:局/2021/1-14")]
        [('泉委办〔2021〕25号', ('basis',))]
    """
    return tuple(sorted(_links(G, target).values(), key=lambda link: _natural(link.key)))


def derives_from(G: Graph, query: str, *, form: str | None = None, limit: int | None = None) -> Trace:  # noqa: N803  # networkx convention
    """Return the targets that derive from the documents `query` names, with their indicators.

    A target derives from a document D when its 文件依据 names D (`based_on`), when its
    一级指标 pins a clause of D (`cites` a clause `part_of` D), or when it mentions D without
    an item (`mentions`). Its indicators inherit the derivation.

    Args:
        G: A graph from `yiju.graph.build_graph`.
        query: Anything `resolve_documents` accepts.
        form: Keep only the targets of one form, by namespace (`泉州市应急管理局/2021`) or
            unit name; the documents are still those the query names.
        limit: List only the first `limit` deriving targets (the answer counts them all).

    Returns:
        A `Trace`: the matched documents (sorted by key) and the deriving targets sorted by
        (form, numeric id), each with `via` such as `("basis", "clause:27")`.

    Raises:
        NoMatchError: The query names no document, or `form` names no form of the graph.

    Example:
        >>> from yiju.graph import build_graph
        >>> G = build_graph([])
        >>> G.add_node("doc:泉委办〔2021〕25号", kind="document", key="泉委办〔2021〕25号")
        >>> G.add_node("target:局/2021/1-14", kind="target", form="局/2021", unit="局",
        ...            number="1-14", text="强化安全生产督导检查")
        >>> G.add_edge("target:局/2021/1-14", "doc:泉委办〔2021〕25号", key="based_on", kind="based_on")
        'based_on'
        >>> [(t.id, t.via) for t in derives_from(G, "泉委办[2021]25号").targets]
        [('1-14', ('basis',))]
    """
    if form is not None:
        check_form(G, form)
    return trace_documents(G, query, resolve_documents(G, query), form=form, limit=limit)


def trace_documents(
    G: Graph,  # noqa: N803  # networkx convention
    query: str,
    docs: list[str],
    *,
    form: str | None = None,
    limit: int | None = None,
) -> Trace:
    """Return `derives_from`'s answer for document nodes already resolved from `query`.

    The index resolves a query with SQL and builds only the subgraph the answer needs; this
    is the part of `derives_from` that reads that subgraph.
    """
    found = _derivations(G, docs)
    ordered = [
        node
        for node in sorted(found, key=lambda n: _target_sort_key(G, n))
        if form is None or _in_form(G.nodes[node], form)
    ]
    totals: tuple[int | None, int | None] = (None, None)
    if limit is not None and len(ordered) > limit:
        totals = (len(ordered), len({str(G.nodes[n].get("unit", "")) for n in ordered}))
        ordered = ordered[:limit]
    targets = []
    for node in ordered:
        attrs = G.nodes[node]
        links = found[node]
        vias = {via for link in links for via in link.via}
        targets.append(
            Derivation(
                form=str(attrs.get("form", "")),
                unit=str(attrs.get("unit", "")),
                id=str(attrs.get("number", node)),
                text=str(attrs.get("text", "")),
                via=tuple(sorted(vias, key=_via_sort_key)),
                indicators=tuple(_indicator_info(G, i) for i in indicators_of(G, node)),
                documents=tuple(link.key for link in links),
                links=tuple(links),
            )
        )
    return Trace(query, tuple(document_info(G, d) for d in docs), tuple(targets), *totals)


def _in_form(attrs: Mapping[str, Any], form: str) -> bool:
    """Return True when a node belongs to `form`: its namespace, its unit, or a kept-apart
    copy of that unit (`泉州市应急管理局~b.txt` is 泉州市应急管理局 too)."""
    unit = str(attrs.get("unit", ""))
    return form in (attrs.get("form"), unit) or unit.startswith(f"{form}~")


def _forms(g: Graph) -> list[str]:
    return sorted({str(a.get("form")) for _, a in g.nodes(data=True) if a.get("kind") == NodeKind.TARGET})


def check_form(g: Graph, form: str) -> None:
    """Raise NoMatchError naming the nearest forms when `form` is no form or unit of the graph."""
    known = {
        value
        for _, a in g.nodes(data=True)
        if a.get("kind") == NodeKind.TARGET
        for value in (a.get("form"), a.get("unit"))
    }
    if form not in known:
        names = _forms(g)
        from rapidfuzz import fuzz, process  # noqa: PLC0415  # lazy: only a near miss is scored

        close = process.extract(form, names, scorer=fuzz.ratio, limit=NEAREST)
        raise NoMatchError(
            form, tuple(names[index] for _, _, index in close), reason="no form or unit of that name"
        )


def resolve_targets(G: Graph, query: str, *, form: str | None = None) -> list[str]:  # noqa: N803  # networkx convention
    """Return the target or indicator nodes a number (`1-3`, `1-3-1`) or node id names, sorted.

    Args:
        G: A graph from `yiju.graph.build_graph`.
        query: A node id (`target:<unit>/<year>/1-3`) or a number; full-width digits and
            other dashes are folded.
        form: Restrict to one form, by namespace (`泉州市应急管理局/2021`) or unit name.

    Returns:
        Node ids sorted by (form, numeric id); one per form that has the number.

    Raises:
        NoMatchError: No target or indicator has that number (in that form); `candidates`
            holds the nearest numbers.

    Example:
        >>> from yiju.graph import build_graph
        >>> G = build_graph([])
        >>> G.add_node("target:局/2021/1-3", kind="target", form="局/2021", unit="局", number="1-3")
        >>> resolve_targets(G, "１－３")
        ['target:局/2021/1-3']
    """
    text = query.strip()
    if kind_of(G, text) in (NodeKind.TARGET, NodeKind.INDICATOR):
        return [text]
    number = folded_number(text)
    pool = [
        (node, attrs)
        for node, attrs in G.nodes(data=True)
        if attrs.get("kind") in (NodeKind.TARGET, NodeKind.INDICATOR)
        and (form is None or _in_form(attrs, form))
    ]
    found = {
        (attrs.get("form"), node.startswith("indicator:")): node
        for node, attrs in pool
        if attrs.get("number") == number
    }
    if found:
        # A childless target (`1-15`) is its own indicator: the target answers for both.
        keep = [
            node
            for (owner, is_indicator), node in found.items()
            if not (is_indicator and (owner, False) in found)
        ]
        return sorted(keep, key=lambda n: _target_sort_key(G, n))
    if form is not None and not pool:
        raise NoMatchError(f"{query} in {form}", tuple(_forms(G)[:NEAREST]))
    labels = {f"{a.get('form')}/{a.get('number')}" for _, a in pool}
    raise NoMatchError(query, tuple(sorted(labels, key=lambda lab: number_distance(number, lab))[:NEAREST]))


def sources_of(G: Graph, target: str, *, form: str | None = None) -> Sources:  # noqa: N803  # networkx convention
    """Return the documents and clauses a target (or an indicator, through its target) rests on.

    Args:
        G: A graph from `yiju.graph.build_graph`.
        target: A target or indicator node id, or a number (`1-3`, `1-3-1`).
        form: Restrict a number to one form (namespace or unit name).

    Returns:
        `Sources` with documents sorted by key (`via` `basis`, `clause:<item>`, `mention`)
        and clauses sorted by (key, item), each with the pages this target gives and
        whether it was written in the 文件依据 or the 一级指标.

    Raises:
        NoMatchError: Nothing has that number.
        AmbiguousQueryError: The number exists in several forms; pass `form` or a node id.

    Example:
        >>> from yiju.graph import build_graph
        >>> G = build_graph([])
        >>> G.add_node("target:局/2021/1-14", kind="target", form="局/2021", unit="局", number="1-14")
        >>> G.add_node("doc:泉委办〔2021〕25号", kind="document", key="泉委办〔2021〕25号")
        >>> G.add_edge("target:局/2021/1-14", "doc:泉委办〔2021〕25号", key="based_on", kind="based_on")
        'based_on'
        >>> [(d.key, d.via) for d in sources_of(G, "1-14").documents]
        [('泉委办〔2021〕25号', ('basis',))]
    """
    nodes = resolve_targets(G, target, form=form)
    if len(nodes) > 1:
        raise AmbiguousQueryError(target, tuple(n.split(":", 1)[1] for n in nodes))
    subject = nodes[0]
    node = subject
    if kind_of(G, subject) == NodeKind.INDICATOR:
        node = target_of(G, subject) or subject
    attrs = G.nodes[node]
    links = links_of(G, node)
    documents = tuple(
        SourceDocument(key=link.key, titles=document_info(G, link.document).titles, via=link.via)
        for link in links
    )
    clauses = tuple(
        SourceClause(key=link.key, item=c.item, unit=c.unit, pages=c.pages, labels=c.labels, where=c.where)
        for link in links
        for c in link.clauses
    )
    return Sources(
        query=target,
        form=str(attrs.get("form", "")),
        unit=str(attrs.get("unit", "")),
        id=str(G.nodes[subject].get("number", subject)),
        target=str(attrs.get("number", node)),
        text=str(attrs.get("text", "")),
        documents=documents,
        clauses=clauses,
        indicator_text=str(G.nodes[subject].get("text", "")) if subject != node else None,
    )


def workload(G: Graph, by: WorkloadBy = "person", *, name: str | None = None) -> list[Workload]:  # noqa: N803  # networkx convention
    """Return what each person, department or leader carries, heaviest first.

    An indicator shared by several owners counts fully for each and is listed in their
    `shared`. Indicators without a weight count 0.

    Args:
        G: A graph from `yiju.graph.build_graph`.
        by: `person` (责任人), `department` (责任部门) or `leader` (分管领导).
        name: Keep only owners of this name (spaces inside are ignored: `李　隽` is `李隽`).

    Returns:
        One `Workload` per owner, sorted by weight (descending), then name and unit; the
        indicator ids inside are node ids sorted by (form, numeric id).

    Raises:
        ValueError: `by` is not one of the three.
        RoleError: `name` owns nothing as `by` but does in another role (a 分管领导 asked
            about as a 责任人).
        NoMatchError: `name` owns nothing; `candidates` holds the nearest names.

    Example:
        >>> from yiju.graph import build_graph
        >>> G = build_graph([])
        >>> G.add_node("indicator:局/2021/1-1-1", kind="indicator", number="1-1-1", weight=2.0)
        >>> G.add_node("person:局/李志福", kind="person", unit="局", name="李志福")
        >>> G.add_edge("indicator:局/2021/1-1-1", "person:局/李志福", key="assigned_to", kind="assigned_to")
        'assigned_to'
        >>> [(w.name, w.weight) for w in workload(G, "person")]
        [('李志福', 2.0)]
    """
    if by not in ROLE_EDGES:
        raise ValueError(f"by must be one of {', '.join(ROLE_EDGES)}, not {by!r}")
    edge = ROLE_EDGES[by]
    wanted = clean_name(name) if name is not None else None
    owned, shared = _owned(G, edge) if wanted is None else _owned_by_name(G, edge, by, wanted)
    rows = []
    for owner, indicators in owned.items():
        attrs = G.nodes[owner]
        owner_name = str(attrs.get("name", owner))
        if wanted is not None and owner_name != wanted:
            continue
        ordered = sorted(indicators, key=lambda n: _target_sort_key(G, n))
        weight = math.fsum(float(G.nodes[i].get("weight", 0.0)) for i in ordered)
        rows.append(
            Workload(
                name=owner_name,
                unit=str(attrs.get("unit", "")),
                indicators=tuple(ordered),
                weight=weight,
                shared=tuple(i for i in ordered if i in shared),
            )
        )
    if wanted is not None and not rows:
        for other, other_edge in ROLE_EDGES.items():
            if other != by and _owned_by_name(G, other_edge, other, wanted)[0]:
                raise RoleError(name or "", by, other)
        names = sorted({str(G.nodes[o].get("name", o)) for o in _owned(G, edge)[0]})
        from rapidfuzz import fuzz, process  # noqa: PLC0415  # lazy: only a near miss is scored

        close = process.extract(wanted, names, scorer=fuzz.ratio, limit=NEAREST)
        raise NoMatchError(name or "", tuple(names[index] for _, score, index in close if score > 0))
    return sorted(rows, key=lambda w: (-w.weight, w.name, w.unit))


def impact(G: Graph, query: str) -> Impact:  # noqa: N803  # networkx convention
    """Return everything a change to the documents `query` names would touch.

    Args:
        G: A graph from `yiju.graph.build_graph`.
        query: Anything `resolve_documents` accepts.

    Returns:
        An `Impact`: the documents, the deriving targets and their indicators, the
        departments, people (责任人) and leaders (分管领导) owning them, and the indicators'
        summed weight; node ids, sorted.

    Raises:
        NoMatchError: The query names no document.

    Example:
        >>> from yiju.graph import build_graph
        >>> G = build_graph([])
        >>> G.add_node("doc:《三定方案》", kind="document", key="《三定方案》", numbered=False)
        >>> G.add_node("target:局/2021/2-1", kind="target", form="局/2021", number="2-1")
        >>> G.add_edge("target:局/2021/2-1", "doc:《三定方案》", key="based_on", kind="based_on")
        'based_on'
        >>> impact(G, "三定方案").targets
        ('target:局/2021/2-1',)
    """
    docs = resolve_documents(G, query)
    targets = sorted(_derivations(G, docs), key=lambda n: _target_sort_key(G, n))
    indicators = [i for t in targets for i in indicators_of(G, t)]
    owners: dict[EdgeKind, set[str]] = {edge: set() for edge in _IMPACT_OWNERS}
    for indicator in indicators:
        for edge, found in owners.items():
            found.update(successors(G, indicator, edge))
    return Impact(
        query=query,
        documents=tuple(document_info(G, d) for d in docs),
        targets=tuple(targets),
        indicators=tuple(indicators),
        departments=tuple(sorted(owners[EdgeKind.OWNED_BY], key=_natural)),
        people=tuple(sorted(owners[EdgeKind.ASSIGNED_TO], key=_natural)),
        leaders=tuple(sorted(owners[EdgeKind.LED_BY], key=_natural)),
        weight=math.fsum(float(G.nodes[i].get("weight", 0.0)) for i in indicators),
    )
