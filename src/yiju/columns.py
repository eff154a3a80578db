"""Column roles: which column of a table holds what, from its header and from its content.

A header cell names its role by an alias (`families.header_role`, data in
`data/families.toml`). Where a header is unknown, or the table has no header row at all (an
export whose first row is data), a column's role is read from its cells: a column of short
sequential integers numbers the rows, a column of person names holds leaders, one of organ
names (…局, …办, …中心) units, one of months and dates deadlines, the longest prose is the
work itself. A user's `--columns 项目名称=text,包联领导=leaders` overrides both. Every
decision is kept with how it was made (`alias`, `content`, `given`) so `parse` can show it.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from yiju import patterns as pat
from yiju.families import (
    GENERIC_ROLES,
    HIERARCHY_FAMILIES,
    LEVEL_ROLES,
    fold_header,
    header_role,
    header_words,
    role_by_ending,
)
from yiju.models import ColumnRole
from yiju.normalize import fold_width
from yiju.owners import is_organ, is_person_name, split_people, split_units

if TYPE_CHECKING:
    from yiju.readers.table import Row

__all__ = ["HeaderBlock", "assign_roles", "content_role", "find_header", "parse_column_spec", "table_roles"]

# A header row is found among the first rows of a table.
_SCAN = 40
# Shares of a column's non-empty cells that decide a content role.
_SHARE = 0.7
_SAMPLE = 300


@dataclass(frozen=True, slots=True)
class HeaderBlock:
    """The header rows of a table (indexes into its rows) and each column's header text."""

    first: int
    last: int
    texts: Mapping[int, str]


def table_roles(rows: Sequence[Row]) -> set[str]:
    """Return the roles the columns of a table's rows take (header aliases, else content)."""
    header = find_header(rows)
    width = max((len(r.values) for r in rows), default=0)
    if header is not None:
        body = [r.values for r in rows[header.last + 1 :] if not r.empty]
        columns = assign_roles(header.texts, body, width, None)
    else:
        body = [r.values for r in rows if len({v for v in r.values if v}) >= 2]
        if len(body) < 2:
            return set()
        columns = assign_roles({}, body, width, None)
    return {c.role for c in columns}


def _alias_hits(values: Sequence[str]) -> int:
    return len({r for v in values if v and (r := header_role(v)) is not None})


def _is_header_row(values: Sequence[str]) -> bool:
    """Return True for a row of header words: two roles, and a third of its cells known words.

    Known words are role aliases and the families' own header words (总投资, 建设性质 …).
    """
    # Each distinct cell's role once, and the rest only for a row naming two roles: every body
    # row is asked (`is_repeated_header`), and folding each cell three times was a quarter of
    # parsing a 2,000-row list.
    roles = {v: header_role(v) for v in values if v}
    if len({r for r in roles.values() if r is not None}) < 2:
        return False
    known = sum(1 for v, r in roles.items() if r is not None or fold_header(v) in header_words())
    return known * 3 >= len(roles)


def find_header(rows: Sequence[Row], merged: Sequence[tuple[int, int, int, int]] = ()) -> HeaderBlock | None:
    """Return the header block of a table, or None when no early row names two roles.

    A second header row under the first is taken when it names roles too or only fills
    the columns under a merged group (`二季度工作计划` over `工作内容及形象进度 | 投资`); the
    group's words then lead its columns' texts (`二季度工作计划/投资`).
    """
    for index, row in enumerate(rows[:_SCAN]):
        if not _is_header_row(row.values):
            continue
        last = index
        while last + 1 < len(rows) and last - index < 2 and _continues_header(rows[index], rows[last + 1]):
            last += 1
        return HeaderBlock(index, last, _header_texts(rows[index : last + 1], merged))
    return None


def is_repeated_header(values: Sequence[str]) -> bool:
    """Return True for a body row that repeats a header (a page's header in text from a PDF)."""
    return _is_header_row(values)


