"""Every regular expression yiju uses, built from small named fragments.

Compiled with the `regex` package where its features earn their place (Unicode properties
such as `\\p{Han}`, REVERSE scans), and with the standard library's `re` everywhere else: on
the short anchored matches the citation reader makes per number, `re` costs a quarter to a
half of `regex`'s per-call time (measured: ANCHOR 4.3 µs vs 8.7 µs on a cell, LOCATOR 1.3 vs
5.9, the serial tail 1.1 vs 4.5), and Python 3.11's `re` has the possessive quantifiers used here.
Each non-obvious choice says why next to it. Patterns are *anchored pieces* of a small
hand-written parser in `citations.py`, not one giant expression: a single regex
for a whole citation with look-behind for the issuer ran at ~6 MB/s, while finding the
bracketed year first and then matching forwards and scanning backwards from it is close
to the speed of the bare year scan. The citation reader's scans backwards from a bracket (the
issuer, a title's segment) are `re` matches on the text reversed once (`*_BACK`, with `\\p{Han}`
written out as `HAN_RANGES`): half the cost of a `regex` REVERSE match. Every pattern is compiled
on its first use, not on import (see "deferred compiling" below).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, AnyStr

import regex

__all__ = [
    "ALIAS",
    "AMENDMENT_NOTE",
    "ANCHOR",
    "ANNEX",
    "ATTACHMENT",
    "ATTACHMENT_PREFIX",
    "BARE_ISSUER_ENDS",
    "BARE_ITEM",
    "BARE_NUMBER",
    "BOOK_TITLE",
    "BRACKET",
    "BREAK_RUN_BACK",
    "BREAK_WORDS",
    "BUDGET_CODE",
    "BYLINE",
    "CLOSE_BRACKETS",
    "COMBINED_OWNER_HEADER",
    "DASHES",
    "DATE_AFTER_YEAR",
    "DATE_PIECE",
    "DEADLINE",
    "DEADLINE_END",
    "DECREE",
    "DECREE_BEFORE_REVERSED",
    "DECREE_LIST_BEFORE_REVERSED",
    "DECREE_ORGAN_ENDS",
    "DECREE_STATE",
    "DIGIT_GROUPS",
    "DIGIT_RUN",
    "DIVISION_ORGAN",
    "DOTTED_ID",
    "ENUMERATOR",
    "ERROR_VALUE",
    "EXCEL_COERCED",
    "FAST_CITATION",
    "FILL_IN_FIELDS",
    "FIRST_LISTED_ASIDE",
    "FIRST_LISTED_LEADS",
    "FORM_DATE",
    "FORM_ID",
    "FORM_NOTES",
    "FORM_NUMBER",
    "FORM_TOTAL",
    "FORM_UNIT",
    "FORM_YEAR",
    "FUNCTION_WORDS",
    "GLUED_BRANCH",
    "GLUED_NUMBER",
    "GLUED_NUMBER_TRADITIONAL",
    "GLUED_UNIT",
    "HAN_CHAR",
    "HAN_ONLY",
    "HAN_RANGES",
    "HTML_CHARSET",
    "ID_DASH",
    "ID_SEPARATORS",
    "INDICATOR_LEVEL_CELL",
    "ISO_DATE",
    "ISSUER_RUN_BACK",
    "ITEM_LIST",
    "ITEM_RANGE",
    "ITEM_REFS",
    "KEY_PARTS",
    "LABELLED_NO_YEAR",
    "LABEL_TOKEN",
    "LEADER_HEADING",
    "LEADER_POST",
    "LEADING_FUNCTION_WORDS",
    "LEADING_MARKERS",
    "LEAD_MARK",
    "LEAD_STAR_AFTER",
    "LEAD_STAR_BEFORE",
    "LEAD_STAR_MARKS",
    "LIST_BASIS",
    "LOCATOR",
    "LOCATOR_BEFORE_ORGAN",
    "LOCATOR_PLAIN",
    "LOCATOR_RUN",
    "LOOSE_BARE_ISSUER_MAX",
    "LOOSE_BARE_NOT_FIRST",
    "LOOSE_BARE_NOT_LAST",
    "LOOSE_ISSUER",
    "MARKERS",
    "MEASURE_UNIT",
    "MONTH_DATE_LINE",
    "NAME_LETTER",
    "NAME_SPLIT",
    "NATURE_WORD",
    "NOTE_LABEL",
    "NOTE_ROW",
    "NOTICE",
    "NOTICE_BEFORE_REVERSED",
    "NOTICE_LIST_BEFORE_REVERSED",
    "NOT_AFTER_HAO",
    "NOT_A_DOCUMENT",
    "NO_OWNER",
    "NO_SERIAL",
    "NUMBER",
    "NUMBERING",
    "NUMBERING_BEFORE_DIGIT",
    "NUMBER_GROUPS",
    "OPEN_BRACKETS",
    "ORGAN_COLLECTIVE",
    "ORGAN_END",
    "ORGAN_LEAGUE",
    "ORGAN_LEVEL",
    "ORGAN_NOISE",
    "ORGAN_NOTE",
    "ORGAN_OWNER",
    "ORGAN_PLACE",
    "ORGAN_TAIL",
    "ORGAN_TERM_BACK",
    "OWNER_ASIDE",
    "OWNER_DEADLINE",
    "OWNER_DUTY",
    "OWNER_LABEL",
    "OWNER_LEAD_LABEL",
    "OWNER_LEAD_WORD",
    "OWNER_OFFICE_END",
    "OWNER_PARTNER_WORD",
    "PAGE_NUMBER",
    "PARTNER_MARK",
    "PARTNER_WORDS",
    "PERSON_NAME",
    "PHONE",
    "PINYIN_GLOSS_BACK",
    "PLAIN_ID",
    "PLAIN_NUMBER",
    "PLAIN_RANGE",
    "POINTS",
    "PROSE_OPINION_SENTENCE",
    "PROSE_SENTENCE_END",
    "PROSE_TITLE_END",
    "QUERY_LENIENT",
    "QUERY_LENIENT_BARE",
    "REGION_START",
    "RELATIVE_ORGAN",
    "SAME_AS",
    "SEAL_PLACEHOLDER",
    "SECTION_COUNT",
    "SECTION_HEADING",
    "SECTION_NUMERAL",
    "SEGMENT_END",
    "SEGMENT_SEPARATORS",
    "SEQUENCE_NUMBER",
    "SERIAL_DASHES",
    "SERIAL_LIST",
    "SERIAL_START",
    "SIGNATURE_PAIR",
    "SITE_FURNITURE",
    "SPACE_RUN",
    "TARGET_VALUE_CELL",
    "TASK_DEADLINE",
    "TEXT_NOISE",
    "TITLE_ADDRESS",
    "TITLE_AFTER_NUMBER",
    "TITLE_GLOSS",
    "TITLE_ISSUER",
    "TITLE_ISSUER_FORWARD",
    "TITLE_LEAD",
    "TITLE_NOISE",
    "TITLE_NOTICE_YEAR",
    "TITLE_NO_ISSUER",
    "TITLE_PREFIX_PHRASE",
    "TITLE_PREFIX_UNIT",
    "TITLE_SEGMENT_BACK",
    "TITLE_STOPS_BACK",
    "TITLE_TRAIL",
    "TITLE_TRAIL_WORDS",
    "TITLE_WORDS",
    "TOTAL_INLINE",
    "TRAILING_MARKERS",
    "TRAILING_PARENTHETICAL",
    "TRAILING_PHONE",
    "UNIT_AND",
    "UNIT_AND_OTHERS",
    "UNIT_BARE_CLASS",
    "UNIT_DUTY",
    "UNIT_LABEL",
    "UNIT_LEVEL_LIST",
    "UNIT_MARKED",
    "UNIT_WORD",
    "XML_FORBIDDEN_CHAR",
    "YEAR_CLOSES",
    "YEAR_OPENS",
    "YEAR_SERIAL_HAO",
    "YEAR_SERIAL_NOT_AFTER",
]

# --------------------------------------------------------------------------- deferred compiling

# Every pattern is compiled on its first use, not on import: compiling all of them costs
# about 55 ms, a quarter of `yiju cite TEXT`'s whole start-up, and a command uses a few.
# `_re`/`_regex` record the arguments; at the end of this module the records leave the
# namespace, and the module's `__getattr__` compiles a name when it is first asked for and
# stores the pattern under it, so every later `pat.NAME` is a plain attribute read.


class _Deferred:
    __slots__ = ("args", "compile")

    def __init__(self, compile_: Callable[..., object], args: tuple[object, ...]) -> None:
        self.compile = compile_
        self.args = args


def _re(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """Return `re.compile(pattern, flags)`, compiled on first use."""
    return _Deferred(re.compile, (pattern, flags))  # type: ignore[return-value]  # see above


def _regex(pattern: AnyStr, flags: int = 0) -> regex.Pattern[AnyStr]:
    """Return `regex.compile(pattern, flags)`, compiled on first use."""
    return _Deferred(regex.compile, (pattern, flags))  # type: ignore[return-value]  # see above


# --------------------------------------------------------------------------- fragments

# Every bracket style seen around a year in real 发文字号: GB/T 9704 prescribes 〔〕, but
# typists reach for [] 【】 （） () ［］ 〖〗 〈〉 and OCR produces ﹝﹞ 〘〙. Pairs need not match:
# `（2021]` happens in PDF text, and a mismatch does not make the year less certain. 〈〉 also
# quote a title inside a title (`《关于印发〈X〉的通知》`), but only a four-digit year between
# them is an anchor, so a quoted title never is one.
OPEN_BRACKETS = "〔[【（(［〖﹝〘〈"
CLOSE_BRACKETS = "〕]】）)］〗﹞〙〉"
# A year's bracket may also be an angle bracket typed on a keyboard, as web pages type 〈〉
# (`法<1993>29號`, 最高人民法院's own writing copied by a law site). Only around a year: as
# brackets of titles and segments (OPEN_BRACKETS, which the form reader splits on) `<>` stay
# plain characters, and a title in `<>` holds no four-digit year alone.
# A PDF set in a symbol font copies 〔〕 as the low and high quotes „‟ (`国办发„2009‟3号`, a
# province's 2009 notice as a document site holds it): brackets around a year too, and only
# there, as `<>` are.
YEAR_OPENS = OPEN_BRACKETS + "<＜„"
YEAR_CLOSES = CLOSE_BRACKETS + ">＞‟"
_OPEN = f"[{regex.escape(YEAR_OPENS)}]"
_CLOSE = f"[{regex.escape(YEAR_CLOSES)}]"

# ASCII and full-width digits: forms mix both, often within one cell.
_DIGIT = "[0-9０-９]"
_DIGITS = f"{_DIGIT}++"  # possessive: a run of digits is never split by backtracking
_SP = r"[ \t\u3000\xa0]*+"  # spaces inside a number are ignored (`国办发〔2020〕 12 号`)

# Dashes and range words used between page numbers: - — – ～ ~ 〜 至 到 and full-width minus.
DASHES = "-‐‑–—―－~～〜至到"
_RANGE = f"[{regex.escape(DASHES)}]"

# Chinese numerals as used in item numbers (第二十七项, 第（四）项).
_CN_NUM = "[零〇一二三四五六七八九十百两]++"

# Dashes inside alphanumeric serials (DC-009): ASCII, full-width, en/em, non-breaking hyphen.
SERIAL_DASHES = "-－—–‐‑―_"
_SERIAL_DASH = f"[{regex.escape(SERIAL_DASHES)}]"
_SERIAL_CHARS = "[0-9０-９A-Za-zＡ-Ｚａ-ｚ]++"
_SERIAL = rf"{_SERIAL_CHARS}(?:{_SP}{_SERIAL_DASH}{_SP}{_SERIAL_CHARS})*+"
# A cell may break a line inside a number (`泉委发〔2021〕\n5号`): between the year and 号,
# line breaks count as spaces. Nowhere else: after 号, a new line is a new thought.
_SPN = r"[ \t\u3000\xa0\r\n]*+"

# --------------------------------------------------------------------------- patterns

# The anchor every numbered citation contains: a bracketed year. Two- and three-digit years
# are matched too so that `泉委发〔21〕5号` can be *reported* as unparsed, not silently skipped.
_ANCHOR = rf"{_OPEN}{_SP}(?P<year>{_DIGIT}{{2,4}}+){_SP}{_CLOSE}"
ANCHOR = _re(_ANCHOR)

# What 号 is never followed by in a document number: 号线, 号楼, 号院, 号台风, 号房 name a
# line, a building, a typhoon. One list for the citation pattern and for what is reported.
NOT_AFTER_HAO = "线綫楼樓院台颱房床"

# What follows the bracketed year: an optional 第, a serial (digits, or letters and digits
# joined by dashes such as DC-009), and 号 / 號 — but not 号线, 号楼, 号台风 (`地铁5号线`,
# `今年（2021）第5号台风` name a line, a building and a typhoon, not a document).
_TAIL = rf"{_SPN}(?P<di>第)?{_SPN}(?P<serial>{_SERIAL}){_SPN}(?P<hao>[号號])(?![{NOT_AFTER_HAO}])"

# The anchor and, when one follows, its tail, in one match: what the citation reader scans
# for (one call per number instead of two). The anchor's quantifiers are possessive and its
# brackets single characters, so the optional tail never changes where the anchor ends; no
# tail holds a bracket, so no anchor is skipped by scanning on after a tail. (Compiled below,
# after LOCATOR_RUN, whose run after 号 it also reads.)

# More serials of the same issuer and year after a number (issue 13): `闽政〔2016〕47号、48号`,
# `国发〔2015〕11号和12号文件` cite two documents. Matched right after the first number's 号 (or
# its locators); digits and 号 only, so `、第3项` stays a locator and `、3号楼` is no number.
SERIAL_LIST = _re(rf"{_SP}[、和及与]{_SP}第?{_SP}(?P<serial>{_DIGIT}{{1,9}}){_SP}[号號](?![{NOT_AFTER_HAO}])")

# A serial-less tail: the year bracket followed straight by 号 (`泉委发〔2021〕号`), reported.
NO_SERIAL = _re(rf"{_SPN}第?{_SPN}[号號]")

# What may start a serial: reported as unreadable when no tail matches (`5、6号`, `5\n号`).
SERIAL_START = _re(rf"{_SPN}第?{_SPN}[0-9０-９A-Za-zＡ-Ｚａ-ｚ][^号號，。；\n]{{0,12}}[号號]?")

# Locator pieces. A page: 第14页, 第14-15页, 第 14 至 15 页 (第 is optional: `14-15页`). An item:
# 第27项, 第（四）1项 (section four, item one → 4.1), 第（三）项, 第二十七项, 第4.1条; a part,
# chapter or section before it (第三部分第（二）项, 第二章第十条) is its leading number. Units kept.
_PAGE = rf"第?{_SP}(?P<p1>{_DIGITS}){_SP}(?:{_RANGE}{_SP}第?{_SP}(?P<p2>{_DIGITS}){_SP})?页"
_PART = rf"第{_SP}(?P<part>{_CN_NUM}|{_DIGITS}){_SP}(?P<part_unit>部分|章|节|節)"
_NUM = f"(?:{_DIGITS}|{_CN_NUM})"
_UNIT = "[项項条條款点點]"
# Laws are cited by article, clause and range (issue 13): 第20条第二款 is one locator (the
# 款 of that 条, item 20.2); 第20-22条 and 第二十条至第二十二条 are one locator (item 20-22).
# The 款 is read only right after a 条 (the look-behind): after a 项 it would be nonsense. Its
# number may stand in brackets, as regulations number their 款 (`第十二条第（三）款`). A 项 of
# that 款 is part of the same place (`第二十三条第一款第（一）项`, item 23.1.1: the 权责清单 of
# every county cite their 法律依据 so), not item 1 of the whole law; so is a 项 of the 条 with no
# 款 written (`第二十六条第（四）项`, group `article_xiang`: item `26..4`, the 款's place left empty).
_ITEM = (
    rf"第{_SP}(?:{_OPEN}{_SP}(?P<section>{_CN_NUM}|{_DIGITS}){_SP}{_CLOSE}{_SP})?"
    rf"(?P<num>{_DIGITS}(?:\.{_DIGITS})*+|{_CN_NUM})?"
    rf"(?:{_SP}{_RANGE}{_SP}第?{_SP}(?P<num2>{_NUM}))?{_SP}(?P<unit>{_UNIT})"
    rf"(?:{_SP}{_RANGE}{_SP}第{_SP}(?P<num3>{_NUM}){_SP}{_UNIT})?"
    rf"(?:(?<=[条條]){_SP}第{_SP}(?:{_OPEN}{_SP})?(?:(?P<kuan>{_NUM}){_SP}(?:{_CLOSE}{_SP})?款"
    rf"(?:{_SP}第{_SP}(?:{_OPEN}{_SP})?(?P<xiang>{_NUM}){_SP}(?:{_CLOSE}{_SP})?[项項])?"
    rf"|(?P<article_xiang>{_NUM}){_SP}(?:{_CLOSE}{_SP})?[项項]))?"
)

# One locator: a page, an item, a chapter (alone or leading its item), or a page and its item.
# One match instead of two.
LOCATOR = _re(rf"{_SP}(?:{_PAGE})?(?:{_SP}{_PART})?(?:{_SP}{_ITEM})?")

# The commonest links written plainly, tried before LOCATOR (a third of its cost, which is most
# of reading a new chain): 第14页, 第14-15页第27项, 第十一项, 第二十条, 第二十条第二款. Where one
# of these ends LOCATOR would end too unless a space, a range's dash or 第 follows (the caller
# checks that character; see `citations._plain_locator`); ASCII digits, simplified units and
# no spaces only, anything else is left to LOCATOR.
_PLAIN_NUM = "[0-9]{1,9}"
_PLAIN_CN = "[一二三四五六七八九十百]{1,9}"
LOCATOR_PLAIN = _re(
    rf"第(?:(?P<p1>{_PLAIN_NUM})(?:{_RANGE}(?P<p2>{_PLAIN_NUM}))?页"
    rf"(?:第(?:(?P<num>{_PLAIN_NUM})|(?P<num_cn>{_PLAIN_CN}))项)?"
    rf"|(?:(?P<item>{_PLAIN_NUM})|(?P<item_cn>{_PLAIN_CN}))项"
    rf"|(?P<article>{_PLAIN_CN})条(?:第(?P<kuan>{_PLAIN_CN})款)?)"
)

# Every character a chain of locators can hold (LOCATOR and BARE_ITEM above, and the 、 between
# links): the chain after a number is read from this run alone, so its parse can be memoised
# on the run's text. Possessive: one C-level scan, never given back.
# After a unit (页, 项, 条, 款, 章 …) the grammar goes on only with spaces, 第, a range's dash,
# 、 or the digits of a next page, so the run ends at any other character there: nothing from
# it on is read, and the memo key of `第16页第41项）（4分）` (the seed's `（属…第16页第41项）（4分）`)
# or `第十二条部署` is the chain alone, shared with every other mention of that clause.
# 和 及 与 以 join a list's last link (`第二十条、第二十一条和第九十四条`, `以及`).
_RUN_GOES_ON = rf"[ \t\u3000\xa0第0-9０-９、和及与以{regex.escape(DASHES)}]"
_RUN_OTHER = (
    rf"[页{regex.escape(OPEN_BRACKETS + CLOSE_BRACKETS)}"  # a bracket only around a section's number
    r"零〇一二三四五六七八九十百两.项項条條款点點部分章节節]"
)
_LOCATOR_RUN = rf"(?:{_RUN_GOES_ON}++|(?<![页项項条條款点點章节節分]){_RUN_OTHER})*+"
LOCATOR_RUN = _re(_LOCATOR_RUN)

# NUMBER (above) also reads, after its 号, the run of locator characters (LOCATOR_RUN) as the
# group `run`, inside a look-ahead: the match still ends at 号, and the citation reader takes
# the run from the match instead of matching LOCATOR_RUN again (one call less per number).
# The year may carry its 年 inside the bracket (`泉委发（2021年）5号`, `泉委发〔2021年〕5号`): the
# same number. Such a bracket is an anchor only when a serial and 号 follow it (the look-ahead):
# `实施方案（2021年）` is prose, neither read nor reported, and costs no more than other prose.
# ANCHOR above stays the bare bracketed year: it is the benchmarks' floor.
# A one-digit serial in brackets right after four digits (`人社发2024(9)`) is an anchor too, the
# second branch after `year`'s first digit: tried only where one digit and a closing bracket
# follow the opening one (`（4分）` fails at 分), then a look-behind of four digits before a
# round bracket (`citations._year_then_serial` reads it). Written as an alternation at every
# bracket, it cost 2.0 M instructions a MB of cells (0.45 %).
# A number whose page lost its 〕 and 号 (a county's and a district's sites, 2017 and 2020, drop
# them and a date's 年月日) is an anchor too, `lost`, read by the caller (`citations._numbered`),
# never by the fast path (its `bad` branch): `牟政办发〔201746` ends its line. The digits after a
# four-digit year, up to the line's end, are the serial; the caller reads them only after a code
# and a year of 19xx or 20xx. Tried only where the year's bracket does not close: free elsewhere.
# (Not a bracket left empty, `赣农厅办函〔〕44号`: an alternative at every bracket, `（4分）` in
# every target cell, cost 4% of NUMBER's scan of cells; left unread, unreported.)
_LINE_END = r"(?=[ \t\u3000\xa0]*+(?:\r?\n|$))"
_NUMBER_ANCHOR = (
    rf"{_OPEN}{_SP}(?P<year>{_DIGIT}(?:{_DIGIT}{{1,3}}+|(?=[）)])(?<={_DIGIT}{{4}}[（(]{_DIGIT}))){_SP}"
    rf"(?:{_CLOSE}|年{_SP}{_CLOSE}(?={_SPN}第?{_SPN}{_SERIAL}{_SPN}[号號])|(?P<lost>{_DIGIT}{{1,4}}+){_LINE_END})"
)
NUMBER = _re(rf"{_NUMBER_ANCHOR}(?(lost)|(?:{_TAIL}(?=(?P<run>{_LOCATOR_RUN})))?)")

# A number written with no bracket at all (`人社局2020年47号`, `泉委发2021年第5号`), found by its
# 年 (a literal first character, so the search skips to each 年 in C). The look-behind, after
# the 年 so that the literal still leads, wants exactly four digits before it and before them a
# letter of the issuer, not 令 or 告: `…令2016年第3号` and `…公告2018年第28号` are a decree's
# and an announcement's own writing, read by their patterns. The issuer itself is checked by
# the caller (`citations._bare_numbers`), which keys the number `issuer〔year〕N号`. Not 号令 or
# 号公告 (inverted), nor 号线, 号楼, 号台风 (`2021年第3号台风`), 号床 (a bed).
# The second branch reads a number written year first (`2016年财税第36号`, a search site's
# shorthand): letters right after the 年 (group `code`, up to eight, `_CODE_LETTER`), 第 and
# the serial (`first_serial`); the caller reads it only when the letters are a code the
# gazetteer knows (`2021年全市第5号`, `2023年度第3号` are prose). 第 is required: without it
# the letters are prose far more often than a code (`2021年中央1号文件`, the Central Committee's
# first document of the year, in many a target cell). Both branches start at the one 年: one
# search per text, as before.
# A letter of a code written after its year (`2016年财税第36号`): CJK of the basic and first
# extension blocks but 第 (U+7B2C, which ends the code), and Latin letters. Ranges, not `\w`: a
# range is a comparison, a category a table look-up, and this class is tried after each 年.
_CODE_LETTER = "\u3400-\u4dbf\u4e00-\u7b2b\u7b2d-\u9fffA-Za-zＡ-Ｚａ-ｚ"
BARE_NUMBER = _re(
    rf"年(?:(?<=[^0-9０-９令告\s]{_DIGIT}{{4}}年){_SP}第?{_SP}(?P<serial>{_DIGIT}{{1,9}}+){_SP}"
    rf"[号號](?![{NOT_AFTER_HAO}令]|公告)"
    rf"|(?=[{_CODE_LETTER}])(?<={_DIGIT}{{4}}年)(?P<code>[{_CODE_LETTER}]{{1,8}}+)第{_SP}"
    rf"(?P<first_serial>{_DIGIT}{{1,9}}+){_SP}[号號](?![{NOT_AFTER_HAO}令]|公告))"
)
# The last character of an issuer code the gazetteer does not know that may write a number
# without brackets: a document kind (发 函 字 办 规 通 文 电 传) or an organ (局 委 府 厅 部 社 政
# 院 署): `人社局2020年47号`, `京社保发2021年9号`, `冀教财函2019年155号`. Anything else before a
# year (`于2021年5号`, `全市2021年第5号`) is prose: no number.
BARE_ISSUER_ENDS = "发發函字办辦规規通文电電传傳局委府厅廳部社政院署"
# A year glued to its serial with no 年 (`湘人社发201851号`) is the weakest writing of a number: an
# unknown issuer before it must end like a kind of document, not an organ (`住院部201851号`, a
# ward's bed; `销售部…`), unless the gazetteer knows it or it is a national organ's name.
GLUED_ISSUER_ENDS = "发發函字办辦规規通文电電传傳"
# A certificate's number is written like a document's (`房权证字201851号`, `京房权证朝字第…号`,
# `闽泉证字…`, a notary's): an issuer ending 证字 (or 权证 + a district + 字) is none.
CERTIFICATE_ISSUER = _re(r"(?:证|證)字$|权证.字$|權證.字$")
# A bracketless number whose issuer ends like no code is still read when the sentence itself
# calls it a document: 文 or 文件 right after its 号 (`财2019年19号文件`, `税务2017年45号文件`: a
# one-letter or shortened code). Such an issuer is at most this many letters, and is not a
# phrase of prose: it does not start with a determiner (`全市2021年第5号文件`, `我市…`, `本…`)
# nor end with a word that ends a phrase (`第`, `于`, `的` …; `会议定于2021年5号文件`) or a
# decree's or an announcement's series (`公告2018年第28号`: no organ).
LOOSE_BARE_ISSUER_MAX = 4
LOOSE_BARE_NOT_FIRST = "全本我该該各此其每今明去"
LOOSE_BARE_NOT_LAST = "第于於在的至到自从從为為是等将將前后後起止告令里裡级級家央"
# (里 级 家 央 end words that name a level, not an organ: `按照上级2019年19号文件`, `市里`,
# `省里`, `国家`, `中央` — no code, a one-letter code is 财 or 税务, not a level.)


# An annex of the cited document, before the locators inside it (`泉委办〔2021〕20号附件2第3项`,
# `附件二`, `附件 2`): registers and task tables are mostly a notice's annexes. The number is
# optional (`附件第12项`: a notice's only annex is unnumbered, GB/T 9704 §7.3.3). Matched where
# a locator chain may start (after 号, a title, a decree).
ANNEX = _re(rf"附件{_SP}(?P<num>{_DIGITS}|[一二三四五六七八九十]{{1,3}}+)?")

# After 、 an item may drop its 第 (`第27项、28项`).
BARE_ITEM = _re(rf"{_SP}(?P<num>{_DIGITS}|{_CN_NUM}){_SP}(?P<unit>[项項条條款点點])")

# Several items under one 第 and one unit (`第14页第27、28项`, `第二十九、三十条`): each is a
# locator. Only 、 joins them: a comma after a number ends the citation's list item. The
# numbers are read from `nums` by splitting on 、; possessive, so a failed unit is not retried.
ITEM_LIST = _re(rf"第{_SP}(?P<nums>{_NUM}(?:{_SP}、{_SP}{_NUM})++){_SP}(?P<unit>{_UNIT})")

# A decree (令) is numbered by the organ that signs it, not by a bracketed year (issue 13):
# `国务院令第699号`, `中华人民共和国国务院令（第253号）`, `国家发展改革委令2016年第3号`,
# `中华人民共和国主席令第七十号`, and the inverted `国务院第493号令`. The organ is read
# backwards from the match like an issuer; this pattern is only run on text holding 令. A
# decree's own heading breaks the line after 令 (`中华人民共和国国务院令\n\n  第227号`).
# Matched at each 令 found by `str.find` (one C scan), not searched for: an alternation that
# may start with 令 or 第 makes the engine try both at every character of a long text.
DECREE = _re(
    rf"令{_SPN}(?P<open>[（(]{_SP})?(?:(?P<year>{_DIGIT}{{4}}){_SP}年{_SP})?第?{_SP}(?P<serial>{_NUM}){_SP}[号號]"
)
# The inverted form, read backwards from its 令: `国务院第493号令`, and with the year of a series
# numbered by year (`住建部2023年3号令`, 第 optional after the year as in DECREE).
# It ends at 号: the caller matches it back from 令 less the spaces before it (`第493号 令`). A
# trailing space run here, the first thing a REVERSE search tries, rescanned a long run of
# spaces from every position once the alternation left no literal for the engine to skip to.
DECREE_BEFORE_REVERSED = _regex(
    rf"(?:(?P<year>{_DIGIT}{{4}}){_SP}年{_SP}第?|第){_SP}(?P<serial>{_NUM}){_SP}[号號]", regex.REVERSE
)
# An announcement (公告) of a ministry or bureau is numbered by year, with no bracket, after
# the organ that issues it: `国家税务总局公告2018年第28号`, `财政部 税务总局公告2019年第39号`
# (two organs, a space between), `海关总署公告2020年第5号`, and inverted
# `国家税务总局2018年第31号公告`. The year is required: `第5号公告` names no series. Matched at
# each 公告 found by `str.find`, like DECREE; the inverted form read backwards from 公告.
# Some organs number their announcements in one series with no year, as a decree is numbered:
# a people's congress's standing committee (`全国人民代表大会常务委员会公告第26号`,
# `河北省第十三届人民代表大会常务委员会公告第96号`, `深圳市第六届…公告第一九九号`): then 第 is
# required after 公告 (`公告（第26号）` too).
NOTICE = _re(
    rf"公告{_SPN}(?P<open>[（(]{_SP})?(?:(?P<year>{_DIGIT}{{4}}){_SP}年{_SP}第?|第){_SP}(?P<serial>{_NUM}){_SP}[号號]"
)
NOTICE_BEFORE_REVERSED = _regex(
    rf"(?P<year>{_DIGIT}{{4}}){_SP}年{_SP}第{_SP}(?P<serial>{_NUM}){_SP}[号號]", regex.REVERSE
)
# A list written inverted, the word after the last serial (`财政部、税务总局2020年第13号、24号公告`,
# `国务院第493号、第494号令`): the first number (group `first` ends at its 号) and the serials
# after it (`more`, read by SERIAL_LIST from where `first` ends). Read backwards from the word,
# within the caller's reach.
_LISTED_BEFORE = rf"(?P<more>(?:{_SP}[、和及与]{_SP}第?{_SP}{_DIGIT}{{1,9}}{_SP}[号號])++){_SP}"
NOTICE_LIST_BEFORE_REVERSED = _regex(
    rf"(?P<year>{_DIGIT}{{4}}){_SP}年{_SP}第{_SP}(?P<serial>{_DIGIT}{{1,9}}){_SP}[号號]{_LISTED_BEFORE}",
    regex.REVERSE,
)
DECREE_LIST_BEFORE_REVERSED = _regex(
    rf"第{_SP}(?P<serial>{_DIGIT}{{1,9}}){_SP}[号號]{_LISTED_BEFORE}", regex.REVERSE
)
# An organ's term written in Arabic digits (`深圳市第7届人民代表大会常务委员会`): the letters of the
# organ stop at the digits, so the term and the place before it are read on backwards from 届.
# Matched on the reversed text right before the organ's 届.
ORGAN_TERM_BACK = _re(r"[0-9０-９]{1,3}第")
# The last character of an organ that signs decrees: 国务院, 财政部, 发展改革委, 总局, 中国人民银行,
# 委员会, 主席, 人民政府. Anything else before 令 (指令, 命令, 口令) is a word, not an organ.
DECREE_ORGAN_ENDS = "院部委局署行会席府厅办室"
# A numbered division (师) is an organ too (`新疆生产建设兵团第一师令第3号`, `农八师`): 师 ends an
# organ only after its number, so `律师`, `教师`, `工程师` before 令 stay words.
DIVISION_ORGAN = _re(r"[一二三四五六七八九十]{1,3}师$")
# The writer's own organ named by a determiner (`根据本局公告第3号`, `我部令第5号`, `该会公告第2号`):
# it ends like an organ, but no key can name it (every 局 writes 本局). Only a determiner and one
# organ word: `本溪市人民政府令` is a place's.
RELATIVE_ORGAN = _regex(r"^[本我该該此其](?:委员会|委員會|政府|局|委|部|院|会|會|厅|廳|府|办|辦|署|行|室)$")
# Committees of owners and of elections are bodies of residents, not organs of government:
# their notices (`小区业主委员会公告第3号`, `村选举委员会公告（第1号）`) are no documents a form
# cites, though they end like an organ (会). Not decrees or announcements.
SELF_GOVERNING_BODY = _re(r"(?:业主委员会|業主委員會|业委会|業委會|业主大会|業主大會|选举委员会|選舉委員會)$")
# What is cut from the front of a decree's organ: the state's name (`中华人民共和国国务院令`
# is 国务院令) — the key drops it, the text as written keeps it.
DECREE_STATE = "中华人民共和国"
# A date glued before an organ (`2019年3月2日国务院令第710号`): the organ starts after it.
DATE_PIECE = _re(r"[年月日号號]")
# A locator glued before an organ (`《条例》第十二条和国务院令第699号`): it closes the citation
# before, so the organ starts after it (and after the 和 that links them). An organ's own name
# never holds 第N条/款/章/节/项/页 (a 第一师 ends in 师 and is kept).
LOCATOR_BEFORE_ORGAN = _re(rf"第{_SP}{_NUM}{_SP}(?:条|條|款|章|节|節|项|項|页|頁|篇|部分)")

# Spaces and line breaks: text pulled out of a PDF or a web page breaks lines anywhere,
# `（以下简称\n《安全生产法》）` included.
_SP_BREAK = r"[ \t\u3000\xa0\r\n]*+"

# A short name given right after a citation (issue 13): `（国发〔2015〕11号，以下简称《意见》）`,
# `《X》（以下简称“规划”）`, `简称《条例》`. Matched at the citation's end; the name is up to 30
# characters without brackets, quotes or punctuation. A name in 《》 or quotes must close.
# `国发〔2019〕7号文件（以下简称…）`: the 文件 after 号 does not stop it. `（下称《通知》）` is
# the same declaration, shorter. A quoted word that the
# name runs on after (`以下简称“十四五”规划纲要`) is part of a bare name, quotes and all: the
# name is `“十四五”规划纲要`, not `十四五` (tried before the quoted name, which must then end).
ALIAS = _re(
    rf"(?:文件|文)?[）)]?{_SP}[（(，,]?{_SP}(?:(?:以下|下文)(?:简称|簡稱|统称|統稱|称|稱)|下称|下稱|简称|簡稱)(?:为|為)?[:：]?{_SP_BREAK}"
    r"(?:《(?P<book>[^《》\n]{1,30})》"
    r"|(?P<bare>(?:[“\"「『‘][^“”\"「」『』‘’\n]{1,30}[”\"」』’])?[^《》“”\"「」『』‘’（）()，,；;。、\s]{1,30})"
    r"|[“\"「『‘](?P<quoted>[^“”\"「」『』‘’\n]{1,30})[”\"」』’])"
)

# A number followed by the title it stands for, introduced by 即 ("that is"): `泉委办〔2021〕20号，
# 即《…实施方案》`, `国发〔2015〕11号文件（即《…的意见》）`. The 《》 is the number's title, not a
# second document. Matched right after the number; what is up to the 《 only (the caller pairs
# the 》).
SAME_AS = _re(rf"(?:文件|文)?{_SP}[，,（(]?{_SP}即(?=《)")

# A title written right after its number without brackets (issue 13): the issuer's heading
# line `厦府〔2020〕5号厦门市人民政府关于印发…的通知`. It must hold 关于 and end like a
# document's name at the end of the phrase; bounded, so a long line costs a fixed amount.
TITLE_AFTER_NUMBER = _re(
    r"[^\s，,；;。！？!?：:《》（）()\[\]【】〔〕\n]{0,40}?关于[^，,；;。！？!?\n]{1,200}?"
    r"(?:的通知|的意见|的决定|的批复|的复函|的函|的通报|的报告|的请示|的公告)(?=[\s，,；;。！？!?）)]|$)"
)

# A title never starts with the addressee (issue 13): `你省关于…的请示（闽政〔2020〕5号）` names
# `关于…的请示`. Pronouns and polite forms of address, with what an addressee "sent".
TITLE_ADDRESS = _re(
    r"^(?:你们|(?:你|贵)(?:省|市|区|县|州|盟|旗|部|委|局|厅|办|院|校|司|处|单位|公司|中心))"
    r"(?:报来|报送|上报|呈报|所报|提交|报)?的?"
)

# A law's edition written in brackets between its title and the article cited
# (`《中华人民共和国消防法》（2021年4月29日修正）第十六条`, `（2018年修订）`, `（2021修正本）`,
# `（2017年版）`, `《个人信息保护法》（2021年）第13条`): it says which text of the law, not another
# document, so the article after it is still the law's. A word (修正, 修订, 修改, 版) or a year
# with 年 is required: `（试行）` or bare digits are no such note. Text copied from a PDF breaks
# lines inside it (`（\n2002\n年）`). Matched at the bracket after the 》; bounded.
_EDITION_DAY = rf"{_DIGIT}{{1,2}}{_SP_BREAK}月{_SP_BREAK}(?:{_DIGIT}{{1,2}}{_SP_BREAK}日)?"
_EDITION_DATE = rf"{_DIGIT}{{4}}{_SP_BREAK}年?{_SP_BREAK}(?:{_EDITION_DAY})?"
AMENDMENT_NOTE = _re(
    rf"[（(]{_SP_BREAK}(?:(?:{_EDITION_DATE})?{_SP_BREAK}(?:第?[一二三四五六七八九十]{{1,3}}次)?"
    rf"(?:修正|修订|修訂|修改|版)本?|{_DIGIT}{{4}}{_SP_BREAK}年){_SP_BREAK}[）)]"
)

# One line break after a law's 》 (spaces around it), and the 第 that starts the next line: an
# article may be written there (`【法律】《…治安管理处罚法》` + line break +
# `第二十三条第一款第(一)项`, a 权责清单's 法律依据 column copied). The reader takes it only when
# it is a 款 or 项 of an article (`citations._article_next_line`): a law printed in full starts
# its own text with `第一条` or `第一章` on the line after its title.
NEXT_LINE_ARTICLE = _re(r"[ \t\u3000\xa0]*+(?:\r\n?|\n)[ \t\u3000\xa0]*+(?=第)")

# A month or day after a bracketed year (`会议定于（2020）12月5号`): a date, not a serial.
DATE_AFTER_YEAR = _re(rf"{_SPN}{_DIGIT}{{1,2}}{_SP}[月日]")

# Runs of spaces, skipped by one C-level match instead of a Python loop per character (a
# hostile cell may hold 10⁵ of them): forwards after 号, backwards before a bracket (BREAK_RUN_BACK
# is matched on the reversed text, as ISSUER_RUN_BACK below).
SPACE_RUN = _re(r"[ \t\u3000\xa0]++")
BREAK_RUN_BACK = _re(r"[ \t\u3000\xa0\r\n]++")

# A letter that may name a document (CJK or Latin): a 文件依据 segment without one names none.
NAME_LETTER = _regex(r"[\p{Han}A-Za-zＡ-Ｚａ-ｚ]")

# Where a segment ends when looking forwards: one C-level search, never one `find` per
# separator (each of which would scan to the end of a long text that lacks it).
SEGMENT_END = _re(r"[，,；;。\n]")

# `regex`'s \p{Han} written out as code-point ranges for the standard library's `re`, which has
# no Unicode properties (generated from regex 2026.12.2; a test holds the two equal over every
# code point and prints the ranges anew when a `regex` upgrade changes them).
HAN_RANGES = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6"
    "\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0"
    "\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a\U00031350-\U00033479"
)

# Scanned backwards from the year's bracket: the run of letters that may be an issuer code,
# and the nearest character that can end a title's segment. Matched forwards on the text
# reversed once per `extract` (`text[::-1]`, 0.1 µs a paragraph): a stdlib `re` match there
# costs half of a `regex.REVERSE` match on the text (0.5 vs 1.0 µs), and the citation reader
# makes one or two per number.
ISSUER_RUN_BACK = _re(rf"[{HAN_RANGES}A-Za-zＡ-Ｚａ-ｚ]{{1,40}}")

# A number whose year is glued to its serial with no 年 and no bracket (`湘人社发201851号`): five
# to eight digits between a letter of the issuer and 号 (four of the year, one to four of the
# serial). Found by its 号 (a literal first, so the search skips to each 号 in C), then look-
# behinds of fixed width, one per length of the digit run: the digit run must start right after
# a letter (`京公网安备11010502030143号` is a longer run, `第20180号` is read by the caller as
# prose: 第 ends no code). The issuer and the year are checked by the caller
# (`citations._glued_numbers`): it reads only after a code, and reports a run whose first four
# digits are no year. Not 号线, 号楼 … (NOT_AFTER_HAO).
# Five digits right before the 号 are tested first (most 号 follow one to three), the letter
# before the run (a class of many ranges) last.
# A code and a serial with no year right after a label (see `_GLUED_BEHIND`'s last form): letters
# that are no decree's or series' (`文号：国务院令第699号` names a decree, which has no year).
_LABEL_CODE = rf"(?:(?![第令])[{HAN_RANGES}A-Za-zＡ-Ｚａ-ｚ]){{1,10}}+"
# (The label's 號 may carry its pinyin gloss: `字號(hào)公法制2號`, see PINYIN_GLOSS_BACK.)
_GLOSS = r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)"
# (In the search's look-ahead any run of what is no digit, space, bracket or stop stands for the
# letters, a class cheap to compile three times over; the caller checks the letters.)
_LABELLED_NO_YEAR_AHEAD = (
    rf"(?:{_GLOSS})?[:：]?{_SP}[^\s0-9０-９第令〔〕（）()《》，,。；;：:、]{{1,10}}+{_DIGIT}{{1,4}}+[号號]"
)
LABELLED_NO_YEAR = _re(
    rf"(?:{_GLOSS})?[:：]?{_SP}(?P<code>{_LABEL_CODE}){_DIGIT}{{1,4}}+[号號](?![{NOT_AFTER_HAO}])"
)
# The same with 第 between the year and the serial and no 年 (`国档发1991第20号`, `甬价费2018第13号
# 文件`: search sites' titles of a national and a city's notice): one to four digits of the serial
# after 第 and a digit before it (the caller reads the year's other digits and the code). One
# look-behind for the four lengths (each padded to the longest with any character before it): a
# look-behind per length cost four calls at every 号, +4 M instructions on 1 MB of cells.
_GLUED_YEAR = (
    rf"(?<={_DIGIT}{{5}}[号號])(?:"
    + "|".join(rf"(?<=[{HAN_RANGES}A-Za-zＡ-Ｚａ-ｚ]{_DIGIT}{{{n}}}[号號])" for n in range(5, 9))
    + ")"
)
_GLUED_DI = (
    "(?<=(?:" + "|".join("(?s:.)" * (4 - n) + rf"{_DIGIT}第{_DIGIT}{{{n}}}" for n in range(1, 5)) + ")[号號])"
)
# … and the 号 of a page's label for a number (文号, 发文字号) that a number with no year follows
# (`發文字號公法制2號`, the Ministry of Public Security's rules of 1989 as a law site lists them):
# reported by the caller (`LABELLED_NO_YEAR`), which no other reader would.
_GLUED_LABEL = rf"(?<=[文字][号號])(?={_LABELLED_NO_YEAR_AHEAD})"
_GLUED_BEHIND = f"(?:{_GLUED_YEAR}|{_GLUED_DI}|{_GLUED_LABEL})"
# A literal first: the search skips to each 号 in a tight loop, where a class of two characters
# costs a test per character of the text (10 of the 344 M instructions of 0.5 MB read as one
# string). 號 has a pattern of its own, searched only in text that holds one.
GLUED_NUMBER = _re(rf"号{_GLUED_BEHIND}(?![{NOT_AFTER_HAO}])")
GLUED_NUMBER_TRADITIONAL = _re(rf"號{_GLUED_BEHIND}(?![{NOT_AFTER_HAO}])")

# A number whose serial stands in brackets right after a bracketless year, with no 号 or with
# 号 after the bracket (`人社发2024(91)`, `人社发2024（91）号`): the bracket is found as NUMBER's
# anchor (its two to four digits read as a short year), and the caller (`citations._numbered`)
# reads it when four digits of a year stand glued before the bracket, after a code: what
# follows the closing bracket is this. A one-digit serial (`人社发2024(9)`) is an anchor only
# after four digits (NUMBER's look-behind), so `（4分）` costs a test of the character before it.
YEAR_SERIAL_HAO = _re(rf"{_SP}[号號](?![{NOT_AFTER_HAO}])")
# … but a bracket after a year that a counted noun follows is a class or a batch, no serial
# (`中文2024(1)班`, `思政2024（2）班`, `人社发2024(1)期培训`): 文 and 政 end codes too.
YEAR_SERIAL_NOT_AFTER = "班期届屆批组組队隊"
TITLE_STOPS_BACK = _re(r"[《》（）()，,；;。\n]")
# The common title segments before a number's bracket in one match on the reversed text
# (`citations._bind_title`): letters, and 《…》 pairs (`》…《` reversed) holding no bracket or
# 《》 of their own — separators inside a title are part of it. Possessive: never given back.
TITLE_SEGMENT_BACK = _re(r"(?:[^《》（）()，,；;。\n]++|》[^《》（）()]*+《)*+")

# The brackets a title's walk back from a number counts (`citations._title_walk`): a segment
# of a long text with a closer and no opener before it is read together with the segment
# before (`citation_segments`: the walk may run on past the cut between them).
WALK_BRACKETS = _re(r"[（）()《》]")

# The fast path's scan (`citation_fast`, issue 13): the commonest citations of running text,
# each read by one match of one stdlib `re` pattern over the whole text, in order. Every
# branch starts at the character the general reader starts from (《, a year's bracket, 令), so
# no branch can swallow a citation the general reader would find: what a branch reads is
# exactly what the general reader reads there, or the reader is told to give up (`bad`, and
# the checks in `citation_fast`). The branches:
#   `《T》（泉委发〔2021〕5号，以下简称《A》）`: a titled number, its short name optional (and
#   `《T》的通知（…）`, the notice that issues T);
#   `《T》` and the run of locator characters after it: a title-only citation (a law and its
#   article; not a colon after it, `《T》：第十条`, a 法律依据 list: `citation_fast` gives up);
#   `泉委发〔2021〕5号` and its locator run (the issuer is read backwards, as the general reader
#   reads it);  `令第699号`, `令2016年第3号`: a decree (its organ read backwards).
# The commonest locator links (`第二十条第二款` after a title, `第14-15页第27项` after a number)
# are groups of their own, LOCATOR_PLAIN's shapes: when the run holds nothing after them, they
# are the whole chain and are read from the groups, without a memo miss per new chain.
# `bad`: every other place the general reader starts from — a 《, a year's bracket (ANCHOR),
# a 令 a decree may hang on (forwards `令第…号` or backwards `…号令`) — and the constructions of
# the citation grammar still growing (a year and 号 without a bracket, `（2021年）5号` and its
# short years `〔021年〕5号`, which the general reader reports; not `（2021年）年度总结`, which no
# number follows; a year then letters, 第 and a serial, `2016年财税第36号`; a one-digit serial in
# brackets after four digits, `人社发2024(9)`; a year's bracket left open at a line's end,
# `〔201746`: NUMBER's `lost`; a 号 after a year glued to its serial, `湘人社发201851号`, or after
# a year and 第, `国档发1991第20号`, or a label's 号 before a yearless number, `文号公法制2号`:
# GLUED_NUMBER's look-behinds, which is why 号 is one of the characters the scan stops at): the text
# is read by the general reader. No stdlib `re` branch here is slower than the general
# reader's own per-number patterns: one scan instead of three passes and their per-number calls.
# A title's letters: no 《》, no line break, no bracket that may open a year (`〔[【［〖﹝〘`, and
# 〈 （ ( only when no year follows), no 令 (a decree in a title is the general reader's), and
# parentheses only as balanced pairs (the general reader's title walk counts them).
_YEAR_AFTER_OPEN = rf"{_SP}{_DIGIT}{{2,4}}+{_SP}年?{_SP}{_CLOSE}"
_FAST_PLAIN = r"[^《》（）()\n令〔\[【［〖﹝〘〈<＜„]"
_FAST_TITLE = (
    rf"(?:{_FAST_PLAIN}++|[〈<＜„](?!{_YEAR_AFTER_OPEN})"
    rf"|[（(](?!{_YEAR_AFTER_OPEN})(?:{_FAST_PLAIN}++|[〈<＜„](?!{_YEAR_AFTER_OPEN}))*+[）)])*+"
)
_FAST_LETTERS = rf"[{HAN_RANGES}A-Za-zＡ-Ｚａ-ｚ]"


# A year's bracket and the serial after it, as NUMBER reads them (the general reader's checks of
# the year and the serial's length are made on the groups).
def _fast_number(year: str, serial: str) -> str:
    anchor = _ANCHOR.replace("(?P<year>", f"(?P<{year}>")
    tail = _TAIL.replace("(?P<di>", "(?:").replace("(?P<hao>", "(?:").replace("(?P<serial>", f"(?P<{serial}>")
    return anchor + tail


# The one character every branch starts at is matched first, by a character class: `re`
# then skips to the next such character in C (it does so only for a pattern that starts with a
# class or a literal), instead of trying each branch at every character of the text.
FAST_CITATION = _re(
    rf"[《令年号號{regex.escape(YEAR_OPENS)}]"
    rf"(?:(?<=《)(?P<t>{_FAST_TITLE})》"
    rf"(?:(?P<nt>的?通知)?[（(](?P<ni>{_FAST_LETTERS}{{1,40}}+)?(?P<nb>){_fast_number('ny', 'ns')}(?P<ne>)"
    r"(?:，以下简称《(?P<na>[^《》\n]{1,30})》)?[）)]"
    rf"|(?:第(?P<art>{_PLAIN_CN})条(?:第(?P<kuan>{_PLAIN_CN})款)?)?(?P<trun>{_LOCATOR_RUN}))"
    rf"|(?<={_OPEN}){_fast_number('y', 's')[len(_OPEN) :]}(?P<se>)"
    rf"(?:第(?P<p1>{_PLAIN_NUM})(?:{_RANGE}(?P<p2>{_PLAIN_NUM}))?页)?"
    rf"(?:第(?:(?P<i1>{_PLAIN_NUM})|(?P<i2>{_PLAIN_CN}))项)?(?P<run>{_LOCATOR_RUN})"
    rf"|(?<=令)(?:(?P<dy>{_DIGIT}{{4}})年)?第?(?P<ds>{_DIGIT}{{1,9}}|[零〇一二三四五六七八九十百两]{{1,9}})[号號]"
    rf"|(?P<bad>(?<=《)|(?<=[号號\s]令)|(?<=令)(?=[\s（(第0-9０-９零〇一二三四五六七八九十百两])"
    # a year's bracket (ANCHOR), with 年 and a serial after it, or left open at a line's end: one
    # look-behind for all of them
    rf"|(?<={_OPEN}){_SP}{_DIGIT}{{2,4}}+{_SP}(?:{_CLOSE}|年{_SP}{_CLOSE}{_SPN}第?{_SPN}[0-9０-９A-Za-zＡ-Ｚａ-ｚ]"
    rf"|{_DIGIT}{{1,4}}+{_LINE_END})"
    rf"|(?<=年)(?:[第\s]*{_DIGIT}{{1,9}}\s*[号號](?![{NOT_AFTER_HAO}])"
    rf"|[{_CODE_LETTER}]{{1,8}}+第{_SP}{_DIGIT}{{1,9}}+{_SP}[号號])"
    rf"|{_DIGIT}(?<={_DIGIT}{{4}}[（(]{_DIGIT})[）)]"
    # (the later two forms behind one test that the character scanned is 号: each costs more than
    # the first form at a stop that is no 号, a bracket or a 《, +4 M instructions on 1 MB of cells)
    rf"|{_GLUED_YEAR}|(?<=[号號])(?:{_GLUED_DI}|{_GLUED_LABEL})))"
)

# Leading words that are never part of an issuer code: `（属泉委发…`, `根据国发…`,
# `关于转发国办发…`. Longest first so that 依据 wins over a shorter overlapping word. 号 ends
# the number before (`国务院令第699号和〔2016〕3号`: the letters before the bracket are 号和,
# and no code starts with 号).
FUNCTION_WORDS: tuple[str, ...] = tuple(
    sorted(
        (
            "属", "根据", "依据", "依照", "按照", "参照", "对照", "结合", "落实", "贯彻", "执行",
            "详见", "见", "即", "和", "及", "与", "并", "或", "经", "以", "文件", "印发", "转发",
            "关于", "请", "按", "据", "由", "号", "號",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip

# One match strips a whole chain of leading function words (`关于转发` → 关于 + 转发).
LEADING_FUNCTION_WORDS = _re("^(?:" + "|".join(map(re.escape, FUNCTION_WORDS)) + ")++")

# A reading in pinyin printed in brackets after a character (`發(fā)`, `區(qū)`, `自治(zhi)區`): some
# sites print traditional text so, and the gloss may stand inside a code or between a code and
# its year's bracket (`國(guó)發(fā)〔2021〕26號`). Lower-case Latin letters, tone marks or not, up to
# six (the longest syllable, `zhuang`); matched on the reversed text like ISSUER_RUN_BACK, so
# the closing bracket comes first.
PINYIN_GLOSS_BACK = _re(r"\)[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\(")
# The same glosses inside a title (`《寧夏回族自治區(qū)…規(guī)劃》`, a region's 2012 notice as such a
# site prints it): no part of the document's name, so not of its title-only key. Only after a
# Chinese character and with a tone mark (such sites print every gloss with its tone), so
# `《办法(试行)》`, a Latin word after Latin letters (`《Python(py)入门》`) and a word glued to a
# Chinese one (`辅助(hidden)`, `len号(rows)`: a table's header, code) keep theirs.
TITLE_GLOSS = _re(
    rf"(?<=[{HAN_RANGES}])\((?=[a-z]*+[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{{1,6}}\)"
)

# Words that can never be part of an issuer code even in the middle of a run with no
# punctuation (`市委印发泉委发〔2021〕5号`): the issuer starts after the last of them. Single
# characters such as 和 or 经 are not here — 经 is part of real codes (闽经信). A web page's label
# for the number is (文号, 发文字号, 编号): copying a table row glues it onto the code
# (`发文字号法办〔2001〕246号`, `文号泾政〔2023〕1号`), and no code holds 号.
BREAK_WORDS = _re(
    "(?:印发|转发|下发|根据|依据|依照|按照|参照|对照|结合|落实|贯彻|执行|详见|文件|关于|通知|要求"
    "|文号|字号|编号|文號|字號|編號)"
)

# A 文件依据 segment that says there is no document (无, 见附件, /) or is only a date: not a
# basis document — taking it for one would hide a target with no source.
NOT_A_DOCUMENT = _regex(
    r"^(?:无|暂无|没有|不涉及|见附件\d*|详见附件\d*|附件\d*|略|/|／|-|—|－|\d{4}年(?:度)?)$"
)

# A list enumerator in front of a segment: （一）, (1), 1. 1、 一、 ①.
ENUMERATOR = _regex(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、|[①-⑳])\s*")

# Where one document's segment of a 文件依据 list ends: titles do not contain these.
SEGMENT_SEPARATORS = "，,；;。\n"

# Title clean-up: a leading `…关于印发` / `关于转发` / `印发` is the cover letter, not the title.
# Searched, not matched from ^ with a lazy `.*?`: the first hit ends where that would (~4 µs
# less per title). Titles are bound as written, so a page in traditional characters
# (`國務院辦公廳關於印發X的通知`, `…辦公廳印發<X>的通知`) has its lead in traditional too.
TITLE_LEAD = _re(r"印发|转发|下发|印發|轉發|下發")
# Only 通知 is dropped: `《X》的通知` is the notice that issues X, so X is the document's
# title; a 意见 or 决定 *is* the document, and its name keeps the word. The words apart:
# `citations` searches only titles that end with one of them (`str.endswith`).
TITLE_TRAIL_WORDS = ("通知",)
TITLE_TRAIL = _re(rf"的?(?:{'|'.join(TITLE_TRAIL_WORDS)})$")

# The points a 一级指标 declares at its end: `（4分）`, `(3 分)`, `（1.5分）`.
POINTS = _regex(rf"[（(]{_SP}(?P<points>{_DIGITS}(?:\.{_DIGITS})?){_SP}分{_SP}[）)]")

# A user's query that omits 号 (`泉委办〔2021〕20`): accepted by `canonical_key` only when the
# whole query is the number, so free text never gains a document it did not name.
QUERY_LENIENT = _regex(
    rf"^{_SP}(?P<issuer>[\p{{Han}}A-Za-zＡ-Ｚａ-ｚ]++){_SP}{_OPEN}{_SP}(?P<year>{_DIGIT}{{4}}){_SP}{_CLOSE}"
    rf"{_SP}第?{_SP}(?P<serial>{_SERIAL}){_SP}[号號]?{_SP}$",
)
# … and one written without brackets (`财2019年19号`, or with 第 for 年: `甬价费2018第13号`): a
# query that is just the number names it whatever its issuer looks like (in running text such
# an issuer needs 文件 after the number).
QUERY_LENIENT_BARE = _regex(
    rf"^{_SP}(?P<issuer>[\p{{Han}}A-Za-zＡ-Ｚａ-ｚ]++){_SP}(?P<year>(?:19|20|１９|２０){_DIGIT}{{2}}){_SP}"
    rf"(?:年{_SP}第?|第){_SP}(?P<serial>{_DIGIT}{{1,9}}+){_SP}[号號]?{_SP}$",
)

# --------------------------------------------------------------------------- forms
# Cell-level patterns of the form reader (`forms.py`).

# Later parts of up to four digits: a long list numbers its rows past 999 (1-1-1000), and a row
# whose id no longer matched fell to the slow path of rows without an id (issue 14). The first
# part, the category, stays under 1000: `2021-12-31` in a deadline cell is a date.
FORM_ID = _regex(r"^\d{1,3}(?:-\d{1,4}){1,2}$")
# A 分工方案 numbers its rows 1, 2, 3: a bare number is an id only in the header's 序号 column,
# since anywhere else it is a weight, a count or a page number. Up to five digits (50,000 rows).
PLAIN_ID = _regex(r"^\d{1,5}$")
# Typed and OCR'd ids join their parts with any dash, or with 一 (a dash misread as the
# numeral, `1一1一2`) — the numeral only between digits, where it cannot be text.
ID_DASH = _regex(r"(?<=\d)[-－—–‐‑‒―一](?=\d)")
# `1.3.1`: dotted ids need three parts, because `1.5` is a weight, not target 1-5.
DOTTED_ID = _regex(r"^\d{1,3}\.\d{1,3}\.\d{1,3}$")
# A worksheet's merged range as writers store it (`A1:C3`): upper-case column letters and
# ASCII row digits at both ends, read without the general cell-reference parsing.
PLAIN_RANGE = _re(r"([A-Z]{1,3})([0-9]{1,9}):([A-Z]{1,3})([0-9]{1,9})")
# Weights are numbers, sometimes written with their unit (`2分`, `0.5分`); `两分` is not.
FORM_NUMBER = _regex(r"^[+-]?\d+(?:\.\d+)?分?$")
# Deadlines, one vocabulary for the three deadline patterns (the seed's 完成时限 cell, a task
# list's deadline column, a deadline written among a task's owners): where in a month or year
# (`6月底`, `10月中旬`), a time with no end date (`全年`, `持续推进`) and a recurring one
# (`每季度`, `常态化`).
_DL_POINT = "底|份|前|中旬|上旬|下旬|末"
_DL_ONGOING = "年底|年内|全年|长期|持续|长期坚持|持续推进"
_DL_RECURRING = "每季度|每月|每年|每半年|常态化"
# A 完成时限 cell of the seed's family: a month (and day), a year-month-day, or an ongoing time.
DEADLINE = _regex(
    rf"^(?:\d{{1,2}}月(?:\d{{1,2}}日)?(?:{_DL_POINT})?"
    r"|\d{4}(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?)?(?:年底|年)?"
    rf"|{_DL_ONGOING})$"
)
ISO_DATE = _regex(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")
_TOTAL_WORDS = "(?:合计|小计|总计|共计|得分合计)"
FORM_TOTAL = _regex(rf"^{_TOTAL_WORDS}$|考评得分|总分值")
# A total written with its number in the same cell: `合计：70`, `合计 70分`, `小计：30`.
TOTAL_INLINE = _regex(rf"^{_TOTAL_WORDS}[:：]?(?P<n>\d+(?:\.\d+)?)分?$")
ERROR_VALUE = _regex(r"^#(?:REF!|DIV/0!|N/A|NAME\?|NULL!|NUM!|VALUE!)$")
# The unit ends at the next `…：` label on the line (`填报单位：X          填报日期：…`). It is
# read as words separated by spaces, each space run possessive and tested once for a label
# after it: a lazy `.*?` with a look-ahead for the label or the end rescanned the rest of a
# long space run at every step (a 100 KB line took minutes; issue 16).
FORM_UNIT = _regex(
    r"(?:参评单位|填报单位|责任单位|单位名称|单位)\s*+(?:[（(]\s*+盖章\s*+[)）])?\s*+[：:]\s*+"
    r"(?P<unit>\S++(?:[^\S\n]++(?!\p{Han}{2,10}\s*+[：:])\S++)*+)"
)
# Where a task list's preamble says what the whole list rests on (运城市 2017: `根据《…规划》
# (运政办发〔2016〕76号)精神,制定本方案`; 广东省 2021: `为贯彻落实全国两会精神,…省《政府工作报告》
# 部署`): the clause from its opening word to the sentence's end. The documents it names are
# every task's basis, apart from a task's own 文件依据 (`yiju.items`). The clause stops where the
# notice turns to what it does (`现将《规划》中…进行责任分解`, `结合我市实际,制定本方案`): a
# document named there is the list's subject or a short name, not what it rests on.
LIST_BASIS = _regex(
    r"(?:根据|依据|按照|遵照|为了?(?:深入|认真|全面|进一步|更好地?)?(?:贯彻落实|贯彻|落实))"
    r"(?:(?!现将|特制定|制定本|结合)[^。；;])*+"
)
# A section heading naming the leader of its tasks (湖州市 2019–2024, 桐乡市 2020):
# `一、洪湖鹏市长主抓重点工作`, `一、钱三雄市长牵头重点工作`, `二、张伟副区长分管工作`.
LEADER_HEADING = _regex(
    r"^(?P<name>\p{Han}{2,4}?)(?:同志)?(?:常务)?副?(?:市长|区长|县长|州长|旗长|镇长|乡长|省长|主任|书记)"
    r"(?:主抓|牵头|分管|负责|领衔|联系|包抓)的?(?:的)?(?:重点)?(?:工作|任务|事项)?$"
)
# A row of fields left to be filled in above a scoring form (`村名:  考核日期:2013年  月  日`, 衡山
# 2013): labels each followed by nothing or a date with its month and day left blank. No title.
_BLANK_DATE = r"\d{4}[ \t]*+年[ \t]*+月[ \t]*+日"
FILL_IN_FIELDS = _regex(rf"^(?:\p{{Han}}{{2,8}}[ \t]*+[:：][ \t]*+(?:{_BLANK_DATE})?[ \t]*+)++$")
# Where the filing unit stamps its seal (`填报单位：（盖章）`): a place left for the seal, no name.
SEAL_PLACEHOLDER = _regex(r"^[（(]\s*+(?:盖章|公章|签章|章)\s*+[)）]$")
# What a `单位：` line names when it gives the unit of measure of the table's numbers
# (`单位：万元`, `金额单位：元`, `单位：个、万元`), not the organisation that files it.
MEASURE_UNIT = _regex(
    r"^(?:金额|计量|数量|投资)?单位\s*+[：:]\s*+(?P<measure>(?:[万亿千百]?元|万|亿|个|项|%|％|人|亩|公里|千米|米"
    r"|平方米|吨|户|家|次)(?:\s*+[、,，/／]\s*+(?:[万亿千百]?元|个|项|%|人|亩|公里|平方米|吨|户|家|次))*+)\s*+$"
)
# `附件1` above a title: the attachment number of the cover letter, not the form's title.
ATTACHMENT = _regex(r"^附件\s*\d*$")
# The same label written before the title on one line: `附件1：某县2022年重点工作任务清单`.
ATTACHMENT_PREFIX = _regex(r"^附件\s*[\d一二三四五六七八九十]*\s*[:：、.．]?\s*(?=\S)")
FORM_DATE = _regex(r"(?P<y>\d{4})\s*(?:年|\.|-|/)\s*(?P<m>\d{1,2})\s*(?:月|\.|-|/)\s*(?P<d>\d{1,2})\s*日?")
FORM_YEAR = _regex(r"(?P<y>20\d{2}|19\d{2})\s*年")
SIGNATURE_PAIR = _regex(r"(?P<role>[\p{Han}]{2,10})\s*[:：]\s*(?P<name>[^\s:：]*)")
FORM_NOTES = _regex(r"^\s*备\s*注\s*[:：]")
# What stands between the parts of a hierarchical id (`1.2`, `1-2`, `1－2`, `1—2`, `1．2`).
ID_SEPARATORS = frozenset(".-－—–．")
# A notes row under a table (`注：…`, `说明：…`, `附注：`, `注1：`, `备注：`, `填表说明：`): not a task.
NOTE_ROW = _regex(r"^\s*(?:注|注释|附注|说明|备注|填表说明|填报说明)\s*\d*\s*[:：]")
# The same label alone in the first cell of a row, the note in the cells beside it
# (`备注 | 仅有…的部门和单位，考核扣分分值加倍。 | 原扣5分-现扣10分`).
NOTE_LABEL = _regex(r"^(?:注|注释|附注|说明|备注|填表说明|填报说明)$")
TITLE_WORDS = _regex(r"考评表|目标表|责任分解表|分工方案|工作清单|任务清单|责任书|考核表")
NAME_SPLIT = _regex(r"[、，,/／;；\n]+")
# Any opening or closing bracket: the form reader counts a list's depth over these alone (not
# `<>`, which are brackets only around a year: see YEAR_OPENS).
BRACKET = _regex(f"[{regex.escape(OPEN_BRACKETS)}]|[{regex.escape(CLOSE_BRACKETS)}]")

# A section heading of a 分工方案: `一、安全生产`, `二．防灾减灾`.
SECTION_HEADING = _regex(r"^(?P<number>[一二三四五六七八九十]{1,3})[、.．](?P<title>\S.{0,30})$")

# --------------------------------------------------------------------------- families
# Cell-level patterns of the reader for every family (`items.py`, `owners.py`, `columns.py`).

_CN_NUMERAL = "[一二三四五六七八九十百零〇两]{1,4}"
# Numbering written at the start of a cell, one alternative per style and level of the
# Chinese outline convention (GB/T 9704 §7.3.3): `一、` `（一）` `1.` `1．` `1、` `（1）` `①`, and
# `第一部分`. A dotted number must not run into a decimal (`1.5亿元` is text) and `1. ` may
# have a space after the dot. The group name says the style, so that levels can be told apart.
# The small forms `﹒` and `﹑` (U+FE52, U+FE51) stand for `.` and `、` in some typesetting (安徽省
# 2022 重点工作 as a newspaper reposted it: `1﹒全省生产总值…`).
NUMBERING = _regex(
    rf"^[ \t]*+(?:"
    rf"(?P<cn>{_CN_NUMERAL})[ \t]*+[、﹑.．﹒,，][ \t\n]*+"
    rf"|[（(][ \t]*+(?P<pcn>{_CN_NUMERAL})[ \t]*+[）)][ \t]*+[、.．]?[ \t\n]*+"
    rf"|第(?P<part>{_CN_NUMERAL})(?:部分|章|节|篇)[ \t]*+[、.．:：]?[ \t\n]*+"
    rf"|(?P<ar>\d{{1,3}})(?:[ \t]*+[、﹑．﹒]|\.(?!\d))[ \t\n]*+"
    rf"|[（(][ \t]*+(?P<par>\d{{1,3}})[ \t]*+[）)][ \t]*+[、.．]?[ \t\n]*+"
    rf"|(?P<circ>[①-⑳])[ \t\n]*+"
    rf")"
)
# `17.2型糖尿病…`: a number and a dot before a digit, numbering only where the sequence of the
# rows above says so (item 16 before it); alone it reads as a decimal (`1.5亿元`).
NUMBERING_BEFORE_DIGIT = _regex(r"^[ \t]*+(?P<ar>\d{1,3})[.．](?=\d)")
# An id cell that holds only a section's numeral: `一`, `二、`, `（三）`, `第一部分`. Items are
# numbered in Arabic digits under such rows (a Word export writing `一 | 城市建设` across the id
# and text columns instead of merging them), so the row is a section, not an item.
SECTION_NUMERAL = _regex(
    rf"^[ \t]*+(?:(?P<cn>{_CN_NUMERAL})[ \t]*+[、.．]?|[（(][ \t]*+(?P<pcn>{_CN_NUMERAL})[ \t]*+[）)]"
    rf"|第(?P<part>{_CN_NUMERAL})(?:部分|章|节|篇))[ \t]*+$"
)
# `（共6项）`, `(共 12 项)`: the count of a section's items, not part of its name. Searched
# for, so a match starts only where a run of spaces starts (the lookbehind): started inside
# a run, each start would rescan the rest of it, quadratic on a cell of spaces (issue 16).
SECTION_COUNT = _regex(
    r"(?<![ \t])[ \t]*+[（(][ \t]*+共?[ \t]*+\d++[ \t]*+(?:项|条|个|件)[ \t]*+[）)][ \t]*+$"
)
# Marks of monitored or key indicators printed before or after the text (`▲`, `★`).
MARKERS = "▲△★☆●◆◇■□※＊*"
LEADING_MARKERS = _regex(rf"^[{regex.escape(MARKERS)}\s]++")
TRAILING_MARKERS = _regex(rf"[{regex.escape(MARKERS)}\s]++$")
# A parenthetical at the end of a unit's name (`（办公室设在东街街办）`, `（市、区）`).
TRAILING_PARENTHETICAL = _regex(r"(?:[（(][^（()）]*+[）)])++$")
# How organs' and units' names end: 局, 办, 委, 中心, 街道, 开发区, 部 … and collective ones
# (`各有关单位`, `各县（市、区）`, `各乡镇`). Person names almost never end so.
ORGAN_END = _regex(
    r"(?:局|办|委|中心|街办|街道|开发区|部|部门|厅|院|所|公司|政府|府|镇|乡|区|县|市|省|管委会|指挥部|队"
    r"|站|处|科|室|会|社|团|馆|组|集团|署|园|园区|校|学|医院|单位|企业|部委|专班|社区|村|基地|场|厂|联"
    r"|办事处|监狱|银行|法院|检察院|总工会|团委|党委|纪委|监委|工委|中队|大队|支队|机关|系统|各方|股|台|行)$"
)
# What national and provincial lists write after a unit: `市场监管总局牵头`, `自然资源部等按职责分工
# 负责`, `各乡镇配合`, `各地级以上市人民政府结合实际落实`, and, bracketed after one unit of a list,
# `市发改委（牵头）`. The duty is not part of the name; 牵头 marks the lead unit (`lead`), 配合 and
# its kin a partner (`partner`); the rest (负责, 落实) is work shared by everyone named.
# `区财政局等部门`, `…等5个单位`: 等 and the class word it ends the list with (no collective named
# after it, unlike `等市级有关部门`, which UNIT_AND_OTHERS splits) are no part of the last name.
_UNIT_ETC = r"等(?:[0-9一二三四五六七八九十]{1,3}+个)?(?:部门|单位|机构|成员单位)?"
UNIT_DUTY = _regex(
    rf"(?:{_UNIT_ETC})?(?:"
    r"[（(]\s*+(?:(?P<blead>牵头|总牵头|牵总)(?:单位|负责)?|(?P<bpartner>配合|协办|协助|参与|协同))\s*+[）)]"
    r"|(?:分别|共同|联合)?(?P<lead>牵头|总牵头|牵总)(?:负责|抓总)?"
    r"|(?:负责)?(?P<partner>配合|协办|协助|参与|协同)(?:落实|推进|实施)?"
    r"|(?:按照?职责分工|按职责|按职能|分别|共同|各自|结合实际|根据职责)?(?:负责|落实|抓好落实|组织实施)"
    rf"|{_UNIT_ETC})$"
)
# A duty bracketed after one unit of a list (`市发改委（牵头）、市财政局`) is that unit's alone: the
# unit is cut out as a part of its own before the parts are read. Matched at the end of one
# unit of the list, the list already split outside brackets (`各县（市、区）政府（牵头）` is one).
UNIT_MARKED = _regex(r"[（(]\s*+(?:牵头|总牵头|牵总|配合|协办|协助|参与|协同)(?:单位|负责)?\s*+[）)][ \t]*+$")
# Owners written inside the task text, where a table has no owner column or leaves it empty,
# and in a task list printed as prose (`owners.owners_in_text` reads both): a bracketed tail
# `（市发改委牵头，市财政局配合）` / `（工业和信息化部、公安部按职责分工负责）`, and labelled lines or
# clauses `牵头单位：区发改局`, `责任单位：各街道`. The words are fragments shared by the patterns.
#
# Words that mark the unit leading a task (`市发改委牵头`, `主办：`, `主责单位`).
_LEAD_WORDS = "牵头|总牵头|牵总|主办|主责"
# Words that mark a unit helping with it (`市财政局配合`, `协办：`).
_PARTNER_WORDS = "配合|协办|协助|参与|协同"
# Words that share the work among everyone named (`各有关部门按职责分工负责`, `结合实际落实`).
_SHARE_WORDS = "负责|按职责|落实|组织实施"
# Labels that name owners by themselves, without a colon: a bracket reading `（责任单位市发改委）`.
_OWNER_LABEL_WORDS = "责任单位|牵头单位|责任部门|落实单位"
# A bracket at a task's end names owners, not a gloss (`（试行）`, `（以下简称《方案》）`,
# `（国发〔2015〕11号）`), when it holds one of these words — or a list ending `等`
# (`（市发改委等）`: the list goes on, so it is a list of owners).
OWNER_DUTY = _regex(rf"{_LEAD_WORDS}|{_PARTNER_WORDS}|{_SHARE_WORDS}|{_OWNER_LABEL_WORDS}|等$")
# A bracket of units that only help (`（市应急局、市工信局配合）`) names no lead: partners, unless a
# lead word is there too (`X牵头，Y配合`, `X负责，Y配合`).
OWNER_PARTNER_WORD = _regex(_PARTNER_WORDS)
OWNER_LEAD_WORD = _regex(rf"{_LEAD_WORDS}|负责")
# A label and its colon (`牵头单位：`, `完成时限:`): a short Han word after the start, a line
# break, a clause's punctuation, a space or an opening bracket. It counts only when the word is
# a column alias of an owner or a deadline (`yiju.families`), so `电话：` or `目标：` is text, and
# `[:：]` is required, so `责任单位要…` in running text is no label.
OWNER_LABEL = _regex(r"(?:^|(?<=[\n。；;，,\s（(]))(?P<label>\p{Han}{2,8}?)[ \t]*+[:：][ \t]*+")
# A departments label that names the lead (`牵头单位`, `牵头责任单位`, `主办单位`): beside it the
# 责任单位 share the lead's work ("无牵头单位的，责任单位即为牵头单位").
OWNER_LEAD_LABEL = _regex(rf"^(?:{_LEAD_WORDS})")
# A unit alone in a bracket after a task is an aside, not an owner, when it opens so
# (`（含开发区）`, `（以下简称…）`, `（其中…）`).
OWNER_ASIDE = _regex(r"^(?:含|包括|不含|以下|简称|即|如|其中|注)")
# A deadline written in the owners' bracket or its own (`2022年6月底前完成`, `持续推进`, `年底前`):
# a date-like head and at most a verb of completion after it. The head must hold a digit or
# one of the words, which the caller checks: the bare verb (`完成`) is no deadline.
OWNER_DEADLINE = _regex(
    r"^(?:(?:\d{4}[ \t]*+年)?(?:[ \t]*+\d{1,2}[ \t]*+月)?(?:[ \t]*+\d{1,2}[ \t]*+日)?"
    r"(?:底|中旬|上旬|下旬|末|内|起)?(?:前|之前|以前|后)?"
    rf"|年底前|{_DL_ONGOING}|{_DL_RECURRING})"
    r"(?P<verb>推进|坚持|实施|完成|出台|见效|建成|启动|落实|到位|开展|办结)?$"
)
# A lead unit marked by a star or an asterisk beside its name, as such a table's note says
# (`注：责任单位中标“★”的为牵头单位`): `区教育局★、区住建局`, `★区住建局`, `区城管局*`, `区人社局＊`.
# The mark stands right after the name (a space allowed) or right before it, between separators;
# the reader writes it as `（牵头）`, which the units reader already understands.
_LEAD_STARS = "★☆*＊※"
LEAD_STAR_AFTER = _regex(
    rf"(?<=[^\s{_LEAD_STARS}、，,；;])[ \t]*+[{_LEAD_STARS}]++(?=[ \t]*+(?:[、，,；;\n]|$))"
)
LEAD_STAR_BEFORE = _regex(
    rf"(?:^|(?<=[、，,；;\n]))[ \t]*+[{_LEAD_STARS}]++[ \t]*+(?P<name>[^、，,；;\n{_LEAD_STARS}]++)"
)
LEAD_STAR_MARKS = _LEAD_STARS
# One column for the leaders and their units: `责任领导及单位`, `分管领导/责任单位`, `牵头领导和牵头单位`.
# `first` must be a leaders alias and `second` a departments alias or a bare word for units.
COMBINED_OWNER_HEADER = _regex(r"(?P<first>\p{Han}{2,8}?)(?:及其|及|和|与|/|、|＆|&)(?P<second>\p{Han}{2,8})")
UNIT_WORD = _regex(r"单位|部门|科室|处室|股室|责任单位|责任部门")
# Of several time columns (`时间安排` over `启动时间 | 完成时间`), the deadline is the one naming the end.
DEADLINE_END = _regex(r"完成|截止|结束|办结|竣工|完工|时限|期限")
# Labels inside one units cell (`牵头单位：市发改委；配合单位：市财政局`, `主办：X 协办：Y`): the
# group says what the units after the label do.
UNIT_LABEL = _regex(
    r"(?:(?P<lead>牵头单位|牵头部门|牵头|主办单位|主办|主责单位|总牵头)"
    r"|(?P<partner>配合单位|配合部门|配合|协办单位|协办|参与单位|协同单位|协助单位)"
    r"|(?P<share>责任单位|责任部门|实施单位|落实单位))[ \t]*+[:：][ \t]*+"
)
# A telephone number beside a contact's name (`王五 13800000000`, `（0595-22581234）`): no person.
PHONE = _regex(r"^[（(]?[\d０-９][\d０-９\-－—()（）\s转]{4,}[）)]?$")
TRAILING_PHONE = _regex(r"[（(]?[\d０-９][\d０-９\-－—\s转]{4,}[）)]?$")
# A unit alone in a bracket after a task reads as its owner when its name ends like an office
# (`（国家发展改革委）`, `（市政务服务中心）`), not like a place or a kind (`（试点县）`, `（医院）`).
OWNER_OFFICE_END = _regex(
    r"(?:局|委|办|厅|部|署|中心|政府|公司|集团|管委会|办事处|街道)(?:[（(][^（）()]*+[）)])?$"
)
# A cell that names no owner: `无`, `/`, `—`, `待明确` (a placeholder, not a unit or a person).
NO_OWNER = _regex(r"^(?:无|暂无|没有|/|／|\\|[—\-－–]+|待定|待明确|待确定|空白?|不涉及|—/—)$")
# Words that join two units inside one list item: `市级各有关部门及各县市区政府`. Split only where
# both sides are units (`工业和信息化厅` and `人力资源和社会保障局` stay whole).
# Where two units run together in one cell with nothing between them (`市行政审批局市司法局`, a
# copy that lost the line break between two lines of a cell): after a unit's closing word and
# before the jurisdiction word both units start with. `owners.split_units` splits there only
# when both sides read as units of four characters or more and begin with the same word, so
# `市委组织部`, `市政府办公室` and `市场监管局市场科` stay whole.
GLUED_UNIT = _regex(r"(?<=局|委|厅|部|办|中心|政府|管委会|指挥部|办公室)(?=[省市州县区镇乡])")
# What follows a unit and is part of it, never a second unit: its branch in a district whose name
# starts with the same word (`市公安局市中分局`, `市自然资源和规划局市南分局`: 济南 市中区, 青岛
# 市南区), or its own division (`市商务局市场体系建设处`, `市住建局市政工程科`): `市中分局` or
# `市场体系建设处` alone says nobody's. An office (`…办公室`) or a 街道办事处 is a unit of its own.
GLUED_BRANCH = _regex(r"(?:分局|分中心|分院|分所|(?<!办事)处|科|股|(?<!办公)室)$")
UNIT_AND = _regex(r"以及|及|和|与|会同")
# `有关部门和单位`, `各部门及单位`: 和 before a bare class word joins no second unit; the class
# shares the qualifier before it (有关 单位), so the words stay one collective.
UNIT_BARE_CLASS = _regex(r"(?:单位|部门|机构|企业|企事业单位|事业单位|组织|团体|社会组织)")
# `市住建局、市自然资源规划局等市级有关部门` (宁波 2025): 等 before a collective of the units
# concerned (`市级有关部门`, `其他相关单位`) joins the units named to the others, as 及 does.
# Before anything else (`…等部门`, `…等按职责分工负责`) it only ends the list.
_COLLECTIVE_LEVEL = r"(?:市级|省级|区级|县级|市直|区直|县直|省直|全市|全区|全县)"
_COLLECTIVE_AFTER = rf"{_COLLECTIVE_LEVEL}?(?:其他|各)?(?:有关|相关|其他)"
UNIT_AND_OTHERS = _regex(rf"等(?={_COLLECTIVE_AFTER})")
# Levels of government listed with 、 inside one unit's name, unbracketed: `各县、市、区政府`,
# `各乡、镇人民政府` (滁州 2020). The 、 there separates no units: the run of one-character
# levels ends in the organ word the levels share.
UNIT_LEVEL_LIST = _regex(
    r"(?:^|(?<=[各、，,；;\s]))[县市区乡镇旗](?:、[县市区乡镇旗]){1,4}(?=(?:人民)?政府|党委|党工委|管委会)"
)
# A leader's post written before or around the name (`副市长 张伟`, `市委常委、副市长张伟`,
# `张伟（副区长）`): the post is no person. Posts end in 长, 书记, 主任, 常委 …
LEADER_POST = _regex(
    r"^(?:(?:市委|区委|县委|州委|省委|镇党委|乡党委|党委|党组|党工委|政府|人大常委会|人大|政协|纪委|监委|管委会)"
    r"(?:副)?(?:书记|常委|委员|主任|主席|秘书长)?)?"
    r"(?:常务)?(?:副)?(?:市|区|县|镇|乡|省|州|旗|局|委|办|处|科|院|校|所|部|厅|中心|街道|开发区)?"
    r"(?:长|书记|主任|常委|委员|主席|部长|秘书长|调研员|巡视员|政委|督察长|总工程师|总经济师|总会计师"
    r"|党组书记|党委书记|工委书记|主要负责人|分管负责人|负责人|主要领导|分管领导)$"
)
# A region word that starts a unit's own name (`区财政局`): such a line starts a new unit.
REGION_START = _regex(r"^(?:区|市|县|省|镇|乡|街道|各|州|旗)")
# A person's name: two to four Han characters, or a name with a middle dot (`阿不都·热合曼`).
PERSON_NAME = _regex(r"\p{Han}{2,4}|\p{Han}{1,6}[·•・]\p{Han}{1,6}")
# A cell of a sequence number column: 1, 2, 3 (or `１`, `1.`).
SEQUENCE_NUMBER = _regex(r"^\d{1,5}[.．、]?$")
# Deadlines as task lists write them, beyond a month: `全年`, `长期坚持`, `2021年6月底前`, `每季度`.
TASK_DEADLINE = _regex(
    rf"^(?:\d{{4}}年)?(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?(?:{_DL_POINT}|底前|之前|以前)*+$"
    rf"|^(?:{_DL_ONGOING}|{_DL_RECURRING}|按季度|季度|半年|年度)"
    r"|^\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?$|^\d{4}年(?:底|内|前)?$|^20\d{2}(?:[-—–~至]20\d{2})?年?$"
)
# Money and plain numbers (`12000.5`, `-0.3`, `1,200`).
# A budget system's code before a unit's name: `820001-井研县马踏镇人民政府` (a unit),
# `820-马踏镇部门` (its department), as the treasury's exports write 单位名称. The code is no part
# of the name; three digits at least and a hyphen, so `12345热线` and `3-5个` are never codes.
BUDGET_CODE = _regex(r"^\d{3,12}[-－—–]\s*(?=\p{Han})")
PLAIN_NUMBER = _regex(r"^[+-]?(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?$")
# The level names of a budget performance form (财政 绩效目标表/自评表): 产出指标, 数量指标,
# 经济效益指标, 服务对象满意度指标 … — a column of them is a level even with no header above it.
INDICATOR_LEVEL_CELL = _regex(r"^\p{Han}{2,12}指标$")
# A target value written as a comparison: `=100%`, `≥80M`, `≤10次`, `＞95%`.
TARGET_VALUE_CELL = _regex(r"^[=＝≥≤≧≦><＞＜]\s*\d+(?:\.\d+)?\s*[%％\p{Han}A-Za-z/]{0,4}$")
# The 指标性质 of an indicator.
NATURE_WORD = _regex(r"^(?:定量|定性|定量指标|定性指标|约束性|预期性|监测|约束性指标|预期性指标)$")
# A row that is only the unit of measure or a title of a table, never work: `单位：万元`.
TITLE_PREFIX_UNIT = _regex(r"^(?P<unit>\p{Han}{2,24}?)(?=(?:19|20)\d{2}\s*年)")
# A notice's title names who issues it before `关于` (`咸阳市人民政府关于落实《政府工作报告》重点
# 工作部门分工的意见`): the organisation of the list it carries.
TITLE_ISSUER = _regex(r"^(?P<unit>\p{Han}{2,24}?)关于")
# A unit forwarding another's notice (`省政府办公厅转发省发展改革委关于…的通知`): the issuer is
# the one before the verb, not the two run together.
TITLE_ISSUER_FORWARD = _regex(r"转发|批转|印发")
# What stands before 关于 (or a title's year) and is nobody: a verb phrase (`贯彻落实市委关于…的意见
# …分工方案`, `认真落实市委关于…`; a name never starts with a verb) or the place the writer means
# by `我市`, `全市`, `本区` (`全市2023年重点工作任务`), which names no unit.
TITLE_NO_ISSUER = _regex(
    r"^(?:认真|全面|深入|进一步|坚决|切实)?(?:贯彻|落实|执行|学习|传达|推进|推动)"
    r"|^(?:我|全|本|各|该)(?:省|市|州|县|区|镇|乡|街道)$"
)
# The year of the notice's number written after a title (`…的实施意见（东府〔2021〕54号）`): the
# list's year when the title names none.
# Only a number closing the title: one cited inside it (`贯彻落实国发〔2019〕5号文件…分工方案`,
# `…《国务院关于…的意见》（国发〔2019〕5号）任务分工方案`) is another document's year.
TITLE_NOTICE_YEAR = _regex(
    r"[〔\[【（(﹝](?P<y>(?:19|20)\d{2})[〕\]】）)﹞]\s*第?\s*\d+\s*号\s*[）)】\]]?\s*$"
)
# A title's prefix that is a phrase, not an organisation: a policy verb before a place word
# (`山东省建设绿色低碳高质量发展先行区2023年重点工作任务`: the pilot zone the plan builds, not
# who issued it). A unit named by its work keeps its organ word last (`住房和城乡建设局`).
TITLE_PREFIX_PHRASE = _regex(
    r"\p{Han}(?:建设|推进|推动|深化|加快|实施|开展|落实|贯彻|促进|打造|创建|争创|巩固|提升)\p{Han}*(?:区|县|市|省|镇|乡)$"
)

# A notice's rule that the first unit listed in a units cell leads (杭州市 2020: "责任分解中，列
# 第一位的责任单位为牵头单位"; also `排在首位的为牵头单位`, `第一个单位为牵头单位`, `排名第一的为牵头
# 单位`), or, in a header's gloss, the other way round: `责任单位（牵头单位列第一）`.
_FIRST_PLACE = r"(?:第一(?:位|个|家|名)?|首位|最前面?)"
# 丽水市 2023 and 桐乡市 2020 write `列第一位（者）为牵头或汇总单位`, 湖州市 `为工作牵头单位或汇总单位`.
FIRST_LISTED_LEADS = _regex(
    rf"(?:列|排|排名|写|位)?在?{_FIRST_PLACE}(?:的|者)?(?:责任)?(?:单位|部门)?(?:为|是|即为|系)(?:工作)?"
    rf"牵头(?:或汇总|或召集)?(?:单位|部门)"
    rf"|牵头(?:单位|部门)(?:列|排|放|写|位)(?:在|于)?{_FIRST_PLACE}"
)
# That rule written in brackets at the end of one task's units, for all that follow
# (`市发改委、市经信局（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）`): no part of a unit.
FIRST_LISTED_ASIDE = _regex(r"[（(][^（()）]*?(?:第一|首位|最前)[^（()）]*?牵头[^（()）]*+[）)]")

# Page furniture of a saved government site, never a title, section or owner: the footer
# (`主办单位：某市人民政府办公室 | 网站标识码…`, `版权所有`, `ICP备`, `公网安备`, `技术支持：`) and
# the navigation (`首页 | 政务公开`, `当前位置：首页 > …`).
SITE_FURNITURE = _regex(
    r"网站标识码|ICP备|公网安备|版权所有|技术支持[:：]|网站地图|当前位置[:：]|您(?:现在)?(?:所在)?的?位置[:：]"
    r"|^\s*首页\s*[|｜>＞»]"
)
# An article's byline (`来源:区实事办   2017-08-24 17:04`: who posted it, and when) above a
# table that repeats its title in its first row: the date is the table's, the line no title.
BYLINE = _regex(r"^\s*(?:信息)?来源[:：][^\n]{0,40}?\d{4}-\d{1,2}-\d{1,2}")

# A vertical label broken over lines is Han characters and spaces only.
HAN_ONLY = _regex(r"[\p{Han}\s]+")
# A cell of words holds a Han character (`2024- 2025`, `54%` are figures, no item's text).
HAN_CHAR = _regex(r"\p{Han}")

# --------------------------------------------------------------------------- queries, audit, render

# Punctuation, symbols and spaces say nothing about what the work is (D03 compares the rest).
TEXT_NOISE = _regex(r"[\p{P}\p{S}\s]+")

# Quotes and spaces do not make a different title: 《政府工作报告》 and 政府工作报告 are one (S04).
TITLE_NOISE = _regex(r"[\s《》〈〉“”‘’\"'「」『』]+")

# A 《title》 names a document, not the work: `（属《学习宣传…》第3项）` is no 宣传 work (W07).
BOOK_TITLE = _regex(r"《[^《》]*》")

# A canonical key taken apart: issuer, year, serial.
KEY_PARTS = _regex(r"^(?P<issuer>.+)〔(?P<year>\d{4})〕(?P<serial>.+)号$")

# A number written so that it does not parse (`泉委发〔21〕5号`, `泉委办2021-20`): the letters
# before the first digit are the issuer, the digit runs the year and serial, as far as they go.
LOOSE_ISSUER = _regex(r"^[^\d〔〕\[\]【】（）()［］〖〗]*")

DIGIT_RUN = _regex(r"\d+")

# Label wrapping works on tokens: a run of Latin letters and digits stays whole, anything
# else (a Han character, a punctuation mark, a space run) is a token of its own.
LABEL_TOKEN = _regex(r"[A-Za-z0-9][A-Za-z0-9.%+\-/]*|\s+|.", regex.DOTALL)

# Decimal digit runs (any script's: `int` reads them all); split keeps them at odd indexes.
DIGIT_GROUPS = _regex(r"(\d+)")
# Digit runs and Chinese numerals standing apart from other Han text (`十一`, `（三）`, `二.4`,
# but not the 一 of `一般`): sort keys read both as numbers, so 二 < 十 < 十一.
NUMBER_GROUPS = _regex(r"(\d+|(?<!\p{Han})[零〇一二三四五六七八九十百两]+(?!\p{Han}))")

# A CSV field Excel would turn into a date or a number and so lose: an id such as `1-3` or
# `1-3-1` (read as 3 January / 1 March 2001), `3/4`, `1.10` (read as 1.1), `007` (read as 7).
# Such text is written as the formula `="1-3"` by the CSV writer (issue 15).
EXCEL_COERCED = _regex(r"^(?:\d+(?:[-/.:]\d+)+|0\d+)$")

# ------------------------------------------------------------------ readers: pages and PDF

# A saved page declares its encoding in `<meta charset="gb2312">` or in the http-equiv form
# `content="text/html; charset=gb2312"`; only the first few KB are searched (the head).
HTML_CHARSET = _regex(rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<charset>[A-Za-z0-9_.:-]+)""", regex.IGNORECASE)
# A page number alone on a line in a PDF's margin: `- 3 -`, `第 3 页`, `第3页 共5页`, `3/5`, `3`.
# Page furniture, not a row of the form; only lines outside the table are tested.
PAGE_NUMBER = _regex(
    r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,4}"
    r"|page\s*\d+(?:\s*of\s*\d+)?)\s*$",
    regex.IGNORECASE,
)

