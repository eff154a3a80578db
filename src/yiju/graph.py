"""Forms to one traceability graph (networkx MultiDiGraph), and its files.

Node ids (docs/README.md, "The graph"): `doc:<key>`, `clause:<key>#<item>`, `target:<unit>/<year>/<id>`,
`indicator:<unit>/<year>/<id>`, `dept:<unit>/<name>`, `person:<unit>/<name>`, `unit:<name>`.
Documents and clauses are shared by every form that cites them; everything else is
namespaced by unit (and year), so one document links the targets of every unit.

Two files of one unit and year (the seed as text and its GB18030 copy, or a draft and its
revision) are never merged: the file first in path order keeps `<unit>/<year>`, each other
file's form is kept apart as `<unit>/<year>~<file name>` (the whole path when two such files
share a name), with `<unit>~<file name>` as its unit (the `unit` attribute of its nodes, and
the namespace of its departments and people). `form_spaces` says which form went where; the
CLI prints a warning for each form kept apart.

A document's `titles` are every title bound to its number; `title` is the one outputs show
(the most frequent; the others are its variants).

Every node and edge has a `kind`; edges are keyed by their kind, so citing a clause twice
from one target is one edge. Attributes are scalars only (str, int, float, bool; absent
rather than None) so that GraphML and node-link JSON read back into an equal graph;
list-valued facts (a document's titles, a clause's pages) are joined with line breaks.
"""

from __future__ import annotations

import gc
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from yiju._util import natural_key
from yiju.graphread import EdgeKind, NodeKind
from yiju.models import Citation, Form, Indicator, Locator, SourceLocation, Target
from yiju.staging import StagingGraph

__all__ = [
    "EDGE_KINDS",
    "NODE_KINDS",
    "FormSpace",
    "Graph",
    "build_graph",
    "build_spaced_graph",
    "clause_id",
    "clause_item",
    "dept_id",
    "doc_id",
    "document_attrs",
    "form_spaces",
    "from_node_link",
    "indicator_id",
    "new_graph",
    "person_id",
    "plan_spaces",
    "read_graph",
    "target_documents",
    "target_id",
    "to_node_link",
    "unit_id",
    "unit_of",
    "write_graph",
]

NODE_KINDS = tuple(kind.value for kind in NodeKind)
EDGE_KINDS = tuple(kind.value for kind in EdgeKind)

# Attribute values are plain `str` (GraphML writes only built-in types), so the enums are
# spelt through these once.
_BASED_ON, _CITES, _MENTIONS, _PART_OF = (
    EdgeKind.BASED_ON.value,
    EdgeKind.CITES.value,
    EdgeKind.MENTIONS.value,
    EdgeKind.PART_OF.value,
)
_OWNED_BY, _ASSIGNED_TO, _LED_BY, _MEMBER_OF = (
    EdgeKind.OWNED_BY.value,
    EdgeKind.ASSIGNED_TO.value,
    EdgeKind.LED_BY.value,
    EdgeKind.MEMBER_OF.value,
)

# networkx's classes are generic only in their stubs; subscripting them at run time fails.
# networkx itself is imported when a graph is first made or written, not with this module:
# the index answers a query on a `LightGraph` and never loads it (`yiju.lightgraph`).
if TYPE_CHECKING:
    import networkx as nx

    Graph: TypeAlias = nx.MultiDiGraph[str]
else:

    def __getattr__(name: str) -> Any:
        if name == "Graph":
            import networkx as nx  # noqa: PLC0415  # see above

            return nx.MultiDiGraph
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def new_graph(*, light: bool = False) -> Graph:
    """Return an empty graph: networkx's `MultiDiGraph`, or with `light` a `LightGraph`.

    A `LightGraph` reads as the networkx graph does through `graphread`, `queries` and
    `naming`, without importing networkx; the index builds its answers' subgraphs so.
    """
    if light:
        from yiju.lightgraph import LightGraph  # noqa: PLC0415

        return cast("Graph", LightGraph())
    import networkx as nx  # noqa: PLC0415  # see above

    return nx.MultiDiGraph()


