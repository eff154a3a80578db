"""Tables to forms: give the cells of a responsibility table their meaning.

The reader hands over rows of cell text; this module finds the header (by aliases, also when
it repeats on every page), maps columns to fields, and reads each data row by its id
(`1-3-2`, or `1` in a 分工方案's 序号 column). Text pulled out of PDFs shifts cells left or
right on some rows and flattens merged cells to empty ones, so a row is read *from its
anchors* — the id, the weight (a number) and the deadline (a month). When the anchors sit
where the header puts them, the texts are read from the header's text columns; otherwise the
cells between the id and the first anchor are assigned by content. Category labels are
vertical merged cells that land on any row of their block, so they are collected per id
prefix, not filled down. Every non-empty row ends up as part of the form or named in a
finding.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

import regex

from yiju import families, records, short_names
from yiju import patterns as pat
from yiju.citations import basis_documents as _basis_documents
from yiju.citations import extract_cell as _extract
from yiju.codes import finding
from yiju.columns import HeaderBlock
from yiju.headers import header_field, header_score, header_scores
from yiju.items import detect_table_family, parse_items
from yiju.messages import Said, citation_reason, say
from yiju.models import (
    Assignment,
    BasisDoc,
    Citation,
    ColumnRole,
    Finding,
    Form,
    Indicator,
    Section,
    SourceLocation,
    Target,
)
from yiju.normalize import clean_name, fold_width
from yiju.patterns import CLOSE_BRACKETS, FUNCTION_WORDS, OPEN_BRACKETS, POINTS, SEGMENT_SEPARATORS
from yiju.readers.table import Row, Table
from yiju.traditional import simplified_table

__all__ = ["GROUPS", "ParseOptions", "cut_citation_tail", "parse_table", "parse_tables", "split_names"]

# The seed family's own labels are data (`data/families.toml`, [families.performance_form]):
# its sub-groups and the category each belongs to, their other spellings, the default
# numbering that says which id prefix carries which group when a form prints no label, and
# the words of its score block.
_FAMILY = families.family("performance_form")
GROUPS: dict[str, str] = dict(_FAMILY.groups)
_GROUP_ALIASES = dict(_FAMILY.group_aliases)
_CATEGORIES = _FAMILY.categories
_DEFAULT_GROUP_BY_PREFIX = dict(_FAMILY.default_groups)
_UNCATEGORISED = _FAMILY.uncategorised

_DITTO = frozenset({'"', "〃", "”", "“", '""', "〃〃", "同上", "同前"})
_SCORE_WORDS = set(_FAMILY.score_words)
# The characters `str.split()` cuts at (`str.isspace()`), for tests of a whole cell at once.
_STR_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


# A target's texts are read several times (label test, basis test, points, inline citations,
# findings), and cells repeat down a form (names, months, labels); the string → value helpers
# below are pure and their results immutable, so each distinct text is worked out once.
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


@dataclass(slots=True)  # not frozen: made once per row and never changed, a frozen init costs more
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
    plain_prefixes: set[str] = field(default_factory=set)  # prefixes of bare-number ids
    dashed_ids: bool = False  # the form numbers its rows 1-3-1
    section: tuple[str, str] | None = None  # the current `一、…` heading of a 分工方案
    section_groups: dict[str, str] = field(default_factory=dict)  # id -> its section's title
    targets: dict[str, _TargetDraft] = field(default_factory=dict)
    rows: list[_RowDraft] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    last_prefix: str | None = None
    pending_labels: list[str] = field(default_factory=list)
    ledger: dict[int, str] = field(default_factory=dict)  # row number -> what it became
    title_row: int | None = None
    title_has_words: bool = False
    # Where a row's texts and owners are, by (id column, weight and deadline columns, width):
    # it depends on the header's columns and those four only, and rows repeat them.
    layouts: dict[tuple[int, int | None, int | None, int], _Layout] = field(default_factory=dict)

    def layout(self, width: int, id_col: int, anchors: tuple[int | None, int | None]) -> _Layout:
        key = (id_col, *anchors, width)
        found = self.layouts.get(key)
        if found is None:
            found = self.layouts[key] = _row_layout(self, width, id_col, anchors)
        return found

    def loc(self, row: Row, column: int | None = None) -> SourceLocation:
        return records.location(self.table.file, self.table.sheet, row.number, column)


@lru_cache(maxsize=8192)
def split_names(text: str) -> tuple[str, ...]:
    """Split an owner cell into names.

    Separators are 、，, / ; and line breaks, and spaces *between* names. A space inside a
    two-character name is padding (`李　隽`, and PDF text turns it into a plain space), so a
    run of single characters separated by spaces is glued back together. A separator inside
    brackets is part of one name (`各县（市、区）政府`).

    >>> split_names("基础科 协调科")
    ('基础科', '协调科')
    >>> split_names("李　隽")
    ('李隽',)
    """
    if _NAME_BREAKS.isdisjoint(text):
        # One name, as most owner cells hold (`协调科`, `王夏阳`): nothing to split or glue.
        name = clean_name(text)
        return (name,) if name else ()
    names: list[str] = []
    # Without brackets every separator splits: runs of them only add empty parts, which give
    # no name, so one split at each run gives the same names as the walk through the text.
    parts = pat.NAME_SPLIT.split(text) if pat.BRACKET.search(text) is None else _split_outside_brackets(text)
    for part in parts:
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


# What may split an owner cell or glue its pieces: the separators of `patterns.NAME_SPLIT`
# and the spaces `str.split` cuts at (brackets matter only around a separator).
_NAME_BREAKS = frozenset("、，,/／;；\n" + _STR_SPACES)


def _split_outside_brackets(text: str) -> list[str]:
    """Split `text` at name separators that are not inside brackets."""
    parts: list[str] = []
    depth = start = 0
    for i, ch in enumerate(text):
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif depth == 0 and pat.NAME_SPLIT.match(ch):
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    # An unclosed bracket is a typo, not a name running to the end of the cell.
    return parts if depth == 0 else pat.NAME_SPLIT.split(text)


@lru_cache(maxsize=8192)
def _number(text: str) -> float | None:
    folded = fold_width(text).replace(" ", "")
    if pat.FORM_NUMBER.match(folded):
        return float(folded.removesuffix("分"))
    return None


@lru_cache(maxsize=8192)
def _normal_id(text: str, *, plain: bool = False) -> str | None:
    """Return the id a cell holds as `1-3-2`, or None; `plain` also accepts a bare `1`."""
    if not text or len(text) > 24 or not (text[0].isdigit() or text[0] in " \u3000"):
        return None  # ids start with a digit (ASCII or full-width); most cells are prose
    parts = text.split("-")
    if text.isascii() and "" not in parts and text.replace("-", "").isdigit():
        # ASCII digits joined by single hyphens (`1-3-2`, `12`), as most forms type an id:
        # nothing to fold (no space, wide form, other dash or dot), and FORM_ID and PLAIN_ID
        # are read off the lengths of its parts.
        if len(parts) == 1:
            return text if plain and len(text) <= 5 else None
        if len(parts) <= 3 and len(parts[0]) <= 3 and max(map(len, parts[1:])) <= 4:
            return text
        return None
    folded = pat.ID_DASH.sub("-", fold_width("".join(text.split())))
    if pat.DOTTED_ID.match(folded):
        folded = folded.replace(".", "-")
    if pat.FORM_ID.match(folded) or (plain and pat.PLAIN_ID.match(folded)):
        return folded
    return None


@lru_cache(maxsize=1024)
def _deadline(text: str) -> str | None:
    """Return the deadline as the form writes it; a date cell becomes its `N月`."""
    iso = pat.ISO_DATE.match(text)
    if iso is not None:
        return f"{int(iso.group(2))}月"
    return text or None


@lru_cache(maxsize=8192)
def _label(text: str) -> tuple[str | None, str | None, float | None]:
    """Classify a label cell: (category, group, points), all None when it is not a label.

    Vertical labels arrive with spaces or line breaks between characters (`重点 工作 目标`)
    and may be cut by a page break (`政 (6 分)`): a fragment is returned as group `…政`
    with a leading ellipsis so the caller can match it to the group it ends.
    """
    points = None
    pm = POINTS.search(text) if "分" in text else None  # no points without 分: no search
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
    # Two labels in one cell (`职能工作目标\n重点工作目标`), as an xlsx merged cell may hold;
    # a cell of one line (nearly every text a row is tested with) is no such pair.
    lines = (
        [_GROUP_ALIASES.get(p, p) for p in ("".join(x.split()) for x in body.split("\n")) if p]
        if "\n" in body
        else []
    )
    if len(lines) > 1:
        cats = [x for x in lines if x in _CATEGORIES]
        groups = [x for x in lines if x in GROUPS]
        if len(cats) + len(groups) == len(lines) and len(groups) <= 1 and len(cats) <= 1:
            group = groups[0] if groups else None
            category = GROUPS[group] if group else cats[0]
            return category, group, points
    # Only the end of a group name is a fragment: a short 一级指标 with points
    # (`安全生产（4分）`) is a target, not a label.
    if len(squeezed) <= 4 and any(g.endswith(squeezed) for g in GROUPS):
        return None, "…" + squeezed, points
    return None, None, points


def _is_label(text: str) -> bool:
    if not _LABEL_CHARACTERS.issuperset(text):
        return False  # the long way's answer for prose, without folding it (see below)
    category, group, _ = _label(text)
    return category is not None or group is not None


# What a label cell is made of: the characters of the family's group and category names and
# their other spellings, a points tail's brackets, digits, point and 分, and whitespace (the
# characters `str.split()` cuts at). `_label` finds a label only in a cell whose text, less one
# points tail and its whitespace, is one of those names (or two on two lines, or the end of
# one): a cell holding any other character is no label, and nearly every text cell of a form
# shows one in its first few characters (`tests/test_shortcuts.py` holds the two ways equal).
_LABEL_CHARACTERS = frozenset(
    "".join((*GROUPS, *_CATEGORIES, *_GROUP_ALIASES, *_GROUP_ALIASES.values()))
    + "（）()0123456789０１２３４５６７８９.分"
    + _STR_SPACES
)


def _is_label_piece(text: str) -> bool:
    """Return True for a piece of a vertical label broken over lines (`职能` / `工作` / `目标`)."""
    squeezed = "".join(text.split())
    names = (*GROUPS, *_CATEGORIES, *_GROUP_ALIASES)
    return bool(squeezed) and any(squeezed in name for name in names)


def cut_citation_tail(raw: str) -> tuple[str, float | None]:
    """Return a text without its trailing `（属…）` citations and `（N分）` points, and the points."""
    return _cut_citation_tail(raw)


# What a typist leaves after the points (`做好X（4分）。`); ignored when looking for a tail.
_TRAILING_STOPS = " \u3000。；"


@lru_cache(maxsize=8192)
def _cut_citation_tail(raw: str) -> tuple[str, float | None]:
    """Return a 一级指标 without its trailing `（属…）` parentheticals and `（N分）` points.

    Both come in either order (`做好X（4分）（属泉委发〔2021〕5号）`) and may be followed by a
    stray 。 or ；, so the two cuts repeat until neither applies. A parenthetical is cut only
    when it runs to the end: `落实A工作（属…）和B工作（属…）（4分）` keeps 和B工作.

    While only points (and stops) have been cut, the text is the whole cell without a points
    tail, and its citations are the whole cell's that start before the cut: the cell's own
    reading (which the form reader asks for anyway) is used instead of reading the shortened
    text again (`tests/test_forms_tail.py` holds the property).
    """
    whole = text = raw.strip()
    points: float | None = None
    # While `text` is `whole` less points tails and stops, its citations are `whole`'s.
    cut_points = cut_citations = False
    while True:
        candidate = text.rstrip(_TRAILING_STOPS)
        tail = _points_tail(candidate)
        if tail is not None:
            if points is None:
                points = float(fold_width(tail.group("points")))
            text = candidate[: tail.start()].rstrip()
            cut_points = True
            continue
        if cut_points and not cut_citations:
            start = _tail_start(candidate, _numbered_starts(whole, len(candidate)))
        else:
            start = _citation_tail_start(candidate)
        if start is None:
            break
        text = candidate[:start].rstrip(" \u3000")
        cut_citations = True
    return text.strip(), points


def _points_tail(text: str) -> regex.Match[str] | None:
    """Return the `（N分）` that ends `text` (only spaces after it), or None.

    It is the last match of POINTS, and it opens at the last `（` or `(`: a match holds no
    bracket but its first and last characters, so the match that follows only spaces starts
    at the last opening bracket, and no earlier match can overlap it.
    """
    at = max(text.rfind("（"), text.rfind("("))
    if at < 0:
        return None
    tail = POINTS.match(text, at)
    return tail if tail is not None and not text[tail.end() :].strip() else None


def _numbered_starts(text: str, before: int | None = None) -> list[int]:
    """Return where the numbered citations of `text` start, in order; only those before `before`."""
    end = len(text) if before is None else before
    return [c.span[0] for c in _extract(text).citations if c.numbered and c.span[0] < end]


def _citation_tail_start(text: str) -> int | None:
    """Return where a bracketed citation list that closes at the end of `text` opens, or None."""
    if not text or text[-1] not in CLOSE_BRACKETS:
        return None
    return _tail_start(text, _numbered_starts(text))


def _tail_start(text: str, starts: Sequence[int]) -> int | None:
    """Return where the bracketed list opens that holds a citation starting at one of `starts`.

    `starts` are the numbered citations' starts in `text`, in order; the first one preceded
    (after a function word such as 属) by an opening bracket that stays open to the end of
    `text` decides.
    """
    if not text or text[-1] not in CLOSE_BRACKETS:
        return None
    for at in starts:
        stripped = text[:at].rstrip(" \u3000")
        # The first function word it ends with, among those ending in its last character.
        for word in _FUNCTION_WORDS_BY_END.get(stripped[-1:], ()):
            if stripped.endswith(word):
                stripped = stripped[: -len(word)].rstrip(" \u3000")
                break
        if stripped and stripped[-1] in OPEN_BRACKETS and _open_until_end(text, len(stripped) - 1):
            return len(stripped) - 1
    return None


# FUNCTION_WORDS by their last character, each list in FUNCTION_WORDS' order.
_FUNCTION_WORDS_BY_END: dict[str, tuple[str, ...]] = {
    end: tuple(w for w in FUNCTION_WORDS if w.endswith(end)) for end in {w[-1] for w in FUNCTION_WORDS}
}


def _open_until_end(text: str, start: int) -> bool:
    """Return True when the bracket at `start` is not closed before the last character.

    A typist's stray （ inside the list (`（属A号、（B号）`) leaves the list's own bracket
    unclosed; it still ends at the end of the text, so it counts as running to the end.
    """
    brackets = pat.BRACKET.findall(text, start)  # the brackets only, not every character
    if brackets and text[-1] in _BRACKETS:
        brackets.pop()  # the last character: closing there is running to the end
    depth = 0
    for bracket in brackets:
        if bracket in OPEN_BRACKETS:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return False
    return True


_BRACKETS = frozenset(OPEN_BRACKETS + CLOSE_BRACKETS)


@lru_cache(maxsize=8192)
def _basis_like(text: str) -> bool:
    """Return True for a cell that lists source documents rather than describing work."""
    if not text:
        return False
    docs = _basis(text).citations
    if not docs:
        return False
    numbered = [c for c in docs if c.numbered]
    if numbered and all(not text[max(0, c.span[0] - 1) : c.span[0]].endswith("属") for c in numbered):
        # Prose that mentions a document (`根据泉委发〔2021〕5号要求，做好森林防火工作`) is work,
        # not a list: a list is mostly its documents' numbers and titles.
        return _citation_share(text) >= _BASIS_SHARE
    # `三定方案`: a short bare name, no sentence punctuation.
    return len(docs) == 1 and not numbered and len(text) <= 12 and "，" not in text


# Real 文件依据 cells are mostly citations and their titles (86% and up in the fixtures);
# prose mentioning a document (`根据…要求，做好…`) is below 45%.
_BASIS_SHARE = 0.6
_NEUTRAL = frozenset(SEGMENT_SEPARATORS + "、 \u3000《》“”\"‘’'" + OPEN_BRACKETS + CLOSE_BRACKETS)


def _citation_share(text: str) -> float:
    """Return the share of `text` (separators and brackets aside) that citations and titles cover."""
    covered = [False] * len(text)
    for citation in _extract(text).citations:
        spans = [citation.span]
        if citation.title:
            at = text.find(citation.title)
            if at >= 0:
                spans.append((at, at + len(citation.title)))
        for lo, hi in spans:
            covered[lo:hi] = [True] * (hi - lo)
    counted = [i for i, ch in enumerate(text) if ch not in _NEUTRAL]
    return sum(covered[i] for i in counted) / len(counted) if counted else 0.0


def _header_columns(rows: Sequence[Row]) -> dict[str, int]:
    """Map fields to 1-based columns; the first of two unit columns leads, the second assists.

    `牵头单位 | 责任单位` names the lead unit and the units that share the work; the same
    words repeated (a merged cell copied into each column) stay one column.
    """
    columns: dict[str, int] = {}
    names: dict[str, str] = {}
    for row in rows:
        for col, value in enumerate(row.values, start=1):
            name = header_field(value)
            if (
                name == "department"
                and name in columns
                and "co_department" not in columns
                and col != columns[name]
                and "".join(value.split()) != names[name]
            ):
                name = "co_department"
            if name is not None and name not in columns:
                columns[name] = col
                names[name] = "".join(value.split())
    return columns


def _repeats_header(columns: dict[str, int], seen: dict[str, int]) -> bool:
    """Return True when a row names only fields the header has, each in the header's column."""
    return len(columns) >= 2 and all(seen.get(name) == col for name, col in columns.items())


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """What a user says about tables they read (`parse --family/--columns/--unit`).

    `columns` maps a folded header text (or `#N` for column N) to a role; see
    `yiju.columns.parse_column_spec`.
    """

    family: str | None = None
    columns: Mapping[str, str] | None = None
    unit: str | None = None


