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
            written = text[locator.span[0] : locator.span[1]]
            # A later locator of a list in an annex leads its label with the annex (`附件1第5项`).
            assert written == locator.label or (
                locator.kind == "annex"
                and locator.label.startswith("附件")
                and locator.label.endswith(written)
            )
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


# ------------------------------------------------------------------ the gaps of the third round

AMENDMENT_WORDS = ["修正", "修订", "修正本", "版", "第二次修正"]


@THOROUGH
@given(st.integers(min_value=1, max_value=300), years, st.data())
def test_an_edition_note_keeps_the_article_on_the_law(article: int, year: int, data: st.DataObject) -> None:
    """`《法》（2021年4月29日修正）第N条` in any numeral style, bracket and spacing: the law's article."""
    gap = data.draw(st.sampled_from(SPACES), label="gap")
    opening, closing = data.draw(st.sampled_from([("（", "）"), ("(", ")")]), label="bracket")
    year_text = data.draw(st.sampled_from([str(year), _fullwidth(str(year))]), label="year")
    date = data.draw(st.sampled_from(["", "年", "年4月29日", "年 4 月 29 日"]), label="date")
    word = data.draw(st.sampled_from(AMENDMENT_WORDS), label="word")
    note = f"{opening}{gap}{year_text}{date}{gap}{word}{closing}"
    written = f"第{gap}{data.draw(numerals(article), label='article')}{gap}条"
    text = f"依据《中华人民共和国消防法》{note}{written}的规定"
    result = extract(text)
    _assert_well_formed(text, result)
    assert [("《中华人民共和国消防法》", [(str(article), "article", written)])] == [
        (c.key, [(x.item, x.kind, x.label) for x in c.locators]) for c in result.citations
    ]
    assert result.citations[0].text == f"《中华人民共和国消防法》{note}{written}"


@THOROUGH
@given(parts, st.data())
def test_a_title_after_ji_is_the_numbers_title(p: tuple[str, int, str], data: st.DataObject) -> None:
    """`X，即《Y》` in any spelling of X: one document, titled Y, and Y is a name of it."""
    issuer, year, serial = p
    written = data.draw(spellings(issuer, year, serial), label="number")
    lead = data.draw(st.sampled_from(["，即", "， 即", "（即", "即", "文件，即", "文件（即"]), label="lead")
    tail = "）" if "（" in lead else ""
    text = f"按照{written}{lead}《关于推进安全生产的实施意见》{tail}执行"
    result = extract(text)
    _assert_well_formed(text, result)
    assert [(_key(issuer, year, serial), "关于推进安全生产的实施意见")] == [
        (c.key, c.title) for c in result.citations
    ]
    assert [("关于推进安全生产的实施意见", _key(issuer, year, serial))] == [
        (a.name, a.key) for a in result.aliases
    ]


NOTICE_ORGANS = ["国家税务总局", "海关总署", "国家税务总局福建省税务局"]


@THOROUGH
@given(st.sampled_from(NOTICE_ORGANS), years, st.integers(min_value=1, max_value=999), st.data())
def test_every_spelling_of_an_announcement_has_one_key_and_issuer(
    organ: str, year: int, serial: int, data: st.DataObject
) -> None:
    """An announcement written plain, inverted or with a bracketed year: one key, one issuer (the organ)."""
    gaps = [data.draw(st.sampled_from(SPACES), label="gap") for _ in range(2)]
    opening, closing = data.draw(st.sampled_from(BRACKETS), label="bracket")
    number = data.draw(numerals(serial), label="serial") if serial < 100 else str(serial)
    written = data.draw(
        st.sampled_from(
            [
                f"{organ}公告{year}年第{gaps[0]}{number}{gaps[1]}号",
                f"{organ}{year}年第{gaps[0]}{number}{gaps[1]}号公告",
                f"{organ}公告{opening}{gaps[0]}{year}{gaps[1]}{closing}{serial}号",
            ]
        ),
        label="writing",
    )
    text = f"根据{written}执行"
    result = extract(text)
    _assert_well_formed(text, result)
    assert [(f"{organ}公告〔{year}〕{serial}号", organ, written)] == [
        (c.key, c.issuer, c.text) for c in result.citations
    ]