def doc_id(key: str) -> str:
    """Return the node id of a document."""
    return f"doc:{key}"


def clause_id(key: str, item: str) -> str:
    """Return the node id of a clause (document key, item)."""
    return f"clause:{key}#{item}"


# A law is cited by article, clause (款) and chapter, not by item: its clause nodes say which
# (`clause:<key>#art20`, `#art20.2` for 第二十条第二款, `#art26..4` for 第二十六条第（四）项 (no 款
# written: never `#art26.4`, the 款), `#kuan3` for a 款 alone, `#ch3`).
_CLAUSE_PREFIX = {"article": "art", "clause": "art", "chapter": "ch"}


def clause_item(locator: Locator) -> str:
    """Return the part of a clause's node id after `#`: `27`, `4.1`, `art20`, `art20.2`, `ch3`;
    in an annex `annex2` (附件2), `annex2.3` (附件2第3项), `annex2.art20` (附件2第二十条)."""
    item = locator.item or ""
    if locator.kind == "annex":
        annex, _, inner = item.partition(".")
        kind = _UNIT_KINDS.get(locator.unit or "", "item") if ".." not in inner else "article"
        if not inner:
            return f"annex{annex}"
        if kind == "clause" and "." not in inner:
            return f"annex{annex}.kuan{inner}"
        return f"annex{annex}.{_CLAUSE_PREFIX.get(kind, '')}{inner}"
    if locator.kind == "clause":
        return ("art" if "." in item else "kuan") + item
    return _CLAUSE_PREFIX.get(locator.kind, "") + item


# What the unit of a locator inside an annex counts, as `Locator.kind` says it outside one.
_UNIT_KINDS = {"条": "article", "款": "clause", "章": "chapter", "节": "chapter", "部分": "chapter"}


def target_id(form: str, ident: str) -> str:
    """Return the node id of a target of form namespace `form`."""
    return f"target:{form}/{ident}"


def indicator_id(form: str, ident: str) -> str:
    """Return the node id of an indicator of form namespace `form`."""
    return f"indicator:{form}/{ident}"


def unit_id(unit: str) -> str:
    """Return the node id of a unit."""
    return f"unit:{unit}"


def dept_id(unit: str, name: str) -> str:
    """Return the node id of a department of `unit`."""
    return f"dept:{unit}/{name}"


def person_id(unit: str, name: str) -> str:
    """Return the node id of a person of `unit`."""
    return f"person:{unit}/{name}"


def unit_of(form: Form) -> str:
    """Return the unit a form's departments and people are namespaced by (its file if unnamed)."""
    return form.unit or form.file


@dataclass(frozen=True, slots=True)
class FormSpace:
    """Where one form's nodes live in the graph.

    Attributes:
        namespace: Of its targets and indicators: `<unit>/<year>`, or `<unit>/<year>~<file
            name>` when another file already holds that unit and year.
        owners: The unit its nodes name (`unit` attribute, unit node) and its departments
            and people are namespaced by: the unit, or `<unit>~<file name>` when kept apart.
        kept_apart_from: The file that keeps the plain namespace, when this form was kept
            apart from it; None otherwise.
    """

    namespace: str
    owners: str
    kept_apart_from: str | None = None


def _source(form: Form) -> tuple[str, str]:
    """Return where a form was read: its file and (for a workbook) its sheet."""
    locations = [i.location for i in form.indicators] + [t.location for t in form.targets]
    return form.file, (locations[0].sheet or "") if locations else ""