def _continues_header(top: Row, below: Row) -> bool:
    values = below.values
    nonempty = [(c, v) for c, v in enumerate(values, start=1) if v]
    if not nonempty or any(len(v) > 16 or pat.PLAIN_NUMBER.match(fold_width(v)) for _, v in nonempty):
        return False
    if any(pat.NUMBERING.match(v) for _, v in nonempty):
        return False
    if _alias_hits(values) >= 1 and all(header_role(v) is not None or not top.value(c) for c, v in nonempty):
        return True
    # Only under the empty continuation of a merged group cell: `| 工作内容及形象进度 | 投资 |`.
    return all(not top.value(c) or (c + 1 <= len(values) and not top.value(c + 1)) for c, _ in nonempty)


def _header_texts(block: Sequence[Row], merged: Sequence[tuple[int, int, int, int]]) -> dict[int, str]:
    """Return each column's header text, a merged group's words carried over its columns."""
    width = max(len(r.values) for r in block)
    grid = [[r.value(c) for c in range(1, width + 1)] for r in block]
    numbers = [r.number for r in block]
    for r1, c1, _r2, c2 in merged:
        if r1 in numbers and c2 > c1:
            i = numbers.index(r1)
            value = grid[i][c1 - 1]
            for c in range(c1 + 1, min(c2, width) + 1):
                if not grid[i][c - 1]:
                    grid[i][c - 1] = value
    if len(grid) > 1:
        # Text flattened from a merged group: the group's words stand over its first column
        # only; the columns to its right that have words under them share it.
        top = grid[0]
        for c in range(1, width):
            if not top[c] and top[c - 1] and any(g[c] for g in grid[1:]) and any(g[c - 1] for g in grid[1:]):
                top[c] = top[c - 1]
    texts: dict[int, str] = {}
    for c in range(width):
        parts: list[str] = []
        for g in grid:
            folded = fold_header(g[c])
            if folded and folded not in parts:
                parts.append(folded)
        if parts:
            texts[c + 1] = "/".join(parts)
    return texts


def _header_role(text: str, family_id: str | None) -> str | None:
    """Return the role of a (possibly two-level, `组/子`) header text: the deepest part first."""
    for part in reversed(text.split("/")):
        role = header_role(part, family_id)
        if role is not None:
            return role
    return role_by_ending(text.rsplit("/", maxsplit=1)[-1])


def content_role(values: Sequence[str]) -> str | None:
    """Return the role a column's cells suggest, or None.

    >>> content_role(["1", "2", "3", "4"])
    'id'
    >>> content_role(["张伟", "李  军\\n王平", "刘洋"])
    'leaders'
    >>> content_role(["区发改局", "区财政局、区住建局", "东街街道办"])
    'departments'
    >>> content_role(["2021年6月底前", "全年", "长期坚持"])
    'deadline'
    """
    cells = [v for v in values if v][:_SAMPLE]
    if not cells:
        return None
    n = len(cells)

    def share(test: Any) -> float:
        return sum(1 for v in cells if test(v)) / n

    folded = [fold_width(v).strip() for v in cells]
    if all(pat.SEQUENCE_NUMBER.match(v) for v in folded):
        ints = [int(v.rstrip(".．、")) for v in folded]
        steps = sum(1 for a, b in itertools.pairwise(ints) if b == a + 1)
        if n >= 2 and ints[0] <= 2 and steps >= 0.6 * (n - 1):
            return "id"
    if share(lambda v: pat.NATURE_WORD.match(v.strip()) is not None) >= _SHARE:
        return "nature"
    if share(lambda v: pat.INDICATOR_LEVEL_CELL.match("".join(v.split())) is not None) >= _SHARE:
        return "level1"  # `产出指标`, `数量指标`: the next such column is the next level (`_NEXT`)
    if share(lambda v: pat.TARGET_VALUE_CELL.match(fold_width(v.strip())) is not None) >= _SHARE:
        return "target_value"
    if all(pat.PLAIN_NUMBER.match(v.replace(" ", "")) for v in folded):
        # Before deadlines: a column of 4-digit amounts (5233) is money, not years.
        numbers = [float(v.replace(",", "").replace(" ", "")) for v in folded]
        return "weight" if max(abs(x) for x in numbers) <= 20 and n >= 2 else "extra"
    if share(_deadline_like) >= _SHARE:
        return "deadline"
    if share(_people_cell) >= _SHARE:
        return "leaders"
    if share(_units_cell) >= _SHARE:
        return "departments"
    lengths = [len(v) for v in cells]
    if sum(lengths) / n >= 8:
        return "text"
    return None