def parse_tables(tables: Sequence[Table], options: ParseOptions | None = None) -> list[Form]:
    """Return one form per table, in order; a near-copy of an earlier sheet is not read twice.

    A workbook often holds a second sheet that repeats the first (`Sheet1 (2)`, a copy kept
    before editing). When at least nine in ten of a sheet's items repeat an earlier sheet's
    of the same file, it is left out and the earlier form carries an R05 finding naming it.
    """
    options = options or ParseOptions()
    forms: list[Form] = []
    for table in tables:
        form = parse_table(table, family=options.family, columns=options.columns, unit=options.unit)
        original = next((i for i, f in enumerate(forms) if _near_copy(form, f)), None)
        if original is None:
            forms.append(form)
            continue
        kept = forms[original]
        note = finding(
            "R05",
            say(
                "R05.copy",
                sheet=table.sheet,
                other=_sheet_of(kept),
                n=len(form.indicators),
                shared=_shared(form, kept),
            ),
            (f"sheet {table.sheet}",),
            SourceLocation(table.file, table.sheet),
        )
        forms[original] = replace(kept, findings=tuple(sorted((*kept.findings, note), key=Finding.sort_key)))
    return forms


def _sheet_of(form: Form) -> str:
    loc = next((i.location for i in form.indicators), None)
    return (loc.sheet if loc is not None else None) or "?"


