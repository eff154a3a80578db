"""Tables to forms: give the cells of a responsibility table their meaning.

The reader hands over rows of cell text; this module finds the header (by aliases, also when
it repeats on every page), maps columns to fields, and reads each data row by its id
(`1-3-2`). Text pulled out of PDFs shifts cells left or right on some rows and flattens
merged cells to empty ones, so a row is read *from its anchors* — the id, the weight (a
number) and the deadline (a month) — and the text cells between them are assigned by
content when their count does not match the header. Category labels are vertical merged
cells that land on any row of their block, so they are collected per id prefix, not filled
down. Every non-empty row ends up as part of the form or named in a finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from yiju.citations import basis_documents as _basis_documents
from yiju.citations import extract as _extract_citations
from yiju.headers import header_field, header_score
from yiju.models import (
    Assignment,
    BasisDoc,
    Citation,
    Finding,
    Form,
    Indicator,
    Severity,
    SourceLocation,
    Target,
)
from yiju.normalize import clean_name, fold_width
from yiju.patterns import FUNCTION_WORDS, OPEN_BRACKETS, POINTS
from yiju.readers.table import Row, Table

__all__ = ["GROUPS", "parse_table", "parse_tables", "split_names"]

# Sub-groups of this form family and the category each belongs to (FORMS.md). The default
# numbering says which id prefix carries which group when a form prints no label at all.
GROUPS: dict[str, str] = {
    "重点工作目标": "职能工作目标",
    "常规工作目标": "职能工作目标",
    "动态目标": "职能工作目标",
    "科学行政": "行政能力目标",
    "依法行政": "行政能力目标",
    "高效行政": "行政能力目标",
    "廉洁行政": "行政能力目标",
    "管理创新": "行政能力目标",
}
_GROUP_ALIASES = {"动态工作目标": "动态目标", "重点目标": "重点工作目标", "常规目标": "常规工作目标"}
_CATEGORIES = ("职能工作目标", "行政能力目标")
_DEFAULT_GROUP_BY_PREFIX = {
    "1": "重点工作目标",
    "2": "常规工作目标",
    "3": "动态目标",
    "4": "科学行政",
    "5": "依法行政",
    "6": "高效行政",
    "7": "廉洁行政",
    "8": "管理创新",
}
_UNCATEGORISED = "未分类"

_ID = regex.compile(r"^\d{1,3}(?:-\d{1,3}){1,2}$")
_NUMBER = regex.compile(r"^[+-]?\d+(?:\.\d+)?$")
_DEADLINE = regex.compile(
    r"^(?:\d{1,2}月(?:\d{1,2}日)?(?:底|份|前|中旬|上旬|下旬|末)?"
    r"|\d{4}(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?)?(?:年底|年)?"
    r"|年底|年内|全年|长期|持续|长期坚持|持续推进)$"
)
_ISO_DATE = regex.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")
_TOTAL = regex.compile(r"^(?:合计|小计|总计|共计|得分合计)$|考评得分|总分值")
_ERROR_VALUE = regex.compile(r"^#(?:REF!|DIV/0!|N/A|NAME\?|NULL!|NUM!|VALUE!)$")
_UNIT = regex.compile(
    r"(?:参评单位|填报单位|责任单位|单位名称|单位)\s*(?:[（(]\s*盖章\s*[)）])?\s*[：:]\s*(?P<unit>\S.*)$"
)
_DATE = regex.compile(r"(?P<y>\d{4})\s*(?:年|\.|-|/)\s*(?P<m>\d{1,2})\s*(?:月|\.|-|/)\s*(?P<d>\d{1,2})\s*日?")
_YEAR = regex.compile(r"(?P<y>20\d{2}|19\d{2})\s*年")
_SIGNATURE_PAIR = regex.compile(r"(?P<role>[\p{Han}]{2,10})\s*[:：]\s*(?P<name>[^\s:：]*)")
_NOTES = regex.compile(r"^\s*备\s*注\s*[:：]")
_SCORE_WORDS = {"总分", "档次", "A+", "A", "A-", "B+", "B", "B-", "C", "职能工作目标", "行政能力目标", "得分"}
_TITLE_WORDS = regex.compile(r"考评表|目标表|责任分解表|分工方案|工作清单|任务清单|责任书|考核表")
_NAME_SPLIT = regex.compile(r"[、，,/／;；\n]+")

# A target's texts are read several times (label test, basis test, points, inline citations,
# findings); extraction is pure and its results immutable, so each text is read once.
_extract = lru_cache(maxsize=2048)(_extract_citations)
_basis = lru_cache(maxsize=2048)(_basis_documents)


@dataclass(slots=True)
class _TargetDraft:
    id: str
    prefix: str
    raw_text: str
    basis_text: str
    row: Row
    text_column: int | None
    basis_column: int | None
    childless: bool
    hidden: bool


@dataclass(frozen=True, slots=True)
class _RowDraft:
    row: Row
    target: _TargetDraft
    id: str
    text: str
    text_column: int | None
    weight: str
    deadline: str
    owners: dict[str, str]


@dataclass(slots=True)
class _State:
    table: Table
    columns: dict[str, int] = field(default_factory=dict)
    unit: str | None = None
    title: str | None = None
    date: str | None = None
    year: int | None = None
    notes: str | None = None
    signature: dict[str, str] = field(default_factory=dict)
    totals: dict[str, float] = field(default_factory=dict)
    labels: dict[str, list[str]] = field(default_factory=dict)  # id prefix -> labels seen
    group_points: dict[str, float] = field(default_factory=dict)
    targets: dict[str, _TargetDraft] = field(default_factory=dict)
    rows: list[_RowDraft] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    last_prefix: str | None = None
    pending_labels: list[str] = field(default_factory=list)
    ledger: dict[int, str] = field(default_factory=dict)  # row number -> what it became

    def loc(self, row: Row, column: int | None = None) -> SourceLocation:
        return SourceLocation(self.table.file, self.table.sheet, row.number, column)


def split_names(text: str) -> tuple[str, ...]:
    """Split an owner cell into names.

    Separators are 、，, / ; and line breaks, and spaces *between* names. A space inside a
    two-character name is padding (`李　隽`, and PDF text turns it into a plain space), so a
    run of single characters separated by spaces is glued back together.

    >>> split_names("基础科 协调科")
    ('基础科', '协调科')
    >>> split_names("李　隽")
    ('李隽',)
    """
    names: list[str] = []
    for part in _NAME_SPLIT.split(text):
        tokens = part.split()
        glued: list[str] = []
        run = ""
        for token in tokens:
            if len(token) == 1:
                run += token
                continue
            if run:
                glued.append(run)
                run = ""
            glued.append(token)
        if run:
            glued.append(run)
        names.extend(clean_name(t) for t in glued)
    return tuple(n for n in names if n)


def _number(text: str) -> float | None:
    folded = fold_width(text).replace(" ", "")
    if _NUMBER.match(folded):
        return float(folded)
    return None


def _normal_id(text: str) -> str | None:
    if not text or len(text) > 24 or not (text[0].isdigit() or text[0] in " \u3000"):
        return None  # ids start with a digit (ASCII or full-width); most cells are prose
    folded = fold_width("".join(text.split()))
    for dash in "－—–‐":
        folded = folded.replace(dash, "-")
    return folded if _ID.match(folded) else None


def _deadline(text: str) -> str | None:
    """Return the deadline as the form writes it; a date cell becomes its `N月`."""
    iso = _ISO_DATE.match(text)
    if iso is not None:
        return f"{int(iso.group(2))}月"
    return text or None


def _label(text: str) -> tuple[str | None, str | None, float | None]:
    """Classify a label cell: (category, group, points), all None when it is not a label.

    Vertical labels arrive with spaces or line breaks between characters (`重点 工作 目标`)
    and may be cut by a page break (`政 (6 分)`): a fragment is returned as group `…政`
    with a leading ellipsis so the caller can match it to the group it ends.
    """
    points = None
    pm = POINTS.search(text)
    body = text
    if pm is not None:
        points = float(fold_width(pm.group("points")))
        body = text[: pm.start()] + text[pm.end() :]
    squeezed = "".join(body.split())
    if not squeezed:
        return None, None, points
    squeezed = _GROUP_ALIASES.get(squeezed, squeezed)
    if squeezed in GROUPS:
        return GROUPS[squeezed], squeezed, points
    if squeezed in _CATEGORIES:
        return squeezed, None, points
    # Two labels in one cell (`职能工作目标\n重点工作目标`), as an xlsx merged cell may hold.
    lines = [_GROUP_ALIASES.get(p, p) for p in ("".join(x.split()) for x in body.split("\n")) if p]
    if len(lines) > 1:
        cats = [x for x in lines if x in _CATEGORIES]
        groups = [x for x in lines if x in GROUPS]
        if len(cats) + len(groups) == len(lines) and len(groups) <= 1 and len(cats) <= 1:
            group = groups[0] if groups else None
            category = GROUPS[group] if group else cats[0]
            return category, group, points
    if len(squeezed) <= 4 and (points is not None or any(g.endswith(squeezed) for g in GROUPS)):
        return None, "…" + squeezed, points
    return None, None, points


def _is_label(text: str) -> bool:
    category, group, _ = _label(text)
    return category is not None or group is not None


def _cut_citation_tail(raw: str) -> tuple[str, float | None]:
    """Return a 一级指标 without its trailing `（属…）` parenthetical and `（N分）` points."""
    text = raw.strip()
    points: float | None = None
    while True:
        tail = POINTS.search(text)
        if tail is None or text[tail.end() :].strip():
            break
        if points is None:
            points = float(fold_width(tail.group("points")))
        text = text[: tail.start()].rstrip()
    numbered = [c for c in _extract(text).citations if c.numbered]
    if numbered:
        i = numbered[0].span[0]
        head = text[:i]
        stripped = head.rstrip(" \u3000")
        for word in FUNCTION_WORDS:
            if stripped.endswith(word):
                stripped = stripped[: -len(word)].rstrip(" \u3000")
                break
        if stripped and stripped[-1] in OPEN_BRACKETS:
            text = stripped[:-1].rstrip()
    return text.strip(), points


def _basis_like(text: str) -> bool:
    """Return True for a cell that lists source documents rather than describing work."""
    if not text:
        return False
    docs = _basis(text).citations
    if not docs:
        return False
    numbered = [c for c in docs if c.numbered]
    if numbered and all(not text[max(0, c.span[0] - 1) : c.span[0]].endswith("属") for c in numbered):
        return True
    # `三定方案`: a short bare name, no sentence punctuation.
    return len(docs) == 1 and not numbered and len(text) <= 12 and "，" not in text


def _header_columns(rows: Sequence[Row]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for row in rows:
        for col, value in enumerate(row.values, start=1):
            name = header_field(value)
            if name is not None and name not in columns:
                columns[name] = col
    return columns


def parse_tables(tables: Sequence[Table]) -> list[Form]:
    """Return one form per table, in order."""
    return [parse_table(t) for t in tables]


def parse_table(table: Table) -> Form:
    """Return the form a table holds; odd rows become findings, never exceptions."""
    state = _State(table=table)
    state.findings.extend(table.findings)
    rows = table.rows
    i = 0
    header_seen = False
    while i < len(rows):
        row = rows[i]
        if row.empty:
            i += 1
            continue
        score = header_score(row.values)
        if score >= 3:
            block = [row]
            if i + 1 < len(rows) and header_score(rows[i + 1].values) >= 2:
                block.append(rows[i + 1])
            columns = _header_columns(block)
            if "id" in columns or "indicator" in columns:
                state.columns = columns
                header_seen = True
                for header_row in block:
                    state.ledger[header_row.number] = "header"
                i += len(block)
                continue
        _error_cells(state, row)
        state.ledger[row.number] = _metadata_row(state, row) if not header_seen else _body_row(state, row)
        i += 1
    return _finish(state)


def _error_cells(state: _State, row: Row) -> None:
    """Report error values (`#REF!`) in text tables; xlsx readers report their own."""
    if state.table.sheet is not None:
        return
    for col, value in enumerate(row.values, start=1):
        if _ERROR_VALUE.match(value):
            loc = state.loc(row, col)
            state.findings.append(
                Finding(
                    "R02",
                    "formula-error",
                    Severity.ERROR,
                    f"line {row.number} column {col} holds the error value {value}",
                    (f"line {row.number} column {col}",),
                    loc,
                )
            )


def _row_text(row: Row) -> str:
    return " | ".join(v for v in row.values if v)


def _not_understood(state: _State, row: Row, why: str) -> str:
    text = _row_text(row)
    short = text if len(text) <= 40 else text[:40] + "…"
    state.findings.append(
        Finding(
            "R03",
            "row-not-understood",
            Severity.WARNING,
            f"{why}: {short}",
            (f"row {row.number}",),
            state.loc(row),
        )
    )
    return "finding R03"


def _metadata_row(state: _State, row: Row) -> str:
    """Read a row above the header (title, unit, date); return its role in the ledger."""
    text = " ".join(v for v in row.values if v)
    unit = _UNIT.search(text)
    if unit is not None and state.unit is None:
        state.unit = clean_name(unit.group("unit"))
        return "unit"
    date = _DATE.search(text)
    if date is not None and state.date is None and len(text) <= 20:
        state.date = f"{date.group('y')}-{int(date.group('m')):02d}-{int(date.group('d')):02d}"
        if state.year is None:
            state.year = int(date.group("y"))
        return "date"
    if state.title is None and (_TITLE_WORDS.search(text) or len(row.values) == 1 or len(text) >= 8):
        state.title = "".join(text.split())
        year = _YEAR.search(text)
        if year is not None:
            state.year = int(year.group("y"))
        return "title"
    return _not_understood(state, row, "text before the table header")


def _find_id(values: Sequence[str], expected: int) -> int | None:
    """Return the 1-based column of the row's id, preferring the header's column."""
    if 0 < expected <= len(values) and _normal_id(values[expected - 1]):
        return expected
    for col, value in enumerate(values, start=1):
        if _normal_id(value):
            return col
    return None


def _body_row(state: _State, row: Row) -> str:
    """Read a row below a header; return its role in the ledger."""
    values = row.values
    id_col = _find_id(values, state.columns.get("id", 2))
    if id_col is None:
        return _non_indicator_row(state, row)
    ident = _normal_id(values[id_col - 1])
    assert ident is not None  # noqa: S101  # _find_id only returns columns holding an id
    parts = ident.split("-")
    prefix = parts[0]
    labels = [v for v in values[: id_col - 1] if v]
    for label in labels:
        _record_label(state, prefix, label, row)
    if state.pending_labels:
        # Fragments of one vertical label on rows of their own (`职能` / `工作` / `目标`).
        _record_label(state, prefix, "".join(state.pending_labels), row)
        state.pending_labels.clear()
    state.last_prefix = prefix
    _indicator_row(state, row, ident, id_col)
    return f"indicator {ident}"


def _record_label(state: _State, prefix: str, label: str, row: Row) -> None:
    category, group, points = _label(label)
    if category is None and group is None:
        _not_understood(state, row, f"label {label!r} before the id is not a known category")
        return
    state.labels.setdefault(prefix, []).append(label)
    if points is not None and group is not None:
        state.group_points[group] = points


def _non_indicator_row(state: _State, row: Row) -> str:
    """Read a body row without an id; return its role in the ledger."""
    values = [v for v in row.values if v]
    first = "".join(values[0].split()) if values else ""
    if _TOTAL.search(first) or any(_TOTAL.search("".join(v.split())) for v in values[:2]):
        numbers = [n for v in values if (n := _number(v)) is not None]
        if not numbers:
            return _not_understood(state, row, "total row without a number")
        if "考评得分" in first or "总计" in first or "+" in first:
            state.totals["总计"] = numbers[-1]
            return "total 总计"
        category = _category_of_prefix(state, state.last_prefix)
        state.totals[category] = numbers[-1]
        return f"total {category}"
    joined = " ".join(values)
    if len(values) <= 2 and all(_is_label(v) for v in values):
        # A vertical label on a row of its own (`职能` / `工作` / `目标` lines): remember it
        # for the next id so it lands in the block it labels.
        state.pending_labels.extend(values)
        return "label"
    if len(values) == 1 and len("".join(joined.split())) <= 4 and regex.fullmatch(r"[\p{Han}\s]+", joined):
        state.pending_labels.append(joined)
        return "label"
    if _NOTES.match(joined):
        state.notes = regex.sub(r"^\s*备\s*注\s*[:：]\s*", "", joined)
        return "notes"
    pairs = list(_SIGNATURE_PAIR.finditer(joined))
    if pairs and pairs[0].start() == 0:
        for pair in pairs:
            role, name = pair.group("role"), pair.group("name")
            date = _DATE.search(name) if role == "日期" else None
            if date is not None:
                name = f"{date.group('y')}-{int(date.group('m')):02d}-{int(date.group('d')):02d}"
            state.signature[role] = name
        return "signature"
    if any(_ERROR_VALUE.match(v) for v in values) and all(
        _ERROR_VALUE.match(v) or v in _SCORE_WORDS for v in values
    ):
        return "score block (R02)"  # each error cell is a finding of its own
    return _not_understood(state, row, "row without an id")


def _category_of_prefix(state: _State, prefix: str | None) -> str:
    if prefix is None:
        return _UNCATEGORISED
    return _group_of_prefix(state, prefix)[0]


def _group_of_prefix(state: _State, prefix: str) -> tuple[str, str]:
    """Return (category, group) for an id prefix from the labels seen on its rows."""
    category: str | None = None
    group: str | None = None
    for label in state.labels.get(prefix, []):
        cat, grp, _ = _label(label)
        if grp is not None and not grp.startswith("…"):
            group = grp
        if cat is not None:
            category = cat
    if group is None:
        default = _DEFAULT_GROUP_BY_PREFIX.get(prefix)
        if default is not None and (category is None or GROUPS[default] == category):
            group = default
    if group is not None:
        return GROUPS.get(group, category or _UNCATEGORISED), group
    return category or _UNCATEGORISED, category or _UNCATEGORISED


def _anchor_columns(state: _State, values: Sequence[str], id_col: int) -> tuple[int | None, int | None]:
    """Return the 1-based columns of the weight and the deadline on this row."""
    cols = state.columns
    shift = id_col - cols.get("id", id_col)
    expected_weight = cols["weight"] + shift if "weight" in cols else None
    expected_deadline = cols["deadline"] + shift if "deadline" in cols else None

    def cell(col: int | None) -> str:
        return values[col - 1] if col is not None and 0 < col <= len(values) else ""

    if expected_weight is not None and _number(cell(expected_weight)) is not None:
        return expected_weight, expected_deadline
    if (
        expected_weight is not None
        and cell(expected_weight)
        and (_DEADLINE.match(cell(expected_deadline)) or _ISO_DATE.match(cell(expected_deadline)))
    ):
        # The row is where the header says but its weight is not a number (`两分`): keep the
        # layout and let the caller report the weight, rather than realign on a stray number.
        return expected_weight, expected_deadline
    # Shifted: the weight is the number right before a deadline-like cell.
    for col in range(id_col + 1, len(values) + 1):
        if _number(cell(col)) is not None and (
            _DEADLINE.match(cell(col + 1)) or _ISO_DATE.match(cell(col + 1))
        ):
            return col, col + 1
    for col in range(id_col + 1, len(values) + 1):
        if _number(cell(col)) is not None:
            return col, col + 1
    if expected_deadline is not None and (_DEADLINE.match(cell(expected_deadline))):
        return None, expected_deadline
    return None, expected_deadline


def _indicator_row(state: _State, row: Row, ident: str, id_col: int) -> None:
    values = row.values
    cols = state.columns
    weight_col, deadline_col = _anchor_columns(state, values, id_col)
    parts = ident.split("-")
    childless = len(parts) == 2
    target_id = ident if childless else "-".join(parts[:2])
    end = (weight_col or deadline_col or (len(values) + 1)) - 1
    middle = list(range(id_col + 1, end + 1))
    texts = {c: values[c - 1] for c in middle if 0 < c <= len(values)}
    # Labels in the text area (an xlsx may put the group label in the 文件依据 column).
    for c, v in list(texts.items()):
        if v and _is_label(v):
            _record_label(state, parts[0], v, row)
            texts[c] = ""
    expected = [
        cols[f] - cols.get("id", id_col) + id_col for f in ("basis", "target", "indicator") if f in cols
    ]
    basis_text = target_text = indicator_text = ""
    basis_col = target_col = indicator_col = None
    intact = len(middle) == len(expected) and middle == expected
    nonempty = [(c, v) for c, v in texts.items() if v]
    if childless:
        # A childless row's only text is its target, wherever the PDF shift put it
        # (1-15 in the 二级指标 column, 7-3 in the 文件依据 column); with two texts, the one
        # that lists documents is the basis.
        for c, v in nonempty:
            if len(nonempty) > 1 and _basis_like(v) and not basis_text:
                basis_text, basis_col = v, c
            else:
                target_text = f"{target_text}\n{v}" if target_text else v
                target_col = target_col or c
        indicator_text, indicator_col = target_text, target_col
    elif intact:
        named = dict(zip(("basis", "target", "indicator"), expected, strict=False))
        basis_col, target_col, indicator_col = named.get("basis"), named.get("target"), named.get("indicator")
        basis_text = texts.get(basis_col, "") if basis_col else ""
        target_text = texts.get(target_col, "") if target_col else ""
        indicator_text = texts.get(indicator_col, "") if indicator_col else ""
    else:
        remaining = list(nonempty)
        if remaining:
            indicator_col, indicator_text = remaining.pop()
        for c, v in remaining:
            if POINTS.search(v) and not target_text:
                target_text, target_col = v, c
            elif _basis_like(v) and not basis_text:
                basis_text, basis_col = v, c
            elif not target_text:
                target_text, target_col = v, c
            else:
                _not_understood(state, row, f"extra text in column {c}")
    draft = state.targets.get(target_id)
    if draft is None:
        draft = _TargetDraft(
            id=target_id,
            prefix=parts[0],
            raw_text=target_text,
            basis_text=basis_text,
            row=row,
            text_column=target_col,
            basis_column=basis_col,
            childless=childless,
            hidden=row.hidden,
        )
        state.targets[target_id] = draft
    else:
        if target_text and not draft.raw_text:
            draft.raw_text, draft.text_column = target_text, target_col
        elif target_text and target_text != draft.raw_text:
            _not_understood(state, row, f"second 一级指标 text for {target_id}")
        if basis_text and not draft.basis_text:
            draft.basis_text, draft.basis_column = basis_text, basis_col
        draft.hidden = draft.hidden and row.hidden
    owner_fields = [f for f in ("leader", "department", "co_department", "person") if f in cols]
    anchor = deadline_col if deadline_col is not None else weight_col
    owners: dict[str, str] = {}
    if anchor is not None and "deadline" in cols:
        base = cols["deadline"]
        for f in owner_fields:
            col = anchor + (cols[f] - base)
            owners[f] = values[col - 1] if 0 < col <= len(values) else ""
    else:
        shift = id_col - cols.get("id", id_col)
        for f in owner_fields:
            col = cols[f] + shift
            owners[f] = values[col - 1] if 0 < col <= len(values) else ""
    weight_text = values[weight_col - 1] if weight_col and weight_col <= len(values) else ""
    deadline_text = values[deadline_col - 1] if deadline_col and deadline_col <= len(values) else ""
    state.rows.append(
        _RowDraft(row, draft, ident, indicator_text, indicator_col, weight_text, deadline_text, owners)
    )


def _assignments(departments: tuple[str, ...], people: tuple[str, ...]) -> tuple[Assignment, ...]:
    """Pair the n-th person with the n-th department when the counts match."""
    if len(departments) == len(people):
        return tuple(Assignment(d, p) for d, p in zip(departments, people, strict=True))
    if len(departments) == 1:
        return tuple(Assignment(departments[0], p) for p in people)
    if len(people) == 1:
        return tuple(Assignment(d, people[0]) for d in departments)
    return tuple(Assignment(d, None) for d in departments) + tuple(Assignment(None, p) for p in people)


def _citations_findings(state: _State, text: str, loc: SourceLocation, subject: str) -> None:
    for bad in _extract(text).unparsed:
        state.findings.append(
            Finding(
                "R04",
                "citation-unparsed",
                Severity.WARNING,
                f"{subject}: citation-like text {bad.text!r} not understood ({bad.reason})",
                (subject,),
                SourceLocation(loc.file, loc.sheet, loc.row, loc.column, bad.span),
            )
        )


def _finish(state: _State) -> Form:
    targets: list[Target] = []
    built: dict[str, Target] = {}
    for draft in state.targets.values():
        category, group = _group_of_prefix(state, draft.prefix)
        text, points = _cut_citation_tail(draft.raw_text)
        basis_loc = state.loc(draft.row, draft.basis_column)
        text_loc = state.loc(draft.row, draft.text_column)
        basis: list[BasisDoc] = []
        seen: set[str] = set()
        for citation in _basis(draft.basis_text).citations:
            if citation.key in seen:
                continue
            seen.add(citation.key)
            basis.append(BasisDoc(citation.key, citation.title, citation, basis_loc))
        inline: tuple[Citation, ...] = _extract(draft.raw_text).citations
        if draft.childless:
            points = None  # a childless row's weight is its points; it declares no （N分）
        _citations_findings(state, draft.basis_text, basis_loc, draft.id)
        _citations_findings(state, draft.raw_text, text_loc, draft.id)
        target = Target(
            id=draft.id,
            category=category,
            group=group,
            text=text,
            raw_text=draft.raw_text,
            points=points,
            basis=tuple(basis),
            citations=inline,
            location=text_loc,
            hidden=draft.hidden,
        )
        targets.append(target)
        built[draft.id] = target
    indicators: list[Indicator] = []
    for rd in state.rows:
        row, draft, owners, weight_text = rd.row, rd.target, rd.owners, rd.weight
        target = built[draft.id]
        departments = split_names(owners.get("department", "")) + split_names(owners.get("co_department", ""))
        people = split_names(owners.get("person", ""))
        leader_names = split_names(owners.get("leader", ""))
        weight = _number(weight_text) if weight_text else None
        if weight_text and weight is None:
            _not_understood(state, row, f"weight {weight_text!r} is not a number")
        indicators.append(
            Indicator(
                id=rd.id,
                target=draft.id,
                category=target.category,
                group=target.group,
                text=_cut_citation_tail(rd.text)[0] if draft.childless else rd.text,
                weight=weight,
                deadline=_deadline(rd.deadline),
                leader="、".join(leader_names) or None,
                departments=departments,
                people=people,
                assignments=_assignments(split_names(owners.get("department", "")), people),
                hidden=row.hidden,
                location=state.loc(row, rd.text_column),
            )
        )
    categories: list[str] = []
    for t in targets:
        if t.category not in categories:
            categories.append(t.category)
    findings = sorted(state.findings, key=Finding.sort_key)
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
        findings=tuple(findings),
        ledger=tuple(sorted(state.ledger.items())),
    )
