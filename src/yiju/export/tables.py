"""Forms, graph and findings to plain tables: the one serialisation xlsx and CSV are built from.

Each `SheetTable` is a sheet of the report a performance office hands on: a name, columns
(Chinese headers, with what kind of value each holds), data rows of plain values (`str`,
`int`, `float`, or None for an empty cell) and footer rows (totals). Nothing here knows
about openpyxl or the csv module; `xlsx.py` and `csv_out.py` only lay the same rows out.

The sheets, in order:

- 追溯矩阵: one row per target, one column per document; a cell holds the clause locators
  through which the target derives from that document (`第14-15页第11项`, several joined with
  `；`), `依据` when only its 文件依据 names the document, `提及` when its text names the
  document without an item. Cells are read through `queries.links_of`, as `yiju trace`
  reads them, so marked cells are exactly `queries.derives_from(G, key)`.
- 文件清单: one row per document: titles, issuer decoded, year, citing targets and units,
  clauses with pages.
- 责任分解: `queries.workload` by leader, department and person.
- 问题清单: every finding, worst first, in Chinese: the rule's title and explanation from the
  code table (`yiju.codes`), its subjects named as people read them (`yiju.naming`), never a
  node id or an English slug.
- 指标明细: every indicator with all its fields and where it was read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from yiju._util import lines as _lines
from yiju._util import natural_key as _natural
from yiju._util import unique
from yiju.codes import SEVERITY_ZH, code_info
from yiju.graph import Graph
from yiju.graphread import (
    EdgeKind,
    clauses_of,
    documents_by_level,
    indicators_of,
    level_of,
    owners,
)
from yiju.graphread import (
    targets as target_nodes,
)
from yiju.models import Finding, Form, Indicator, Target
from yiju.naming import clause_text, document_title, locator_text, pages_text, subject_text, title_variants
from yiju.queries import Link, LinkClause, links_of, workload

__all__ = [
    "BASIS_MARK",
    "MENTION_MARK",
    "SHEET_NAMES",
    "Column",
    "ColumnKind",
    "SheetTable",
    "Value",
    "build_tables",
    "documents_table",
    "findings_table",
    "indicators_table",
    "matrix_table",
    "workload_table",
]

Value = str | int | float | None

#: `text` wraps; `number` is right-aligned and never wraps; `mark` is a matrix cell (a
#: target's locators for one document), highlighted when not empty.
ColumnKind = Literal["text", "number", "mark"]

#: A matrix cell for a target whose 文件依据 names the document but pins no clause of it.
BASIS_MARK = "依据"
#: A matrix cell for a target whose text names the document without an item.
MENTION_MARK = "提及"

SHEET_NAMES = ("追溯矩阵", "文件清单", "责任分解", "问题清单", "指标明细")

_WORKLOAD_BY: tuple[tuple[Literal["leader", "department", "person"], str], ...] = (
    ("leader", "分管领导"),
    ("department", "责任部门"),
    ("person", "责任人"),
)
_OWNER_EDGES = (
    (EdgeKind.LED_BY, "分管领导"),
    (EdgeKind.OWNED_BY, "责任部门"),
    (EdgeKind.ASSIGNED_TO, "责任人"),
)
_LIST = "、"
_CELL_JOIN = "；"


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its header, an optional second header line, its kind and widest width.

    `subheader` is the second header row (a document's title over the matrix); `width` caps
    the column's width in character units (a CJK character counts 2), beyond which text
    wraps.
    """

    header: str
    kind: ColumnKind = "text"
    subheader: str = ""
    width: int = 40


@dataclass(frozen=True, slots=True)
class SheetTable:
    """One sheet: name, columns, data rows, footer rows, and what to freeze and colour.

    `marks` holds, per data row, a tag the writers may colour it by (a finding's severity
    value, `error` / `warning` / `info`), or None. `frozen_columns` is how many leading
    columns stay in view when scrolling right. `keys` holds, per data row, the subject the
    row stands for (a register task's `clause:泉委办〔2021〕20号#6`), or is empty: the HTML
    page links a finding naming that subject to the row, and the row to its findings.
    """

    name: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    footer: tuple[tuple[Value, ...], ...] = ()
    marks: tuple[str | None, ...] = ()
    frozen_columns: int = 0
    keys: tuple[str, ...] = ()

    @property
    def header_rows(self) -> tuple[tuple[str, ...], ...]:
        """Return the header rows: one, or two when any column has a subheader."""
        first = tuple(c.header for c in self.columns)
        if any(c.subheader for c in self.columns):
            return (first, tuple(c.subheader for c in self.columns))
        return (first,)

    def records(self) -> list[tuple[Value, ...]]:
        """Return every row in sheet order: header rows, data rows, footer rows."""
        return [*self.header_rows, *self.rows, *self.footer]