def _deadline_like(value: str) -> bool:
    text = fold_width("".join(value.split()))
    return bool(text) and (
        pat.TASK_DEADLINE.match(text) is not None
        or pat.DEADLINE.match(text) is not None
        or pat.ISO_DATE.match(value.strip()) is not None
    )


def _people_cell(value: str) -> bool:
    names = split_people(value)
    return bool(names) and len(names) <= 4 and all(is_person_name(n) for n in names)


def _units_cell(value: str) -> bool:
    units = split_units(value)
    return bool(units) and all(is_organ(u) for u in units)


def parse_column_spec(spec: str) -> dict[str, str]:
    """Return `{header: role}` from `项目名称=text,包联领导=leaders` (headers folded).

    Raises:
        ValueError: For a piece without `=` or an unknown role.
    """
    out: dict[str, str] = {}
    for piece in (p.strip() for p in spec.replace("，", ",").split(",")):
        if not piece:
            continue
        header, sep, role = piece.partition("=")
        role = role.strip()
        if not sep or not header.strip():
            raise ValueError(f"「{piece}」应写成 表头=角色（如 项目名称=text）")
        if role not in GENERIC_ROLES and role not in LEVEL_ROLES:
            raise ValueError(f"未知的列角色「{role}」；可用：{', '.join(GENERIC_ROLES)}")
        out[fold_header(header)] = role
    return out


def assign_roles(
    headers: Mapping[int, str],
    body: Sequence[Sequence[str]],
    width: int,
    family_id: str | None,
    given: Mapping[str, str] | None = None,
) -> tuple[ColumnRole, ...]:
    """Return every column's role, from `given`, the header's aliases, then content.

    Args:
        headers: 1-based column → folded header text (columns without one are absent).
        body: The body rows' cell texts, for content detection.
        width: The number of columns.
        family_id: The table's family (its own aliases win over shared ones).
        given: Folded header text (or `#3` for column 3) → role, from `--columns`.
    """
    given = given or {}
    headers = _flattened_group(headers, body, width, family_id)
    chosen: dict[int, tuple[str, str]] = {}
    for col in range(1, width + 1):
        text = headers.get(col, "")
        role = given.get(text) if text else None
        role = role or given.get(f"#{col}")
        if role is not None:
            chosen[col] = (_level_role(role, col, headers, given), "given")
            continue
        if text:
            found = _header_role(text, family_id)
            if found is not None:
                chosen[col] = (found, "alias")
            elif any(part in header_words() for part in text.split("/")):
                # A family's own word for data (总投资, 层次, 建设性质): kept as extra, never
                # guessed from content (`省重点` reads like a name).
                chosen[col] = ("extra", "alias")
    columns_values = {c: [r[c - 1] if c <= len(r) else "" for r in body] for c in range(1, width + 1)}
    _shared_headers(chosen, headers, columns_values)
    taken = {role for role, _ in chosen.values()}
    headerless = not headers
    if headerless:
        # With no header to say so, a total (`合计 | … | 100`) ends the columns' content: the
        # rows under it (`评价结论 | …`, `存在问题 | 暂无`) are the form's footer.
        columns_values = _above_total(body, columns_values)
    for col in range(1, width + 1):
        if col in chosen:
            continue
        values = columns_values[col]
        if not any(values):
            continue
        role = _fill(content_role(values), taken, headerless=headerless)
        if role == "text" and not headerless and _one_label(values):
            # `本年度绩效指标` merged down beside a whole indicator block: a label, no item's text.
            role = "extra"
        chosen[col] = (role, "content")
        taken.add(role)
    if headerless and "level1" in taken:
        _indicators_beside_levels(chosen, columns_values)
    settled = _project_over_levels(
        _leaf_text(_settle(chosen, headers), columns_values, family_id), columns_values, family_id
    )
    return _category_text(_group_over_numbered_rows(settled, columns_values, family_id), columns_values)


