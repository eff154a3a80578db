"""Tables of every family but the seed's to forms: items by column roles, levels and sections.

Task lists, key-project lists, indicator systems and KPI evaluation forms (docs/families.md)
have no `1-3-2` ids, no 文件依据 anchors and no 备注 rules. Their rows are read by the roles
of their columns (`columns.assign_roles`): each row with text in the text column is an
*item*; a row with only a higher level (`一、教学质量`) or a row spanning the table
(`一、营商环境方面（共6项）`) is a section or level row; 合计 rows are totals; rows above the
header are the title, the organisation and the unit of measure. Ids come from the id
column, else from the numbering inside the text, else from the level columns, else from the
row order. Each item becomes a childless target and its own indicator, so the graph, the
queries and the audit work on every family alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from yiju import patterns as pat
from yiju.citations import basis_documents, extract, extract_cell
from yiju.codes import finding
from yiju.columns import HeaderBlock, assign_roles, find_header, is_repeated_header
from yiju.families import HIERARCHY_FAMILIES, LEVEL_ROLES, detect_family, fold_header
from yiju.messages import Said, listed, say
from yiju.models import (
    Assignment,
    BasisDoc,
    ColumnRole,
    Finding,
    Form,
    Indicator,
    Section,
    SourceLocation,
    Target,
)
from yiju.normalize import clean_name, fold_width
from yiju.owners import (
    first_listed_leads,
    is_organ,
    owners_in_text,
    partners_in_note,
    says_first_listed_leads,
    split_lead_units,
    split_leaders_cell,
    split_people,
    split_units,
)
from yiju.readers.table import Row, Table

if TYPE_CHECKING:
    import regex

__all__ = ["detect_table_family", "parse_items", "strip_numbering"]

_DITTO = frozenset({'"', "〃", "”", "“", '""', "〃〃", "同上", "同前"})
_UNCATEGORISED = "未分类"
# Families whose tasks carry owners, who may be written into the task's own text.
_OWNED = frozenset({"task_list", "project_list"})
# Numbering styles of section headings (`一、`, `（一）`, `第一部分`).
_HEADINGS = frozenset({"cn", "pcn", "part"})
_TOTAL_WORDS = ("合计", "总计", "小计", "总分", "共计", "得分合计", "分数合计")
# The header words a headerless indicator table's content roles stand for, in family votes.
_LEVEL_TABLE_WORDS = {
    "level1": "一级指标",
    "level2": "二级指标",
    "text": "三级指标",
    "weight": "分值",
    "target_value": "目标值",
}


@lru_cache(maxsize=8192)
def strip_numbering(text: str) -> tuple[str | None, str | None, str]:
    """Return (number, style, rest) of a cell that starts with outline numbering.

    >>> strip_numbering("一、营商环境方面")
    ('一', 'cn', '营商环境方面')
    >>> strip_numbering("（一）\\n课程建设")
    ('一', 'pcn', '课程建设')
    >>> strip_numbering("9. A类课程")
    ('9', 'ar', 'A类课程')
    >>> strip_numbering("1.5亿元项目")
    (None, None, '1.5亿元项目')
    """
    m = pat.NUMBERING.match(text)
    if m is None or m.end() >= len(text):
        return None, None, text
    for style, value in m.groupdict().items():
        if value is not None:
            number = fold_width(value)
            return number, style, text[m.end() :]
    return None, None, text  # pragma: no cover - every alternative has a group


def _clean_text(text: str) -> str:
    """Return an item's text: numbering off, broken lines joined; markers (`▲`, `★`) kept."""
    body = text
    body = strip_numbering(body)[2]
    return "".join(line.strip() for line in body.split("\n")).strip()


def _section_text(text: str) -> tuple[str | None, str]:
    """Return (numeral, name) of a section row: `一、营商环境方面（共6项）` → (一, 营商环境方面)."""
    number, _, rest = strip_numbering(pat.LEADING_MARKERS.sub("", text))
    rest = pat.SECTION_COUNT.sub("", rest)
    return number, "".join(line.strip() for line in rest.split("\n")).strip()


@dataclass(slots=True)
class _Item:
    row: Row
    values: dict[str, list[str]]
    text: str
    text_column: int | None
    number: str | None
    style: str | None
    given_id: str | None
    levels: list[tuple[str | None, str]]
    section: str | None


@dataclass(slots=True)
class _State:
    table: Table
    family: str
    columns: tuple[ColumnRole, ...] = ()
    roles: dict[int, str] = field(default_factory=dict)
    unit: str | None = None
    title: str | None = None
    year: int | None = None
    date: str | None = None
    measure_unit: str | None = None
    notes: str | None = None
    signature: dict[str, str] = field(default_factory=dict)
    totals: dict[str, float] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    ledger: dict[int, str] = field(default_factory=dict)
    path: dict[int, tuple[str | None, str]] = field(default_factory=dict)  # level → (numeral, text)
    section: str | None = None
    previous: str = ""  # what the row above was, in the ledger's words
    outline: list[tuple[int, str]] = field(default_factory=list)  # open headings: (depth, id)
    section_owners: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    first_leads: bool = False  # the notice says the first unit listed leads (`列第一位的为牵头单位`)
    category: str = ""  # the category column's value on the last row that had one
    id_heading: str = ""  # a heading written in the 序号 column, on the last row that had one
    closed: bool = False  # a grand total (合计, 总分) below the items has closed the table

    def loc(self, row: Row, column: int | None = None) -> SourceLocation:
        return SourceLocation(self.table.file, self.table.sheet, row.number, column)


def detect_table_family(table: Table) -> tuple[str, HeaderBlock | None]:
    """Return the family of a table and its header block (None for a table without one)."""
    rows = table.rows
    header = find_header(rows, table.merged)
    end = header.first if header is not None else min(len(rows), 3)
    titles = [v for r in rows[:end] for v in r.values if v]
    headers = list(header.texts.values()) if header is not None else []
    parts = [p for t in headers for p in t.split("/")]
    start = header.last + 1 if header is not None else 0
    dashed = any(
        pat.FORM_ID.match(fold_width(v.strip())) for r in rows[start : start + 30] for v in r.values[:3]
    )
    texts: list[str] = []
    if header is None:
        body = [r.values for r in rows if len({v for v in r.values if v}) >= 2][:200]
        width = max((len(v) for v in body), default=0)
        roles = {c.role: c.column for c in assign_roles({}, body, width, None)}
        text_col = roles.get("text")
        texts = [v[text_col - 1] for v in body if text_col is not None and text_col <= len(v)]
        if "level1" in roles:
            # Levels read from content (`产出指标 | 数量指标`) vote as their header words would.
            parts = [word for role, word in _LEVEL_TABLE_WORDS.items() if role in roles]
    return detect_family(titles, parts, dashed_ids=dashed, texts=texts), header