# --------------------------------------------------------------------------- units, cover
# Organ names (`units.py`) and item references to a register (`cover.py`).

# Prefixes that name who an organ belongs to, not what it is: `中共泉州市委宣传部` is
# `市委宣传部`; `国家税务总局泉州市税务局` is the city's 税务局; `中华人民共和国泉州海关`.
# 共青团 stays as a mark (`团`): `共青团泉州市委员会` (团市委) is not `中共泉州市委员会` (市委).
ORGAN_OWNER = _regex(r"^(?:中国共产党|中共|中华人民共和国|国家税务总局|中国人民银行(?=\p{Han}{2,4}市))")
ORGAN_LEAGUE = _regex(r"^(?:共青团|团(?=[省市区县]委))")

# A place before an organ: two to four characters and the level (`泉州市`, `丰泽区`, `福建省`,
# `惠安县`, `广西壮族自治区`), or the level alone as a register writes it (`市应急局`, `区住建局`).
# One character before the level is no place (`城市管理局` is not 城 + 市), which keeps organ
# words intact; a name starting 国家, 中国, 中华 or 全国 is a national organ whose next word only
# looks like a level (`国家市场监督管理总局` is not a place 国家 + 市). Also read by the gazetteer
# for the level of an announcement's organ (`国家税务总局福建省税务局公告…`).
ORGAN_PLACE = _regex(
    r"^(?!国家|中国|中华|全国)(?P<place>\p{Han}{2,4}?)(?P<level>自治区|自治州|自治县|省|市|区|县|州|旗|盟)"
)
ORGAN_LEVEL = _regex(r"^(?P<level>省|市|区|县)(?=\p{Han})")