def form_spaces(forms: Iterable[Form]) -> list[tuple[Form, FormSpace]]:
    """Return each form with its namespaces, in graph order (by `<unit>/<year>`, then file).

    When several files, or several sheets of one workbook, hold the same `<unit>/<year>`, the
    first in path order keeps it and each other one is kept apart by its file's name (its
    whole path when two share a name; `name#sheet` for a second sheet of one workbook), so the
    answer does not depend on the order the files were given in.

    Example:
        >>> from yiju.models import Form
        >>> a = Form("a/x.txt", "局", 2021, None, None, (), (), ())
        >>> b = Form("b/y.txt", "局", 2021, None, None, (), (), ())
        >>> [(f.file, s.namespace, s.owners) for f, s in form_spaces([b, a])]
        [('a/x.txt', '局/2021', '局'), ('b/y.txt', '局/2021~y.txt', '局~y.txt')]
    """
    ordered = sorted(forms, key=lambda f: (f.form_id, _source(f)))
    spaces = plan_spaces([(f.form_id, *_source(f), unit_of(f)) for f in ordered])
    return list(zip(ordered, spaces, strict=True))


def plan_spaces(entries: Sequence[tuple[str, str, str, str]]) -> list[FormSpace]:
    """Return the namespaces of forms described by (form id, file, sheet, unit), in input order.

    The rule of `form_spaces`, on what it reads of each form: the index keeps these four
    columns and chooses the namespaces over all its forms without reading them back. Linear
    in the forms: per `<unit>/<year>`, counts answer "do two files share this name?" and
    "does this file hold two sheets of it?" without rescanning the group (10 000 copies of
    one unit's form would make that 10⁸ steps).
    """
    order = sorted(range(len(entries)), key=lambda i: entries[i][:3])
    firsts: dict[str, tuple[str, str]] = {}
    seen: set[tuple[str, str, str]] = set()
    names: dict[tuple[str, str], set[str]] = {}
    sheets: Counter[tuple[str, str]] = Counter()
    for index in order:
        form_id, file, sheet, _ = entries[index]
        if (form_id, file, sheet) in seen:
            continue
        seen.add((form_id, file, sheet))
        firsts.setdefault(form_id, (file, sheet))
        names.setdefault((form_id, Path(file).name), set()).add(file)
        sheets[form_id, file] += 1
    out: list[FormSpace | None] = [None] * len(entries)
    for index in order:
        form_id, file, sheet, owner = entries[index]
        first = firsts[form_id]
        if (file, sheet) == first:
            out[index] = FormSpace(form_id, owner)
            continue
        name = Path(file).name
        if len(names[form_id, name]) > 1:
            name = file
        if sheets[form_id, file] > 1:
            name = f"{name}#{sheet}"  # two sheets of one workbook hold the same unit and year
        unit, _, year = form_id.rpartition("/")
        out[index] = FormSpace(f"{unit}/{year}~{name}", f"{owner}~{name}", first[0])
    return [space for space in out if space is not None]


def _loc_attrs(loc: SourceLocation) -> dict[str, Any]:
    # The location's own serialisation, less what GraphML cannot hold (the span, a list)
    # and what is derived (the cell name).
    return {k: v for k, v in loc.to_dict().items() if k in ("file", "sheet", "row", "column")}


def _add_lines(attrs: dict[str, Any], name: str, value: str | None) -> None:
    """Add `value` to a line-joined set attribute, keeping it sorted and unique."""
    if not value:
        return
    lines = set(attrs.get(name, "").split("\n")) - {""}
    lines.add(value)
    attrs[name] = "\n".join(sorted(lines))


def document_attrs(citation: Citation) -> dict[str, Any]:
    """Return the attributes of the document node a citation creates (its titles aside)."""
    attrs: dict[str, Any] = {
        "kind": NodeKind.DOCUMENT.value,
        "key": citation.key,
        "numbered": citation.numbered,
    }
    if citation.issuer is not None:
        attrs["issuer"] = citation.issuer
    if citation.year is not None:
        attrs["year"] = citation.year
    if citation.serial is not None:
        attrs["serial"] = citation.serial
    info = citation.issuer_info
    attrs["level"] = info.level if info is not None and info.level else "unknown"
    if info is not None:
        # Literal names: a name made by formatting would be a new string on every document.
        parts = (("issuer_region", info.region), ("issuer_organ", info.organ), ("issuer_kind", info.kind))
        attrs.update({name: value for name, value in parts if value})
    return attrs