def parse_items(
    table: Table,
    *,
    family_id: str | None = None,
    given: Mapping[str, str] | None = None,
    unit: str | None = None,
    header: HeaderBlock | None = None,
) -> Form:
    """Return the form a table of any family holds; odd rows become findings.

    Args:
        table: The rows of one sheet or text file.
        family_id: The table's family; detected when None.
        given: `--columns` overrides: folded header text (or `#N`) → role.
        unit: The organisation, when the caller knows it (`--unit`).
        header: The header block when the caller has found it already.
    """
    if family_id is None or header is None:
        detected, found = detect_table_family(table)
        family_id = family_id or detected
        header = header or found
    state = _State(table=table, family=family_id)
    state.findings.extend(table.findings)
    rows = table.rows
    filled = _merged_values(table)
    width = max((len(r.values) for r in rows), default=0)
    # `责任单位中列第一位的为牵头单位`, said once above or below the table: a units cell that
    # marks no lead names its lead first. Looked for outside the items (a few rows each end).
    # A table rebuilt from prose carries the notice's own lines around it as `context`.
    edge = (*rows[:_RULE_ROWS], *rows[-_RULE_ROWS:])
    around = (v for row in (*edge, *table.context) for v in row.values)
    state.first_leads = says_first_listed_leads(around)
    if header is not None:
        body_start = header.last + 1
        for row in rows[: header.first]:
            if not row.empty:
                state.ledger[row.number] = _metadata_row(state, row)
        for row in rows[header.first : body_start]:
            state.ledger[row.number] = "header"
        headers: Mapping[int, str] = header.texts
    else:
        body_start = 0
        while body_start < len(rows) and _is_title_row(rows[body_start]):
            if not rows[body_start].empty:
                state.ledger[rows[body_start].number] = _metadata_row(state, rows[body_start])
            body_start += 1
        headers = {}
    # Content is judged on rows of several cells: a section row merged across the table
    # would put its heading into every column.
    body = [v for r in rows[body_start:] if len(set(v := _values(r, filled)) - {""}) >= 2]
    state.columns = assign_roles(headers, body, width, family_id, given)
    state.roles = {c.column: c.role for c in state.columns}
    if not table.merged and not table.merges_known:
        # A text copy (CSV, text, PDF): a merge it lost shows only as blanks. A workbook, Word
        # or HTML table says where its merges are, so its blanks are blanks.
        filled = _lost_merges(state, rows[body_start:])
    if unit:
        state.unit = unit
    for row in rows[body_start:]:
        if row.empty:
            continue
        state.ledger[row.number] = state.previous = _body_row(state, row, _values(row, filled))
    return _finish(state)


def _merged_values(table: Table) -> dict[tuple[int, int], str]:
    """Return (row, column) → value for the cells a merged range covers (its top-left's value)."""
    if not table.merged:
        return {}
    by_number = {r.number: r for r in table.rows}
    out: dict[tuple[int, int], str] = {}
    for r1, c1, r2, c2 in table.merged:
        top = by_number.get(r1)
        if top is None or (r2 - r1) * (c2 - c1 + 1) > 100_000:
            continue
        value = top.value(c1)
        if not value:
            continue
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    out[(r, c)] = value
    return out


# Owner and deadline columns: the cells a merged range covers over several tasks.
_MERGED_ROLES = frozenset({"leaders", "departments", "partners", "people", "deadline"})


def _lost_merges(state: _State, body: Sequence[Row]) -> dict[tuple[int, int], str]:
    """Return the cells a text copy left empty under a merged cell, where the table shows it.

    A CSV or text copy keeps a merged cell's value on its first row only. One layout says so
    beyond doubt and is read as merged: a row with text but no id between ids `n` and `n+1` is
    part of task `n`, whose 序号 was merged over it, so it takes `n` and the owners it leaves
    empty (numbered `n.1`, `n.2` as in the workbook). An owner or deadline column with one value,
    on the first task, over three tasks or more looks like one 分管领导 merged down the whole
    table, but a table may name an owner on its first task only: that is said, not filled (a
    blank stays a blank, for the audit). One R09 finding names both, so nothing is silent.
    """
    text_col = next((c for c, r in state.roles.items() if r == "text"), None)
    if text_col is None:
        return {}
    id_col = next((c for c, r in state.roles.items() if r == "id"), None)
    # Tasks: rows with text not numbered on its own (`（1）…` under a task is its measure, read
    # as such elsewhere); in a table with ids, a row of its text alone is a section (`产业发展`).
    tasks = [
        r
        for r in body
        if r.value(text_col)
        and strip_numbering(r.value(text_col))[1] is None
        and (id_col is None or r.value(id_col) or len(set(r.values) - {""}) >= 2)
    ]
    owners = sorted(c for c, r in state.roles.items() if r in _MERGED_ROLES)
    out: dict[tuple[int, int], str] = {}
    said: list[Said] = []
    if len(tasks) >= 3:
        for col in owners:
            values = [r.value(col) for r in tasks]
            if values[0] and not any(values[1:]):
                said.append(say("R09.column", column=_column_name(state, col), rows=_span(tasks[1:])))
    if id_col is not None:
        for k, row in enumerate(tasks):
            if row.value(id_col) or k == 0:
                continue
            first = next((tasks[j] for j in range(k - 1, -1, -1) if tasks[j].value(id_col)), None)
            after = next((t.value(id_col) for t in tasks[k + 1 :] if t.value(id_col)), None)
            number = first.value(id_col) if first is not None else ""
            if first is None or not number.isdigit() or (after is not None and after != str(int(number) + 1)):
                continue
            out[(row.number, id_col)] = number
            for col in owners:
                if not row.value(col) and first.value(col):
                    out.setdefault((row.number, col), first.value(col))
            said.append(say("R09.id", row=row.number, id=number))
    if said:
        state.findings.append(
            finding("R09", say("R09.merged", what=listed(said, ";")), ("merged",), state.loc(tasks[0]))
        )
    return out


def _column_name(state: _State, col: int) -> str:
    return next((c.header for c in state.columns if c.column == col and c.header), f"第{col}列")


