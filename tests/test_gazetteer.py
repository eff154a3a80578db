"""Issuer decoding against the gazetteer in data/issuers.toml."""

from __future__ import annotations

import tomllib
from collections import Counter
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yiju.gazetteer import decode, decree_issuer
from yiju.models import IssuerInfo

NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY = "national", "provincial", "municipal", "county"


def info(region: str | None, organ: str, kind: str | None, level: str) -> IssuerInfo:
    """Build an expected IssuerInfo positionally, to keep the table one line a case."""
    return IssuerInfo(region=region, organ=organ, kind=kind, level=level)


QZ, FJ = "泉州市", "福建省"

DECODED: list[tuple[str, IssuerInfo]] = [
    # --- codes cited in the seed form
    ("泉委发", info(QZ, "中共泉州市委", "发文", MUNICIPAL)),
    ("泉委办", info(QZ, "中共泉州市委办公室", None, MUNICIPAL)),
    ("泉委办发", info(QZ, "中共泉州市委办公室", "发文", MUNICIPAL)),
    ("泉政办", info(QZ, "泉州市人民政府办公室", None, MUNICIPAL)),
    ("泉政办明传", info(QZ, "泉州市人民政府办公室", "明传电报", MUNICIPAL)),
    ("泉府督", info(QZ, "泉州市人民政府督查室", None, MUNICIPAL)),
    ("泉环委办", info(QZ, "泉州市生态环境保护委员会办公室", None, MUNICIPAL)),
    ("应急厅", info(None, "应急管理部办公厅", None, NATIONAL)),
    ("闽应急厅办", info(FJ, "福建省应急管理厅", "办文", PROVINCIAL)),
    # --- Quanzhou, other organs and kinds
    ("泉政", info(QZ, "泉州市人民政府", None, MUNICIPAL)),
    ("泉政文", info(QZ, "泉州市人民政府", "文件", MUNICIPAL)),
    ("泉政办函", info(QZ, "泉州市人民政府办公室", "函件", MUNICIPAL)),
    ("泉安委", info(QZ, "泉州市安全生产委员会", None, MUNICIPAL)),
    ("泉安委办", info(QZ, "泉州市安全生产委员会办公室", None, MUNICIPAL)),
    ("泉应急", info(QZ, "泉州市应急管理局", None, MUNICIPAL)),
    ("泉消", info(QZ, "泉州市消防救援支队", None, MUNICIPAL)),
    ("泉财", info(QZ, "泉州市财政局", None, MUNICIPAL)),
    ("泉港政", info("泉港区", "泉港区人民政府", None, COUNTY)),
    ("狮委办", info("石狮市", "中共石狮市委办公室", None, COUNTY)),
    # --- other Fujian cities
    ("榕政", info("福州市", "福州市人民政府", None, MUNICIPAL)),
    ("厦府", info("厦门市", "厦门市人民政府", None, MUNICIPAL)),
    ("莆政办", info("莆田市", "莆田市人民政府办公室", None, MUNICIPAL)),
    # --- provinces: 厅 and 办公厅, 局 in the municipalities under the State Council
    ("闽委发", info(FJ, "中共福建省委", "发文", PROVINCIAL)),
    ("闽政", info(FJ, "福建省人民政府", None, PROVINCIAL)),
    ("闽政办", info(FJ, "福建省人民政府办公厅", None, PROVINCIAL)),
    ("闽政办明电", info(FJ, "福建省人民政府办公厅", "明码电报", PROVINCIAL)),
    ("闽消", info(FJ, "福建省消防救援总队", None, PROVINCIAL)),
    ("闽财", info(FJ, "福建省财政厅", None, PROVINCIAL)),
    ("粤府", info("广东省", "广东省人民政府", None, PROVINCIAL)),
    ("粤府办", info("广东省", "广东省人民政府办公厅", None, PROVINCIAL)),
    ("粤发", info("广东省", "中共广东省委", "发文", PROVINCIAL)),
    ("粤办发", info("广东省", "中共广东省委办公厅", "发文", PROVINCIAL)),
    # the party committees' own codes (checked on public text: 苏发, 云发, 湘办发; the others as the
    # committees number their documents)
    ("苏发", info("江苏省", "中共江苏省委", "发文", PROVINCIAL)),
    ("云发", info("云南省", "中共云南省委", "发文", PROVINCIAL)),
    ("湘办发", info("湖南省", "中共湖南省委办公厅", "发文", PROVINCIAL)),
    ("鲁发", info("山东省", "中共山东省委", "发文", PROVINCIAL)),
    ("冀发", info("河北省", "中共河北省委", "发文", PROVINCIAL)),
    ("津党发", info("天津市", "中共天津市委", "发文", PROVINCIAL)),
    ("黔党发", info("贵州省", "中共贵州省委", "发文", PROVINCIAL)),
    ("宁党发", info("宁夏回族自治区", "中共宁夏回族自治区委员会", "发文", PROVINCIAL)),
    ("新党办发", info("新疆维吾尔自治区", "中共新疆维吾尔自治区委员会办公厅", "发文", PROVINCIAL)),
    ("京政发", info("北京市", "北京市人民政府", "发文", PROVINCIAL)),
    ("京财", info("北京市", "北京市财政局", None, PROVINCIAL)),
    ("沪府规", info("上海市", "上海市人民政府", "规范性文件", PROVINCIAL)),
    ("桂委办", info("广西壮族自治区", "中共广西壮族自治区委员会办公厅", None, PROVINCIAL)),
    ("宁应急厅", info("宁夏回族自治区", "宁夏回族自治区应急管理厅", None, PROVINCIAL)),
    # --- 国务院 and 中共中央
    ("国发", info("国务院", "国务院", "发文", NATIONAL)),
    ("国办发", info("国务院", "国务院办公厅", "发文", NATIONAL)),
    ("国函", info("国务院", "国务院", "函件", NATIONAL)),
    ("国办发明电", info("国务院", "国务院办公厅", "明码电报", NATIONAL)),
    ("中发", info("中共中央", "中共中央", "发文", NATIONAL)),
    ("中办发", info("中共中央", "中共中央办公厅", "发文", NATIONAL)),
    # --- national ministries write no region
    ("应急", info(None, "应急管理部", None, NATIONAL)),
    ("应急厅函", info(None, "应急管理部办公厅", "函件", NATIONAL)),
    ("财预", info(None, "财政部（预算司）", None, NATIONAL)),
    ("财办", info(None, "财政部办公厅", None, NATIONAL)),
    ("发改办财金", info(None, "国家发展改革委办公厅（财金司）", None, NATIONAL)),
    ("安委", info(None, "国务院安全生产委员会", None, NATIONAL)),
    ("安委办", info(None, "国务院安全生产委员会办公室", None, NATIONAL)),
    ("安委明电", info(None, "国务院安全生产委员会", "明码电报", NATIONAL)),
    # the Supreme People's Court (issue 13, fifth round: `法释2019第19号`, `法<1993>29號`)
    ("法释", info(None, "最高人民法院（司法解释）", None, NATIONAL)),
]