def target_documents(target: Target) -> list[tuple[Citation, str | None]]:
    """Return each (citation, title) a target adds to its documents' nodes, in build order.

    The 文件依据 names a document with the basis cell's title; a basis citation with locators,
    and each citation in the 一级指标, adds its own title. The index reads documents' titles
    through this, as `build_graph` does.
    """
    pairs: list[tuple[Citation, str | None]] = [(b.citation, b.title) for b in target.basis]
    pairs += [(b.citation, b.citation.title) for b in target.basis if b.citation.locators]
    pairs += [(c, c.title) for c in target.citations]
    return pairs


def _add_document(g: StagingGraph, citation: Citation, title: str | None) -> str:
    node = doc_id(citation.key)
    if node not in g:
        g.add_node(node, **document_attrs(citation))
    _add_lines(g.nodes[node], "titles", title)
    return node


def _add_citation_edges(
    g: StagingGraph, source: str, citation: Citation, loc: SourceLocation, cell: str | None = None
) -> None:
    """Link a target to what its 一级指标 pins: clauses (with pages), or the document itself.

    `cell` is the header of the cell the citation was read in when it is neither the 文件依据
    nor the 一级指标 (a task's 工作措施).
    """
    doc = _add_document(g, citation, citation.title)
    items = [loc_ for loc_ in citation.locators if loc_.item is not None]
    if not items:
        attrs = g.get_edge_data(source, doc, _MENTIONS) or {}
        pages = attrs.get("pages", "")
        for locator in citation.locators:
            if locator.pages is not None:
                pages = _join_pages(pages, locator.pages)
        g.add_edge(
            source,
            doc,
            key=_MENTIONS,
            kind=_MENTIONS,
            **_loc_attrs(loc),
            **({"pages": pages} if pages else {}),
        )
        return
    for locator in items:
        assert locator.item is not None  # noqa: S101  # filtered above
        clause = clause_id(citation.key, clause_item(locator))
        if clause not in g:
            g.add_node(
                clause,
                kind=NodeKind.CLAUSE.value,
                key=citation.key,
                item=locator.item,
                unit=locator.unit or "项",
            )
            g.add_edge(clause, doc, key=_PART_OF, kind=_PART_OF)
        if locator.pages is not None:
            g.nodes[clause]["pages"] = _join_pages(g.nodes[clause].get("pages", ""), locator.pages)
        edge = g.get_edge_data(source, clause, _CITES)
        attrs = (
            dict(edge) if edge else {"kind": _CITES, **_loc_attrs(loc), **({"cell": cell} if cell else {})}
        )
        _add_lines(attrs, "labels", locator.label)
        if locator.pages is not None:
            attrs["pages"] = _join_pages(attrs.get("pages", ""), locator.pages)
        g.add_edge(source, clause, key=_CITES, **attrs)


def _join_pages(existing: str, pages: tuple[int, int]) -> str:
    lo, hi = pages
    text = str(lo) if lo == hi else f"{lo}-{hi}"
    values = set(existing.split("\n")) - {""}
    values.add(text)
    return "\n".join(sorted(values, key=lambda v: tuple(int(x) for x in v.split("-"))))


def _add_person(g: StagingGraph, unit: str, name: str) -> str:
    node = person_id(unit, name)
    if node not in g:
        g.add_node(node, kind=NodeKind.PERSON.value, unit=unit, name=name)
    return node


def _add_dept(g: StagingGraph, unit: str, name: str) -> str:
    node = dept_id(unit, name)
    if node not in g:
        g.add_node(node, kind=NodeKind.DEPARTMENT.value, unit=unit, name=name)
        g.add_edge(node, unit_id(unit), key=_PART_OF, kind=_PART_OF)
    return node


