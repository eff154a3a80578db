"""The 覆盖矩阵 sheet: a register's tasks × the units, what each unit was asked and did.

One row per task (register, item, text, lead and partner units as the register writes them),
one column per unit (the form's full name, the register's short names under it). A cell:

- `牵头✓` the unit leads the task and a target of its form covers it;
- `牵头✗` the unit leads the task and no target covers it (C01; or the unit has no form, C07);
- `配合✓` a partner that carries the task; `配合` a partner that does not (no fault);
- `未分配` the unit covers a task it was not given (C03);
- empty: nothing asked, nothing claimed.

The footer counts, per unit, the tasks it leads and those it left out.
"""

from __future__ import annotations

from yiju._util import natural_key
from yiju.cover import Coverage, RegisterItem
from yiju.export.tables import Column, SheetTable, Value

__all__ = ["COVER_MARKS", "COVER_SHEET", "coverage_table"]

COVER_SHEET = "覆盖矩阵"
#: The cell values of the sheet, in the order the legend lists them.
COVER_MARKS = ("牵头✓", "牵头✗", "配合✓", "配合", "未分配")


def _cell(cov: Coverage, it: RegisterItem, unit: str, names: set[str]) -> str | None:
    covering = {c.unit for c in cov.covers_of.get((it.key, it.item), [])}
    done = unit in covering
    if names & set(it.lead) or cov.role(it, unit) == "lead":
        return "牵头✓" if done else "牵头✗"
    if names & set(it.partners) or cov.role(it, unit) == "partner":
        return "配合✓" if done else "配合"
    return "未分配" if done else None


def coverage_table(cov: Coverage) -> SheetTable:
    """Return the 覆盖矩阵 sheet of a coverage (see the module docstring)."""
    columns: dict[str, set[str]] = {}  # column → the register names it stands for
    for res in cov.units:
        if res.how == "collective":
            continue
        unit = cov.resolved.get(res.name, res.name)
        columns.setdefault(unit, set()).add(res.name)
    for c in cov.covers:
        columns.setdefault(c.unit, set())
    order = sorted(columns, key=lambda u: (u not in set(cov.form_units), natural_key(u)))
    head = (
        Column("文件", width=22),
        Column("项", "number", width=6),
        Column("任务", width=40),
        Column("牵头单位", width=18),
        Column("配合单位", width=24),
    )
    unit_columns = tuple(
        Column(unit, "mark", subheader="、".join(sorted(columns[unit])) or "（未列入）", width=14)
        for unit in order
    )
    rows: list[tuple[Value, ...]] = []
    keys: list[str] = []
    lead_counts = dict.fromkeys(order, 0)
    missing_counts = dict.fromkeys(order, 0)
    for reg in cov.registers:
        for it in reg.items:
            cells = [_cell(cov, it, unit, columns[unit]) for unit in order]
            for unit, cell in zip(order, cells, strict=True):
                lead_counts[unit] += cell in ("牵头✓", "牵头✗")
                missing_counts[unit] += cell == "牵头✗"
            keys.append(it.clause)
            rows.append(
                (
                    reg.key,
                    _number(it.item),
                    it.text,
                    "、".join(it.lead) or None,
                    "、".join(it.partners) or None,
                    *cells,
                )
            )
    footer = (
        ("合计", None, None, None, None, *(f"牵头{lead_counts[u]} 缺{missing_counts[u]}" for u in order)),
    )
    return SheetTable(
        name=COVER_SHEET,
        columns=head + unit_columns,
        rows=tuple(rows),
        footer=footer,
        frozen_columns=3,
        keys=tuple(keys),
    )


def _number(item: str) -> Value:
    return int(item) if item.isdigit() else item