def _item_keys(form: Form) -> list[tuple[str, str]]:
    return [(i.id, i.text) for i in form.indicators]


def _shared(form: Form, other: Form) -> int:
    theirs = set(_item_keys(other))
    return sum(1 for key in _item_keys(form) if key in theirs)


def _near_copy(form: Form, other: Form) -> bool:
    """Return True when nine in ten of `form`'s items repeat `other`'s (same file, two sheets)."""
    if form.file != other.file or not form.indicators or not other.indicators:
        return False
    if _sheet_of(form) == _sheet_of(other):
        return False
    return _shared(form, other) * 10 >= 9 * max(len(form.indicators), len(other.indicators))


def parse_table(
    table: Table,
    *,
    family: str | None = None,
    columns: Mapping[str, str] | None = None,
    unit: str | None = None,
) -> Form:
    """Return the form a table holds; odd rows become findings, never exceptions.

    The table's family (docs/families.md) is detected from its title and header words
    unless `family` names it. A performance-target form (the seed's family) is read by its
    anchors, ids `1-3-2`, weights and deadlines; every other family by the roles of its
    columns (`yiju.items`).

    Args:
        table: The rows of one sheet or text file.
        family: One of `yiju.families.FAMILY_IDS`, or None to detect it.
        columns: Column roles given by the user (`--columns`): folded header text → role.
        unit: The organisation, when the caller knows it (`--unit`).
    """
    table = simplified_table(table)
    detected, header = detect_table_family(table)
    chosen = family or detected
    if header is None and family is None and any(header_score(r.values) >= 3 for r in table.rows[:40]):
        chosen = "performance_form"
    if families.family(chosen).reader != "performance" or columns:
        form = parse_items(table, family_id=chosen, given=columns, unit=unit, header=header)
    else:
        form = _parse_performance(table)
        form = replace(
            form, unit=unit or form.unit, family=chosen, columns=_performance_columns(form, header)
        )
    # `以下简称《意见》` in one cell names the document `《意见》` cites in every other cell.
    return short_names.resolve(form, table)


