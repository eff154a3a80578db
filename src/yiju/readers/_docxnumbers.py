"""The numbers Word draws in front of numbered paragraphs, which the document's text does not hold.

A 序号 column filled by Word's automatic numbering (`1.`, `2.` …) and section headings numbered
`一、` `二、` keep the number in `numbering.xml`, not in the paragraph: read naively, the 序号
cells are empty and every row loses its id. `Numbering` replays Word's counters in document
order: a paragraph's `numPr` (or its style's) names a list instance and level; the level's
`lvlText` (`%1.`, `%1、`, `（%1）`, `%1.%2`) is filled with each level's counter in the level's
format (decimal, 一二三, 甲乙丙, ①②③, letters, roman).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Numbering"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = _W + "val"
_DIGITS = "零一二三四五六七八九"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip
_MAX_LEVELS = 9


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"


@dataclass
class _List:
    """One abstract list's levels and running counters."""

    levels: dict[int, _Level] = field(default_factory=dict)
    counters: list[int] = field(default_factory=lambda: [0] * _MAX_LEVELS)


def _val(node: Any, tag: str, default: str = "") -> str:
    found = node.find(_W + tag) if node is not None else None
    return str(found.get(_VAL, default)) if found is not None else default


def _int(text: str, default: int) -> int:
    try:
        return int(text)
    except ValueError:
        return default


def chinese_number(n: int) -> str:
    """Return `n` in Chinese counting numerals (1 → 一, 12 → 十二, 25 → 二十五, 101 → 一百零一).

    >>> [chinese_number(n) for n in (1, 10, 12, 20, 25, 100, 101, 110)]
    ['一', '十', '十二', '二十', '二十五', '一百', '一百零一', '一百一十']
    """
    if n <= 0 or n >= 10000:
        return str(n)
    out = ""
    units = ((1000, "千"), (100, "百"), (10, "十"))
    zero = False
    for size, name in units:
        digit, n = divmod(n, size)
        if digit:
            if zero:
                out += "零"
            out += ("" if (size == 10 and digit == 1 and not out) else _DIGITS[digit]) + name
            zero = False
        elif out:
            zero = True
    if n:
        out += ("零" if zero else "") + _DIGITS[n]
    return out


def _format(n: int, fmt: str) -> str:
    """Return a counter in a level's number format."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting"):
        return chinese_number(n)
    if fmt in ("ideographTraditional",) and 0 < n <= len(_HEAVENLY):
        return _HEAVENLY[n - 1]
    if fmt == "decimalEnclosedCircle" and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and n > 0:
        roman, rest = "", n
        for value, numeral in _ROMAN:
            while rest >= value:
                roman, rest = roman + numeral, rest - value
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class Numbering:
    """Word's list counters, replayed paragraph by paragraph in document order."""

    def __init__(self, numbering: Any | None, styles: Any | None) -> None:
        """Read list definitions from `numbering.xml` and the lists styles attach to paragraphs."""
        self._abstract: dict[str, _List] = {}
        self._instances: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstract, start overrides)
        self._started: set[str] = set()
        self._style_numbers: dict[str, tuple[str, int]] = {}
        if numbering is not None:
            for abstract in numbering.iterchildren(_W + "abstractNum"):
                levels = {}
                for lvl in abstract.iterchildren(_W + "lvl"):
                    ilvl = _int(str(lvl.get(_W + "ilvl", "0")), 0)
                    levels[ilvl] = _Level(
                        start=_int(_val(lvl, "start", "1"), 1),
                        fmt=_val(lvl, "numFmt", "decimal"),
                        text=_val(lvl, "lvlText", "%1."),
                        suffix=_val(lvl, "suff", "tab"),
                    )
                self._abstract[str(abstract.get(_W + "abstractNumId"))] = _List(levels)
            for num in numbering.iterchildren(_W + "num"):
                overrides = {
                    _int(str(o.get(_W + "ilvl", "0")), 0): _int(_val(o, "startOverride", "1"), 1)
                    for o in num.iterchildren(_W + "lvlOverride")
                    if o.find(_W + "startOverride") is not None
                }
                self._instances[str(num.get(_W + "numId"))] = (_val(num, "abstractNumId"), overrides)
        if styles is not None:
            for style in styles.iterchildren(_W + "style"):
                num_pr = style.find(f"{_W}pPr/{_W}numPr")
                if num_pr is not None:
                    self._style_numbers[str(style.get(_W + "styleId"))] = (
                        _val(num_pr, "numId"),
                        _int(_val(num_pr, "ilvl", "0"), 0),
                    )

    def label(self, paragraph: Any) -> str:
        """Return the number Word draws before this paragraph ("" for none), advancing the counters."""
        p_pr = paragraph.find(_W + "pPr")
        num_pr = p_pr.find(_W + "numPr") if p_pr is not None else None
        if num_pr is not None:
            num_id, ilvl = _val(num_pr, "numId"), _int(_val(num_pr, "ilvl", "0"), 0)
            if not num_id:  # a numPr with only a level: the style's list at that level
                num_id = self._style_numbers.get(_val(p_pr, "pStyle"), ("", 0))[0]
        else:
            style = _val(p_pr, "pStyle") if p_pr is not None else ""
            num_id, ilvl = self._style_numbers.get(style, ("", 0))
        if not num_id or num_id == "0" or num_id not in self._instances:
            return ""
        abstract_id, overrides = self._instances[num_id]
        lst = self._abstract.get(abstract_id)
        if lst is None or not 0 <= ilvl < _MAX_LEVELS:
            return ""
        if num_id not in self._started:
            self._started.add(num_id)
            for at, start in overrides.items():
                if 0 <= at < _MAX_LEVELS:
                    lst.counters[at] = start - 1
        level = lst.levels.get(ilvl, _Level())
        if level.fmt in ("bullet", "none"):
            return ""
        lst.counters[ilvl] = max(lst.counters[ilvl], level.start - 1) + 1
        for deeper in range(ilvl + 1, _MAX_LEVELS):
            lst.counters[deeper] = 0
        text = level.text
        for k in range(_MAX_LEVELS):
            marker = f"%{k + 1}"
            if marker in text:
                shown = lst.levels.get(k, _Level())
                value = lst.counters[k] or shown.start
                text = text.replace(marker, _format(value, shown.fmt if k != ilvl else level.fmt))
        return text + (" " if level.suffix in ("tab", "space") and text[-1:].isascii() else "")