UNDECODED: list[str] = [
    "",  # nothing to decode
    "XYZ发",  # no such region or organ
    "泉",  # a region alone is not an issuer
    "发",  # a kind alone is not an issuer
    "泉委发发",  # leftover text after the kind
    "省应急厅",  # 省 is not a region prefix
    "泉应急厅",  # 应急厅 is a provincial organ, not a city's
    "委办",  # local organ without a region: not a national code
    "财",  # 财政部 always writes a department
    "财XX",  # unknown department
    "宁政",  # 宁夏回族自治区 or 宁德市: ambiguous
    "南政发",  # 南平市 or 南安市: ambiguous
    "晋政办",  # 山西省 or 晋江市: ambiguous
    "法",  # the court's other codes are not listed: 司法 codes would lose their region to them
    "法发",
    "豫司法发",  # 豫 + 司法 is no organ the gazetteer knows; never 法发 with prose before it
]


@pytest.mark.parametrize(("code", "expected"), DECODED, ids=[code for code, _ in DECODED])
def test_decodes_known_code(code: str, expected: IssuerInfo) -> None:
    """A code the gazetteer knows decodes to exactly its region, organ, kind and level."""
    assert expected == decode(code)


@pytest.mark.parametrize("code", UNDECODED, ids=[code or "<empty>" for code in UNDECODED])
def test_unknown_or_ambiguous_code_stays_undecoded(code: str) -> None:
    """A code the gazetteer cannot read whole, or reads two ways, decodes to None."""
    assert decode(code) is None


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("國發", "国发"),
        ("閩政辦", "闽政办"),
        ("粵府", "粤府"),
        (" 泉委 办发 ", "泉委办发"),
        ("泉委\u3000发", "泉委发"),
    ],
)
def test_folds_traditional_characters_and_spaces(written: str, folded: str) -> None:
    """Traditional characters and any whitespace decode like the canonical code."""
    assert decode(folded) == decode(written)
    assert decode(written) is not None