def _performance_columns(form: Form, header: HeaderBlock | None) -> tuple[ColumnRole, ...]:
    """Return the column roles of a performance form as its header names them."""
    if header is None:
        return ()
    out: list[ColumnRole] = []
    for col, text in sorted(header.texts.items()):
        role = _PERFORMANCE_ROLES.get(header_field(text.split("/")[-1]) or "", "extra")
        out.append(ColumnRole(col, text, role, "alias" if role != "extra" else "content"))
    return tuple(out)


# The performance reader's fields as column roles: 一级指标 is the target level, 二级指标 the text.
_PERFORMANCE_ROLES = {
    "category": "category",
    "id": "id",
    "basis": "basis",
    "target": "level1",
    "indicator": "text",
    "weight": "weight",
    "deadline": "deadline",
    "leader": "leaders",
    "department": "departments",
    "co_department": "partners",
    "person": "people",
    "remark": "note",
}


def _parse_performance(table: Table) -> Form:
    """Return the performance-target form a table holds (the seed's family)."""
    state = _State(table=table)
    state.findings.extend(table.findings)
    rows = table.rows
    # Every row is tested for a (repeated) header: its cells are folded to simplified at once.
    scores = header_scores(row.values for row in rows)
    i = 0
    while i < len(rows):
        row = rows[i]
        if row.empty:
            i += 1
            continue
        header_seen = bool(state.columns)
        score = scores[i]
        if score >= 3:
            block = [row]
            if i + 1 < len(rows) and scores[i + 1] >= 2:
                block.append(rows[i + 1])
            columns = _header_columns(block)
            if "id" in columns or "indicator" in columns:
                state.columns = columns
                state.layouts.clear()
                for header_row in block:
                    state.ledger[header_row.number] = "header"
                i += len(block)
                continue
        if header_seen and score >= 2 and _repeats_header(_header_columns([row]), state.columns):
            # The first header row repeated on a page without the 序号 row under it.
            state.ledger[row.number] = "header"
            i += 1
            continue
        _error_cells(state, row)
        state.ledger[row.number] = _body_row(state, row) if header_seen else _metadata_row(state, row)
        i += 1
    return _finish(state)


