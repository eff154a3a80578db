"""Property tests for `yiju.citations`: never crash, spans point at the match, keys are fixed points.

Generated keys are `{issuer}〔{year}〕{serial}号` with issuers drawn from real codes and from
region + organ + kind parts; every spelling the grammar accepts for a key (bracket style,
full-width digits, 第 and zero padding, spaces, traditional issuer, case and dashes of an
alphanumeric serial) must read back to it.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from yiju.citations import canonical_key, extract
from yiju.models import Extraction

# CI has two cores: keep every property at or under 300 examples, with no per-example deadline.
FAST = settings(max_examples=200, deadline=None)
THOROUGH = settings(max_examples=300, deadline=None)

REAL_ISSUERS = [
    "泉委发", "泉政办", "泉政办明传", "泉委办", "泉委办发", "泉府督", "泉环委办", "国办发", "国发",
    "国函", "中办发", "闽政办", "闽应急厅办", "闽安委办", "粤府", "粤府办", "厦府", "榕政办",
    "京政办发", "应急厅", "财预", "发改办财金", "财科教", "浙卫办监督", "穗府办规",
]  # fmt: skip
REGIONS = ["泉", "厦", "榕", "闽", "粤", "京", "国", "中"]
ORGANS = ["委", "委办", "政", "政办", "府办", "府督", "环委办", "安委", "应急厅"]
KINDS = ["发", "函", "明传", "明电", "办", "文", "字", ""]

# Simplified → traditional for every character above that has a distinct traditional form.
TRADITIONAL = str.maketrans(
    {
        "发": "發", "办": "辦", "传": "傳", "电": "電", "闽": "閩", "国": "國", "粤": "粵", "厦": "廈",
        "应": "應", "厅": "廳", "环": "環", "财": "財", "预": "預", "卫": "衛", "监": "監", "规": "規",
    }
)  # fmt: skip

BRACKETS = [
    ("〔", "〕"), ("[", "]"), ("【", "】"), ("（", "）"), ("(", ")"), ("［", "］"), ("〖", "〗"),
    ("〈", "〉"),
    ("﹝", "﹞"), ("〘", "〙"), ("〔", "]"), ("（", "〕"),
]  # fmt: skip
DASHES = ["-", "－", "—", "–"]
SPACES = ["", "", "", " ", "  ", "\u3000"]

FRAGMENTS = [
    *REAL_ISSUERS, *REGIONS, *ORGANS, "閩政辦", "國發", "粵府", "號",
    *[b for pair in BRACKETS for b in pair], "〈", "〉", "<", ">",
    "2021", "２０２１", "2020", "21", "202", "5", "05", "20", "２０", "DC-009", "Ｄｃ－００９", "第", "号",
    "页", "项", "条", "款", "点", "、", "，", "。", "；", "：", "“", "”", "《", "》", "（四）", "(一)",
    "二十七", "十", "-", "—", "～", "至", "~", " ", "\n", "\t", "年", "月", "日", "的通知", "关于印发",
    "属", "根据", "依照", "和", "文", "文件", "发布", "（4分）", "信访条例", "台风", "GB/T 9704-2012",
    "\u3000", "令", "国务院", "中华人民共和国", "以下简称", "简称", "第二十条", "第二款", "章", "你省",
    "贵单位",
    "〈", "〉", "号令", "年第", "关于印发",
]  # fmt: skip


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


issuers = st.one_of(
    st.sampled_from(REAL_ISSUERS),
    st.builds(
        lambda r, o, k: r + o + k, st.sampled_from(REGIONS), st.sampled_from(ORGANS), st.sampled_from(KINDS)
    ),
)
years = st.integers(min_value=1950, max_value=2099)
digit_serials = st.integers(min_value=1, max_value=99999).map(str)
alnum_serials = st.builds(
    lambda letters, number: f"{letters}-{number:03d}",
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=3),
    st.integers(min_value=0, max_value=999),
)
parts = st.tuples(issuers, years, st.one_of(digit_serials, alnum_serials))
fragment_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=2)), max_size=40).map("".join)


def _key(issuer: str, year: int, serial: str) -> str:
    return f"{issuer}〔{year}〕{serial}号"


@st.composite
def spellings(draw: st.DrawFn, issuer: str, year: int, serial: str) -> str:
    """Draw one written spelling of the key `(issuer, year, serial)` that the grammar accepts."""
    opening, closing = draw(st.sampled_from(BRACKETS))
    year_text = str(year)
    if draw(st.booleans()):
        year_text = _fullwidth(year_text)
    if serial.isdigit():
        serial_text = "0" * draw(st.integers(min_value=0, max_value=3)) + serial
        if draw(st.booleans()):
            serial_text = _fullwidth(serial_text)
    else:
        serial_text = serial.replace("-", draw(st.sampled_from(DASHES)))
        if draw(st.booleans()):
            serial_text = serial_text.lower()
        if draw(st.booleans()):
            serial_text = _fullwidth(serial_text)
    di = "第" if draw(st.booleans()) else ""
    traditional = draw(st.booleans())
    issuer_text = issuer.translate(TRADITIONAL) if traditional else issuer
    hao = "號" if traditional and draw(st.booleans()) else "号"
    gaps = [draw(st.sampled_from(SPACES)) for _ in range(5)]
    number = f"{opening}{gaps[0]}{year_text}{gaps[1]}{closing}"
    return f"{issuer_text}{number}{gaps[2]}{di}{gaps[3]}{serial_text}{gaps[4]}{hao}"


def _assert_well_formed(text: str, result: Extraction) -> None:
    """Every span is inside the text and points at what was matched; spans never overlap."""
    for item in (*result.citations, *result.unparsed):
        start, end = item.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == item.text
    for citation in result.citations:
        for locator in citation.locators:
            assert text[locator.span[0] : locator.span[1]] == locator.label
    for spans in (
        [c.span for c in result.citations],
        [u.span for u in result.unparsed],
        sorted([c.span for c in result.citations] + [u.span for u in result.unparsed]),
    ):
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@FAST
@given(st.text())
def test_extract_never_raises_on_any_text(text: str) -> None:
    """Arbitrary text never makes extraction raise, and its spans are well formed."""
    _assert_well_formed(text, extract(text))


@THOROUGH
@given(fragment_text)
def test_extract_never_raises_on_citation_fragments(text: str) -> None:
    """Text stitched from citation fragments never makes extraction raise; spans are well formed."""
    _assert_well_formed(text, extract(text))


@FAST
@given(st.one_of(st.text(), fragment_text))
def test_canonical_key_never_raises(text: str) -> None:
    """canonical_key answers a key or None for any text, and a key it answers is a fixed point."""
    key = canonical_key(text)
    assert key is None or key == canonical_key(key)


@FAST
@given(parts)
def test_canonical_key_of_a_generated_key_is_itself(p: tuple[str, int, str]) -> None:
    """A canonical key is its own canonical key."""
    key = _key(*p)
    assert key == canonical_key(key)


@FAST
@given(parts)
def test_extracting_a_generated_key_finds_exactly_it(p: tuple[str, int, str]) -> None:
    """A key on its own is one citation spanning the whole text, with the parts it was built from."""
    issuer, year, serial = p
    key = _key(*p)
    citations = extract(key).citations
    assert [(key, issuer, year, serial, (0, len(key)))] == [
        (c.key, c.issuer, c.year, c.serial, c.span) for c in citations
    ]


@THOROUGH
@given(parts, st.data())
def test_every_spelling_of_a_key_reads_back_to_it(p: tuple[str, int, str], data: st.DataObject) -> None:
    """Bracket style, full-width digits, 第 and padding, spaces and traditional issuers fold away."""
    key = _key(*p)
    written = data.draw(spellings(*p), label="written")
    assert key == canonical_key(written)


@THOROUGH
@given(parts, st.data())
def test_every_spelling_is_extracted_in_a_sentence(p: tuple[str, int, str], data: st.DataObject) -> None:
    """A spelling written after a function word and before 文件 is extracted as the key, as written."""
    key = _key(*p)
    written = data.draw(spellings(*p), label="written")
    head = data.draw(st.sampled_from(["根据", "（属", "按照", "，", "", "详见"]), label="head")
    tail = data.draw(st.sampled_from(["文件", "）", "要求", "", "精神", "，"]), label="tail")
    text = f"{head}{written}{tail}"
    result = extract(text)
    _assert_well_formed(text, result)
    assert [(key, written)] == [(c.key, c.text) for c in result.citations]


# ---------------------------------------------------------------------------- decrees and articles

ORGANS_DECREE = [
    "国务院",
    "财政部",
    "国家发展改革委",
    "应急管理部",
    "中国人民银行",
    "国家市场监督管理总局",
    "主席",
]
_CN_DIGITS = "零一二三四五六七八九"


def _cn(n: int) -> str:
    """Write 1-999 as a Chinese numeral: 27 → 二十七, 105 → 一百零五, 10 → 十."""
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = f"{_CN_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _CN_DIGITS[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    if ones:
        out += _CN_DIGITS[ones]
    return out


@st.composite
def numerals(draw: st.DrawFn, n: int) -> str:
    """Draw `n` written as ASCII digits, full-width digits or a Chinese numeral."""
    style = draw(st.sampled_from(["ascii", "fullwidth", "chinese"]))
    if style == "chinese":
        return _cn(n)
    return _fullwidth(str(n)) if style == "fullwidth" else str(n)


@THOROUGH
@given(
    st.sampled_from(ORGANS_DECREE),
    st.integers(min_value=1, max_value=999),
    st.one_of(st.none(), years),
    st.data(),
)
def test_every_spelling_of_a_decree_reads_back_to_it(
    organ: str, serial: int, year: int | None, data: st.DataObject
) -> None:
    """A decree in any numeral style, spacing, with or without the state's name, is one key."""
    state = data.draw(st.sampled_from(["", "中华人民共和国"]), label="state")
    gaps = [data.draw(st.sampled_from(SPACES), label="gap") for _ in range(3)]
    number = data.draw(numerals(serial), label="serial")
    year_text = "" if year is None else f"{year}年"
    written = f"{state}{organ}令{gaps[0]}{year_text}第{gaps[1]}{number}{gaps[2]}号"
    key = f"{organ}令第{serial}号" if year is None else f"{organ}令〔{year}〕{serial}号"
    text = f"根据{written}规定"
    result = extract(text)
    _assert_well_formed(text, result)
    assert [(key, written)] == [(c.key, c.text) for c in result.citations]


@THOROUGH
@given(st.integers(min_value=1, max_value=999), st.one_of(st.none(), st.integers(1, 9)), st.data())
def test_every_spelling_of_an_article_is_one_locator(
    article: int, clause: int | None, data: st.DataObject
) -> None:
    """第N条(第M款) after a law's title, in any numeral style and spacing, is one locator."""
    gap = data.draw(st.sampled_from(SPACES), label="gap")
    written = f"第{gap}{data.draw(numerals(article), label='article')}{gap}条"
    if clause is not None:
        written += f"第{data.draw(numerals(clause), label='clause')}款"
    text = f"依据《中华人民共和国安全生产法》{written}的规定"
    result = extract(text)
    _assert_well_formed(text, result)
    item = str(article) if clause is None else f"{article}.{clause}"
    kind = "article" if clause is None else "clause"
    assert [[(item, kind, written)]] == [
        [(x.item, x.kind, x.label) for x in c.locators] for c in result.citations
    ]