def _span(rows: Sequence[Row]) -> str:
    first, last = rows[0].number, rows[-1].number
    return str(first) if first == last else f"{first}–{last}"


def _values(row: Row, filled: Mapping[tuple[int, int], str]) -> tuple[str, ...]:
    if not filled:
        return row.values
    width = max(len(row.values), max((c for r, c in filled if r == row.number), default=0))
    return tuple(row.value(c) or filled.get((row.number, c), "") for c in range(1, width + 1))


def _is_title_row(row: Row) -> bool:
    """Return True for a row above a headerless table: empty, or one cell of title-like text."""
    cells = [v for v in row.values if v]
    return len(set(cells)) <= 1


def _metadata_row(state: _State, row: Row) -> str:
    """Read a row above the table: title, organisation, unit of measure, date."""
    text = " ".join(dict.fromkeys(v for v in row.values if v))
    squeezed = "".join(text.split())
    if pat.SITE_FURNITURE.search(text):
        return "page furniture"
    if pat.BYLINE.match(text):
        date = pat.FORM_DATE.search(text)
        if date is not None and state.date is None:
            _set_date(state, date)
        return "page furniture"
    if pat.FILL_IN_FIELDS.match(text):
        return "form fields"  # `村名:  考核日期:2013年  月  日`: blanks to fill in, no title or unit
    if pat.ATTACHMENT.match(squeezed):
        return "attachment label"
    if pat.NOTE_ROW.match(squeezed):
        # `注：责任单位中标“★”的为牵头单位` between the title and the header: the table's notes.
        state.notes = "\n".join([*([state.notes] if state.notes else []), text])
        return "notes"
    if state.title is None and pat.ATTACHMENT_PREFIX.match(text):
        text = pat.ATTACHMENT_PREFIX.sub("", text)  # `附件1：某县…清单` is the title 某县…清单
        squeezed = "".join(text.split())
    measure = pat.MEASURE_UNIT.match(squeezed)
    if measure is not None:
        state.measure_unit = measure.group("measure")
        return "measure unit"
    if len(text) <= 400:
        # `填报单位：（盖章） 单位：万元`: the seal's place names no one; the unit of measure follows.
        found = next(
            (f for f in pat.FORM_UNIT.finditer(text) if not pat.SEAL_PLACEHOLDER.match(f.group("unit"))), None
        )
        if found is not None and state.unit is None:
            value = found.group("unit")
            inner = pat.MEASURE_UNIT.match(f"单位：{value}")
            if inner is not None:
                state.measure_unit = inner.group("measure")
                return "measure unit"
            state.unit = clean_name(value)
            return "unit"
        date = pat.FORM_DATE.search(text)
        if date is not None and len(text) <= 24 and state.date is None:
            _set_date(state, date)
            return "date"
    if state.title is None:
        state.title = squeezed
        year = pat.FORM_YEAR.search(text)
        if year is not None:
            state.year = int(year.group("y"))
        return "title"
    return _not_understood(state, row, say("R03.above_header"))


def _set_date(state: _State, date: regex.Match[str]) -> None:
    state.date = f"{date.group('y')}-{int(date.group('m')):02d}-{int(date.group('d')):02d}"
    state.year = state.year or int(date.group("y"))


def _not_understood(state: _State, row: Row, why: Said) -> str:
    text = " | ".join(v for v in row.values if v)
    short = text if len(text) <= 40 else text[:40] + "…"
    state.findings.append(
        finding(
            "R03",
            say("R03.row", why=why, text=short),
            (f"row {row.number}",),
            state.loc(row),
        )
    )
    return "finding R03"