@FAST
@given(st.integers(min_value=1, max_value=999), st.data())
def test_guo_ling_is_the_state_councils_decree(serial: int, data: st.DataObject) -> None:
    """`国令第N号` in any numeral style and spacing is `国务院令第N号`."""
    gaps = [data.draw(st.sampled_from(SPACES), label="gap") for _ in range(3)]
    written = f"国令{gaps[0]}第{gaps[1]}{data.draw(numerals(serial), label='serial')}{gaps[2]}号"
    text = f"根据{written}规定"
    result = extract(text)
    _assert_well_formed(text, result)
    assert [(f"国务院令第{serial}号", written)] == [(c.key, c.text) for c in result.citations]


BARE_ISSUERS = ["泉委发", "人社局", "京社保发", "冀教财函", "闽政办", "湘人社发", "国办发"]


@THOROUGH
@given(st.sampled_from(BARE_ISSUERS), years, st.integers(min_value=1, max_value=9999), st.data())
def test_every_bracketless_spelling_has_the_bracketed_key(
    issuer: str, year: int, serial: int, data: st.DataObject
) -> None:
    """`人社局2020年47号`, `…2020年第047号`, `（2020年）47号`, `〔2020年〕` in any width and spacing:
    the key of `人社局〔2020〕47号`, the text as written."""
    gaps = [data.draw(st.sampled_from(SPACES), label="gap") for _ in range(2)]
    year_text = data.draw(st.sampled_from([str(year), _fullwidth(str(year))]), label="year")
    serial_text = "0" * data.draw(st.integers(0, 2), label="zeros") + str(serial)
    if data.draw(st.booleans(), label="fullwidth serial"):
        serial_text = _fullwidth(serial_text)
    di = data.draw(st.sampled_from(["", "第"]), label="di")
    opening, closing = data.draw(st.sampled_from(BRACKETS), label="bracket")
    written = data.draw(
        st.sampled_from(
            [
                f"{issuer}{year_text}年{gaps[0]}{di}{serial_text}{gaps[1]}号",
                f"{issuer}{opening}{year_text}{gaps[0]}年{closing}{di}{serial_text}{gaps[1]}号",
            ]
        ),
        label="writing",
    )
    text = f"根据{written}文件"
    result = extract(text)
    _assert_well_formed(text, result)
    assert [(_key(issuer, year, str(serial)), written)] == [(c.key, c.text) for c in result.citations]


@THOROUGH
@given(parts, st.integers(1, 12), st.integers(1, 200), st.data())
def test_an_annex_item_is_one_locator_in_any_spelling(
    p: tuple[str, int, str], annex: int, item: int, data: st.DataObject
) -> None:
    """`X附件2第3项` with X in any spelling and the numbers in any numeral style and spacing:
    one locator of kind annex, item `2.3`, its span from 附件 to 项."""
    issuer, year, serial = p
    written = data.draw(spellings(issuer, year, serial), label="number")
    gap = data.draw(st.sampled_from(SPACES), label="gap")
    annex_text = data.draw(st.sampled_from([str(annex), _fullwidth(str(annex)), _cn(annex)]), label="annex")
    locator = f"附件{gap}{annex_text}{gap}第{gap}{data.draw(numerals(item), label='item')}{gap}项"
    text = f"（属{written}{locator}）"
    result = extract(text)
    _assert_well_formed(text, result)
    assert [(_key(issuer, year, serial), [("annex", f"{annex}.{item}", locator)])] == [
        (c.key, [(x.kind, x.item, x.label) for x in c.locators]) for c in result.citations
    ]
