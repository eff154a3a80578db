"""Every regular expression yiju uses, built from small named fragments.

Compiled with the `regex` package (Unicode properties such as `\\p{Han}`, possessive
quantifiers). Each non-obvious choice says why next to it. Patterns are *anchored pieces*
of a small hand-written parser in `citations.py`, not one giant expression: a single regex
for a whole citation with look-behind for the issuer ran at ~6 MB/s, while finding the
bracketed year first and then matching forwards and scanning backwards from it is close
to the speed of the bare year scan.
"""

from __future__ import annotations

import regex

__all__ = [
    "ANCHOR",
    "BREAK_WORDS",
    "CITATION_TAIL",
    "CLOSE_BRACKETS",
    "DASHES",
    "FUNCTION_WORDS",
    "ISSUER_RUN_REVERSED",
    "ITEM",
    "LEADING_FUNCTION_WORDS",
    "LOCATOR",
    "LOCATOR_START",
    "OPEN_BRACKETS",
    "PAGE",
    "POINTS",
    "QUERY_LENIENT",
    "SEGMENT_SEPARATORS",
    "TITLE_LEAD",
    "TITLE_STOPS_REVERSED",
    "TITLE_TRAIL",
]

# --------------------------------------------------------------------------- fragments

# Every bracket style seen around a year in real 发文字号: GB/T 9704 prescribes 〔〕, but
# typists reach for [] 【】 （） () ［］ 〖〗 and OCR produces ﹝﹞ 〘〙. Pairs need not match:
# `（2021]` happens in PDF text, and a mismatch does not make the year less certain.
OPEN_BRACKETS = "〔[【（(［〖﹝〘"
CLOSE_BRACKETS = "〕]】）)］〗﹞〙"
_OPEN = f"[{regex.escape(OPEN_BRACKETS)}]"
_CLOSE = f"[{regex.escape(CLOSE_BRACKETS)}]"

# ASCII and full-width digits: forms mix both, often within one cell.
_DIGIT = "[0-9０-９]"
_DIGITS = f"{_DIGIT}++"  # possessive: a run of digits is never split by backtracking
_SP = r"[ \t\u3000\xa0]*+"  # spaces inside a number are ignored (`国办发〔2020〕 12 号`)

# Dashes and range words used between page numbers: - — – ～ ~ 〜 至 到 and full-width minus.
DASHES = "-‐‑–—―－~～〜至到"
_RANGE = f"[{regex.escape(DASHES)}]"

# Chinese numerals as used in item numbers (第二十七项, 第（四）项).
_CN_NUM = "[零〇一二三四五六七八九十百两]++"

# --------------------------------------------------------------------------- patterns

# The anchor every numbered citation contains: a bracketed year. Two- and three-digit years
# are matched too so that `泉委发〔21〕5号` can be *reported* as unparsed, not silently skipped.
ANCHOR = regex.compile(
    rf"{_OPEN}{_SP}(?P<year>{_DIGIT}{{2,4}}+){_SP}{_CLOSE}",
)

# What follows the bracketed year: an optional 第, a serial (digits, or letters and digits
# joined by dashes such as DC-009), and 号 / 號. Matched with `.match(text, pos)`.
CITATION_TAIL = regex.compile(
    rf"{_SP}(?P<di>第)?{_SP}"
    rf"(?P<serial>[0-9０-９A-Za-zＡ-Ｚａ-ｚ]++(?:{_SP}[-－—–‐_]{_SP}[0-9０-９A-Za-zＡ-Ｚａ-ｚ]++)*+)"
    rf"{_SP}(?P<hao>[号號])",
)

# A serial-less tail: the year bracket followed straight by 号 (`泉委发〔2021〕号`), reported.
NO_SERIAL = regex.compile(rf"{_SP}第?{_SP}[号號]")

# A page: 第14页, 第14-15页, 第 14 至 15 页. 第 is optional because forms write `14-15页` too.
PAGE = regex.compile(
    rf"{_SP}第?{_SP}(?P<p1>{_DIGITS}){_SP}(?:{_RANGE}{_SP}第?{_SP}(?P<p2>{_DIGITS}){_SP})?页",
)

# An item: 第27项, 第（四）1项 (section four, item one → 4.1), 第（三）项, 第二十七项, 第4.1条.
# The section may be a Chinese numeral or digits in any bracket; the unit is kept.
ITEM = regex.compile(
    rf"{_SP}第{_SP}"
    rf"(?:{_OPEN}{_SP}(?P<section>{_CN_NUM}|{_DIGITS}){_SP}{_CLOSE}{_SP})?"
    rf"(?P<num>{_DIGITS}(?:\.{_DIGITS})*+|{_CN_NUM})?"
    rf"{_SP}(?P<unit>[项項条條款点點])",
)