# --------------------------------------------------------------------------- helpers


def _number(value: Any) -> float | None:
    return float(value) if value is not None and value != "" else None


def _unique(values: Iterable[str]) -> list[str]:
    """Return values in first-seen order without repeats or empties."""
    return unique(v for v in values if v)


def _targets(g: Graph) -> list[str]:
    """Return target nodes sorted by (unit, year, numeric id)."""
    nodes = target_nodes(g)

    def order(node: str) -> tuple[Any, ...]:
        attrs = g.nodes[node]
        return (str(attrs.get("unit", "")), int(attrs.get("year", 0)), _natural(str(attrs.get("number", ""))))

    return sorted(nodes, key=order)


# The edge kind to owners, and the indicator attribute keeping them in the form's order
# (leaders are one 分管领导 cell, split on 、 into `led_by` edges).
_OWNER_ORDER = {EdgeKind.OWNED_BY: "departments", EdgeKind.ASSIGNED_TO: "people"}


def _owner_names(g: Graph, indicators: Sequence[str], edge: EdgeKind) -> str:
    """Return the names an edge kind reaches from the indicators, in indicator order.

    Within an indicator, departments and people come in the form's order (kept on the
    indicator node); leaders in the order of their (sorted) edges.
    """
    ordered = _OWNER_ORDER.get(edge)

    def of(node: str) -> Iterable[str]:
        if ordered is not None:
            return _lines(g.nodes[node].get(ordered))
        return (str(g.nodes[v].get("name", v)) for v in sorted(owners(g, node, edge)))

    return _LIST.join(_unique(name for node in indicators for name in of(node)))


def _clause_label(clause: LinkClause) -> str:
    """Return how a target pins a clause: the locators as written, else pages + item."""
    if clause.labels:
        return _CELL_JOIN.join(clause.labels)
    return locator_text(clause.pages, f"第{clause.item}{clause.unit}")


def _cell(link: Link) -> str:
    """Return the matrix cell of one link: clause locators, a mention's pages, or a mark."""
    parts = [_clause_label(c) for c in link.clauses]
    if link.mention:
        mention = pages_text(link.mention_pages) or MENTION_MARK
        if mention != MENTION_MARK or not parts:
            parts.append(mention)
    return _CELL_JOIN.join(_unique(parts)) if parts else BASIS_MARK


def _cells(g: Graph, target: str) -> dict[str, str]:
    """Map each document node a target derives from to its matrix cell text.

    Read through `queries.links_of`, as `yiju trace` reads the graph, so a marked cell is
    exactly a derivation.
    """
    return {link.document: _cell(link) for link in links_of(g, target)}


def _id_list(g: Graph, nodes: Iterable[str]) -> str:
    """Return the numbers of target or indicator nodes joined with `、`.

    The year is written (`2021/1-3-1`) only when the nodes span several years, as `yiju who`
    writes them.
    """

    def year(node: str) -> str:
        # Indicators carry no year of their own; their form namespace `<unit>/<year>` does.
        return str(g.nodes[node].get("form", "")).rsplit("/", 1)[-1]

    nodes = list(nodes)
    with_year = len({year(n) for n in nodes}) > 1
    return _LIST.join(
        f"{year(n)}/{g.nodes[n].get('number', n)}" if with_year else str(g.nodes[n].get("number", n))
        for n in nodes
    )


# --------------------------------------------------------------------------- sheets


def matrix_table(G: Graph) -> SheetTable:  # noqa: N803  # networkx convention
    """Return 追溯矩阵: one row per target, one column per document, totals per column.

    Args:
        G: A graph from `yiju.graph.build_graph`.

    Returns:
        Columns 单位, 年度, 项目, 序号, 一级指标, 分值, 分管领导, 责任部门, 责任人, then one
        `mark` column per document (key over its chosen title); the footer counts the
        targets marked in each document column.
    """
    docs = documents_by_level(G)
    fixed = (
        Column("单位", width=24),
        Column("年度", "number", width=6),
        Column("项目", width=14),
        Column("序号", width=8),
        Column("一级指标", width=44),
        Column("分值", "number", width=6),
        Column("分管领导", width=12),
        Column("责任部门", width=14),
        Column("责任人", width=14),
    )
    doc_columns = tuple(
        Column(str(G.nodes[d].get("key", d)), "mark", subheader=document_title(G, d), width=20) for d in docs
    )
    rows = []
    counts = dict.fromkeys(docs, 0)
    for target in _targets(G):
        attrs = G.nodes[target]
        indicators = indicators_of(G, target)
        cells = _cells(G, target)
        for doc in cells:
            counts[doc] += 1
        year = attrs.get("year")
        rows.append(
            (
                str(attrs.get("unit", "")),
                int(year) if year is not None else None,
                str(attrs.get("group", "")),
                str(attrs.get("number", "")),
                str(attrs.get("text", "")),
                _number(attrs.get("points")),
                *(_owner_names(G, indicators, edge) for edge, _ in _OWNER_EDGES),
                *(cells.get(d) for d in docs),
            )
        )
    footer: tuple[Value, ...] = ("合计（标记的目标数）", *([None] * (len(fixed) - 1)), *counts.values())
    return SheetTable(
        name="追溯矩阵",
        columns=fixed + doc_columns,
        rows=tuple(rows),
        footer=(footer,) if docs else (),
        frozen_columns=4,
    )