def _add_target(g: StagingGraph, form: Form, space: FormSpace, target: Target) -> str:
    fid = space.namespace
    node = target_id(fid, target.id)
    attrs: dict[str, Any] = {
        "kind": NodeKind.TARGET.value,
        "form": fid,
        "unit": space.owners,
        "number": target.id,
        "text": target.text,
        "category": target.category,
        "group": target.group,
        "hidden": target.hidden,
        **_loc_attrs(target.location),
    }
    if form.year is not None:
        attrs["year"] = form.year
    if target.points is not None:
        attrs["points"] = target.points
    g.add_node(node, **attrs)
    g.add_edge(node, unit_id(space.owners), key=_PART_OF, kind=_PART_OF)
    for basis in target.basis:
        doc = _add_document(g, basis.citation, basis.title)
        # Where it was read, when not the 文件依据 cell (a task's 工作措施), for `trace` to say so.
        cell = {"cell": basis.cell} if basis.cell else {}
        g.add_edge(node, doc, key=_BASED_ON, kind=_BASED_ON, **_loc_attrs(basis.location), **cell)
        if basis.citation.locators:
            _add_citation_edges(g, node, basis.citation, basis.location, basis.cell)
    for citation in target.citations:
        _add_citation_edges(g, node, citation, target.location)
    return node


def _add_indicator(g: StagingGraph, form: Form, space: FormSpace, indicator: Indicator) -> None:
    fid = space.namespace
    unit = space.owners
    node = indicator_id(fid, indicator.id)
    attrs: dict[str, Any] = {
        "kind": NodeKind.INDICATOR.value,
        "form": fid,
        "unit": space.owners,
        "number": indicator.id,
        "target": indicator.target,
        "text": indicator.text,
        "category": indicator.category,
        "group": indicator.group,
        "hidden": indicator.hidden,
        # The owners in the order the form writes them (the edges are a set): the n-th
        # person belongs to the n-th department.
        "departments": "\n".join(indicator.departments),
        "people": "\n".join(indicator.people),
        **_loc_attrs(indicator.location),
    }
    for name in ("weight", "deadline", "leader"):
        value = getattr(indicator, name)
        if value is not None:
            attrs[name] = value
    g.add_node(node, **attrs)
    g.add_edge(node, target_id(fid, indicator.target), key=_PART_OF, kind=_PART_OF)
    for dept in indicator.departments:
        g.add_edge(node, _add_dept(g, unit, dept), key=_OWNED_BY, kind=_OWNED_BY)
    for person in indicator.people:
        g.add_edge(node, _add_person(g, unit, person), key=_ASSIGNED_TO, kind=_ASSIGNED_TO)
    for pair in indicator.assignments:
        if pair.person and pair.department:
            person = _add_person(g, unit, pair.person)
            g.add_edge(person, _add_dept(g, unit, pair.department), key=_MEMBER_OF, kind=_MEMBER_OF)
    if indicator.leader:
        for leader in indicator.leader.split("、"):
            g.add_edge(node, _add_person(g, unit, leader), key=_LED_BY, kind=_LED_BY)


def build_graph(forms: Iterable[Form], *, include_hidden: bool = False) -> Graph:
    """Return the traceability graph of `forms`.

    Args:
        forms: parsed forms; several units and years may share one graph. Two files of one
            unit and year are kept apart (`form_spaces`).
        include_hidden: keep targets and indicators from hidden rows (left out by default).

    Returns:
        A `networkx.MultiDiGraph` whose nodes and edges were added in sorted order, so the
        same forms (in any order, with rows in any order) give the same graph.
    """
    return build_spaced_graph(form_spaces(forms), include_hidden=include_hidden)