def _role_values(state: _State, values: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for col, role in state.roles.items():
        value = values[col - 1] if col <= len(values) else ""
        if value:
            out.setdefault(role, []).append(value)
    if out.get("detail") and out["detail"] == out.get("text"):
        # A name merged across the text and the sub-items' column (`精准扶贫:…` over both, where
        # the project has no sub-items): one text, no detail.
        del out["detail"]
    return out


def _body_row(state: _State, row: Row, values: tuple[str, ...]) -> str:  # one branch per kind of row
    """Read a row below the header; return its role in the ledger."""
    nonempty = [v for v in values if v]
    distinct = list(dict.fromkeys(nonempty))
    if len(distinct) >= 2 and is_repeated_header(values):
        return "header"
    first = "".join(distinct[0].split()) if distinct else ""
    if len(distinct) == 1 and pat.SITE_FURNITURE.search(distinct[0]):
        return "page furniture"  # a saved page's footer under its table
    if any(first.startswith(w) for w in _TOTAL_WORDS) and len(first) <= 8:
        numbers = [
            float(n) for v in distinct[1:] if pat.PLAIN_NUMBER.match(n := fold_width(v).replace(",", ""))
        ]
        key = "总计" if first.startswith(("总计", "总分", "合计")) else first
        if numbers:
            state.totals[key] = numbers[0]
        state.closed = state.closed or (key == "总计" and bool(state.items))
        return f"total {key}"
    coded = pat.BUDGET_CODE.match(first) if first[:1].isdigit() else None  # most rows: no code
    if (
        coded is not None
        and len(distinct) >= 2
        and is_organ(first[coded.end() :])
        and all(pat.PLAIN_NUMBER.match(fold_width(v).replace(" ", "")) for v in distinct[1:])
    ):
        # `820-马踏镇部门 | 8,827,620.53`: a budget department's own line (its code, its name, its
        # budget) above its units' projects: their total, no item and no section.
        return f"total {first[coded.end() :]}"
    if (
        state.closed
        and len(distinct) == 2
        and values[0] == distinct[0]
        and len(first) <= 8
        and state.roles.get(1) != "text"
        and not first[:1].isdigit()
        and pat.NUMBERING.match(first) is None
    ):
        # Under the grand total, `评价结论 | 及时、足额缴纳。` and `存在问题 | 暂无` (a self-evaluation
        # form's footer, its value merged across the columns) are the form's notes, no items.
        # A label, not a task's own text or id: a 合计 may close a section mid-table, and the
        # tasks under it (`3 | 办好民生实事`, `办好民生实事 | 区民政局`) stay tasks.
        state.notes = "\n".join([*([state.notes] if state.notes else []), f"{distinct[0]}：{distinct[1]}"])
        return "notes"
    labelled = len(distinct) >= 2 and values[0] == distinct[0] and pat.NOTE_LABEL.match(first) is not None
    if pat.NOTE_ROW.match(first) or labelled:
        # `注：…` in one cell, or `备注 | 仅有…部门和单位，扣分加倍。`: the label in a cell of its own.
        state.notes = "\n".join([*([state.notes] if state.notes else []), *distinct])
        return "notes"
    if state.previous == "notes" and len(distinct) == 1 and strip_numbering(first)[1] not in _HEADINGS:
        # `说明：1.…` then `2.…` on the next row: the notes go on.
        state.notes = f"{state.notes or ''}\n{distinct[0]}"
        return "notes"
    by_role = _role_values(state, values)
    text_col = next((c for c, r in state.roles.items() if r == "text"), None)
    level_cols = sorted((c for c, r in state.roles.items() if r in LEVEL_ROLES), key=lambda c: state.roles[c])
    # A row spanning the table (one distinct text, not in the text column alone), or one that
    # only restates a section heading: a section. With level columns, only a row merged
    # across them and the text (`一、公益性目标（140分）` over a whole scoring form).
    if len(distinct) == 1 and (not level_cols or len(nonempty) > 1):
        only = distinct[0]
        in_text = text_col is not None and text_col <= len(values) and values[text_col - 1] == only
        spans = len(nonempty) > 1 or not in_text
        number, style, _ = strip_numbering(only)
        heading = style in ("cn", "pcn", "part") or pat.SECTION_COUNT.search(only) is not None
        if heading or (spans and len(only) <= 40 and not pat.PLAIN_NUMBER.match(fold_width(only))):
            numeral, name = _section_text(only)
            return _open_section(state, numeral, style, name, state.loc(row))
        if not in_text and len(only) <= 80 and pat.SIGNATURE_PAIR.match(only):
            return _signature(state, only)
    numbered = _numeral_heading(state, values, distinct)
    if numbered is not None:
        return _open_section(state, numbered[0], numbered[2], numbered[1], state.loc(row))
    # Levels: a value in a level column opens that level and closes the deeper ones.
    for col in level_cols:
        value = values[col - 1] if col <= len(values) else ""
        if not value:
            continue
        level = LEVEL_ROLES.index(state.roles[col]) + 1
        numeral, name = _section_text(value)
        if state.path.get(level, (None, None))[1] != name:
            for deeper in [k for k in state.path if k >= level]:
                del state.path[deeper]
            state.path[level] = (numeral, name)
            top = level == 1 or level == min(LEVEL_ROLES.index(state.roles[c]) + 1 for c in level_cols)
            if top and not (state.family in HIERARCHY_FAMILIES and "category" in state.roles.values()):
                # An indicator table with a category column (a project merged down beside its
                # indicators): the category is the section, the levels the indicators' own.
                sid = numeral or str(len(state.sections) + 1)
                state.sections.append(Section(sid, name, state.loc(row, col)))
                state.section = sid
    opened = _id_heading(state, row, values, by_role)
    opened = _category_section(state, row, values) or opened
    text_value = values[text_col - 1] if text_col is not None and text_col <= len(values) else ""
    if not text_value and opened:
        return opened
    if not text_value and _measure_of_task_above(state, values, by_role):
        # `重点任务` merged over its measures' rows (empty cells in a text copy): the row is one
        # more measure of the task above, with its own owners and deadline.
        task = state.items[-1]
        state.items.append(
            _Item(row, by_role, task.text, task.text_column, task.number, task.style, task.given_id,
                  list(task.levels), task.section)
        )  # fmt: skip
        return f"indicator #{len(state.items)}"
    own = [c for c in level_cols if c <= len(values) and values[c - 1]]
    if not text_value and own and by_role.get("id"):
        # `| 创新工作 |  | 加分 | … | F2 |`: a cell merged across the level and the text, flattened
        # into the level's column, on a row with its own id: the level's words are the item.
        text_col = own[-1]
        text_value = values[text_col - 1]
    if not text_value:
        if level_cols and any(values[c - 1] for c in level_cols if c <= len(values)):
            deepest = max(state.path) if state.path else 1
            return f"level {state.path.get(deepest, (None, ''))[0] or deepest}"
        if len(distinct) <= 2 and all(len(v) <= 80 for v in distinct) and pat.SIGNATURE_PAIR.match(first):
            return _signature(state, " ".join(distinct))
        return _not_understood(state, row, say("R03.no_task_text"))
    if state.family in _OWNED and not by_role.get("departments") and not by_role.get("partners"):
        rest, owners = owners_in_text(text_value)
        if owners and not rest.strip() and state.items:
            # A row of owners alone (`牵头单位：区发改局`) belongs to the task above it.
            above = state.items[-1].values
            for role, found in owners.items():
                above.setdefault(role, []).extend(found)
            return f"owners of indicator #{len(state.items)}"
        if rest.strip():
            text_value = rest
            for role, found in owners.items():
                by_role.setdefault(role, found)
        if not by_role.get("departments") and not by_role.get("partners"):
            for role, found in _heading_owners(state).items():
                by_role.setdefault(role, list(found))
    if state.family in _OWNED and not by_role.get("leaders"):
        # `一、洪湖鹏市长主抓重点工作` over tasks that name their units but no leader.
        leaders = _heading_leaders(state)
        if leaders:
            by_role["leaders"] = list(leaders)
    number, style, _ = strip_numbering(text_value)
    cut = 0
    if number is None and state.items and state.items[-1].style == "ar":
        loose = pat.NUMBERING_BEFORE_DIGIT.match(text_value)
        previous = state.items[-1].number or ""
        if loose is not None and previous.isdigit() and int(loose.group("ar")) in (int(previous) + 1, 1):
            number, style, cut = loose.group("ar"), "ar", loose.end()
    given_id = None
    if "id" in by_role:
        given_id = fold_width("".join(by_role["id"][0].split())).rstrip(".、")
    levels = [state.path[k] for k in sorted(state.path)]
    item = _Item(
        row=row,
        values=by_role,
        text=_clean_text(text_value[cut:]) if cut else _clean_text(text_value),
        text_column=text_col,
        number=number,
        style=style,
        given_id=given_id or None,
        levels=levels,
        section=state.section,
    )
    state.items.append(item)
    return f"indicator #{len(state.items)}"


def _id_heading(state: _State, row: Row, values: Sequence[str], by_role: dict[str, list[str]]) -> str:
    """Open a section for a 序号 cell that holds a heading, not a number; return the ledger entry, else "".

    `（一）全面实施行政许可事项清单管理。` in the 序号 column, merged down over the measures under
    it (西安 2022): a subsection heading (`一.一` under `一、全链条优化审批`), never the rows' id.
    """
    col = next((c for c, r in state.roles.items() if r == "id"), None)
    value = values[col - 1] if col is not None and col <= len(values) else ""
    if value.isascii():  # `1`, `1-1-1`: a number, never a heading (`一、`, `（一）` are not ASCII)
        return ""
    number, style, rest = strip_numbering(value)
    if number is None or style not in ("cn", "pcn") or len(pat.HAN_CHAR.findall(rest)) < 2:
        return ""
    by_role.pop("id", None)
    if value == state.id_heading:
        return ""
    state.id_heading = value
    numeral, name = _section_text(value)
    return _open_section(state, numeral, style, name, state.loc(row, col))


def _category_section(state: _State, row: Row, values: Sequence[str]) -> str:
    """Open a section where the category column changes; return the ledger entry, else "".

    `综\n合\n类` merged down the rows of an assessment table's first column, then `业\n务\n类`:
    each label heads the rows beside it, whose numbers restart under it (ids `1.1`, `2.1`).
    """
    col = next((c for c, r in state.roles.items() if r == "category"), None)
    value = values[col - 1] if col is not None and col <= len(values) else ""
    if not value or value == state.category:
        return ""
    state.category = value
    numeral, name = _section_text(value)
    return _open_section(state, numeral, strip_numbering(value)[1], name, state.loc(row, col))


# Roles whose values make a row without task text a measure of the task above.
_MEASURE_ROLES = ("departments", "partners", "leaders", "people", "deadline")


def _measure_of_task_above(state: _State, values: Sequence[str], by_role: Mapping[str, list[str]]) -> bool:
    """Return True for a row with a measure (`detail`) and owners but no task text and no id, right
    under an item: the task's text and id cells were merged over its measures' rows."""
    if not state.items or not state.previous.startswith("indicator") or "id" in by_role:
        return False
    return bool(by_role.get("detail")) and any(by_role.get(r) for r in _MEASURE_ROLES)


def _numeral_heading(
    state: _State, values: Sequence[str], distinct: Sequence[str]
) -> tuple[str, str, str] | None:
    """Return (numeral, name, style) of a row `一 | 城市建设`: a section numeral in the id column, a short
    title beside it and nothing else (no owner, no deadline), else None.

    A Word export writes a section this way instead of one cell across the table; the items
    under it are numbered in digits and carry owners.
    """
    id_col = next((c for c, r in state.roles.items() if r == "id"), None)
    if id_col is None or id_col > len(values) or len(distinct) != 2:
        return None
    found = pat.SECTION_NUMERAL.match(values[id_col - 1])
    if found is None:
        return None
    title = next(v for v in distinct if v != values[id_col - 1])
    roles = {state.roles.get(c) for c, v in enumerate(values, start=1) if v == title}
    if len(title) > 60 or not roles <= {"text", "detail", "extra", None} or "text" not in roles:
        return None
    style, numeral = next((k, g) for k, g in found.groupdict().items() if g is not None)
    return numeral, _section_text(title)[1], style


# Outline depth of a heading's numbering (GB/T 9704: 第一部分 > 一、 > （一）).
_DEPTH = {"part": 0, "cn": 1, "pcn": 2, "ar": 3, "par": 4}


def _open_section(
    state: _State, numeral: str | None, style: str | None, name: str, where: SourceLocation
) -> str:
    """Open a section; return the row's ledger entry.

    A heading numbered one level deeper than the open one (`（一）工业经济` under `一、经济发展`)
    is a subsection: its id carries its parent's (`一.一`), so that ids stay unique. Headings
    of one style only (the usual case) keep their numeral as the id (`一`, `二`).
    """
    depth = _DEPTH.get(style or "", 1)
    while state.outline and state.outline[-1][0] >= depth:
        state.outline.pop()
    own = numeral or str(len(state.sections) + 1)
    sid = ".".join([*(parent for _, parent in state.outline[-1:]), own])
    state.outline.append((depth, sid))
    if state.family in _OWNED:
        # `（三）提升政务服务水平（市政务服务中心牵头）`: the heading's owners are its tasks' own
        # where a task names none.
        rest, owners = owners_in_text(name)
        if owners and rest.strip():
            name = rest
            state.section_owners[sid] = owners
        # `一、洪湖鹏市长主抓重点工作`: the leader of every task under it that names none.
        leader = pat.LEADER_HEADING.match("".join(name.split()))
        if leader is not None:
            state.section_owners.setdefault(sid, {})["leaders"] = [leader.group("name")]
    state.sections.append(Section(sid, name, where))
    state.section = sid
    return f"section {sid}"


def _heading_owners(state: _State) -> dict[str, list[str]]:
    """Return the owners the open section's heading (or its parent's) names, else {}."""
    sid = state.section or ""
    while sid:
        if sid in state.section_owners:
            return state.section_owners[sid]
        sid = sid.rpartition(".")[0]
    return {}


def _heading_leaders(state: _State) -> list[str]:
    """Return the leaders the open section's heading (or an enclosing one) names, else []."""
    sid = state.section or ""
    while sid:
        leaders = state.section_owners.get(sid, {}).get("leaders")
        if leaders:
            return leaders
        sid = sid.rpartition(".")[0]
    return []


def _signature(state: _State, text: str) -> str:
    for pair in pat.SIGNATURE_PAIR.finditer(text):
        state.signature[pair.group("role")] = pair.group("name")
    return "signature"


def _item_ids(state: _State) -> list[str]:
    """Return each item's id (TRUTH rules: id column, numbering, levels, row order); the
    measures of one task (one id and text over several rows) are `<id>.<measure number>`."""
    return _measure_ids(_own_ids(state), state.items)


def _measure_ids(ids: list[str], items: Sequence[_Item]) -> list[str]:
    """Number the measures of a task merged over their rows: `1` over `（1）…`, `（2）…` → `1.1`, `1.2`.

    A run of items with one id and one text, each with its own detail, is one task's measures;
    each takes the number its detail is written with (`（2）`, `②`, `2.`) when those are distinct,
    else its position in the run.
    """
    out = list(ids)
    start = 0
    while start < len(items):
        end = start + 1
        while (
            end < len(items)
            and ids[end] == ids[start]
            and items[end].text == items[start].text
            and items[end].values.get("detail")
        ):
            end += 1
        if end - start > 1 and items[start].values.get("detail"):
            numbers = [_detail_number(items[k].values["detail"][0]) for k in range(start, end)]
            if None in numbers or len(set(numbers)) != len(numbers):
                numbers = [str(k) for k in range(1, end - start + 1)]
            for k, number in zip(range(start, end), numbers, strict=True):
                out[k] = f"{ids[k]}.{number}"
        elif end - start == 1:
            # `5` merged over two works of their own (`开工建设县老年养护楼` | `开工建设老年大学`), each
            # with its deadline: the 序号 cell covers them all, they are 5.1 and 5.2.
            while end < len(items) and items[end].given_id and ids[end] == ids[start]:
                end += 1
            if end - start > 1:
                for k in range(start, end):
                    out[k] = f"{ids[k]}.{k - start + 1}"
        start = end
    return out


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _detail_number(detail: str) -> str | None:
    """Return the number a measure is written with: `（2）…` → 2, `②…` → 2, `2.…` → 2."""
    number, style, _ = strip_numbering(detail)
    if number is None or style not in ("ar", "par", "circ"):
        return None
    return _outline_number(number, style)


def _outline_number(number: str, style: str | None) -> str:
    """Return an outline number as an id holds it: `②` → 2, `3` → 3."""
    return str(_CIRCLED.index(number) + 1) if style == "circ" and number in _CIRCLED else number


def _own_ids(state: _State) -> list[str]:
    items = state.items
    if items and all(i.given_id for i in items):
        ids = [i.given_id or "" for i in items]
        return _unique_by_section(ids, items)
    if items and all(i.number for i in items):
        ids = [i.number or "" for i in items]
        return _unique_by_section(ids, items)
    level_count = max((len(i.levels) for i in items), default=0)
    if level_count and not _scattered_levels(items):
        return _level_positions(items)
    out: list[str] = []
    for n, item in enumerate(items, start=1):
        out.append(item.given_id or item.number or str(n))
    return _unique_by_section(out, items)


def _unique_by_section(ids: list[str], items: Sequence[_Item]) -> list[str]:
    """Keep numbers that run on; prefix numbers that restart with their section's (`一.1`)."""
    if len(set(ids)) == len(ids):
        return ids
    prefixed: list[str] = []
    for ident, item in zip(ids, items, strict=True):
        chain = [n for n, _ in item.levels if n] or ([item.section] if item.section else [])
        prefixed.append(".".join([*chain[-1:], ident]) if chain else ident)
    if len(set(prefixed)) == len(prefixed):
        return prefixed
    full: list[str] = []
    for ident, item in zip(ids, items, strict=True):
        chain = [n for n, _ in item.levels if n] or ([item.section] if item.section else [])
        full.append(".".join([*chain, ident]))
    return full


def _scattered_levels(items: Sequence[_Item]) -> bool:
    """Return True when a level comes back under its section after another took its place.

    `效益指标`, `产出指标`, `产出指标`, `效益指标` written out on each indicator's row of a budget
    form (no cell merged): each row's classification, no hierarchy to number by position; the
    rows are numbered in their section (`1.1`, `1.2`).
    """
    seen: set[tuple[str | None, str]] = set()
    last: tuple[str | None, str] | None = None
    for item in items:
        if not item.levels:
            continue
        key = (item.section, item.levels[0][1])
        if key != last and key in seen:
            return True
        seen.add(key)
        last = key
    return False


def _title_issuer(title: str) -> str | None:
    """Return who issues the notice a title names before `关于`, else None.

    `省政府办公厅转发省发展改革委关于…` is forwarded by the office (the name before the verb);
    `贯彻落实市委关于…的意见…分工方案` names no issuer (a verb phrase before 关于).
    """
    found = pat.TITLE_ISSUER.match(title)
    if found is None:
        return None
    unit = found.group("unit")
    forward = pat.TITLE_ISSUER_FORWARD.search(unit)
    if forward is not None:
        unit = unit[: forward.start()]
    if len(unit) < 2 or pat.TITLE_NO_ISSUER.match(unit) or not pat.ORGAN_END.search(unit):
        return None
    return unit


def _level_positions(items: Sequence[_Item]) -> list[str]:
    """Return `1`, `1.2`, `1.2.3`: each level's position under its parent, the leaf last."""
    counters: dict[tuple[str, ...], dict[str, int]] = {}
    out: list[str] = []
    for item in items:
        path: list[str] = []
        parts: list[str] = []
        for _, text in item.levels:
            siblings = counters.setdefault(tuple(path), {})
            siblings.setdefault(text, len(siblings) + 1)
            parts.append(str(siblings[text]))
            path.append(text)
        siblings = counters.setdefault(tuple(path), {})
        leaf_key = f"#{len(siblings) + 1}"
        siblings[leaf_key] = len(siblings) + 1
        parts.append(str(siblings[leaf_key]))
        out.append(".".join(parts))
    return out


def _number(text: str) -> float | None:
    folded = fold_width("".join(text.split())).removesuffix("分").replace(",", "")
    return float(folded) if pat.PLAIN_NUMBER.match(folded) else None


def _weight_column(state: _State) -> int | None:
    """Return the weight column of the items' own level: the one after the text column."""
    weights = [c for c, r in state.roles.items() if r == "weight"]
    if not weights:
        return None
    text_col = next((c for c, r in state.roles.items() if r == "text"), 0)
    after = [c for c in weights if c > text_col]
    return min(after) if after else max(weights)


# Roles whose values make a row a task of its own rather than a heading over tasks.
# How many rows at each end of a table are read for a notice's rule on who leads.
_RULE_ROWS = 12
_TASK_ROLES = frozenset({"leaders", "departments", "partners", "people", "deadline", "weight", "basis"})


# Numbering written inside a sub-task's text, one level under the tasks' own (`（1）`, `①`).
_SUBTASK_STYLES = frozenset({"par", "circ"})


def _nest_subtasks(state: _State) -> None:
    """Make a numbered task without owners over sub-tasks numbered in their text a level.

    `1 | 推进工业经济提质增效 |  |` then `| （1）新增规上工业企业10家 | 区工信局 | …` and `（2）…`, the
    序号 cells of the sub-tasks empty: the sub-tasks are the items, `1.1` and `1.2`, under the
    level `推进工业经济提质增效`; the task above them heads them and is none itself.
    """
    keep: list[_Item] = []
    index = 0
    items = state.items
    while index < len(items):
        item = items[index]
        end = index + 1
        while end < len(items) and items[end].given_id is None and items[end].style in _SUBTASK_STYLES:
            end += 1
        if end == index + 1 or item.given_id is None or any(item.values.get(r) for r in _TASK_ROLES):
            keep.append(item)
            index += 1
            continue
        state.ledger[item.row.number] = f"level {item.given_id}"
        for child in items[index + 1 : end]:
            child.given_id = f"{item.given_id}.{_outline_number(child.number or '', child.style)}"
            child.levels = [*item.levels, (item.given_id, item.text)]
            keep.append(child)
        index = end
    state.items = keep


def _promote_parents(state: _State) -> None:
    """Make heading rows that were read as tasks into sections.

    `1 | 教育提升工程` is a section when the rows under it are numbered `1.1`, `1.2` (or `1-1`)
    and it names no owner, deadline or weight; `| 产业发展 |` with an empty 序号 over numbered
    tasks is a section named by its position. Either heads tasks, it is none itself.
    """
    keep: list[_Item] = []
    promoted: list[Section] = []
    current: str | None = None  # the open `1` over `1.1`
    plain: Section | None = None  # the open unnumbered heading
    rows = {s.id: s.location.row or 0 for s in state.sections}
    numbered = sum(1 for i in state.items if i.given_id)
    for index, item in enumerate(state.items):
        ident = item.given_id or ""
        following = state.items[index + 1].given_id if index + 1 < len(state.items) else None
        if _plain_heading(item, following, numbered):
            sid = str(len(state.sections) + len(promoted) + 1)
            plain = Section(sid, item.text, state.loc(item.row))
            promoted.append(plain)
            state.ledger[item.row.number] = f"section {sid}"
            current = None
            continue
        if (
            ident
            and following
            and following[len(ident) : len(ident) + 1] in pat.ID_SEPARATORS
            and following.startswith(ident)
            and not any(item.values.get(role) for role in _TASK_ROLES)
        ):
            promoted.append(Section(ident, item.text, state.loc(item.row)))
            state.ledger[item.row.number] = f"section {ident}"
            current, plain = ident, None
            continue
        if (
            current is not None
            and ident.startswith(current)
            and ident[len(current) : len(current) + 1] in pat.ID_SEPARATORS
        ):
            item.section = current
        elif plain is not None and rows.get(item.section or "", 0) < (plain.location.row or 0):
            item.section = plain.id
        keep.append(item)
    if promoted:
        state.items = keep
        state.sections = sorted([*state.sections, *promoted], key=lambda s: s.location.row or 0)


def _rule_asides(state: _State) -> None:
    """Take the rule that the first listed unit leads out of the units cell that states it.

    丽水市 2023 writes it once, bracketed after one task's units (`…、市卫生健康委（除标注“分别牵头”
    外，列第一位为牵头或汇总单位，下同）`): it holds for the whole list, and is no unit's name.
    """
    for item in state.items:
        for role in ("departments", "partners"):
            cells = item.values.get(role)
            if not cells or not any(pat.FIRST_LISTED_ASIDE.search(c) for c in cells):
                continue
            state.first_leads = True
            item.values[role] = [pat.FIRST_LISTED_ASIDE.sub("", c).strip() for c in cells]


def _plain_heading(item: _Item, following: str | None, numbered: int) -> bool:
    """Return True for a short text alone on a row, with no id, over numbered tasks."""
    text = item.text
    return (
        item.given_id is None
        and following is not None
        and numbered >= 2
        and item.number is None
        and len(text) <= 30
        and not text.endswith(("。", "；", ";", "，", ","))
        and not any(item.values.get(role) for role in _TASK_ROLES)
        and set(item.values) <= {"text"}
    )


def _finish(state: _State) -> Form:  # one local per field of an item
    _nest_subtasks(state)
    _promote_parents(state)
    _rule_asides(state)
    ids = _item_ids(state)
    weight_col = _weight_column(state)
    detail_col = min((c for c, role in state.roles.items() if role == "detail"), default=None)
    section_text = {s.id: s.text for s in state.sections}
    inherited = _list_basis(state)
    targets: list[Target] = []
    indicators: list[Indicator] = []
    previous: dict[str, list[str]] = {}
    seen: dict[str, int] = {}
    for ident, item in zip(ids, state.items, strict=True):
        if ident in seen:
            seen[ident] += 1
            ident = f"{ident}~{seen[ident]}"  # noqa: PLW2901  # a repeated id is kept apart
        else:
            seen[ident] = 1
        state.ledger[item.row.number] = f"indicator {ident}"
        vals = item.values
        for role in ("leaders", "departments", "partners", "people", "deadline"):
            if any(v.strip() in _DITTO for v in vals.get(role, [])):
                vals[role] = previous.get(role, [])
        previous = vals
        # A leaders cell may carry the leaders' units too (`责任领导及单位`: `张伟\n县住建局`).
        read = [split_leaders_cell(c) for c in vals.get("leaders", [])]
        leaders = tuple(dict.fromkeys(n for names, _ in read for n in names))
        people = _names(vals.get("people", []), split_people)
        cells = vals.get("departments", [])
        leads = tuple(dict.fromkeys(u for c in cells for u in split_lead_units(c)[0]))
        leads += tuple(u for u in dict.fromkeys(u for _, units in read for u in units) if u not in leads)
        named_partners = tuple(dict.fromkeys(u for c in cells for u in split_lead_units(c)[1]))
        # A 备注 that only names helpers (`县发改局配合`) names partners; the note stays as written.
        partners = named_partners + tuple(
            p for p in _names(vals.get("partners", []), split_units) if p not in named_partners
        )
        noted = (u for c in vals.get("note", []) for u in partners_in_note(c))
        partners += tuple(u for u in dict.fromkeys(noted) if u not in partners and u not in leads)
        if state.first_leads:
            leads, partners = first_listed_leads(leads, partners, cells)
        departments = leads + tuple(p for p in partners if p not in leads)
        weight = None
        if weight_col is not None:
            raw = item.row.value(weight_col)
            weight = _number(raw) if raw else None
        levels = tuple(text for _, text in item.levels)
        if item.section is not None and item.section in section_text:
            category = section_text[item.section]
        else:
            category = levels[0] if levels else _UNCATEGORISED
        group = levels[-1] if levels else category
        location = state.loc(item.row, item.text_column)
        basis_text = "\n".join(vals.get("basis", []))
        basis: list[BasisDoc] = []
        keys: set[str] = set()
        for citation in basis_documents(basis_text).citations if basis_text else ():
            if citation.key not in keys:
                keys.add(citation.key)
                basis.append(BasisDoc(citation.key, citation.title, citation, location))
        # The documents a task's measures name (`按照国发〔2021〕7号要求…` under 工作措施) are its
        # basis too, located in the measures' cell; numbers and 《titles》 only, as in running
        # text. A progress note's documents are what was done, not why: not read.
        detail_loc = state.loc(item.row, detail_col) if detail_col is not None else location
        detail_header = next((c.header for c in state.columns if c.column == detail_col), "") or "主要内容"
        for citation in (c for text in vals.get("detail", []) for c in extract_cell(text).citations):
            if citation.key not in keys:
                keys.add(citation.key)
                basis.append(BasisDoc(citation.key, citation.title, citation, detail_loc, detail_header))
        # What the whole list rests on, said once in its preamble: every task's basis, after
        # its own and located in the preamble (`yiju trace` says `来源：前言`).
        for doc in inherited:
            if doc.key not in keys:
                keys.add(doc.key)
                basis.append(doc)
        text = cut_citation_tail(item.text)[0] or item.text
        targets.append(
            Target(
                id=ident,
                category=category,
                group=group,
                text=text,
                raw_text=item.text,
                points=None,
                basis=tuple(basis),
                citations=extract(item.text).citations,
                location=location,
                hidden=item.row.hidden,
            )
        )
        extra = _extra(state, item.row)
        indicators.append(
            Indicator(
                id=ident,
                target=ident,
                category=category,
                group=group,
                text=text,
                weight=weight,
                deadline=_first(vals.get("deadline")),
                leader="、".join(leaders) or None,
                departments=departments,
                people=people,
                # As on a performance form, the n-th person belongs to the n-th unit of the
                # first unit column; a second one (牵头单位 | 责任单位) shares the work.
                assignments=_assignments(_names(vals.get("departments", [])[:1], split_units), people),
                hidden=item.row.hidden,
                location=location,
                leaders=leaders,
                partners=partners,
                levels=levels,
                section=item.section,
                detail=_first(vals.get("detail")),
                measure=_first(vals.get("measure")),
                target_value=_first(vals.get("target_value")),
                nature=_first(vals.get("nature")),
                note=_first(vals.get("note")),
                extra=extra,
                basis_text="".join(line.strip() for line in basis_text.split("\n")) or None,
                leads=leads,
            )
        )
    categories = list(dict.fromkeys(t.category for t in targets))
    if state.unit is None and state.title:
        found = pat.TITLE_PREFIX_UNIT.match(state.title)
        unit = found.group("unit") if found is not None else ""
        if (
            unit
            and pat.ORGAN_END.search(unit)
            and not pat.TITLE_PREFIX_PHRASE.search(unit)
            and not pat.TITLE_NO_ISSUER.match(unit)
        ):
            state.unit = unit
        if state.unit is None:
            state.unit = _title_issuer(state.title)  # `咸阳市人民政府关于…的意见`: the notice's issuer
    if state.year is None and state.title:
        year = pat.TITLE_NOTICE_YEAR.search(state.title)
        if year is not None:
            state.year = int(year.group("y"))  # `…的实施意见（东府〔2021〕54号）`
    return Form(
        file=state.table.file,
        unit=state.unit,
        year=state.year,
        title=state.title,
        date=state.date,
        categories=tuple(categories),
        targets=tuple(targets),
        indicators=tuple(indicators),
        totals=dict(state.totals),
        signature=dict(state.signature),
        notes=state.notes,
        findings=tuple(sorted(state.findings, key=Finding.sort_key)),
        ledger=tuple(sorted(state.ledger.items())),
        family=state.family,
        columns=state.columns,
        sections=tuple(state.sections),
        measure_unit=state.measure_unit,
    )


def cut_citation_tail(text: str) -> tuple[str, float | None]:
    """Return a text without its trailing `（属…号…）` citations and `（N分）` points."""
    from yiju.forms import cut_citation_tail as cut  # noqa: PLC0415  # forms imports this module

    return cut(text)


def _first(values: Sequence[str] | None) -> str | None:
    return values[0].strip() if values else None


def _names(cells: Sequence[str], split: object) -> tuple[str, ...]:
    out: list[str] = []
    for cell in cells:
        for name in split(cell):  # type: ignore[operator]  # split_people or split_units
            if name not in out:
                out.append(name)
    return tuple(out)


#: Where a list-level basis was read: the preamble, as `trace` names it.
PREAMBLE = "前言"


def _list_basis(state: _State) -> list[BasisDoc]:
    """Return the documents a prose list's preamble names as what the list rests on.

    Only the lines before the first task that the prose reader kept out of the grid (its
    `context`), and only the clause that says so (`根据《…》(运政办发〔2016〕76号)…`,
    `为贯彻落实…`): a document the preamble merely mentions is no basis of the tasks.
    """
    first = min((item.row.number for item in state.items), default=None)
    if first is None:
        return []
    out: dict[str, BasisDoc] = {}
    for row in state.table.context:
        if row.number >= first:
            continue
        for clause in (m.group() for v in row.values for m in pat.LIST_BASIS.finditer(v)):
            for citation in extract_cell(clause).citations:
                if citation.key not in out:
                    loc = state.loc(row)
                    out[citation.key] = BasisDoc(citation.key, citation.title, citation, loc, PREAMBLE)
    return list(out.values())


def _extra(state: _State, row: Row) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for column in state.columns:
        if column.role != "extra":
            continue
        value = row.value(column.column)
        if value:
            out.append((column.header or f"第{column.column}列", value))
    return tuple(out)


def _assignments(departments: tuple[str, ...], people: tuple[str, ...]) -> tuple[Assignment, ...]:
    if len(departments) == len(people):
        return tuple(Assignment(d, p) for d, p in zip(departments, people, strict=True))
    if len(departments) == 1:
        return tuple(Assignment(departments[0], p) for p in people)
    return tuple(Assignment(d, None) for d in departments) + tuple(Assignment(None, p) for p in people)


def header_of(columns: Sequence[ColumnRole]) -> dict[str, list[str]]:
    """Return role → headers, for messages about what a table has and lacks."""
    out: dict[str, list[str]] = {}
    for c in columns:
        out.setdefault(c.role, []).append(c.header or f"#{c.column}")
    return out


_ = fold_header  # re-exported helpers stay importable from one place