def documents_table(G: Graph) -> SheetTable:  # noqa: N803  # networkx convention
    """Return 文件清单: one row per document with its titles, issuer, citing targets and clauses.

    Args:
        G: A graph from `yiju.graph.build_graph`.

    Returns:
        Rows in the matrix's column order (higher levels first, then key).
    """
    columns = (
        Column("文件", width=26),
        Column("标题", width=44),
        Column("其他写法", width=36),
        Column("发文机关代字", width=12),
        Column("地区", width=10),
        Column("发文机关", width=24),
        Column("文种", width=10),
        Column("层级", width=8),
        Column("年份", "number", width=6),
        Column("引用目标数", "number", width=10),
        Column("引用单位数", "number", width=10),
        Column("引用目标", width=36),
        Column("条款（页码）", width=36),
    )
    targets = _targets(G)
    cells = {t: _cells(G, t) for t in targets}
    units = {str(G.nodes[t].get("unit", "")) for t in targets}
    rows = []
    for doc in documents_by_level(G):
        attrs = G.nodes[doc]
        citing = [t for t in targets if doc in cells[t]]
        by_unit: dict[str, list[str]] = {}
        for t in citing:
            by_unit.setdefault(str(G.nodes[t].get("unit", "")), []).append(t)
        if len(units) > 1:
            cited = "\n".join(f"{unit}：{_id_list(G, ids)}" for unit, ids in by_unit.items())
        else:
            cited = "\n".join(_id_list(G, ids) for ids in by_unit.values())
        clauses = clauses_of(G, doc)
        clauses_text = _CELL_JOIN.join(clause_text(G, c) for c in clauses)
        year = attrs.get("year")
        rows.append(
            (
                str(attrs.get("key", doc)),
                document_title(G, doc) or None,
                "\n".join(title_variants(G, doc)) or None,
                str(attrs.get("issuer", "")) or None,
                str(attrs.get("issuer_region", "")) or None,
                str(attrs.get("issuer_organ", "")) or None,
                str(attrs.get("issuer_kind", "")) or None,
                level_of(G, doc).chinese,
                int(year) if year is not None else None,
                len(citing),
                len(by_unit),
                cited or None,
                clauses_text or None,
            )
        )
    return SheetTable(name="文件清单", columns=columns, rows=tuple(rows), frozen_columns=1)


def workload_table(G: Graph) -> SheetTable:  # noqa: N803  # networkx convention
    """Return 责任分解: `queries.workload` by leader, then department, then person.

    Args:
        G: A graph from `yiju.graph.build_graph`.

    Returns:
        One row per owner, heaviest first within each 类别, with the number of indicators,
        the summed weight, the indicator ids and the ids shared with other owners.
    """
    columns = (
        Column("类别", width=10),
        Column("单位", width=24),
        Column("名称", width=12),
        Column("指标数", "number", width=8),
        Column("权重合计", "number", width=10),
        Column("指标", width=40),
        Column("共担指标", width=24),
    )
    rows = [
        (
            label,
            load.unit,
            load.name,
            len(load.indicators),
            load.weight,
            _id_list(G, load.indicators),
            _id_list(G, load.shared) or None,
        )
        for by, label in _WORKLOAD_BY
        for load in workload(G, by)
    ]
    return SheetTable(name="责任分解", columns=columns, rows=tuple(rows), frozen_columns=3)