def _error_cells(state: _State, row: Row) -> None:
    """Report error values (`#REF!`) in text tables; xlsx readers report their own."""
    if state.table.sheet is not None:
        return
    for col, value in enumerate(row.values, start=1):
        if pat.ERROR_VALUE.match(value):
            loc = state.loc(row, col)
            state.findings.append(
                finding(
                    "R02",
                    say("R02.line", row=row.number, col=col, value=value),
                    (f"line {row.number} column {col}",),
                    loc,
                )
            )


def _row_text(row: Row) -> str:
    return " | ".join(v for v in row.values if v)


def _not_understood(state: _State, row: Row, why: Said) -> str:
    text = _row_text(row)
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


def _iso_date(match: regex.Match[str]) -> str:
    return f"{match.group('y')}-{int(match.group('m')):02d}-{int(match.group('d')):02d}"


def _metadata_row(state: _State, row: Row) -> str:
    """Read a row above the header (title, unit, date); return its role in the ledger."""
    text = " ".join(v for v in row.values if v)
    if pat.ATTACHMENT.match("".join(text.split())):
        return "attachment label"
    unit = pat.FORM_UNIT.search(text)
    if unit is not None and state.unit is None:
        state.unit = clean_name(unit.group("unit"))
        # `填报单位：X          填报日期：2021年8月10日`: the date shares the unit's line.
        date = pat.FORM_DATE.search(text, unit.end("unit"))
        if date is not None and state.date is None:
            state.date = _iso_date(date)
            if state.year is None:
                state.year = int(date.group("y"))
            return "unit, date"
        return "unit"
    date = pat.FORM_DATE.search(text)
    if date is not None and state.date is None and len(text) <= 20:
        state.date = _iso_date(date)
        if state.year is None:
            state.year = int(date.group("y"))
        return "date"
    has_words = pat.TITLE_WORDS.search(text) is not None
    replaces = state.title is not None and has_words and not state.title_has_words
    if (state.title is None and (has_words or len(row.values) == 1 or len(text) >= 8)) or replaces:
        if replaces and state.title_row is not None:
            # A heading chosen as the title before the line that names the form.
            state.ledger[state.title_row] = "heading"
        state.title, state.title_row, state.title_has_words = "".join(text.split()), row.number, has_words
        year = pat.FORM_YEAR.search(text)
        if year is not None:
            state.year = int(year.group("y"))
        return "title"
    return _not_understood(state, row, say("R03.before_header"))


def _find_id(values: Sequence[str], columns: dict[str, int], *, plain: bool = True) -> tuple[int, str] | None:
    """Return the 1-based column and the id of the row's id cell, preferring the header's column.

    A bare number (`1`) is an id only in the header's column. Elsewhere, an id-shaped cell is
    taken only near that column (PDF text shifts cells by one or two) and not past the first
    text column: `12-31` in a deadline column is a date, not target 12-31. The id may sit *in*
    the first text column, where the seed's vertical labels push it (`科学行政（6分） | 4-1`).
    """
    expected = columns.get("id", 2)
    if 0 < expected <= len(values):
        ident = _normal_id(values[expected - 1], plain=plain)
        if ident is not None and ("-" in ident or _plain_id_row(values, expected)):
            return expected, ident
    texts = [columns[f] for f in ("basis", "target", "indicator") if columns.get(f, 0) > expected]
    last = min([expected + 2, *texts])
    for col in range(max(1, expected - 2), min(last, len(values)) + 1):
        ident = _normal_id(values[col - 1]) if col != expected else None
        if ident is not None:
            return col, ident
    return None


def _plain_id_row(values: Sequence[str], col: int) -> bool:
    """Return True when a bare number in the id column numbers a row of work.

    A total (`合计 | 70`), a page number on a line of its own, or a line of the score block
    (`总分 | 95 | 档次`, `职能工作目标 | 68 | A+ | 70`) is not a row of work.
    """
    before = ("".join(v.split()) for v in values[: col - 1])
    if any(v in _SCORE_WORDS for v in values if v) and not any(len(v) > 8 for v in values):
        return False
    return any(values[col:]) and not any(pat.FORM_TOTAL.search(v) for v in before if v)


def _body_row(state: _State, row: Row) -> str:
    """Read a row below a header; return its role in the ledger."""
    values = row.values
    # Bare numbers are ids only in a form that numbers its rows so (a 分工方案); once a form
    # has shown dashed ids (1-3-1), a bare number is a score, a count or a page.
    found = _find_id(values, state.columns, plain=not state.dashed_ids)
    if found is None:
        return _non_indicator_row(state, row)
    id_col, ident = found
    parts = ident.split("-")
    prefix = parts[0]
    if len(parts) == 1:
        if state.section is not None:
            number, title = state.section
            ident = prefix = f"{number}.{ident}"
            parts = [ident]
            state.section_groups[prefix] = title
        state.plain_prefixes.add(prefix)
    else:
        state.dashed_ids = True
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