# A bracketed note on an organ (`区文旅局（办公室设在东街街办）`, `市应急局(市安委办)`) is about it,
# not part of its name.
ORGAN_NOTE = _regex(r"[（(][^（()）]*[)）]")

# Collective addressees are no one organ: `各县（市、区）人民政府`, `市直有关单位`, `相关部门`.
ORGAN_COLLECTIVE = _regex(r"^各|有关|相关|[县市区][（(][市县区、，,]+[)）]|^其他|^等$")

# An item reference right after a register's number: `第3-5项`, `第3至5项`, `第3项至第5项`,
# `第3、5、7项`, `第3项、第5项`, optionally after pages (`第14-15页第3-5项`). The citation reader
# reads single items, ranges and annexes (`附件2第3项`, whose item in the annex the register is);
# what it leaves (lists with commas, `第3，5项`) is read here. Used with `match(text, pos)` right
# after the number and after what the reader read.
ITEM_REFS = _regex(
    rf"{_SP}(?:{_PAGE}{_SP})?"
    rf"(?P<refs>第{_SP}{_DIGITS}(?:{_SP}(?:项|項)?{_SP}(?:[、，,和及与]|{_RANGE}){_SP}第?{_SP}{_DIGITS})*+)"
    rf"{_SP}[项項条條]"
)
# Searched for, so the first number starts where its digits start (the lookbehind): a start
# inside a run of digits would rescan the rest of it, quadratic in the run (issue 16).
ITEM_RANGE = _regex(
    rf"(?<!{_DIGIT})(?P<a>{_DIGITS}){_SP}(?:项|項)?{_SP}{_RANGE}{_SP}第?{_SP}(?P<b>{_DIGITS})"
)

