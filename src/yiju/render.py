"""Graph → DOT text people can read: views, levels, clusters, audit marks, a legend.

Three stages: what to draw is a query (`yiju.subgraph.select_subgraph`, the nodes a filter
keeps); the scene turns them into boxes and edges at the view's level (clauses as boxes,
counts at level `documents`); the style and `to_dot` write the DOT text.

`to_dot` is pure and byte-for-byte deterministic: it sorts every node, edge and attribute,
so the same graph (built from forms in any order) gives the same text. Running Graphviz
is `yiju.dot.run_dot`, and the font is a parameter (the CLI finds one with `fc-list`),
so golden files do not depend on the machine.

Layout: left to right in ranks, one column per kind —
document → clause → target → indicator → department → person. Edges are drawn from the
left rank to the right one ("derives into"), whatever direction the graph stores them in.

The leader (分管领导) is printed on the indicator (`分管 王夏阳`), not given a rank of its own:
a leader oversees indicators across several departments, so a leader column would add one
edge per indicator that crosses every department edge (57 more edges on the seed, most of
them long), while the 分管领导 cell is a fact of the indicator row just like its weight.
A leader becomes a node only in `View(person=...)` for that leader (dashed `分管` edges).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from yiju import patterns as pat
from yiju._util import lines as _lines
from yiju._util import natural_key as _natural
from yiju._util import number_text, unique
from yiju.codes import code_info
from yiju.errors import YijuError
from yiju.graph import Graph
from yiju.graphread import EdgeKind, Level, NodeKind, kind_of, level_of, predecessors, successors
from yiju.limits import DEFAULT_MAX_NODES
from yiju.messages import Listed, listed, say
from yiju.models import Finding
from yiju.naming import clause_text, document_title, pages_text
from yiju.queries import links_of
from yiju.subgraph import Subgraph, select_subgraph

__all__ = [
    "CLUSTERS",
    "DEFAULT_MAX_NODES",
    "LEVELS",
    "MARKS",
    "MARK_CODES",
    "TooManyNodesError",
    "View",
    "ViewError",
    "dot_id",
    "dot_string",
    "html_text",
    "marks_from_findings",
    "scene_count",
    "scene_size",
    "select",
    "to_dot",
    "whole_picture_counts",
    "wrap",
]

#: `View.level` values, from the coarsest: documents linked to units; documents → targets
#: (clauses folded into edge labels); everything down to indicators (owners on the label).
LEVELS = ("documents", "targets", "indicators")
#: `View.cluster` values: Graphviz subgraph clusters by target category, owning department,
#: or unit (several forms in one picture).
CLUSTERS = ("category", "department", "unit")
#: Mark kinds `to_dot(marks=...)` understands, strongest first.
MARKS = ("unassigned", "duplicated")
#: Audit finding codes and the mark their subjects get; the CLI runs only these rules to
#: colour a picture. S01 (a target no document assigned) is an unassigned mandate too.
#: Which subjects: the audit lists the thing at fault first and the context after it (A04:
#: the shared indicator, then its departments and people; A05: the person, then departments
#: and indicators; D01: the clause, then every target citing it), so only the first subject
#: is marked — marking the context would paint half the picture orange. D02 (twin targets)
#: and D03 (near-duplicate indicators) list peers only, so all their subjects are marked.
MARK_CODES: Mapping[str, str] = {
    "S01": "unassigned",
    "A01": "unassigned",
    "A02": "unassigned",
    "A03": "unassigned",
    "A04": "duplicated",
    "A05": "duplicated",
    "D01": "duplicated",
    "D02": "duplicated",
    "D03": "duplicated",
}
_ALL_SUBJECTS = frozenset({"D02", "D03"})

# Column of each kind, left to right. Units only appear at level `documents`.
_RANK = {"document": 0, "clause": 1, "target": 2, "indicator": 3, "department": 4, "person": 5, "unit": 6}
_FILTERS = ("doc", "target", "department", "person")

# Document fill by issuer level; reds and oranges are kept for audit marks.
# Every `Level` has a fill: a level missing here once drew county-level issuers as unknown.
_LEVEL_FILL = {
    Level.NATIONAL: "#e4d2f0",
    Level.PROVINCIAL: "#cfe0f5",
    Level.MUNICIPAL: "#d6ecd2",
    Level.COUNTY: "#d3ecec",
    Level.UNKNOWN: "#eeeeee",
}
_MARK_STYLE = {"unassigned": ("#d62728", "#fbd5d5"), "duplicated": ("#ff7f0e", "#ffe3c7")}
_MARK_NAME = {"unassigned": "红框：责任未落实", "duplicated": "橙框：重复或共担"}
# Fills of the other kinds, each explained in the legend when drawn.
_KIND_FILL = {
    "clause": "#f7f7f7",
    "target": "#fff4d6",
    "indicator": "#ffffff",
    "department": "#e8eef4",
    "person": "#ffffff",
    "unit": "#e8eef4",
}
_KIND_NAME = {
    "clause": "条款（所引文件的第几项，页码在前）",
    "target": "一级指标（目标），右上角为分值",
    "indicator": "二级指标，注明权重与分管领导",
    "department": "责任部门",
    "person": "责任人（边上为其承担的指标序号）",
    "unit": "单位（边上数字 = 引用该文件的目标数，线越粗越多）",
}
_GREY = "#666666"
# Units at level `documents`: distinguishable colours, none red or orange (those are marks).
_UNIT_COLOURS = ("#1f77b4", "#8c564b", "#9467bd", "#17becf", "#7f7f7f", "#bcbd22", "#e377c2", "#2ca02c")
_NODE_DEFAULTS = {"color": "#888888", "fontsize": "11", "margin": "0.10,0.05", "penwidth": "1"}
_EDGE_DEFAULTS = {"arrowsize": "0.6", "color": "#7a7a7a", "fontcolor": "#444444", "fontsize": "9"}

# Label sizes, in display columns (a Chinese character is two): about 15 characters a line.
_TEXT_WIDTH = 30
_TEXT_LINES = 3
_TITLE_WIDTH = 28
_TITLE_LINES = 2
_EDGE_IDS = 3  # indicator ids per line on a department → person edge
_EDGE_ID_LINES = 3
_GRID_ROW = 4  # source-less targets per row at level `targets`
_LEGEND_WIDTH = 40  # display columns per legend line


class ViewError(YijuError):
    """A view that cannot be drawn as asked: unknown level or cluster, two filters at once."""


def _values(names: Sequence[str]) -> Listed:
    """Return option values as a message lists them (`documents（文件）` in Chinese)."""
    return listed(say(f"view.{name}") for name in names)


class TooManyNodesError(YijuError):
    """The picture would have more nodes than anyone can read; narrow the view instead.

    The CLI exits 1, as for a query that matched nothing: the input and options are fine,
    it is the result that is unusable.
    """

    def __init__(self, nodes: int, limit: int, level: str | None) -> None:
        coarser = {None: LEVELS[::-1], "indicators": LEVELS[1::-1], "targets": LEVELS[:1]}
        higher = coarser.get(level, ())
        levels = listed((say(f"view.{name}") for name in higher), "or")
        hint = say("render.higher", levels=levels) if higher else ""
        super().__init__(say("render.too_many", nodes=nodes, limit=limit, hint=hint))
        self.nodes = nodes
        self.limit = limit


@dataclass(frozen=True, slots=True)
class View:
    """What to draw: at most one filter, a level, a clustering, a node limit.

    Attributes:
        doc: A document query (`泉委办〔2021〕20号`, any written variant, or a title fragment):
            the matched documents, their clauses, the targets deriving from them, their
            indicators and owners — not the other documents those targets cite.
        target: A target number (`1-3`, in every form) or node id: its sources, indicators
            and owners. An indicator number draws its target.
        department: A department name or node id: the indicators it owns, with their targets,
            the targets' sources, and the indicators' other owners (a shared indicator shows it).
        person: A person's name or node id: the indicators assigned to or led by them, as above.
        level: None (down to people) or one of `LEVELS`.
        cluster: None or one of `CLUSTERS`.
        max_nodes: Refuse (`TooManyNodesError`) above this many nodes.
    """

    doc: str | None = None
    target: str | None = None
    department: str | None = None
    person: str | None = None
    level: str | None = None
    cluster: str | None = None
    max_nodes: int = DEFAULT_MAX_NODES

    def __post_init__(self) -> None:
        """Reject unknown levels and clusters, several filters, a limit below 1."""
        given = [name for name in _FILTERS if getattr(self, name) is not None]
        if len(given) > 1:
            raise ViewError(say("render.one_filter", given=listed(f"--{name}" for name in given)))
        if self.level is not None and self.level not in LEVELS:
            raise ViewError(
                say("render.option", option="--level", allowed=_values(LEVELS), value=repr(self.level))
            )
        if self.cluster is not None and self.cluster not in CLUSTERS:
            allowed = _values(CLUSTERS)
            raise ViewError(
                say("render.option", option="--cluster", allowed=allowed, value=repr(self.cluster))
            )
        if self.max_nodes < 1:
            raise ViewError(say("render.max_nodes", value=self.max_nodes))


# --------------------------------------------------------------------------- escaping


def dot_id(text: str) -> str:
    r"""Return `text` as a quoted DOT identifier (node names are never escString-expanded).

    >>> print(dot_id('a"b\\c'))
    "a\"b\\c"
    """
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot_string(text: str) -> str:
    r"""Return `text` as a quoted DOT label (escString): shown exactly, line breaks centred.

    Graphviz decodes HTML entities in ordinary labels too, so `&` is escaped as `&amp;`;
    backslashes are doubled so `\N`, `\G`, `\n` in a name stay literal.

    >>> print(dot_string('p14\n"x" & \\N'))
    "p14\n\"x\" &amp; \\N"
    """
    escaped = text.replace("&", "&amp;").replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\r", "").replace("\n", "\\n") + '"'


def html_text(text: str) -> str:
    r"""Return `text` escaped for a Graphviz HTML-like label (line breaks are the caller's).

    Graphviz 2.4x still collapses `\\` to `\` inside HTML labels, so backslashes are doubled.

    >>> html_text('<a href="x">&\\')
    '&lt;a href=&quot;x&quot;&gt;&amp;\\\\'
    """
    out = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return out.replace("\\", "\\\\").replace("\r", "").replace("\n", " ")


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


# Kinsoku: closing punctuation never starts a line; it hangs at the end of the previous one.
_NO_LINE_START = frozenset("。，、；：！？）》」』”’〕】…,.;:!?)")


def wrap(text: str, width: int, max_lines: int) -> list[str]:
    """Return `text` broken into lines of at most `width` display columns, cut with … if long.

    A Chinese character counts two columns; runs of Latin letters and digits (`2021`, `DC-009`)
    are not split unless longer than a line.

    >>> wrap("完善“智慧安监”平台、常态化线上分类监管体系", 16, 2)
    ['完善“智慧安监”平', '台、常态化线上…']
    """
    text = " ".join(text.split())
    lines: list[str] = []
    line, used = "", 0
    for token in pat.LABEL_TOKEN.findall(text):
        size = sum(_width(ch) for ch in token)
        if token.isspace():
            if line:
                line, used = line + " ", used + 1
            continue
        pieces = [token] if size <= width else list(token)
        for piece in pieces:
            w = sum(_width(ch) for ch in piece)
            if used + w > width and line.strip() and piece[0] not in _NO_LINE_START:
                lines.append(line.rstrip())
                line, used = "", 0
            line, used = line + piece, used + w
    if line.strip():
        lines.append(line.rstrip())
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and sum(_width(ch) for ch in last) + 1 > width:
        last = last[:-1]
    kept[-1] = last + "…"
    return kept


# --------------------------------------------------------------------------- graph helpers


def _attr(g: Graph, node: str, name: str, default: str = "") -> str:
    value = g.nodes[node].get(name)
    return default if value is None else str(value)


# --------------------------------------------------------------------------- selection


def select(g: Graph, view: View) -> frozenset[str]:
    """Return the graph nodes `view` keeps (before its level collapses any), as a set.

    Raises:
        NoMatchError: The view's filter matches nothing.
    """
    return frozenset(_select(g, view).all())


def _select(g: Graph, view: View) -> Subgraph:
    return select_subgraph(
        g, doc=view.doc, target=view.target, department=view.department, person=view.person
    )


# --------------------------------------------------------------------------- the scene


@dataclass(slots=True)
class _Node:
    id: str
    kind: str
    label: str  # HTML-like label body, already escaped
    attrs: dict[str, str]
    mark: str | None = None
    cluster: tuple[str, str] | None = None  # (sort key, title)
    free: bool = False  # placed by invisible edges, not in its kind's column


@dataclass(slots=True)
class _Edge:
    tail: str
    head: str
    kind: str
    label: str | None = None
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Scene:
    nodes: dict[str, _Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], _Edge] = field(default_factory=dict)
    levels: set[str] = field(default_factory=set)
    title_only: bool = False
    mentions: bool = False
    marks: set[str] = field(default_factory=set)
    invisible: set[tuple[str, str]] = field(default_factory=set)

    def edge(self, tail: str, head: str, kind: str, label: str | None = None, **attrs: str) -> None:
        self.edges[(tail, head, kind)] = _Edge(tail, head, kind, label, dict(attrs))


def _strongest(values: Iterable[str | None]) -> str | None:
    present = {v for v in values if v}
    return next((m for m in MARKS if m in present), None)


def _html(head: str, detail: str = "", lines: Sequence[str] = (), foot: str = "") -> str:
    """Return an HTML-like label: bold head and grey detail, then text lines, then a grey foot."""
    out = f"<B>{html_text(head)}</B>"
    if detail:
        out += f' <FONT COLOR="{_GREY}" POINT-SIZE="9">{html_text(detail)}</FONT>'
    out += '<BR ALIGN="LEFT"/>'
    out += "".join(f'{html_text(line)}<BR ALIGN="LEFT"/>' for line in lines)
    if foot:
        out += f'<FONT COLOR="{_GREY}" POINT-SIZE="9">{html_text(foot)}</FONT><BR ALIGN="LEFT"/>'
    return out


def _mark_attrs(attrs: dict[str, str], mark: str | None, *, keep_fill: bool = False) -> None:
    if mark is None:
        return
    border, fill = _MARK_STYLE[mark]
    attrs["color"] = border
    attrs["penwidth"] = "2.5"
    if not keep_fill:
        attrs["fillcolor"] = fill


def _owner_names(g: Graph, node: str, edge: EdgeKind) -> list[str]:
    return sorted({_attr(g, v, "name") for v in successors(g, node, edge)})


def _cluster(g: Graph, node: str, kind: str, by: str | None, multi_form: bool) -> tuple[str, str] | None:
    # A document and its clauses share a box, whatever else is clustered (at level
    # `documents` there are no clauses, and a box per document would only add ink).
    if kind == "document" and by != "~documents":
        return (node, "")
    if kind == "clause":
        doc = next(iter(successors(g, node, EdgeKind.PART_OF)), None)
        return (doc, "") if doc is not None else None
    if by == "unit" and kind in ("target", "indicator", "department", "person"):
        unit = _attr(g, node, "unit")
        return (unit, unit)
    if by == "category" and kind in ("target", "indicator"):
        category = _attr(g, node, "category", "?")
        if multi_form:
            form = _attr(g, node, "form")
            return (f"{form}\n{category}", f"{form.replace('/', ' ')} · {category}")
        return (category, category)
    if by == "department":
        if kind == "indicator":
            owners = successors(g, node, EdgeKind.OWNED_BY)
            if len(owners) == 1:  # a shared indicator stays outside every department's box
                return (owners[0], _attr(g, owners[0], "name"))
        elif kind == "department":
            return (node, _attr(g, node, "name"))
        elif kind == "person":
            depts = successors(g, node, EdgeKind.MEMBER_OF)
            if len(depts) == 1:
                return (depts[0], _attr(g, depts[0], "name"))
    return None


def _document_node(g: Graph, node: str, mark: str | None, scene: _Scene) -> _Node:
    attrs = g.nodes[node]
    level = level_of(g, node)
    key = str(attrs.get("key", node.removeprefix("doc:")))
    titles = [t for t in str(attrs.get("titles", "")).split("\n") if t]
    title = document_title(g, node)
    numbered = bool(attrs.get("numbered", True))
    if numbered or level is not Level.UNKNOWN:  # the title-only sample in the legend covers the rest
        scene.levels.add(level)
    lines: list[str] = []
    if numbered and title:
        lines = wrap(title, _TITLE_WIDTH, _TITLE_LINES)
    more = f"另有{len(titles) - 1}种写法" if numbered and len(titles) > 1 else ""
    style = {
        "fillcolor": _LEVEL_FILL[level],
        "shape": "box" if numbered else "note",
        "style": "rounded,filled" if numbered else "filled",
        # The key, the chosen title, then the other titles; a title-only key is its own title.
        "tooltip": "\n".join(t for t in unique([key, title, *titles]) if t) if numbered else key,
    }
    if not numbered:
        scene.title_only = True
    _mark_attrs(style, mark, keep_fill=True)
    return _Node(node, "document", _html(key, "", lines, more), style, mark)


def _indicator_detail(g: Graph, indicator: str) -> list[str]:
    attrs = g.nodes[indicator]
    weight = attrs.get("weight")
    parts = [f"权重{number_text(float(weight))}"] if weight is not None else []
    if attrs.get("leader"):
        parts.append(f"分管 {attrs['leader']}")
    return parts


def _owners_foot(g: Graph, indicator: str) -> str:
    return " ".join(
        _owner_names(g, indicator, EdgeKind.OWNED_BY) + _owner_names(g, indicator, EdgeKind.ASSIGNED_TO)
    )


def _target_node(
    g: Graph,
    node: str,
    mark: str | None,
    owners: Sequence[str],
    *,
    own: str | None = None,
    with_owners: bool = False,
) -> _Node:
    """Return a target's node; `own` is the indicator of a childless target, drawn as one node."""
    attrs = g.nodes[node]
    points = attrs.get("points")
    detail = [f"{number_text(float(points))}分"] if points is not None else []
    foot = "责任 " + "、".join(owners) if owners else ""
    if own is not None:
        detail += _indicator_detail(g, own)
        foot = _owners_foot(g, own) if with_owners else foot
    text = str(attrs.get("text", ""))
    style = {"fillcolor": "#fff4d6", "shape": "box", "style": "rounded,filled", "tooltip": text}
    _mark_attrs(style, mark)
    label = _html(
        str(attrs.get("number", "")), " · ".join(detail), wrap(text, _TEXT_WIDTH, _TEXT_LINES), foot
    )
    return _Node(node, "target", label, style, mark)


def _indicator_node(g: Graph, node: str, mark: str | None, with_owners: bool) -> _Node:
    text = _attr(g, node, "text")
    style = {"fillcolor": "#ffffff", "shape": "box", "style": "rounded,filled", "tooltip": text}
    _mark_attrs(style, mark)
    foot = _owners_foot(g, node) if with_owners else ""
    lines = wrap(text, _TEXT_WIDTH, _TEXT_LINES)
    label = _html(_attr(g, node, "number"), " · ".join(_indicator_detail(g, node)), lines, foot)
    return _Node(node, "indicator", label, style, mark)


def _name_node(g: Graph, node: str, kind: str, mark: str | None, multi_unit: bool) -> _Node:
    name = _attr(g, node, "name", node)
    unit = _attr(g, node, "unit") if multi_unit and kind != "unit" else ""
    style = {
        "department": {"fillcolor": "#e8eef4", "shape": "box", "style": "filled"},
        "person": {"fillcolor": "#ffffff", "shape": "box", "style": "rounded,filled"},
        "unit": {"fillcolor": "#e8eef4", "shape": "box", "style": "filled"},
    }[kind]
    _mark_attrs(style, mark)
    return _Node(node, kind, _html(name, "", (), unit), style, mark)


def _clause_node(g: Graph, node: str, mark: str | None) -> _Node:
    attrs = g.nodes[node]
    item = clause_text(g, node, with_pages=False)
    pages = pages_text(_lines(attrs.get("pages")))
    key = str(attrs.get("key", ""))
    style = {
        "fillcolor": _KIND_FILL["clause"],
        "shape": "box",
        "style": "rounded,filled",
        "fontsize": "10",
        "tooltip": f"{key} {clause_text(g, node)}",
    }
    _mark_attrs(style, mark)
    return _Node(node, "clause", _html(item, pages), style, mark)


def _build_scene(g: Graph, view: View, marks: Mapping[str, str]) -> tuple[_Scene, Subgraph]:
    sel = _select(g, view)
    scene = _Scene()
    level = view.level
    forms = {_attr(g, t, "form") for t in sel.targets}
    units = {_attr(g, t, "unit") for t in sel.targets} | {_attr(g, d, "unit") for d in sel.departments}
    multi_form, multi_unit = len(forms) > 1, len(units) > 1

    def add(node: _Node) -> None:
        by = "~documents" if level == "documents" else view.cluster
        node.cluster = _cluster(g, node.id, node.kind, by, multi_form)
        scene.nodes[node.id] = node

    for doc in sel.documents:
        add(_document_node(g, doc, marks.get(doc), scene))

    if level == "documents":
        counts: dict[tuple[str, str], set[str]] = {}
        for target in sel.targets:
            unit = successors(g, target, EdgeKind.PART_OF)
            unit_node = next((u for u in unit if kind_of(g, u) == NodeKind.UNIT), None)
            if unit_node is None:
                continue
            for doc in _target_documents(g, target) & sel.documents:
                counts.setdefault((doc, unit_node), set()).add(target)
        # One colour per unit, on its box, its edges and their counts, so a number beside a
        # bundle of crossing edges still says which unit it counts for.
        colours = {
            u: _UNIT_COLOURS[i % len(_UNIT_COLOURS)] for i, u in enumerate(sorted({u for _, u in counts}))
        }
        for unit_node, colour in colours.items():
            node = _name_node(g, unit_node, "unit", marks.get(unit_node), False)
            node.attrs.setdefault("color", colour)
            node.attrs["penwidth"] = node.attrs.get("penwidth", "2")
            add(node)
        top = max((len(v) for v in counts.values()), default=1)
        for (doc, unit_node), targets in counts.items():
            n = len(targets)
            width = 1.0 + 2.0 * math.log2(n) / math.log2(max(2, top))
            colour = colours[unit_node]
            # The count sits at the edge's document end, where the edges are still apart: a
            # mid-edge label floats among the bundle converging on the unit.
            scene.edge(
                doc,
                unit_node,
                "derives",
                None,
                color=colour,
                labelfontcolor=colour,
                labelfontsize="10",
                labeldistance="1.6",
                labelangle="20",
                penwidth=f"{width:.2f}",
                taillabel=f"{n}",
                tooltip=f"{_attr(g, unit_node, 'name')}：{n}个目标引用 {_attr(g, doc, 'key')}",
                weight=str(n),
            )
        _collect_marks(scene)
        return scene, sel

    # A childless target (`1-15`, `4-1`) is its own indicator: one node in the target column
    # carries both, instead of two boxes with the same number and text side by side.
    own: dict[str, str] = {}
    for indicator in sel.indicators:
        for target in successors(g, indicator, EdgeKind.PART_OF):
            if target in sel.targets and _attr(g, target, "number") == _attr(g, indicator, "number"):
                own[indicator] = target
    owned_by_target = {t: i for i, t in own.items()}
    with_owners = level == "indicators"
    for target in sel.targets:
        indicators = [i for i in predecessors(g, target, EdgeKind.PART_OF) if i in sel.indicators]
        if level == "targets":
            mark = _strongest([marks.get(target), *(marks.get(i) for i in indicators)])
            owners = sorted({n for i in indicators for n in _owner_names(g, i, EdgeKind.OWNED_BY)})
            add(_target_node(g, target, mark, owners))
        else:
            solo = owned_by_target.get(target)
            mark = _strongest([marks.get(target), marks.get(solo) if solo else None])
            add(_target_node(g, target, mark, (), own=solo, with_owners=with_owners))

    # Clauses are nodes at every level below `documents`: a page label on an edge floats
    # where Graphviz puts it, a clause box sits between its document and its targets.
    for clause in sel.clauses:
        if not any(t in sel.targets for t in predecessors(g, clause, EdgeKind.CITES)):
            continue
        add(_clause_node(g, clause, marks.get(clause)))
        for doc in successors(g, clause, EdgeKind.PART_OF):
            if doc in sel.documents:
                scene.edge(doc, clause, EdgeKind.PART_OF)
    for target in sel.targets:
        cited_docs = set()
        for clause in successors(g, target, EdgeKind.CITES):
            if clause not in scene.nodes:
                continue
            cited_docs.update(successors(g, clause, EdgeKind.PART_OF))
            data = g.get_edge_data(target, clause, EdgeKind.CITES) or {}
            written = "；".join(_lines(data.get("labels")))
            tooltip = f"{_attr(g, target, 'number')} 引用 {_attr(g, clause, 'key')} {written}".rstrip()
            scene.edge(clause, target, EdgeKind.CITES, None, tooltip=tooltip)
        for doc in successors(g, target, EdgeKind.BASED_ON):
            if doc in sel.documents and doc not in cited_docs:
                scene.edge(doc, target, EdgeKind.BASED_ON)
        for doc in successors(g, target, EdgeKind.MENTIONS):
            if (
                doc in sel.documents
                and doc not in cited_docs
                and doc not in successors(g, target, EdgeKind.BASED_ON)
            ):
                scene.mentions = True
                scene.edge(doc, target, EdgeKind.MENTIONS, None, style="dashed")
    if level == "targets":
        if view.cluster is None:
            _grid_sourceless(g, scene)
        _collect_marks(scene)
        return scene, sel

    for indicator in sel.indicators:
        if indicator in own:
            continue
        add(_indicator_node(g, indicator, marks.get(indicator), with_owners))
        for target in successors(g, indicator, EdgeKind.PART_OF):
            if target in sel.targets:
                scene.edge(target, indicator, EdgeKind.PART_OF)
    if level == "indicators":
        _collect_marks(scene)
        return scene, sel

    for dept in sel.departments:
        add(_name_node(g, dept, "department", marks.get(dept), multi_unit))
    for person in sel.people:
        add(_name_node(g, person, "person", marks.get(person), multi_unit))
    pairs: dict[tuple[str, str], list[str]] = {}
    for indicator in sel.indicators:
        tail = own.get(indicator, indicator)
        depts = [d for d in successors(g, indicator, EdgeKind.OWNED_BY) if d in sel.departments]
        for dept in depts:
            scene.edge(tail, dept, EdgeKind.OWNED_BY)
        for person in successors(g, indicator, EdgeKind.ASSIGNED_TO):
            shared = [d for d in depts if d in successors(g, person, EdgeKind.MEMBER_OF)]
            if not shared:  # no department pairs them: draw the assignment itself
                scene.edge(tail, person, EdgeKind.ASSIGNED_TO)
            for dept in shared:
                pairs.setdefault((dept, person), []).append(_attr(g, indicator, "number"))
        for leader in successors(g, indicator, EdgeKind.LED_BY):
            if leader in sel.leaders:
                scene.edge(tail, leader, EdgeKind.LED_BY, "分管", style="dashed")
    for (dept, person), numbers in pairs.items():
        scene.edge(dept, person, EdgeKind.MEMBER_OF, _id_list(numbers))
    _collect_marks(scene)
    return scene, sel


def _grid_sourceless(g: Graph, scene: _Scene) -> None:
    """Lay the targets no document points at in a box of short rows, one group per row.

    At level `targets` nothing lies right of the target column, so a long list of
    source-less targets (the seed's 20 行政能力目标) would make the picture four times taller
    than its content; rows of at most `_GRID_ROW` use that empty space, in form order.
    """
    heads = {e.head for e in scene.edges.values()}
    orphans = sorted(
        (n for n in scene.nodes.values() if n.kind == "target" and n.id not in heads),
        key=lambda n: (_attr(g, n.id, "form"), _natural(_attr(g, n.id, "number"))),
    )
    if len(orphans) < _GRID_ROW:
        return
    rows: list[list[_Node]] = []
    group_of: str | None = None
    for node in orphans:
        group = f"{_attr(g, node.id, 'form')}\n{_attr(g, node.id, 'group')}"
        if not rows or group != group_of or len(rows[-1]) == _GRID_ROW:
            rows.append([])
        rows[-1].append(node)
        group_of = group
    for number, row in enumerate(rows):
        for node in row:
            node.cluster = ("~sourceless", f"未注明文件依据的目标（{len(orphans)}个）")
            node.attrs["group"] = f"sourceless{number}"  # keeps each row straight
        for left, right in pairwise(row):
            right.free = True
            scene.invisible.add((left.id, right.id))


def _id_list(numbers: Sequence[str]) -> str:
    ordered = sorted(set(numbers), key=_natural)
    rows = [ordered[i : i + _EDGE_IDS] for i in range(0, len(ordered), _EDGE_IDS)]
    if len(rows) > _EDGE_ID_LINES:
        shown = rows[:_EDGE_ID_LINES]
        return "\n".join("、".join(r) for r in shown) + f"…\n共{len(ordered)}项"
    return "\n".join("、".join(r) for r in rows)


def _target_documents(g: Graph, target: str) -> set[str]:
    return {link.document for link in links_of(g, target)}


def _collect_marks(scene: _Scene) -> None:
    scene.marks = {n.mark for n in scene.nodes.values() if n.mark is not None}


def scene_size(g: Graph, view: View, marks: Mapping[str, str] | None = None) -> tuple[int, int]:
    """Return how many nodes and edges `to_dot(g, view)` draws (legend and title aside).

    Raises:
        NoMatchError: The view's filter matches nothing.
    """
    scene, _ = _build_scene(g, view, marks or {})
    return len(scene.nodes), len(scene.edges)


def scene_count(g: Graph, view: View) -> int:
    """Return how many nodes `to_dot(g, view)` draws, without writing a label of any.

    The number `TooManyNodesError` names, counted the way `_build_scene` adds its boxes
    (a test holds the two equal on every fixture at every level).

    Raises:
        NoMatchError: The view's filter matches nothing.
    """
    return _level_counts(g, _select(g, view))[view.level or "people"]


def whole_picture_counts(g: Graph) -> dict[str, int]:
    """Return `scene_count` of the unfiltered picture at every level (`people` for level None),
    from one selection of the whole graph. An index stores it with its findings, so that
    `render` refuses a picture too big before reading a million nodes."""
    return _level_counts(g, _select(g, View()))


def _level_counts(g: Graph, sel: Subgraph) -> dict[str, int]:
    """Return the boxes `_build_scene` draws of `sel` at each level; each level below
    `documents` adds to the one above it."""
    units: set[str] = set()
    for target in sel.targets:
        parts = successors(g, target, EdgeKind.PART_OF)
        unit = next((u for u in parts if kind_of(g, u) == NodeKind.UNIT), None)
        if unit is not None and unit not in units and _target_documents(g, target) & sel.documents:
            units.add(unit)
    targets = len(sel.documents) + len(sel.targets)
    cited = (c for c in sel.clauses if any(t in sel.targets for t in predecessors(g, c, EdgeKind.CITES)))
    targets += sum(1 for _ in cited)
    # A childless target's own indicator shares its box (`_build_scene`'s `own`).
    indicators = targets + sum(
        1
        for i in sel.indicators
        if not any(
            t in sel.targets and _attr(g, t, "number") == _attr(g, i, "number")
            for t in successors(g, i, EdgeKind.PART_OF)
        )
    )
    return {
        "documents": len(sel.documents) + len(units),
        "targets": targets,
        "indicators": indicators,
        "people": indicators + len(sel.departments) + len(sel.people),
    }


# --------------------------------------------------------------------------- marks


def marks_from_findings(g: Graph, findings: Iterable[Finding]) -> dict[str, str]:
    """Return node id → mark for the audit findings that point at something drawable.

    Codes in `MARK_CODES` mark their subjects: S01, A01–A03 `unassigned`, A04, A05, D01–D03
    `duplicated`; a node with both is `unassigned`. The first subject is marked (the thing
    at fault; the rest is context), every subject for D02 and D03 (peers). Subjects are
    graph node ids (the audit names them so); a subject the graph has no node for (a
    hidden row's, a whole form's) marks nothing.

    Example:
        >>> from yiju.models import Finding, Severity
        >>> G = Graph()
        >>> G.add_node("indicator:局/2021/1-15", kind="indicator", number="1-15")
        >>> f = Finding("A01", "no-person", Severity.ERROR, "1-15 has no 责任人", ("indicator:局/2021/1-15",))
        >>> marks_from_findings(G, [f])
        {'indicator:局/2021/1-15': 'unassigned'}
    """
    found: dict[str, set[str]] = {}
    for finding in findings:
        mark = MARK_CODES.get(finding.code)
        if mark is None:
            continue
        subjects = finding.subjects if finding.code in _ALL_SUBJECTS else finding.subjects[:1]
        for subject in subjects:
            if subject in g:
                found.setdefault(subject, set()).add(mark)
    out: dict[str, str] = {}
    for node in sorted(found, key=_natural):
        strongest = _strongest(found[node])
        if strongest is not None:
            out[node] = strongest
    return out


# --------------------------------------------------------------------------- DOT text


def _attrs(attrs: Mapping[str, str], html_label: str | None = None) -> str:
    parts = [f"{k}={dot_string(v)}" for k, v in sorted(attrs.items())]
    if html_label is not None:
        parts.insert(0, f"label=<{html_label}>")
    return "[" + ", ".join(parts) + "]"


def _node_sort(node: _Node) -> tuple[Any, ...]:
    return (_RANK[node.kind], _natural(node.id))


def _legend_label(text: str) -> str:
    return (
        '<BR ALIGN="LEFT"/>'.join(html_text(line) for line in wrap(text, _LEGEND_WIDTH, 6))
        + '<BR ALIGN="LEFT"/>'
    )


def _mark_text(mark: str) -> str:
    """Return a mark's legend text: its colour, then each rule code with its Chinese title."""
    codes = [c for c, m in MARK_CODES.items() if m == mark]
    return _MARK_NAME[mark] + "——" + "；".join(f"{c} {code_info(c).title_zh}" for c in codes)


def _legend(scene: _Scene) -> list[str]:
    """Return the DOT lines of a legend cluster: one sample per colour, shape and mark drawn."""
    samples: list[tuple[str, dict[str, str]]] = []
    for level in Level:
        if level in scene.levels:
            style = {"fillcolor": _LEVEL_FILL[level], "shape": "box", "style": "rounded,filled"}
            name = "级别不明的文件" if level is Level.UNKNOWN else f"{level.chinese}文件（发文机关）"
            samples.append((name, style))
    if scene.title_only:
        note = {"fillcolor": "#eeeeee", "shape": "note", "style": "filled"}
        samples.append(("只有标题、没有文号的文件（法规、三定方案等）", note))
    kinds = {n.kind for n in scene.nodes.values()}
    for kind in ("clause", "target", "indicator", "department", "person", "unit"):
        if kind in kinds:
            corners = "filled" if kind in ("department", "unit") else "rounded,filled"
            style = {"fillcolor": _KIND_FILL[kind], "shape": "box", "style": corners}
            samples.append((_KIND_NAME[kind], style))
    for mark in MARKS:
        if mark in scene.marks:
            style = {"fillcolor": "#ffffff", "shape": "box", "style": "rounded,filled"}
            _mark_attrs(style, mark)
            samples.append((_mark_text(mark), style))
    if scene.mentions:
        samples.append(("虚线箭头：目标文字提及该文件，未注明条款", {"shape": "plaintext"}))
    if any(e.kind == EdgeKind.LED_BY for e in scene.edges.values()):
        samples.append(("虚线“分管”：分管领导", {"shape": "plaintext"}))
    if not samples:
        return []
    lines = ["  subgraph cluster_legend {"]
    legend_attrs = {"color": "#bbbbbb", "fontsize": "12", "labeljust": "l", "style": "rounded"}
    lines.append(f"    graph {_attrs(legend_attrs, '<B>图例</B>')};")
    for index, (text, style) in enumerate(samples):
        lines.append(f'    "_legend{index}" {_attrs({**style, "fontsize": "10"}, _legend_label(text))};')
    lines.append("  }")
    return lines


def _title(g: Graph, sel: Subgraph, view: View) -> str:
    forms = sorted({_attr(g, t, "form") for t in sel.targets if _attr(g, t, "form")}, key=_natural)
    shown = [f.replace("/", " ", 1) for f in forms[:3]]
    if len(forms) > 3:
        shown.append(f"等{len(forms)}份表")
    level = {
        None: "文件 → 条款 → 一级指标 → 二级指标 → 部门 → 责任人",
        "indicators": "文件 → 条款 → 一级指标 → 二级指标",
        "targets": "文件 → 条款 → 一级指标",
        "documents": "文件 → 单位（边上数字 = 目标数）",
    }[view.level]
    return f"{'、'.join(shown) or '（无目标）'} · {sel.subject} · {level}"


def to_dot(
    g: Graph,
    view: View | None = None,
    *,
    font: str,
    marks: Mapping[str, str] | None = None,
    title: str | None = None,
) -> str:
    """Return the DOT text of a view of the graph, byte-for-byte deterministic.

    Args:
        g: A graph from `yiju.graph.build_graph`.
        view: What to draw (default: everything, down to people).
        font: The font family set on graph, nodes and edges; it must have Chinese glyphs
            (`yiju.dot.find_cjk_font()` finds one).
        marks: Node id → `unassigned` (drawn red) or `duplicated` (orange), e.g. from
            `marks_from_findings`; ids not drawn are ignored. At level `targets` a target
            shows the strongest mark of its indicators.
        title: The caption at the top; by default the forms, the filter and the level.

    Returns:
        DOT text (a `digraph`, rankdir LR, one rank per kind, a legend).

    Raises:
        NoMatchError: The view's filter matches nothing.
        TooManyNodesError: More nodes than `view.max_nodes`.
        ValueError: A mark that is not one of `MARKS`.
    """
    view = view or View()
    marks = marks or {}
    bad = sorted({m for m in marks.values() if m not in MARKS})
    if bad:
        raise ValueError(f"marks must be one of {', '.join(MARKS)}, not {', '.join(bad)}")
    scene, sel = _build_scene(g, view, marks)
    if len(scene.nodes) > view.max_nodes:
        raise TooManyNodesError(len(scene.nodes), view.max_nodes, view.level)

    caption = title if title is not None else _title(g, sel, view)
    lines = [
        "digraph yiju {",
        "  graph "
        + _attrs(
            {
                "charset": "UTF-8",
                "fontname": font,
                "fontsize": "16",
                "labeljust": "l",
                "labelloc": "t",
                "newrank": "true",
                "nodesep": "0.12",
                "rankdir": "LR",
                "ranksep": "1.5" if view.level == "documents" else "0.5",
                "tooltip": caption,
            },
            f"<B>{html_text(caption)}</B>",
        )
        + ";",
        f"  node {_attrs(_NODE_DEFAULTS | {'fontname': font})};",
        f"  edge {_attrs(_EDGE_DEFAULTS | {'fontname': font})};",
    ]

    nodes = sorted(scene.nodes.values(), key=_node_sort)
    clusters: dict[tuple[str, str], list[_Node]] = {}
    for node in nodes:
        if node.cluster is not None:
            clusters.setdefault(node.cluster, []).append(node)
    for index, (key, members) in enumerate(sorted(clusters.items(), key=lambda kv: _natural(kv[0][0]))):
        lines.append(f"  subgraph cluster_{index} {{")
        cluster_attrs = {"color": "#bbbbbb", "fontsize": "12", "labeljust": "l", "style": "rounded,dashed"}
        if key[1]:
            lines.append(f"    graph {_attrs(cluster_attrs, f'<B>{html_text(key[1])}</B>')};")
        else:  # a document with its clauses: a plain box (an unlabelled cluster inherits the title)
            plain = cluster_attrs | {"color": "#d0d7de", "label": "", "style": "rounded"}
            lines.append(f"    graph {_attrs(plain)};")
        lines.extend(f"    {dot_id(n.id)} {_attrs(n.attrs, n.label)};" for n in members)
        lines.append("  }")
    lines.extend(f"  {dot_id(n.id)} {_attrs(n.attrs, n.label)};" for n in nodes if n.cluster is None)

    # One column per kind: a rank=same group each (newrank lets it cross clusters), and an
    # invisible chain of anchors so the columns keep their order even where no edge links two.
    ranks = sorted({_RANK[n.kind] for n in nodes})
    for rank in ranks:
        column = " ".join(f"{dot_id(n.id)};" for n in nodes if _RANK[n.kind] == rank and not n.free)
        anchor = f'"_rank{rank}" [height=0, label="", style=invis, width=0];'
        lines.append(f"  {{ rank=same; {anchor} {column} }}")
    if len(ranks) > 1:
        chain = " -> ".join(f'"_rank{r}"' for r in ranks)
        lines.append(f"  {chain} [style=invis];")

    def edge_key(e: _Edge) -> tuple[Any, ...]:
        tail, head = scene.nodes[e.tail], scene.nodes[e.head]
        return (_node_sort(tail), _node_sort(head), e.kind)

    for edge in sorted(scene.edges.values(), key=edge_key):
        attrs = dict(edge.attrs)
        if edge.label:
            attrs["label"] = edge.label
        suffix = f" {_attrs(attrs)}" if attrs else ""
        lines.append(f"  {dot_id(edge.tail)} -> {dot_id(edge.head)}{suffix};")

    for tail, head in sorted(scene.invisible, key=lambda e: (_natural(e[0]), _natural(e[1]))):
        lines.append(f"  {dot_id(tail)} -> {dot_id(head)} [style=invis];")
    lines.extend(_legend(scene))
    lines.append("}")
    return "\n".join(lines) + "\n"