# Roles a header cell spread over several columns may name for one of them only.
_SPREAD_ROLES = frozenset({"text", "detail", "category", *LEVEL_ROLES})


def _shared_headers(
    chosen: dict[int, tuple[str, str]], headers: Mapping[int, str], values: Mapping[int, Sequence[str]]
) -> None:
    """Tell apart the columns under one header cell merged across them, by their content.

    `指标` over `政策保障工作 | 制定…政策措施`, `考核条目` over `区政府重点工作 | 1`, `考核细则` over
    `上报…实施方案 | 未报扣10分`: the alias names one column, the others are what their cells
    show. A column of sequence numbers is the id; of the rest, the one with the most distinct
    cells (the longest, on a tie) takes the role; one to its left is a level above it (a
    category for a category header), one to its right is kept as extra.
    """
    cols = sorted(chosen)
    groups: list[list[int]] = []
    for col in cols:
        role, how = chosen[col]
        if how != "alias" or role not in _SPREAD_ROLES:
            continue
        if groups and groups[-1][-1] == col - 1 and headers.get(col - 1) == headers.get(col):
            groups[-1].append(col)
        else:
            groups.append([col])
    has_id = any(role == "id" for role, _ in chosen.values())
    for group in (g for g in groups if len(g) >= 2):
        role = chosen[group[0]][0]
        rest: list[int] = []
        for col in group:
            if not has_id and _mostly_ids(values[col]):
                chosen[col] = ("id", "content")
                has_id = True
            elif any(values[col]):
                rest.append(col)
            else:
                del chosen[col]
        if not rest:
            continue

        def weight(col: int, group: Sequence[int] = group) -> tuple[int, float]:
            cells = _own_cells(values, col, group)
            return len(set(cells)), sum(len(v) for v in cells) / max(1, len(cells))

        # A column holding its left neighbour's text merged across on some rows and its own
        # words on others is that text's sub-items, never the holder (three sub-items under
        # one name do not outweigh the names).
        ids = next((values[c] for c, (r, _) in chosen.items() if r == "id"), None)
        subs = {c for c in rest if c - 1 in rest and _sub_items(values[c - 1], values[c], ids)}
        holder = max([c for c in rest if c not in subs] or rest, key=weight)
        for col in rest:
            if col < holder:
                chosen[col] = ("category" if role == "category" else "level1", "content")
            elif col > holder:
                sub = role == "text" and _sub_items(values[holder], values[col], ids)
                chosen[col] = ("detail" if sub else "extra", "content")


def _own_cells(values: Mapping[int, Sequence[str]], col: int, group: Sequence[int]) -> list[str]:
    """Return a grouped column's cells that are its own: not the left column's text merged across.

    `省重点民生实事项目名称` over two columns: a project's name merged across both on most rows
    reads twice; the second column's own cells are the sub-items written where the name is not.
    """
    left = values.get(col - 1) if col - 1 in group else None
    column = values[col]
    return [v for k, v in enumerate(column) if v and (left is None or k >= len(left) or v != left[k])]


def _sub_items(text: Sequence[str], column: Sequence[str], ids: Sequence[str] | None) -> bool:
    """Return True for a column right of the text under its header whose cells are the text merged
    across on some rows and, on others, words of their own under one number: the sub-items of
    that row's work (`9 | 深化…改革` merged down over `完成在职参保人数6300人`, `完成征缴基金10000万元`).

    Rows numbered one by one (`E1`, `E2` beside a group merged down) are items of their own.
    """
    if ids is None:
        return False
    rows = [k for k, b in enumerate(column) if b]
    own = [ids[k] if k < len(ids) else "" for k in rows if k >= len(text) or text[k] != column[k]]
    merged = len(own) < len(rows)
    return merged and bool(own) and (len(set(own)) < len(own) or not all(own))