def named_target_column(state: _State, id_col: int) -> int | None:
    """Return the header's 一级指标 column on a row whose id sits in `id_col`."""
    cols = state.columns
    if "target" not in cols:
        return None
    return cols["target"] + id_col - cols.get("id", id_col)


def _record_label(state: _State, prefix: str, label: str, row: Row) -> None:
    category, group, _ = _label(label)
    if category is None and group is None and _own_group(label) is None:
        _not_understood(state, row, say("R03.label", label=label))
        return
    state.labels.setdefault(prefix, []).append(label)


@lru_cache(maxsize=1024)
def _own_group(label: str) -> str | None:
    """Return a form's own group name in its category column (`共性目标`), or None.

    Another city's form names its groups its own way; a short name of Han characters ending
    like a group (目标, 指标, 工作, 任务 …) is that form's group, its own category too.
    """
    squeezed = "".join(POINTS.sub("", label).split())
    if 2 <= len(squeezed) <= 12 and pat.HAN_ONLY.fullmatch(squeezed) and squeezed.endswith(_GROUP_ENDINGS):
        return squeezed
    return None


# How the names of groups end (重点工作目标, 共性目标, 党建工作, 专项任务, 加分指标).
_GROUP_ENDINGS = ("目标", "指标", "工作", "任务", "事项", "项目")


def _non_indicator_row(state: _State, row: Row) -> str:
    """Read a body row without an id; return its role in the ledger."""
    values = [v for v in row.values if v]
    first = "".join(values[0].split()) if values else ""
    section = pat.SECTION_HEADING.match(first) if len(values) == 1 else None
    if section is not None and not state.dashed_ids:
        # `一、安全生产` above rows numbered 1, 2, … (a 分工方案 whose numbering restarts per
        # section): the rows below are 一.1, 一.2 and belong to this section.
        state.section = (section.group("number"), section.group("title"))
        return f"section {section.group('number')}"
    heads = [fold_width("".join(v.split())) for v in values[:2]]
    inline = [m for h in heads if (m := pat.TOTAL_INLINE.match(h)) is not None]
    if pat.FORM_TOTAL.search(first) or inline or any(pat.FORM_TOTAL.search(h) for h in heads):
        numbers = [n for v in values if (n := _number(v)) is not None]
        numbers.extend(float(m.group("n")) for m in inline)
        if not numbers:
            return _not_understood(state, row, say("R03.total_no_number"))
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
    if (
        len(values) == 1
        and len("".join(joined.split())) <= 4
        and pat.HAN_ONLY.fullmatch(joined)
        and _is_label_piece(joined)
    ):
        state.pending_labels.append(joined)
        return "label"
    notes = pat.FORM_NOTES.match(joined)
    if notes is not None:
        state.notes = joined[notes.end() :].strip()
        return "notes"
    # A signature line starts with its first `role：name` pair; scanning a long row of text
    # for pairs first cost 0.5 ms a row (issue 14), so the start is tested on its own.
    pairs = list(pat.SIGNATURE_PAIR.finditer(joined)) if pat.SIGNATURE_PAIR.match(joined) else []
    if pairs:
        for pair in pairs:
            role, name = pair.group("role"), pair.group("name")
            date = pat.FORM_DATE.search(name) if role == "日期" else None
            if date is not None:
                name = _iso_date(date)
            state.signature[role] = name
        return "signature"
    if any(pat.ERROR_VALUE.match(v) for v in values) and all(
        pat.ERROR_VALUE.match(v) or v in _SCORE_WORDS for v in values
    ):
        return "score block (R02)"  # each error cell is a finding of its own
    # Score words first: folding every cell to test for numbers is the dear part (issue 14).
    if (
        any(v in _SCORE_WORDS for v in values)
        and any(_number(v) is not None for v in values)
        and all(v in _SCORE_WORDS or _number(v) is not None for v in values)
    ):
        return "score block"  # 总分 | 95 | 档次: the form's own scoring, filled in
    return _not_understood(state, row, say("R03.no_id"))


def _category_of_prefix(state: _State, prefix: str | None) -> str:
    if prefix is None:
        return _UNCATEGORISED
    return _group_of_prefix(state, prefix)[0]


def _group_of_prefix(state: _State, prefix: str) -> tuple[str, str]:
    """Return (category, group) for an id prefix from the labels seen on its rows.

    Without a label, the default numbering of this form family applies to dashed ids only:
    rows 1, 2, 3 of a 分工方案 are not 重点, 常规 and 动态 targets.
    """
    if prefix in state.section_groups:
        title = state.section_groups[prefix]
        return title, title
    category: str | None = None
    group: str | None = None
    for label in state.labels.get(prefix, []):
        cat, grp, _ = _label(label)
        if grp is not None and not grp.startswith("…"):
            group = grp
        if cat is not None:
            category = cat
    if group is None and category is None:
        own = next((g for label in state.labels.get(prefix, []) if (g := _own_group(label))), None)
        if own is not None:
            return own, own
    if group is None and prefix not in state.plain_prefixes:
        default = _DEFAULT_GROUP_BY_PREFIX.get(prefix)
        if default is not None and (category is None or GROUPS[default] == category):
            group = default
    if group is not None:
        return GROUPS.get(group, category or _UNCATEGORISED), group
    return category or _UNCATEGORISED, category or _UNCATEGORISED


def _deadline_like(text: str) -> bool:
    return bool(text) and (pat.DEADLINE.match(text) is not None or pat.ISO_DATE.match(text) is not None)