def build_spaced_graph(
    spaced: Iterable[tuple[Form, FormSpace]], *, include_hidden: bool = False, light: bool = False
) -> Graph:
    """Return the graph of forms whose namespaces are already chosen (`form_spaces`).

    The index builds the graph of a few forms, or of a few of their targets, with the
    namespaces chosen over all of its forms; `build_graph` chooses them over the forms given.
    With `light`, the graph is a `LightGraph` (`new_graph`): equal content, no networkx.
    """
    # Millions of small dicts are made here and none is garbage: the cyclic collector would
    # walk them all again and again (1.4x the build time), so it waits until the end.
    collecting = gc.isenabled()
    gc.disable()
    try:
        staged = StagingGraph()
        titles: dict[str, Counter[str]] = {}
        for form, space in spaced:
            staged.add_node(unit_id(space.owners), kind=NodeKind.UNIT.value, name=space.owners)
            for target in sorted(form.targets, key=lambda t: natural_key(t.id)):
                if target.hidden and not include_hidden:
                    continue
                _add_target(staged, form, space, target)
                _count_titles(titles, target)
            for indicator in sorted(form.indicators, key=lambda i: natural_key(i.id)):
                if indicator.hidden and not include_hidden:
                    continue
                _add_indicator(staged, form, space, indicator)
        for node, counts in titles.items():
            # The title every output shows: the most frequent; ties to the shortest, then the
            # first in code-point order, so the choice does not depend on the order of the forms.
            staged.nodes[node]["title"] = min(counts, key=lambda t: (-counts[t], len(t), t))
        graph = _sorted_move(staged, new_graph(light=light))
        if not light:
            import networkx as nx  # noqa: PLC0415  # see the import of Graph

            nx.freeze(graph)  # its edges share attribute dicts (`_sorted_move`)
        return graph
    finally:
        if collecting:
            gc.enable()


def _sorted_move(staged: StagingGraph, out: Graph) -> Graph:
    """Return `out` (empty) holding `staged`'s content in sorted insertion order, emptying `staged`.

    The same graph as `_sorted_copy`, written straight into networkx's adjacency dicts
    (`_node`, `_succ`, `_pred`; an edge's key dict is shared by both directions, as
    `MultiDiGraph.add_edge` shares it) instead of through `add_node`/`add_edge`, and taking
    `staged` apart while the copy grows, so that the two never stand whole side by side. Each
    node id is one string object wherever it appears.

    Most edges carry nothing but their kind (`part_of`, `owned_by` …: 82 % at 10,000 forms)
    and most node pairs hold one edge: as in `staged`, such edges share one attribute dict per
    kind, and such pairs one key dict per kind, instead of two new dicts per edge. So the
    graph must not change after: `build_spaced_graph` freezes it.
    """
    # The stubs do not declare networkx's adjacency dicts; they are its documented internals.
    source: Any = staged
    target: Any = out
    source_nodes: dict[str, dict[str, Any]] = source._node
    source_succ: dict[str, dict[str, dict[str, dict[str, Any]]]] = source._succ
    order = sorted(source_nodes)
    canon = {node: node for node in order}
    nodes: dict[str, dict[str, Any]] = target._node
    succ: dict[str, dict[str, dict[str, dict[str, Any]]]] = target._succ
    pred: dict[str, dict[str, dict[str, dict[str, Any]]]] = target._pred
    for node in order:
        nodes[node] = dict(sorted(source_nodes.pop(node).items()))
        succ[node] = {}
        pred[node] = {}
    bare_attrs: dict[Any, dict[str, Any]] = {}
    bare_keys: dict[tuple[Any, Any], dict[Any, dict[str, Any]]] = {}

    def attrs_of(data: dict[str, Any]) -> dict[str, Any]:
        if len(data) != 1 or "kind" not in data:
            return dict(sorted(data.items()))
        kind = data["kind"]
        shared = bare_attrs.get(kind)
        if shared is None:
            shared = bare_attrs[kind] = {"kind": kind}
        return shared

    for u in order:
        targets = source_succ.pop(u)
        row = succ[u]
        for v in sorted(targets):
            keys = targets[v]
            if len(keys) == 1:
                [(key, data)] = keys.items()
                attrs = attrs_of(data)
                if attrs is bare_attrs.get(attrs.get("kind")):
                    shape = (key, attrs["kind"])
                    keydict = bare_keys.get(shape)
                    if keydict is None:
                        keydict = bare_keys[shape] = {key: attrs}
                else:
                    keydict = {key: attrs}
            else:
                keydict = {k: attrs_of(keys[k]) for k in sorted(keys)}
            head = canon[v]
            row[head] = keydict
            pred[head][u] = keydict
    return out