def _flattened_group(
    headers: Mapping[int, str], body: Sequence[Sequence[str]], width: int, family_id: str | None
) -> Mapping[int, str]:
    """Give an unnamed column the header of the text or level column on its left.

    `指标` merged over two columns, saved as text: the header row writes `指标` and leaves the
    next cell empty though the column below it holds the indicators. `_shared_headers` then
    tells the two apart by their content. Only for the roles a merged header spreads over.
    """
    if not headers:
        return headers
    out = dict(headers)
    for col in range(2, width + 1):
        left = out.get(col - 1, "")
        if col in out or not left or _header_role(left, family_id) not in _SPREAD_ROLES:
            continue
        if any(col <= len(r) and r[col - 1] for r in body):
            out[col] = left
    return out


def _one_label(values: Sequence[str]) -> bool:
    """Return True for a column holding one text on every row (a label merged down the table)."""
    cells = [v for v in values if v]
    return len(cells) >= 3 and len(set(cells)) == 1


def _mostly_ids(values: Sequence[str]) -> bool:
    """Return True for a column of row numbers, a notes row's text in one of its cells aside."""
    cells = [v for v in values if v]
    numbers = [v for v in cells if pat.SEQUENCE_NUMBER.match(fold_width(v).strip())]
    return len(numbers) >= 2 and len(numbers) >= 0.8 * len(cells) and content_role(numbers) == "id"


def _repeats(values: Sequence[str], beside: Sequence[str] | None = None) -> float:
    """Return the share of a column's non-empty cells that repeat the cell above (a merged group).

    With `beside` (the column the rows are read by), an empty cell under a value on a row whose
    `beside` cell is filled repeats it too: a merged cell flattened in a text copy is empty
    below its first row.
    """
    if beside is None:
        cells = [v for v in values if v]
        same = sum(1 for a, b in itertools.pairwise(cells) if a == b)
        return same / len(cells) if cells else 0.0
    rows = [(v, b) for v, b in zip(values, beside, strict=False) if b]
    same = 0
    seen = False
    for k, (value, _) in enumerate(rows):
        seen = seen or bool(value)
        if k and seen and (not value or value == rows[k - 1][0]):
            same += 1
    return same / len(rows) if rows else 0.0


def _leaf_text(
    columns: tuple[ColumnRole, ...], values: Mapping[int, Sequence[str]], family_id: str | None
) -> tuple[ColumnRole, ...]:
    """In an assessment or indicator table, make a text column merged over rows a level.

    `综合目标` merged down over the `目标要求` of each row (a hospital's scoring form): the
    targets are the rows, each with its own points and rule; `1.优化资源配置` is the level they
    sit under. A task list keeps its `重点任务` over `具体措施` reading (the task, its measures).
    """
    if family_id not in HIERARCHY_FAMILIES:
        return columns
    text = next((c for c in columns if c.role == "text"), None)
    detail = next((c for c in columns if c.role == "detail"), None)
    if text is None or detail is None or any(c.role in LEVEL_ROLES for c in columns):
        return columns
    if _repeats(values[text.column], values[detail.column]) < 0.3 or _repeats(values[detail.column]) > 0.1:
        return columns
    swap = {text.column: "level1", detail.column: "text"}
    return tuple(ColumnRole(c.column, c.header, swap.get(c.column, c.role), c.how) for c in columns)