def test_code_without_region_prefix_is_national() -> None:
    """安委办 without a region is the State Council's office, not a local one missing its prefix."""
    assert info(None, "国务院安全生产委员会办公室", None, NATIONAL) == decode("安委办")
    assert info(QZ, "泉州市安全生产委员会办公室", None, MUNICIPAL) == decode("泉安委办")


def test_longer_organ_wins_over_shorter_organ_plus_kind() -> None:
    """泉委办 is 委办 (党委办公室) with no kind, not 委 (党委) + kind 办."""
    decoded = decode("泉委办")
    assert decoded is not None
    expected = ("中共泉州市委办公室", None)
    assert expected == (decoded.organ, decoded.kind)


def test_longer_region_prefix_wins() -> None:
    """泉港 (泉港区) is preferred to 泉 (泉州市) when both could start the code."""
    decoded = decode("泉港政")
    assert decoded is not None
    expected = ("泉港区", COUNTY)
    assert expected == (decoded.region, decoded.level)


def _gazetteer_regions() -> list[dict[str, str]]:
    """Return the region rows of the shipped data file."""
    text = resources.files("yiju").joinpath("data/issuers.toml").read_text(encoding="utf-8")
    regions: list[dict[str, str]] = tomllib.loads(text)["regions"]
    return regions


def test_every_local_region_decodes_its_government() -> None:
    """Each province, city and county prefix + 政 names its own 人民政府 (or None if shared)."""
    rows = [row for row in _gazetteer_regions() if row["table"] == "local"]
    shared = {prefix for prefix, count in Counter(row["prefix"] for row in rows).items() if count > 1}
    for row in rows:
        expected = (
            None
            if row["prefix"] in shared
            else info(row["name"], f"{row['name']}人民政府", None, row["level"])
        )
        assert expected == decode(row["prefix"] + "政"), row["prefix"]


def test_every_region_level_is_one_of_the_four() -> None:
    """Region levels in the data file are national, provincial, municipal or county."""
    assert {NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY} >= {row["level"] for row in _gazetteer_regions()}


def test_decode_is_deterministic() -> None:
    """Decoding the same codes repeatedly, in any order, gives the same results."""
    codes = [code for code, _ in DECODED] + UNDECODED
    first = [decode(code) for code in codes]
    again = [decode(code) for code in reversed(codes)][::-1]
    assert first == again


@given(st.text(max_size=12))
def test_never_raises(text: str) -> None:
    """Any text decodes to None or an IssuerInfo with a known level, without raising."""
    decoded = decode(text)
    assert decoded is None or decoded.level in {NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY}


@given(st.sampled_from([code for code, _ in DECODED]), st.text(alphabet="XYZ省号", min_size=1, max_size=3))
def test_known_code_with_unknown_tail_is_not_guessed(code: str, tail: str) -> None:
    """A known code followed by text no code contains stays undecoded (no prefix matching)."""
    assert decode(code + tail) is None