# One locator: a page, an item, or a page followed by its item. One match instead of two.
LOCATOR = regex.compile(
    rf"{_SP}(?:第?{_SP}(?P<p1>{_DIGITS}){_SP}(?:{_RANGE}{_SP}第?{_SP}(?P<p2>{_DIGITS}){_SP})?页)?"
    rf"(?:{_SP}第{_SP}"
    rf"(?:{_OPEN}{_SP}(?P<section>{_CN_NUM}|{_DIGITS}){_SP}{_CLOSE}{_SP})?"
    rf"(?P<num>{_DIGITS}(?:\.{_DIGITS})*+|{_CN_NUM})?"
    rf"{_SP}(?P<unit>[项項条條款点點]))?",
)

# Scanned backwards (regex.REVERSE) from the year's bracket: the run of letters that may be
# an issuer code, and the nearest character that can end a title's segment.
ISSUER_RUN_REVERSED = regex.compile(r"[\p{Han}A-Za-zＡ-Ｚａ-ｚ]{1,40}", regex.REVERSE)
TITLE_STOPS_REVERSED = regex.compile(r"[《》（）()，,；;。\n]", regex.REVERSE)

# Cheap test for "a locator may start here": 第, a digit (a page without 第) or 、第.
LOCATOR_START = regex.compile(rf"{_SP}(?:第|{_DIGIT})")

# Leading words that are never part of an issuer code: `（属泉委发…`, `根据国发…`,
# `关于转发国办发…`. Longest first so that 依据 wins over a shorter overlapping word.
FUNCTION_WORDS: tuple[str, ...] = tuple(
    sorted(
        (
            "属", "根据", "依据", "依照", "按照", "参照", "对照", "结合", "落实", "贯彻", "执行",
            "详见", "见", "即", "和", "及", "与", "并", "或", "经", "以", "文件", "印发", "转发",
            "关于", "请", "按", "据",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip

# One match strips a whole chain of leading function words (`关于转发` → 关于 + 转发).
LEADING_FUNCTION_WORDS = regex.compile("^(?:" + "|".join(map(regex.escape, FUNCTION_WORDS)) + ")++")

# Words that can never be part of an issuer code even in the middle of a run with no
# punctuation (`市委印发泉委发〔2021〕5号`): the issuer starts after the last of them. Single
# characters such as 和 or 经 are not here — 经 is part of real codes (闽经信).
BREAK_WORDS = regex.compile(
    "(?:印发|转发|下发|根据|依据|依照|按照|参照|对照|结合|落实|贯彻|执行|详见|文件|关于|通知|要求)"
)

# Where one document's segment of a 文件依据 list ends: titles do not contain these.
SEGMENT_SEPARATORS = "，,；;。\n"

# Title clean-up: a leading `…关于印发` / `关于转发` / `印发` is the cover letter, not the title.
# Searched, not matched from ^ with a lazy `.*?`: the first hit ends where that would (~4 µs
# less per title).
TITLE_LEAD = regex.compile(r"印发|转发|下发")
# Only 通知 is dropped: `《X》的通知` is the notice that issues X, so X is the document's
# title; a 意见 or 决定 *is* the document, and its name keeps the word.
TITLE_TRAIL = regex.compile(r"的?通知$")

# The points a 一级指标 declares at its end: `（4分）`, `(3 分)`, `（1.5分）`.
POINTS = regex.compile(rf"[（(]{_SP}(?P<points>{_DIGITS}(?:\.{_DIGITS})?){_SP}分{_SP}[）)]")

# A user's query that omits 号 (`泉委办〔2021〕20`): accepted by `canonical_key` only when the
# whole query is the number, so free text never gains a document it did not name.
QUERY_LENIENT = regex.compile(
    rf"^{_SP}(?P<issuer>[\p{{Han}}A-Za-zＡ-Ｚａ-ｚ]++){_SP}{_OPEN}{_SP}(?P<year>{_DIGIT}{{4}}){_SP}{_CLOSE}"
    rf"{_SP}第?{_SP}(?P<serial>[0-9０-９A-Za-zＡ-Ｚａ-ｚ]++(?:{_SP}[-－—–‐_]{_SP}[0-9０-９A-Za-zＡ-Ｚａ-ｚ]++)*+)"
    rf"{_SP}[号號]?{_SP}$",
)