def _project_over_levels(
    columns: tuple[ColumnRole, ...], values: Mapping[int, Sequence[str]], family_id: str | None
) -> tuple[ColumnRole, ...]:
    """In an assessment or indicator table, make a text merged down beside the levels their group.

    `项目名称` (`村组干部报酬`) merged down left of `一级指标 | 二级指标 | 三级指标`, whose 三级 cells
    differ row by row (a budget unit's projects, each with its indicators): the indicators are
    the items, the project the group they sit in (a section), the deepest level their text. A
    description merged down beside the project (`年度目标`) is the project's, kept as extra.
    """
    if family_id not in HIERARCHY_FAMILIES:
        return columns
    text = next((c for c in columns if c.role == "text"), None)
    levels = [c for c in columns if c.role in LEVEL_ROLES]
    if text is None or not levels or text.column > min(c.column for c in levels):
        return columns
    if any(c.role == "category" for c in columns):
        return columns
    deepest = max(levels, key=lambda c: (LEVEL_ROLES.index(c.role), c.column))
    leaves = values[deepest.column]
    if (
        len([v for v in leaves if v]) < 3
        or _repeats(leaves) > 0.1
        or _repeats(values[text.column], leaves) < 0.3
    ):
        return columns
    swap = {text.column: "category", deepest.column: "text"}
    for column in columns:
        if column.role == "detail" and _repeats(values[column.column], leaves) >= 0.3:
            swap[column.column] = "extra"
    return tuple(ColumnRole(c.column, c.header, swap.get(c.column, c.role), c.how) for c in columns)


# Families whose rows are the work itself (tasks, projects): a text merged down over rows that
# number themselves is the group they belong to.
_WORK_FAMILIES = frozenset({"task_list", "project_list"})


def _group_over_numbered_rows(
    columns: tuple[ColumnRole, ...], values: Mapping[int, Sequence[str]], family_id: str | None
) -> tuple[ColumnRole, ...]:
    """In a task or project list, make a text merged down over rows with their own numbers a group.

    `一、优质教育综合提升工程` merged down `项目名称` beside `子项目` rows numbered 1, 2, 3 … (a
    district's ten livelihood projects and their sub-projects): each numbered row is an item of
    its own, the project its section, and the nearest column right of it whose cells differ row
    by row its text. A task merged over its measures numbers them with its own 序号, merged too
    (`5` over two works), and stays the task.
    """
    if family_id not in _WORK_FAMILIES:
        return columns
    text = next((c for c in columns if c.role == "text"), None)
    ids = next((c for c in columns if c.role == "id"), None)
    if text is None or any(c.role in ("category", *LEVEL_ROLES) for c in columns):
        return columns
    if ids is None or all(_names_heading(v) for v in values[ids.column] if v):
        return _group_over_numbered_details(columns, values, text)
    numbers = [v for v in values[ids.column] if v]
    rows = [k for k, v in enumerate(values[ids.column]) if v]
    merged = _repeats(values[text.column], values[ids.column])
    if len(rows) < 2 or len(set(numbers)) != len(numbers) or merged < 0.3:
        return columns
    for column in columns:
        if column.column <= text.column or column.role not in ("detail", "extra"):
            continue
        cells = [values[column.column][k] if k < len(values[column.column]) else "" for k in rows]
        if all(cells) and len(set(cells)) == len(cells) and all(pat.HAN_CHAR.search(v) for v in cells):
            swap = {text.column: "category", column.column: "text"}
            return tuple(ColumnRole(c.column, c.header, swap.get(c.column, c.role), c.how) for c in columns)
    return columns


def _names_heading(value: str) -> bool:
    """Return True for a numbered heading with words: `（一）全面实施行政许可事项清单管理。`."""
    found = pat.NUMBERING.match(value)
    if found is None or not (found.group("cn") or found.group("pcn")):
        return False
    return len(pat.HAN_CHAR.findall(value[found.end() :])) >= 2