# Who signed a decree, as `_decree_parts` passes it (the state's name already dropped).
DECREE_SIGNERS = [
    ("国务院", None, "national"),
    ("主席", None, "national"),
    ("财政部", None, "national"),
    ("国家发展改革委", None, "national"),
    ("国家市场监督管理总局", None, "national"),  # 市 inside a ministry's name is no city
    ("中国人民银行", None, "national"),
    ("福建省人民政府", "福建省", "provincial"),
    ("北京市人民政府", "北京市", "provincial"),  # a municipality is a province's level
    ("廣東省人民政府", "广东省", "provincial"),
    ("广西壮族自治区人民政府", "广西壮族自治区", "provincial"),
    ("厦门市人民政府", "厦门市", "municipal"),
    ("怀化市人民政府", "怀化市", "municipal"),  # not in the gazetteer: its last word says
    ("延边朝鲜族自治州人民政府", "延边朝鲜族自治州", "municipal"),
    ("人民政府", None, "national"),
    ("新疆生产建设兵团", "新疆生产建设兵团", "provincial"),  # the Corps (副省级)
    ("新疆生产建设兵团第一师", "新疆生产建设兵团第一师", "municipal"),  # a division (地厅级)
]


@pytest.mark.parametrize(("organ", "region", "level"), DECREE_SIGNERS, ids=[o for o, _, _ in DECREE_SIGNERS])
def test_decree_signer_level(organ: str, region: str | None, level: str) -> None:
    """A decree's organ is national unless it is a people's government, then its region's level."""
    info = decree_issuer(organ)
    assert (info.region, info.level, info.kind, info.organ) == (region, level, "令", organ)


# Who issues a numbered announcement (公告): national organs write no place; local ones start
# with it; the tax system's local bureaus put 国家税务总局 first; 国家… names are national.
NOTICE_ISSUERS = [
    ("国家税务总局", None, "national"),
    ("财政部税务总局海关总署", None, "national"),
    ("国家市场监督管理总局", None, "national"),  # not a place called 国家市
    ("中国人民银行", None, "national"),
    ("国家税务总局福建省税务局", "福建省", "provincial"),
    ("国家税务总局厦门市税务局", "厦门市", "municipal"),
    ("广西壮族自治区财政厅", "广西壮族自治区", "provincial"),
    ("北京市财政局", "北京市", "provincial"),  # the gazetteer knows 北京市 is a province
    ("思明区市场监督管理局", "思明区", "county"),
    ("全国人民代表大会常务委员会", None, "national"),
    ("新疆维吾尔自治区第十二届人民代表大会常务委员会", "新疆维吾尔自治区", "provincial"),  # a long name
    ("深圳市第7届人民代表大会常务委员会", "深圳市", "municipal"),
]


@pytest.mark.parametrize(("organ", "region", "level"), NOTICE_ISSUERS, ids=[o for o, _, _ in NOTICE_ISSUERS])
def test_notice_issuer_level(organ: str, region: str | None, level: str) -> None:
    """An announcement's organ is national unless its name starts with a place."""
    info = decree_issuer(organ, "公告")
    assert (info.region, info.level, info.kind, info.organ) == (region, level, "公告", organ)


# A national organ's name written where a code stands (`财政部〔2023〕11号`, `住建部2023年3号文件`)
# is that organ, at the national level; a name the list lacks, or a code, reads as before.
NATIONAL_NAMES = [
    ("财政部", IssuerInfo(region=None, organ="财政部", kind=None, level="national")),
    ("国家税务总局", IssuerInfo(region=None, organ="国家税务总局", kind=None, level="national")),
    ("住建部", IssuerInfo(region=None, organ="住建部", kind=None, level="national")),
    ("財政部", IssuerInfo(region=None, organ="财政部", kind=None, level="national")),
    ("财税", IssuerInfo(region=None, organ="财政部（税政司）", kind=None, level="national")),
    ("住院部", None),
]


@pytest.mark.parametrize(("code", "info"), NATIONAL_NAMES, ids=[c for c, _ in NATIONAL_NAMES])
def test_national_organ_name_as_issuer(code: str, info: IssuerInfo | None) -> None:
    assert info == decode(code)