# A register's one unit column may mark the roles itself: `市发改委（牵头）、市工信局`,
# `市发改委牵头，市财政局、市资源规划局配合`. The mark ends the name.
LEAD_MARK = _regex(r"[（(]?牵头(?:单位)?[)）]?$")
PARTNER_MARK = _regex(r"[（(]?(?:配合|协办|参与)(?:单位)?[)）]?$")

# A list's tail is no part of its last organ: `市住建局等单位`, `市应急局等部门`, `市发改委等`.
ORGAN_TAIL = _regex(r"等(?:有关|相关)?(?:单位|部门)?$")

# What a file name adds to an organ name (`应急管理局_2021`): Latin letters, digits, marks.
ORGAN_NOISE = _regex(r"[0-9A-Za-z_\-.\s]+")

# A target carried as a partner says so: `配合市应急局做好…`, `（协办）`, `参与…`.
PARTNER_WORDS = _regex(r"配合|协助|协办|协同|参与")

# --------------------------------------------------------------------------- prose task lists
# A 分工方案 published as the notice's own text (`readers/prose.py`): numbered paragraphs whose
# owners stand in brackets at the end, `1.全面实施…清单管理。（市政府办公室牵头，市级各有关部门按
# 职责分工负责）`, or on labelled lines after the paragraph (`责任单位：市发改委`).