def _group_over_numbered_details(
    columns: tuple[ColumnRole, ...], values: Mapping[int, Sequence[str]], text: ColumnRole
) -> tuple[ColumnRole, ...]:
    """With no 序号 numbering the rows, make a text merged over measures that number themselves a group.

    `1.按照国务院要求…` (a province's task) merged down beside the city's measures `（1）…`, `（2）…`,
    each with its own lead units and deadline, and no 序号 to number the rows (西安 2022, its
    序号 column holding the heading `（一）…`): the measures are the items and their own numbers
    their ids, as numbered paragraphs under a heading are read in prose. Where a 序号 numbers
    the task (`1` over `（1）`, `（2）`), the task stays the item and these are its measures.
    """
    for column in columns:
        if column.column <= text.column or column.role != "detail":
            continue
        cells = [v for v in values[column.column] if v]
        marks = [pat.NUMBERING.match(v) for v in cells]
        numbers = [m.group("ar") or m.group("par") for m in marks if m is not None]
        if len(cells) < 2 or len(numbers) != len(cells) or None in numbers:
            continue
        if not _numbered_within_tasks(values[text.column], values[column.column]):
            continue
        if _repeats(values[text.column], values[column.column]) < 0.3:
            continue
        swap = {text.column: "category", column.column: "text"}
        return tuple(ColumnRole(c.column, c.header, swap.get(c.column, c.role), c.how) for c in columns)
    return columns


def _numbered_within_tasks(tasks: Sequence[str], measures: Sequence[str]) -> bool:
    """Return True when no measure number comes twice beside one task.

    The measures restart under each task (`（1）`, `（2）` beside `1.…`, then `（1）` beside `2.…`,
    as 西安 2022 numbers them): their numbers are unique under their task, not down the column.
    A task's cell is merged down (blank below it in a text copy) or repeated on its rows.
    """
    seen: set[tuple[str, str]] = set()
    task = ""
    for above, measure in zip(tasks, measures, strict=False):
        task = above or task
        if not measure:
            continue
        found = pat.NUMBERING.match(measure)
        key = (task, (found.group("ar") or found.group("par") or "") if found is not None else "")
        if key in seen:
            return False
        seen.add(key)
    return True


def _category_text(
    columns: tuple[ColumnRole, ...], values: Mapping[int, Sequence[str]]
) -> tuple[ColumnRole, ...]:
    """With no text column, a category column whose cells differ row by row is the items' text.

    `序号 | 考核项目 | 分值 | 评分标准`: 考核项目 names a group where it is merged down the rows of
    several items, but here each row is an assessment item of its own.
    """
    if any(c.role in ("text", "detail", *LEVEL_ROLES) for c in columns):
        return columns
    categories = [c for c in columns if c.role == "category"]
    if len(categories) != 1:
        return columns
    cells = [v for v in values[categories[0].column] if v]
    if len(set(cells)) < 2 or _repeats(cells) >= 0.3:
        return columns
    col = categories[0].column
    return tuple(
        ColumnRole(c.column, c.header, "text" if c.column == col else c.role, c.how) for c in columns
    )


# Where a second column of a role goes when the role is taken.
_NEXT = {
    "leaders": "people",
    "departments": "partners",
    "text": "detail",
    "level1": "level2",
    "level2": "level3",
}


def _indicators_beside_levels(
    chosen: dict[int, tuple[str, str]], values: Mapping[int, Sequence[str]]
) -> None:
    """Find the indicators and their points beside a headerless table's `…指标` levels.

    Right of `产出指标 | 数量指标`, the first column of words that differ row by row is the
    indicators (`足额保障率`, `科目调整次数`: short, so no prose by length), and a column of
    numbers up to 100 their points (numbers above 20 are taken for money where nothing says
    otherwise; beside these levels the table is a 100-point form).
    """
    taken = {role for role, _ in chosen.values()}
    deepest = max(c for c, (role, _) in chosen.items() if role in LEVEL_ROLES)
    for col, (role, how) in sorted(chosen.items()):
        cells = [fold_width(v).replace(" ", "") for v in values[col] if v]
        if role != "extra" or how != "content" or not cells:
            continue
        numbers = all(pat.PLAIN_NUMBER.match(v) for v in cells)
        if numbers and "weight" not in taken and max(float(v.replace(",", "")) for v in cells) <= 100:
            chosen[col] = ("weight", "content")
            taken.add("weight")
        elif not numbers and "text" not in taken and col > deepest and len(set(cells)) >= 0.6 * len(cells):
            chosen[col] = ("text", "content")
            taken.add("text")