def _anchor_columns(state: _State, values: Sequence[str], id_col: int) -> tuple[int | None, int | None]:
    """Return the 1-based columns of the weight and the deadline on this row."""
    cols = state.columns
    shift = id_col - cols.get("id", id_col)
    expected_weight = cols["weight"] + shift if "weight" in cols else None
    expected_deadline = cols["deadline"] + shift if "deadline" in cols else None

    def cell(col: int | None) -> str:
        return values[col - 1] if col is not None and 0 < col <= len(values) else ""

    if expected_weight is not None:
        if _number(cell(expected_weight)) is not None:
            return expected_weight, expected_deadline
        if cell(expected_weight) and _deadline_like(cell(expected_deadline)):
            # The row is where the header says but its weight is not a number (`两分`): keep
            # the layout and let the caller report the weight, rather than realign on a stray
            # number.
            return expected_weight, expected_deadline
        # Shifted: the weight is the number right before a deadline-like cell.
        for col in range(id_col + 1, len(values) + 1):
            if _number(cell(col)) is not None and _deadline_like(cell(col + 1)):
                return col, col + 1
        for col in range(id_col + 1, len(values) + 1):
            if _number(cell(col)) is not None:
                return col, col + 1
    if expected_deadline is None or _deadline_like(cell(expected_deadline)):
        return None, expected_deadline
    # No weight to anchor on: a shifted row's deadline is wherever a deadline-like cell is
    # (`1-1-2 | 二级A2 | | 12月 | 张三 …`), not in the column the header expects.
    for col in range(id_col + 1, len(values) + 1):
        if _deadline_like(cell(col)):
            return None, col
    return None, expected_deadline


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where a row's texts and owners are: the header's text columns on it (or {} and the
    columns to read by content), and each owner field's column (0 when off the row)."""

    named: Mapping[str, int]
    text_cols: tuple[int, ...]
    owners: tuple[tuple[str, int], ...]


def _row_layout(state: _State, width: int, id_col: int, anchors: tuple[int | None, int | None]) -> _Layout:
    """Return the layout of a row of `width` cells with its id and anchors in these columns."""
    named, text_cols = _text_columns(state, width, id_col, anchors)
    cols = state.columns
    owner_fields = [f for f in ("leader", "department", "co_department", "person", "remark") if f in cols]
    weight_col, deadline_col = anchors
    anchor = deadline_col if deadline_col is not None else weight_col
    if anchor is not None and "deadline" in cols:
        base = cols["deadline"]
        places = [(f, anchor + (cols[f] - base)) for f in owner_fields]
    else:
        shift = id_col - cols.get("id", id_col)
        places = [(f, cols[f] + shift) for f in owner_fields]
    return _Layout(named, tuple(text_cols), tuple((f, col if 0 < col <= width else 0) for f, col in places))


def _text_columns(
    state: _State, width: int, id_col: int, anchors: tuple[int | None, int | None]
) -> tuple[dict[str, int], list[int]]:
    """Return the header's text columns on this row, or {} and the columns to read by content.

    The header explains a row when its anchors (weight, deadline) are where the header puts
    them after the id's shift; its texts are then in the header's 文件依据, 一级指标 and
    二级指标 columns, wherever those lie (after the weight in some tables) and however many
    owner columns sit between. Otherwise the cells were shifted within the row (the seed's
    1-12-2) and everything between the id and the first anchor is text, assigned by content.
    """
    cols = state.columns
    shift = id_col - cols.get("id", id_col)
    weight_col, deadline_col = anchors
    expected_weight = cols["weight"] + shift if "weight" in cols else None
    expected_deadline = cols["deadline"] + shift if "deadline" in cols else None
    explained = (weight_col is None or weight_col == expected_weight) and (
        deadline_col is None or deadline_col == expected_deadline
    )
    named: dict[str, int] = {f: cols[f] + shift for f in ("basis", "target", "indicator") if f in cols}
    if explained and named:
        return named, sorted(c for c in named.values() if 0 < c <= width)
    end = (weight_col or deadline_col or (width + 1)) - 1
    return {}, [c for c in range(id_col + 1, end + 1) if 0 < c <= width]


def _indicator_row(state: _State, row: Row, ident: str, id_col: int) -> None:
    values = row.values
    weight_col, deadline_col = _anchor_columns(state, values, id_col)
    parts = ident.split("-")
    childless = len(parts) <= 2
    target_id = ident if childless else "-".join(parts[:2])
    layout = state.layout(len(values), id_col, (weight_col, deadline_col))
    named, text_cols = layout.named, layout.text_cols
    texts = {c: values[c - 1] for c in text_cols}
    # Labels in the text area (an xlsx may put the group label in the 文件依据 column). A
    # childless target whose only text names a group (`3-2 | | 依法行政（5分）`, another
    # city's 行政能力 rows) keeps it as its text too.
    nonempty = [(c, v) for c, v in texts.items() if v]
    labels = [c for c, v in nonempty if _is_label(v)]  # nearly always none
    if labels:
        filled = [c for c, _ in nonempty]
        for c in labels:
            if not (childless and filled == [c] and c == named_target_column(state, id_col)):
                _record_label(state, parts[0], texts[c], row)
                texts[c] = ""
        nonempty = [(c, v) for c, v in texts.items() if v]
    basis_text = target_text = indicator_text = ""
    basis_col = target_col = indicator_col = None
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
    elif named:
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
                _not_understood(state, row, say("R03.extra_text", c=c))
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
            _not_understood(state, row, say("R03.second_text", target=target_id))
        if basis_text and not draft.basis_text:
            draft.basis_text, draft.basis_column = basis_text, basis_col
        draft.hidden = draft.hidden and row.hidden
    owners = {f: values[col - 1] if col else "" for f, col in layout.owners}
    weight_text = values[weight_col - 1] if weight_col and weight_col <= len(values) else ""
    deadline_text = values[deadline_col - 1] if deadline_col and deadline_col <= len(values) else ""
    # A ditto mark (`"`, `〃`, 同上) repeats the row above: the same leader, owners, deadline.
    previous = state.rows[-1] if state.rows else None
    for field_name, value in owners.items():
        if value.strip() in _DITTO and previous is not None:
            owners[field_name] = previous.owners.get(field_name, "")
    if deadline_text.strip() in _DITTO and previous is not None:
        deadline_text = previous.deadline
    state.rows.append(
        _RowDraft(row, draft, ident, indicator_text, indicator_col, weight_text, deadline_text, owners)
    )