# A prose task list's title ends naming what it is (`…责任分工方案`, `…重点任务清单`, `…工作要点`,
# a notice `…的通知`), possibly before a period of years (`行动计划（2018—2020年）`) or its one
# year (`重点工作责任分解(2023年)`, 丽水 2023).
# `…2023年重点工作任务` (山东 鲁政办字〔2023〕5号) names its list too, and so do a government's
# opinions on who does what (`…重点工作部门分工的意见`, 咸阳 2022; `…的实施意见`, 东莞 2021).
PROSE_TITLE_END = _regex(
    r"(?:方案|清单|分工|分解|要点|计划|责任表|分解表|台账|通知|工作任务|重点任务|意见)"
    r"(?:[（(]\d{4}(?:[—–\-－~至]\d{4})?年?[）)])?$"
)
# A line ending 意见 that is a sentence, not a title: it has a clause before (`为深入贯彻…，现提出如下
# 意见`) or says the opinions follow (`提出以下意见`).
PROSE_OPINION_SENTENCE = _regex(r"(?:[，,；;].*|(?:如下|以下|下列)\p{Han}{0,2})意见$")
# A signature's date of year and month alone (`2021年2月`, 连江 2021): no half of a title.
MONTH_DATE_LINE = _regex(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$")
# Sentence ends: a paragraph of wrapped lines (PDF) goes on until a line ends with one.
PROSE_SENTENCE_END = _regex(r"[。；;！!？?：:）)」』”]$")

# Graphviz names each graph, cluster, node and edge of its SVG in a `<title>` (`doc:泉委办…`,
# `cluster_0`, `a->b`): internal names a browser shows on hover. The page's tooltips are the
# `xlink:title`s of the nodes' links, so these titles are dropped when a diagram is inlined.
SVG_NAME_TITLE = _regex(r"<title>[^<]*</title>\n?")

# A character XML 1.0 forbids in text: the C0 controls other than tab, line feed and carriage
# return, and the noncharacters U+FFFE and U+FFFF (`readers._controls.XML_FORBIDDEN`, kept equal
# by a test). Searched once over a whole table's joined cells: nearly no table holds one, and
# one C-speed search costs a tenth of translating every row to look.
XML_FORBIDDEN_CHAR = _re("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# --------------------------------------------------------------------------- deferred, continued

_DEFERRED: dict[str, _Deferred] = {
    name: value for name, value in list(globals().items()) if isinstance(value, _Deferred)
}
for _name in _DEFERRED:
    del globals()[_name]

if not TYPE_CHECKING:  # mypy reads the names' types from their assignments above

    def __getattr__(name: str) -> object:
        deferred = _DEFERRED.get(name)
        if deferred is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        compiled = deferred.compile(*deferred.args)
        globals()[name] = compiled  # compiled once: later reads do not come here
        return compiled

    def __dir__() -> list[str]:
        return sorted({*globals(), *_DEFERRED})
