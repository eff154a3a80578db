"""Column headers of responsibility tables, mapped to fields by aliases.

Forms of this family name the same column many ways (docs/families.md); a header cell maps to a
field when its text, with all whitespace removed, is one of the field's aliases.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain

from yiju.normalize import to_simplified, to_simplified_lines

__all__ = ["ALIASES", "FIELDS", "header_field", "header_score", "header_scores"]

ALIASES: dict[str, tuple[str, ...]] = {
    "category": ("项目", "类别", "指标类别", "目标类别", "考评项目"),
    "id": ("序号", "编号", "指标编号"),
    "basis": ("文件依据", "依据", "政策依据", "任务来源", "文件来源", "依据文件"),
    "target": ("一级指标", "工作目标", "目标任务", "主要目标"),
    "indicator": (
        "二级指标",
        "工作任务",
        "重点工作",
        "任务内容",
        "具体任务",
        "工作内容",
        "工作措施",
        "考核要点",
    ),
    "weight": ("权重", "分值", "分数", "权重分值"),
    "deadline": ("完成时限", "完成时间", "时限", "时间节点"),
    "leader": ("分管领导", "责任领导", "包联领导", "牵头领导", "挂钩领导", "分管市领导"),
    "department": ("责任部门", "责任单位", "牵头单位", "主办单位", "责任科室", "责任处室", "牵头部门"),
    "co_department": ("配合单位", "协办单位", "配合部门", "协办部门"),
    "person": ("责任人", "具体责任人", "联系人", "具体负责人"),
    "remark": ("备注",),
}

FIELDS: tuple[str, ...] = tuple(ALIASES)

_LOOKUP: dict[str, str] = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
# A header cell may be spaced out or broken over lines (`责 任\n单 位`), but not by much.
_LONGEST = 4 * max(len(alias) for alias in _LOOKUP)
_OPEN = ("（", "(")
_CLOSE = ("）", ")")


@lru_cache(maxsize=8192)
def header_field(text: str) -> str | None:
    """Return the field a header cell names, or None.

    A trailing bracketed gloss is ignored when the name alone is an alias. Memoised: every
    row is tested for being a (repeated) header, and body cells repeat (names, `12月`).

    >>> header_field("责任\\n单位")
    'department'
    >>> header_field("权重（分）")
    'weight'
    """
    if len(text) > _LONGEST:  # body cells are long; a header never is
        return None
    found = _LOOKUP.get(text)
    if found is not None:
        return found
    # Traditional characters (`序號`, `責任單位`) name the same fields.
    return _simplified_field(to_simplified("".join(text.split())))


def _simplified_field(squeezed: str) -> str | None:
    """Return the field a header cell names, given its text squeezed and folded to simplified."""
    found = _LOOKUP.get(squeezed)
    if found is None and squeezed.endswith(_CLOSE):
        # A unit or gloss after the name: `权重（分）`, `完成时限（月）`, `责任部门（单位）`.
        opening = max(squeezed.rfind(bracket) for bracket in _OPEN)
        if opening > 0:
            found = _LOOKUP.get(squeezed[:opening])
    return found


def header_score(values: Iterable[str]) -> int:
    """Return how many distinct fields a row of cells names (a header row names several)."""
    return len({f for v in values if (f := header_field(v)) is not None})


def header_scores(rows: Iterable[Sequence[str]]) -> list[int]:
    """Return `header_score` of each row, folding all their short cells to simplified at once.

    A form's reader scores every row (a header may repeat on every page), and each distinct
    short cell (a name, a month) would cost a call of OpenCC of its own; here the cells are
    folded in one call per `_CHUNK_ROWS` rows, joined by line breaks. That gives each cell's
    own folding: OpenCC converts the longest dictionary words it finds, no word holds a line
    break, and a squeezed cell holds none either.
    """
    scores: list[int] = []
    fields: dict[str, str | None] = {}  # cell → field, kept across chunks up to `_KEPT_CELLS`
    chunk: list[Sequence[str]] = []
    for values in rows:
        chunk.append(values)
        if len(chunk) == _CHUNK_ROWS:
            scores.extend(_chunk_scores(chunk, fields))
            chunk = []
            if len(fields) > _KEPT_CELLS:
                fields.clear()  # memory stays bounded on a table of a million distinct cells
    scores.extend(_chunk_scores(chunk, fields))
    return scores


# Rows folded in one OpenCC call, and how many cells' fields are remembered across chunks.
_CHUNK_ROWS = 1024
_KEPT_CELLS = 8192


def _chunk_scores(chunk: list[Sequence[str]], fields: dict[str, str | None]) -> list[int]:
    """Return the scores of a chunk of rows, adding its cells' fields to `fields`."""
    pending: dict[str, str] = {}  # cell → its squeezed text, still to fold
    # Each distinct cell once, in the order of its first appearance (cells repeat down a form).
    for text in dict.fromkeys(chain.from_iterable(chunk)):
        if text in fields or len(text) > _LONGEST:
            continue
        found = _LOOKUP.get(text)
        squeezed = "".join(text.split())
        if found is not None or squeezed.isascii():
            fields[text] = found if found is not None else _simplified_field(squeezed)
        else:
            pending[text] = squeezed
    if pending:
        folded = to_simplified_lines(list(pending.values()))
        for text, simplified in zip(pending, folded, strict=True):
            fields[text] = _simplified_field(simplified)
    get = fields.get
    return [len(set(map(get, values)) - _NO_FIELD) for values in chunk]


_NO_FIELD = frozenset({None})