class _Owners(NamedTuple):
    """The names an indicator's owner cells give (see `_owners`)."""

    leader: str | None
    leaders: tuple[str, ...]
    departments: tuple[str, ...]
    partners: tuple[str, ...]
    people: tuple[str, ...]
    assignments: tuple[Assignment, ...]


def _owners(leader: str, department: str, co_department: str, person: str) -> _Owners:
    """Return the names of an indicator's owner cells: leaders, units (lead units first, then
    the partners among them), partners, people, and who of them work together."""
    leaders = split_names(leader)
    leads = split_names(department)
    departments = leads + split_names(co_department)
    people = split_names(person)
    return _Owners(
        "、".join(leaders) or None,
        leaders,
        departments,
        tuple(p for p in split_names(co_department) if p not in departments[:1]),
        people,
        _assignments(leads, people),
    )


def _owner_names() -> Callable[[str, str, str, str], _Owners]:
    """Return `_owners` memoised for one form: the rows of one owner repeat the same cells."""
    return lru_cache(maxsize=None)(_owners)


def _assignments(departments: tuple[str, ...], people: tuple[str, ...]) -> tuple[Assignment, ...]:
    """Pair the n-th person with the n-th department when the counts match.

    One department's several people all belong to it; any other mismatch pairs nobody.
    """
    if len(departments) == len(people):
        return tuple(Assignment(d, p) for d, p in zip(departments, people, strict=True))
    if len(departments) == 1:
        return tuple(Assignment(departments[0], p) for p in people)
    # One person over several departments is not paired: which department they belong to
    # is unknown, and pairing them with each would invent memberships.
    return tuple(Assignment(d, None) for d in departments) + tuple(Assignment(None, p) for p in people)


def _citations_findings(state: _State, text: str, loc: SourceLocation, subject: str) -> None:
    for bad in _extract(text).unparsed:
        state.findings.append(
            finding(
                "R04",
                say("R04.unparsed", subject=subject, text=bad.text, reason=citation_reason(bad.reason)),
                (subject,),
                SourceLocation(loc.file, loc.sheet, loc.row, loc.column, bad.span),
            )
        )


def _finish(state: _State) -> Form:
    targets: list[Target] = []
    built: dict[str, Target] = {}
    # The labels are all read: each id prefix's group is worked out once, not once a target.
    prefixes = dict.fromkeys(draft.prefix for draft in state.targets.values())
    groups = {prefix: _group_of_prefix(state, prefix) for prefix in prefixes}
    for draft in state.targets.values():
        category, group = groups[draft.prefix]
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
        target = records.target(
            draft.id, category, group, text, draft.raw_text, points, (*basis,), inline, text_loc, draft.hidden
        )
        targets.append(target)
        built[draft.id] = target
    indicators: list[Indicator] = []
    # A target's 文件依据 as one line, joined once for all its indicators.
    basis_lines = {
        draft.id: "".join(line.strip() for line in draft.basis_text.split("\n")) or None
        for draft in state.targets.values()
    }
    owners_of = _owner_names()
    for rd in state.rows:
        row, draft, owners, weight_text = rd.row, rd.target, rd.owners, rd.weight
        target = built[draft.id]
        names = owners_of(
            owners.get("leader", ""),
            owners.get("department", ""),
            owners.get("co_department", ""),
            owners.get("person", ""),
        )
        weight = _number(weight_text) if weight_text else None
        if weight_text and weight is None:
            _not_understood(state, row, say("R03.weight", weight=weight_text))
        indicators.append(
            records.indicator(
                id=rd.id,
                target=draft.id,
                category=target.category,
                group=target.group,
                text=_cut_citation_tail(rd.text)[0] if draft.childless else rd.text,
                weight=weight,
                deadline=_deadline(rd.deadline),
                leader=names.leader,
                departments=names.departments,
                people=names.people,
                assignments=names.assignments,
                hidden=row.hidden,
                location=state.loc(row, rd.text_column),
                leaders=names.leaders,
                partners=names.partners,
                levels=(target.text,) if not draft.childless and target.text else (),
                section=draft.prefix,
                note=owners.get("remark") or None,
                basis_text=basis_lines[draft.id],
            )
        )
    categories: list[str] = []
    for t in targets:
        if t.category not in categories:
            categories.append(t.category)
    sections: dict[str, Section] = {}
    for draft in state.targets.values():
        if draft.prefix not in sections and not draft.hidden:
            group = groups[draft.prefix][1]
            sections[draft.prefix] = Section(draft.prefix, group, state.loc(draft.row))
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
        group_points=_group_points(state),
        sections=tuple(sections.values()),
    )


def _group_points(state: _State) -> dict[str, float]:
    """Return the points each group's label declares (`科学行政（6分）`, the split `政 (6 分)`)."""
    points: dict[str, float] = {}
    for prefix, labels in state.labels.items():
        for label in labels:
            _, group, declared = _label(label)
            if declared is None or group is None:
                continue
            if group.startswith("…"):
                # A fragment names the end of its block's group (`…政` of 廉洁行政).
                resolved = _group_of_prefix(state, prefix)[1]
                if resolved not in GROUPS or not resolved.endswith(group[1:]):
                    continue
                group = resolved
            points[group] = declared
    return points
