"""Tables written in traditional characters read as the simplified tables they mirror.

A form exported in Big5, or typed by an office that writes 繁體, names its columns `序號`,
`責任單位`, `完成時限`: none of the header aliases, group names or score words would match,
and the whole table would be refused or read empty. A table whose text is traditional is
folded to simplified (OpenCC t2s, `yiju.normalize.to_simplified`) before the parser sees
it, and an R06 finding says so, so nothing is changed silently.
"""

from __future__ import annotations

from dataclasses import replace

from yiju.codes import finding
from yiju.models import SourceLocation
from yiju.normalize import to_simplified
from yiju.readers.table import Table

__all__ = ["simplified_table"]

# Rows sampled to decide: the title, the header and the first items are enough, and a
# long table must not be converted twice just to be judged.
_SAMPLE_ROWS = 60
# Simplified text folds to itself; traditional prose differs in roughly one Han character
# of four. A few differing characters in a simplified table are variant forms (`麵`, `著`),
# so both a share and a count must be reached.
_MIN_SHARE = 0.05
_MIN_CHANGED = 4


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _changed(text: str) -> tuple[int, int]:
    """Return (Han characters, Han characters that t2s changes) of one cell."""
    folded = to_simplified(text)
    if len(folded) != len(text):  # a phrase-level conversion: count by characters still
        han = sum(1 for ch in text if _han(ch))
        return han, sum(1 for ch in text if _han(ch) and to_simplified(ch) != ch)
    han = changed = 0
    for a, b in zip(text, folded, strict=True):
        if _han(a):
            han += 1
            changed += a != b
    return han, changed


def simplified_table(table: Table) -> Table:
    """Return `table` with its cells folded to simplified when it is written in traditional.

    A simplified table is returned unchanged (the same object). A folded one carries an
    R06 finding naming how many characters were folded in the sampled rows.

    >>> from yiju.readers.table import Row
    >>> t = Table("f.txt", None, (Row(1, ("序號", "重點工作", "責任單位", "完成時限")),))
    >>> simplified_table(t).rows[0].values
    ('序号', '重点工作', '责任单位', '完成时限')
    """
    han = changed = 0
    for row in table.rows[:_SAMPLE_ROWS]:
        for value in row.values:
            if value and not value.isascii():
                h, c = _changed(value)
                han += h
                changed += c
    if changed < _MIN_CHANGED or changed < _MIN_SHARE * han:
        return table
    rows = tuple(
        replace(row, values=tuple(to_simplified(v) if v and not v.isascii() else v for v in row.values))
        for row in table.rows
    )
    note = finding(
        "R06",
        f"表格用繁体字书写，已按简体读取（前 {_SAMPLE_ROWS} 行中 {changed} 个繁体字）",
        (),
        SourceLocation(table.file, table.sheet),
    )
    return replace(table, rows=rows, findings=(*table.findings, note))