def _count_titles(titles: dict[str, Counter[str]], target: Target) -> None:
    """Count each title a target binds to a document (its 文件依据 and its 一级指标 citations)."""
    bound = [(b.key, b.title) for b in target.basis] + [(c.key, c.title) for c in target.citations]
    for key, title in bound:
        if title:
            titles.setdefault(doc_id(key), Counter())[title] += 1


def _sorted_copy(g: Graph) -> Graph:
    """Return a copy whose node and edge insertion order is sorted (determinism)."""
    out: Graph = type(g)()
    out.graph.update(g.graph)
    for node in sorted(g.nodes):
        out.add_node(node, **dict(sorted(g.nodes[node].items())))
    for u, v, k, data in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        out.add_edge(u, v, key=k, **dict(sorted(data.items())))
    return out


# --------------------------------------------------------------------------- files


def to_node_link(g: Graph) -> dict[str, Any]:
    """Return the node-link JSON data of the graph (deterministic order)."""
    import networkx as nx  # noqa: PLC0415  # see the import of Graph

    data: dict[str, Any] = nx.node_link_data(g, edges="edges")
    return data


def from_node_link(data: dict[str, Any]) -> Graph:
    """Return the graph from node-link JSON data."""
    import networkx as nx  # noqa: PLC0415  # see the import of Graph

    g = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    return _sorted_copy(cast("Graph", g))


def write_graph(g: Graph, path: Path) -> None:
    """Write the graph as `.graphml`, `.gexf` or `.json` (node-link), chosen by suffix."""
    import networkx as nx  # noqa: PLC0415  # see the import of Graph

    from yiju.paths import atomic_path  # noqa: PLC0415  # paths imports nothing of the graph

    suffix = path.suffix.lower()
    if suffix not in (".graphml", ".gexf", ".json"):
        raise ValueError(f"unsupported graph format {suffix!r} (expected .graphml, .gexf or .json)")
    # Whole, through a temporary file: an interrupted run leaves the old file intact.
    with atomic_path(path) as temporary:
        if suffix == ".graphml":
            nx.write_graphml(g, temporary, encoding="utf-8", prettyprint=True, named_key_ids=True)
        elif suffix == ".gexf":
            nx.write_gexf(g, temporary, encoding="utf-8", prettyprint=True)
        else:
            text = json.dumps(to_node_link(g), ensure_ascii=False, indent=1) + "\n"
            temporary.write_text(text, encoding="utf-8")


def read_graph(path: Path) -> Graph:
    """Read a graph written by `write_graph` (`.graphml` or `.json`)."""
    import networkx as nx  # noqa: PLC0415  # see the import of Graph

    suffix = path.suffix.lower()
    if suffix == ".graphml":
        g = cast("Graph", nx.read_graphml(path, node_type=str, force_multigraph=True))
        # GraphML readers add empty per-file defaults; they are not part of our graph.
        g.graph.pop("node_default", None)
        g.graph.pop("edge_default", None)
        return _sorted_copy(g)
    if suffix == ".json":
        return from_node_link(json.loads(path.read_text(encoding="utf-8")))
    raise ValueError(f"unsupported graph format {suffix!r} (expected .graphml or .json)")