def findings_table(
    findings: Iterable[Finding],
    G: Graph | None = None,  # noqa: N803  # networkx convention
    *,
    details: Callable[[Finding], str] | None = None,
) -> SheetTable:
    """Return 问题清单: every finding, errors first, then warnings, then infos, in Chinese.

    Args:
        findings: What `audit.run_audit` returns; repeats are kept once.
        G: The graph the findings' subjects name; without it subjects are named from their
            ids alone (`泉州市应急管理局 2021 · 1-15`), never printed as ids.
        details: The finding's own message in Chinese (a message catalogue), shown in a
            column 详情 when given.

    Returns:
        Rows in the order `yiju audit` prints them: grouped by severity, each group in the
        order given; 规则 and 说明 are the code table's Chinese title and explanation.
        `marks` holds each row's severity value.
    """
    graph = G if G is not None else Graph()
    columns = (
        Column("级别", width=6),
        Column("代码", width=6),
        Column("规则", width=18),
        Column("说明", width=50),
        *((Column("详情", width=50),) if details is not None else ()),
        Column("涉及", width=44),
        Column("文件", width=44),
        Column("工作表", width=14),
        Column("行", "number", width=6),
        Column("列", "number", width=6),
        Column("单元格", width=8),
    )
    ordered = sorted(dict.fromkeys(findings), key=lambda f: -f.severity.rank)
    rows = []
    for f in ordered:
        loc = f.location
        info = code_info(f.code)
        rows.append(
            (
                SEVERITY_ZH[f.severity],
                f.code,
                info.title_zh,
                info.explain_zh or None,
                *((details(f) or None,) if details is not None else ()),
                "\n".join(unique(subject_text(graph, s) for s in f.subjects)) or None,
                loc.file if loc else None,
                loc.sheet if loc else None,
                loc.row if loc else None,
                loc.column if loc else None,
                loc.cell if loc and loc.sheet is not None else None,
            )
        )
    return SheetTable(
        name="问题清单",
        columns=columns,
        rows=tuple(rows),
        marks=tuple(f.severity.value for f in ordered),
        frozen_columns=2,
    )


def _basis_text(target: Target | None) -> str | None:
    if target is None:
        return None
    return _LIST.join(_unique(b.key for b in target.basis)) or None


def _citations_text(target: Target | None) -> str | None:
    if target is None:
        return None
    parts = []
    for citation in target.citations:
        locs = "".join(loc.label for loc in citation.locators)
        parts.append(f"{citation.key}{locs}")
    return _CELL_JOIN.join(_unique(parts)) or None


def indicators_table(forms: Sequence[Form], *, include_hidden: bool = False) -> SheetTable:
    """Return 指标明细: every indicator with all its fields and the place it was read.

    Args:
        forms: Parsed forms.
        include_hidden: Keep indicators from hidden rows (marked 是 in 隐藏).

    Returns:
        Rows sorted by (unit, year, numeric id, file).
    """
    columns = (
        Column("单位", width=24),
        Column("年度", "number", width=6),
        Column("类别", width=12),
        Column("项目", width=12),
        Column("目标序号", width=8),
        Column("一级指标", width=36),
        Column("目标分值", "number", width=8),
        Column("指标序号", width=8),
        Column("二级指标", width=50),
        Column("权重", "number", width=6),
        Column("完成时限", width=8),
        Column("分管领导", width=10),
        Column("责任部门", width=14),
        Column("责任人", width=14),
        Column("文件依据", width=30),
        Column("引用条款", width=36),
        Column("隐藏", width=6),
        Column("文件", width=36),
        Column("工作表", width=14),
        Column("行", "number", width=6),
        Column("列", "number", width=6),
    )
    items: list[tuple[Form, Indicator]] = [
        (form, ind) for form in forms for ind in form.indicators if include_hidden or not ind.hidden
    ]
    items.sort(key=lambda fi: (fi[0].unit or fi[0].file, fi[0].year or 0, _natural(fi[1].id), fi[0].file))
    rows = []
    for form, ind in items:
        target = next((t for t in form.targets if t.id == ind.target), None)
        loc = ind.location
        rows.append(
            (
                form.unit or None,
                form.year,
                ind.category or None,
                ind.group or None,
                ind.target,
                target.text if target is not None and target.text else None,
                target.points if target is not None else None,
                ind.id,
                ind.text or None,
                ind.weight,
                ind.deadline,
                ind.leader,
                _LIST.join(ind.departments) or None,
                _LIST.join(ind.people) or None,
                _basis_text(target),
                _citations_text(target),
                "是" if ind.hidden else "否",
                loc.file,
                loc.sheet,
                loc.row,
                loc.column,
            )
        )
    return SheetTable(name="指标明细", columns=columns, rows=tuple(rows), frozen_columns=8)


def build_tables(
    forms: Sequence[Form],
    G: Graph,  # noqa: N803  # networkx convention
    findings: Iterable[Finding],
    *,
    include_hidden: bool = False,
) -> tuple[SheetTable, ...]:
    """Return the report's sheets in order: 追溯矩阵, 文件清单, 责任分解, 问题清单, 指标明细.

    Args:
        forms: The parsed forms the graph was built from.
        G: `yiju.graph.build_graph(forms, include_hidden=include_hidden)`.
        findings: What `yiju audit` reports for the forms (reading findings included).
        include_hidden: Whether hidden rows were kept; 指标明细 follows the graph.

    Returns:
        Five `SheetTable`s; the same input gives equal tables.
    """
    return (
        matrix_table(G),
        documents_table(G),
        workload_table(G),
        findings_table(findings, G, details=lambda f: f.message_zh),
        indicators_table(forms, include_hidden=include_hidden),
    )