def _above_total(body: Sequence[Sequence[str]], values: dict[int, list[str]]) -> dict[int, list[str]]:
    """Return each column's values down to the first total row (`合计`, `总分`), if any."""
    for index, row in enumerate(body):
        first = next((v for v in row if v), "")
        if index and pat.FORM_TOTAL.search("".join(first.split())):
            return {c: v[:index] for c, v in values.items()}
    return values


def _fill(role: str | None, taken: set[str], *, headerless: bool) -> str:
    """Return the role a content-detected column takes, given the roles already taken.

    Under an unknown header a column of numbers is data (money, counts), not ids or weights;
    only a table with no header at all numbers or weighs its rows from content.
    """
    if role is None or (not headerless and role in ("id", "weight")):
        return "extra"
    if not headerless:
        # Under an unknown header, content fills a role the table lacks, never a second
        # column of a role it has (a 项目业主 column of organs is not the partners).
        return "extra" if role in taken else role
    while role in taken:
        following = _NEXT.get(role)
        if following is None:
            return "extra"
        role = following
    return role


def _level_role(role: str, col: int, headers: Mapping[int, str], given: Mapping[str, str]) -> str:
    """Return `levelN` for a `levels` role given by the user, numbered in column order."""
    if role != "levels":
        return role
    level_cols = sorted(
        c
        for c in range(1, max([col, *headers]) + 1)
        if given.get(headers.get(c, "")) == "levels" or given.get(f"#{c}") == "levels"
    )
    index = level_cols.index(col) if col in level_cols else 0
    return LEVEL_ROLES[min(index, len(LEVEL_ROLES) - 1)]


def _is_lead_header(text: str) -> bool:
    """Return True for a units header that names the lead (`牵头单位`, `牵头部门`, `主办单位`)."""
    last = text.rsplit("/", maxsplit=1)[-1]
    return last.startswith(("牵头", "主办", "主责", "主体责任")) or last == "主要责任单位"


def _settle(chosen: Mapping[int, tuple[str, str]], headers: Mapping[int, str]) -> tuple[ColumnRole, ...]:
    """Resolve repeats: one id, one text (a second is the detail), the deepest level as text."""
    roles = dict(chosen)
    ordered = sorted(roles)

    def cols(role: str) -> list[int]:
        return [c for c in ordered if roles[c][0] == role]

    for role in ("id", "measure", "target_value", "nature", "basis"):
        for extra_col in cols(role)[1:]:
            roles[extra_col] = ("extra", roles[extra_col][1])
    # `时间安排` over `启动时间 | 完成时间`: the deadline is the column that names the end.
    deadlines = cols("deadline")
    end = [c for c in deadlines if pat.DEADLINE_END.search(headers.get(c, "").rsplit("/", maxsplit=1)[-1])]
    for extra_col in [c for c in deadlines if c != (end or deadlines)[0]]:
        roles[extra_col] = ("extra", roles[extra_col][1])
    texts = cols("text")
    for col in texts[1:]:
        roles[col] = ("detail" if not cols("detail") else "extra", roles[col][1])
    if not cols("text") and cols("detail"):
        first = cols("detail")[0]
        roles[first] = ("text", roles[first][1])
    levels = [c for c in ordered if roles[c][0] in LEVEL_ROLES]
    if not cols("text") and levels:
        deepest = max(levels, key=lambda c: (LEVEL_ROLES.index(roles[c][0]), c))
        roles[deepest] = ("text", roles[deepest][1])
    # `牵头单位 | 责任单位`: beside the lead units, the other units column names those who
    # carry the work with them, the partners (unless the table has a 配合单位 column too).
    units = cols("departments")
    if len(units) == 2 and not cols("partners") and _is_lead_header(headers.get(units[0], "")):
        roles[units[1]] = ("partners", roles[units[1]][1])
    notes = cols("note")
    for col in notes[1:]:
        roles[col] = ("extra", roles[col][1])
    return tuple(ColumnRole(c, headers.get(c, ""), roles[c][0], roles[c][1]) for c in ordered)
