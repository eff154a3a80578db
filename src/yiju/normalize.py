"""Text folding: widths, traditional characters, whitespace, names.

Every function here is total (never raises on any `str`) and cheap; citation spans are
computed on the *original* text, so nothing here is applied before matching — only to the
pieces that become keys, names and labels.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

__all__ = [
    "clean_cell",
    "clean_name",
    "fold_width",
    "to_simplified",
    "to_simplified_lines",
]


@lru_cache(maxsize=1)
def _t2s() -> Any:
    """Return OpenCC's t2s converter, made on first use: a query whose names are all ASCII
    or simplified-only text never loads OpenCC's library and tables."""
    import opencc  # noqa: PLC0415  # lazy: see the docstring

    return opencc.OpenCC("t2s")


# Variant characters OpenCC's t2s leaves as they are (each checked against t2s: it returns the
# character unchanged), folded after it to the standard simplified character. Only characters
# whose simplified form is certain (第一批异体字整理表 / 通用规范汉字表) and that government text
# reposted in traditional characters uses: `鹽堿地` must read `盐碱地`, not `盐堿地`. The older
# glyph forms (旧字形: `淸`, `値`, `吿`…) are separate code points that some input methods and
# encodings still produce.
# One character to one character, so a folded text keeps its length.
_VARIANTS = str.maketrans(
    {
        "堿": "碱",  # 鹽堿地, 堿性 (a variant of 鹼)
        "鹻": "碱",  # a variant of 鹼
        "擧": "举",  # 選擧, 擧辦 (a variant of 舉)
        "淸": "清",  # 淸理, 淸單 (旧字形)
        "靑": "青",  # 靑年, 靑海 (旧字形)
        "緖": "绪",  # 頭緖, 就緖 (旧字形 of 緒)
        "値": "值",  # 數値, 産値 (旧字形)
        "塡": "填",  # 塡報, 塡寫 (旧字形)
        "愼": "慎",  # 謹愼, 審愼 (旧字形)
        "吿": "告",  # 報吿, 公吿 (旧字形)
        "敍": "叙",  # 敍述 (a variant of 敘)
        "寳": "宝",  # a variant of 寶
        "窰": "窑",  # 磚窰 (a variant of 窯)
        "鬪": "斗",  # 奮鬪 (a variant of 鬥)
        "鬭": "斗",  # 鬭爭 (a variant of 鬥)
        "疎": "疏",  # 疎浚, 疎導
        "菓": "果",  # 菓品, 水菓
        "簷": "檐",  # 屋簷
        "銲": "焊",  # 銲接
        "廸": "迪",  # a variant of 迪
        "踨": "踪",  # 踨跡 (a variant of 蹤)
        "廏": "厩",  # a variant of 廄
        "韮": "韭",  # 韮菜
        "瑯": "琅",  # 瑯琊 (臨沂)
        "欝": "郁",  # a variant of 鬱
        "鬰": "郁",  # a variant of 鬱
    }
)


def _fold_t2s(text: str) -> str:
    """OpenCC's t2s of `text`, then the variants it misses (`_VARIANTS`)."""
    return str(_t2s().convert(text)).translate(_VARIANTS)


# Full-width ASCII (U+FF01–U+FF5E) maps to ASCII by a fixed offset; the ideographic space
# U+3000 to a plain space. NFKC would do this too but also rewrites enclosed numerals (㈠ → (一)),
# which are text, not width variants.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH[0x3000] = 0x20


def fold_width(text: str) -> str:
    """Fold full-width Latin letters, digits and punctuation to ASCII.

    >>> fold_width("（２０２１）ＤＣ－００９")
    '(2021)DC-009'
    """
    return text.translate(_WIDTH)


@lru_cache(maxsize=4096)
def to_simplified(text: str) -> str:
    """Fold traditional characters to simplified with OpenCC's complete t2s tables, then the
    variant characters they miss (`_VARIANTS`).

    >>> to_simplified("閩政辦")
    '闽政办'
    >>> to_simplified("鹽堿地")
    '盐碱地'
    """
    if text.isascii():
        return text
    return _fold_t2s(text)


def to_simplified_lines(texts: list[str]) -> list[str]:
    """Return `to_simplified` of each text, with one call of OpenCC for them all.

    The texts are joined by line breaks: OpenCC converts the longest dictionary word at each
    place, and no word holds a line break, so each text folds as it would alone. A text that
    holds a line break itself is folded on its own.

    >>> to_simplified_lines(["責任單位", "序號", "a b"])
    ['责任单位', '序号', 'a b']
    """
    if any("\n" in text for text in texts):
        return [to_simplified(text) for text in texts]
    joined = "\n".join(texts)
    if joined.isascii():
        return list(texts)
    folded = _fold_t2s(joined).split("\n")
    if len(folded) != len(texts):  # never seen; keep the per-text folding if it ever happens
        return [to_simplified(text) for text in texts]
    return folded


def clean_cell(value: str) -> str:
    """Normalise a cell's text: unify line breaks, drop zero-width marks, strip the ends.

    Inner line breaks are kept (a multi-line 文件依据 cell is a list); non-breaking and
    ideographic spaces become plain spaces.
    """
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u200b", "").replace("\ufeff", "").replace("\xa0", " ").replace("\u3000", " ")
    lines = [line.strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()


def clean_name(value: str) -> str:
    """Normalise a person's or department's name: drop every kind of space inside.

    Chinese names are written with a full-width space to pad two-character names
    (`李　隽`); the space is layout, not part of the name.

    >>> clean_name(" 李　隽 ")
    '李隽'
    """
    text = unicodedata.normalize("NFC", value)
    # `str.split()` cuts at exactly the characters `str.isspace()` is true of.
    return "".join(text.split()).replace("\u200b", "").replace("\ufeff", "")
