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
from yiju.messages import say
from yiju.models import SourceLocation
from yiju.normalize import to_simplified
from yiju.readers.table import Table

__all__ = ["simplified_table"]

# Rows sampled to decide: the title, the header and the first items are enough, and a
# long table must not be converted twice just to be judged.
_SAMPLE_ROWS = 60
# ... and at most this many characters of them: OpenCC's time grows with the text.
_SAMPLE_CHARS = 3000
# Simplified text folds to itself; traditional prose differs in roughly one Han character
# of four. A few differing characters in a simplified table are variant forms (`麵`, `著`),
# so both a share and a count must be reached.
_MIN_SHARE = 0.05
_MIN_CHANGED = 4


def _count(text: str) -> tuple[int, int]:
    """Return (non-ASCII characters, characters that t2s changes) of `text`.

    Both counts run in C (`encode`, `map`): the sample is a few thousand characters and this
    test runs on every table, simplified ones included.
    """
    wide = len(text) - len(text.encode("ascii", "ignore"))
    folded = to_simplified(text)
    if folded == text:
        return wide, 0  # nearly every table: one comparison instead of one per character
    if len(folded) == len(text):
        return wide, sum(map(str.__ne__, text, folded))
    # A phrase-level conversion changed the length: judge character by character.
    return wide, sum(1 for ch in set(text) if not ch.isascii() and to_simplified(ch) != ch)


def simplified_table(table: Table) -> Table:
    """Return `table` with its cells folded to simplified when it is written in traditional.

    A simplified table is returned unchanged (the same object). A folded one carries an
    R06 finding naming how many of the sampled characters were traditional.

    >>> from yiju.readers.table import Row
    >>> t = Table("f.txt", None, (Row(1, ("序號", "重點工作", "責任單位", "完成時限")),))
    >>> simplified_table(t).rows[0].values
    ('序号', '重点工作', '责任单位', '完成时限')
    """
    # One conversion of the sampled text, not one per cell: OpenCC's cost is per call.
    sample = "\n".join(v for row in table.rows[:_SAMPLE_ROWS] for v in row.values if v and not v.isascii())
    han, changed = _count(sample[:_SAMPLE_CHARS])
    if changed < _MIN_CHANGED or changed < _MIN_SHARE * han:
        return table
    rows = tuple(
        replace(row, values=tuple(to_simplified(v) if v and not v.isascii() else v for v in row.values))
        for row in table.rows
    )
    note = finding(
        "R06",
        say("R06.traditional", han=han, changed=changed),
        (),
        SourceLocation(table.file, table.sheet),
    )
    return replace(table, rows=rows, findings=(*table.findings, note))
