"""The citation reader's shortcuts (issue 13's speed work) give what the long way gives.

Each shortcut skips work where a cheap test shows it cannot change the answer: a plain link
read by `LOCATOR_PLAIN` instead of `LOCATOR`, a chain read from the run that ends where no link
can go on (and memoised on it), the characters after a number that start no title. These
tests hold each to the long way on a grid of links, each followed by every character that
could matter, so a change to one side that the other does not follow fails here.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from yiju import citations as cit
from yiju import patterns as pat

NUMBERS = ["1", "14", "07", "123456789", "1234567890", "一", "十一", "二十", "一百零五", "百", "１４"]
UNITS = ["页", "项", "條", "条", "款", "点", "章", "部分", "项"]
LINKS = [
    *(f"第{n}{u}" for n, u in itertools.product(NUMBERS, UNITS)),
    *(f"第{a}页第{b}项" for a, b in itertools.product(["14", "3"], ["27", "十一", "（四）1"])),
    "第14-15页第27项",
    "第14至15页",
    "第14页第27-30项",
    "第二十条第二款",
    "第二十条第（三）款",
    "第二十条至第二十二条",
    "第三章第十二条",
    "第4.1项",
    "第 14 页 第 27 项",
    "14页",
]
FOLLOWERS = [
    "",
    "、",
    "，",
    "）",
    "（4分）",
    "第",
    "第5项",
    "第二款",
    "-30项",
    "至第30项",
    " ",
    " 第3项",
    "部署",
    "、28项",
    "、第15页第3项",
    "号",
    "\n",
]
TEXTS = [link + after for link, after in itertools.product(LINKS, FOLLOWERS)]


@pytest.mark.parametrize("text", TEXTS)
def test_a_plain_link_reads_as_the_full_locator_pattern_reads_it(text: str) -> None:
    """Where `LOCATOR_PLAIN` answers, `LOCATOR` gives the same link, value and end."""
    plain = pat.LOCATOR_PLAIN.match(text)
    found = cit._plain_locator(plain) if plain is not None else None
    if found is not None:
        assert cit._full_locator_at(text, 0) == found


@pytest.mark.parametrize("text", TEXTS)
def test_a_chain_reads_the_same_from_its_run_as_from_the_whole_text(text: str) -> None:
    """A chain read from its `LOCATOR_RUN` (the memoised way) equals one read in place."""
    parts, end, overlong = cit._read_chain(text, 0)
    expected = (
        tuple(cit.Locator(p, i, u, label, (a, b), k) for p, i, u, label, a, b, k in parts),
        end,
        overlong,
    )
    assert expected == cit._parse_locators(text, 0)


@pytest.mark.parametrize("ch", sorted(cit._NO_TITLE_AFTER))
def test_no_title_starts_after_a_number_with_a_character_the_quick_test_skips(ch: str) -> None:
    """`_NO_TITLE_AFTER` holds only characters after which `_title_after` binds nothing."""
    text = ch + "厦门市人民政府关于印发《厦门市实施方案》的通知"
    assert (None, 0) == cit._title_after(text, 0)


@pytest.mark.parametrize(
    "title",
    [
        "关于X的通知", "X的通知", "X通知", "通知", "的通知", "X的的通知", "X的通知 ", "《X》的通知",
        "X的通知书", "X通知的", "X的 通知", "关于印发X的通知的通知", "", "的", "X",
    ],
)  # fmt: skip
def test_strip_trail_cuts_what_the_trail_pattern_finds(title: str) -> None:
    """`_strip_trail` reads the ending by `endswith`; `patterns.TITLE_TRAIL` states the rule."""
    trail = pat.TITLE_TRAIL.search(title)
    expected = title[: trail.start()].rstrip() if trail is not None and trail.start() > 0 else title
    assert expected == cit._strip_trail(title)


@pytest.mark.parametrize("chain", [*TEXTS, "第38页第36项", "第十一项", "第21页", "第二十条第二款", "第1-2页"])
def test_a_one_link_chain_reads_as_the_long_way_reads_it(chain: str) -> None:
    """`_chain_parts` reads a chain that is one plain link without `_read_chain`: the same result."""
    assert cit._read_chain(chain, 0) == cit._chain_parts.__wrapped__(chain)


_TITLE_CHARS = st.sampled_from(list("你们贵省单位报送的关于印发转發下发通知《》〈〉<>＜＞X 、"))


@given(st.text(_TITLE_CHARS, max_size=12))
def test_the_title_quick_tests_skip_only_texts_the_patterns_do_not_match(text: str) -> None:
    """An addressee starts with 你 or 贵 (`_ADDRESS_FIRST`), every cover-letter lead holds 发 or 發,
    and `_clean_title` unwraps only titles starting with one of `_TITLE_WRAPS`."""
    if pat.TITLE_ADDRESS.match(text) is not None:
        assert text[:1] in cit._ADDRESS_FIRST
    if pat.TITLE_LEAD.search(text) is not None:
        assert "发" in text or "發" in text
    if text[:1] not in cit._TITLE_WRAPS:
        assert not any(text.startswith(left) for left in "《〈<＜")


_SEGMENT_CHARS = st.sampled_from(list("关于印发X办法的通知《》〈〉（）()，,；;。\n 、"))


@given(st.text(_SEGMENT_CHARS, max_size=24), st.integers(0, 30))
@example("根据《关于（试行的通知》", 0)
@example("，《X办法》的通知", 0)
@example("《关于印发〈X〉的通知》", 2)
@example("（一）《X（试行）》", 0)
@example("《X办法》\n", 0)
@example("《X办法》 \n ", 0)
@example("》 ", 0)
@settings(max_examples=400)
def test_a_title_segment_read_in_one_match_is_the_one_walked_stop_by_stop(before: str, floor: int) -> None:
    """`_bind_title` reads common segments by `TITLE_SEGMENT_BACK`; `_title_walk` is the long way."""
    text = before + "（泉委发〔2021〕5号）"
    bracket = len(before)
    floor = min(floor, bracket)
    rev = text[::-1]
    # A 《title》 on the line above the bracket is its title: the segment ends at its 》.
    end = bracket
    gap = max(floor, len(before.rstrip(" \t\u3000\xa0\r\n")))
    if gap > floor and before[gap - 1] == "》" and ("\n" in before[gap:] or "\r" in before[gap:]):
        end = gap
    j = cit._title_walk(text, rev, end, floor)
    title, offset = cit._bound_title(text[j:end])
    expected = (None, None) if title is None else (title, (j + offset, end))
    assert expected == cit._bind_title(text, rev, bracket + 1, floor)


@given(st.text(st.sampled_from(list("你省关于印发X的通知《》〈〉<>（）、， \u3000\n")), max_size=16))
@example("《关于印发〈X〉的通知》")
@example(" 《X》的通知")
@example("你省关于X的请示")
def test_a_bound_title_reads_as_the_title_and_its_offset_apart(segment: str) -> None:
    """`_bound_title` shares the work of `_clean_title` and `_title_offset` when nothing is cut
    off the segment's ends; it returns what the two return apart."""
    expected = (cit._clean_title.__wrapped__(segment), cit._title_offset(segment))
    assert expected == cit._bound_title.__wrapped__(segment)
