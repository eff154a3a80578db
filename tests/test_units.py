"""Organ names: a register's short names resolved to the forms' full names, and how.

Pairs are the way real registers and unit forms write organs (市直单位 short names as used in
public 分工方案 such as 滁州市 2020年市政府重点工作及责任分解, 宣城市 参会单位名单, the 2021
泉州 forms): short name, the full name it must resolve to (or None: it must resolve to none
of `FULL`), and how.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from yiju.units import AliasError, Resolution, is_collective, load_aliases, organ, resolve, resolve_one

# The forms' units: 泉州 city organs, a district organ, and near-names that must not be taken.
FULL = (
    "泉州市应急管理局",
    "泉州市发展和改革委员会",
    "泉州市工业和信息化局",
    "泉州市教育局",
    "泉州市科学技术局",
    "泉州市科技馆",
    "泉州市公安局",
    "泉州市公安局交通警察支队",
    "泉州市民政局",
    "泉州市民族与宗教事务局",
    "泉州市财政局",
    "泉州市人力资源和社会保障局",
    "泉州市自然资源和规划局",
    "泉州市住房和城乡建设局",
    "泉州市住房公积金管理中心",
    "泉州市城市管理局",
    "泉州市交通运输局",
    "泉州市水利局",
    "泉州市文化广电和旅游局",
    "泉州市文学艺术界联合会",
    "泉州市卫生健康委员会",
    "泉州市卫生健康监督所",
    "泉州市退役军人事务局",
    "泉州市人民政府国有资产监督管理委员会",
    "泉州市市场监督管理局",
    "泉州市医疗保障局",
    "泉州市大数据管理局",
    "泉州市机关事务管理局",
    "泉州市消防救援支队",
    "国家税务总局泉州市税务局",
    "中华人民共和国泉州海关",
    "泉州市残疾人联合会",
    "共青团泉州市委员会",
    "中共泉州市委员会",
    "泉州市妇女联合会",
    "泉州市科学技术协会",
    "中共泉州市委宣传部",
    "中共泉州市委统一战线工作部",
    "中共泉州市委政法委员会",
    "中共泉州市委办公室",
    "中共泉州市委网络安全和信息化委员会办公室",
    "泉州市人民政府办公室",
    "泉州市人民政府外事办公室",
    "泉州市人民防空办公室",
    "泉州市金融监督管理局",
    "泉州市海洋与渔业局",
    "泉州市档案馆",
    "泉州市应急指挥中心",
    "丰泽区应急管理局",
    "丰泽区住房和城乡建设局",
)

CASES: list[tuple[str, str | None, str]] = [
    # drop the city, shorten the kind (管理局 → 局, 委员会 → 委, 办公室 → 办, 联合会 → 联)
    ("市应急局", "泉州市应急管理局", "rule"),
    ("市发改委", "泉州市发展和改革委员会", "rule"),
    ("市工信局", "泉州市工业和信息化局", "rule"),
    ("市教育局", "泉州市教育局", "rule"),
    ("市科技局", "泉州市科学技术局", "rule"),
    ("市公安局", "泉州市公安局", "rule"),
    ("市交警支队", "泉州市公安局交通警察支队", "rule"),
    ("市民政局", "泉州市民政局", "rule"),
    ("市民宗局", "泉州市民族与宗教事务局", "rule"),
    ("市财政局", "泉州市财政局", "rule"),
    ("市人社局", "泉州市人力资源和社会保障局", "rule"),
    ("市资源规划局", "泉州市自然资源和规划局", "rule"),
    ("市自然资源局", "泉州市自然资源和规划局", "rule"),
    ("市住建局", "泉州市住房和城乡建设局", "rule"),
    ("市城管局", "泉州市城市管理局", "rule"),
    ("市交通局", "泉州市交通运输局", "rule"),
    ("市水利局", "泉州市水利局", "rule"),
    ("市文旅局", "泉州市文化广电和旅游局", "rule"),
    ("市卫健委", "泉州市卫生健康委员会", "rule"),
    ("市退役军人局", "泉州市退役军人事务局", "rule"),
    ("市国资委", "泉州市人民政府国有资产监督管理委员会", "rule"),
    ("市市场监管局", "泉州市市场监督管理局", "rule"),
    ("市医保局", "泉州市医疗保障局", "rule"),
    ("市大数据局", "泉州市大数据管理局", "rule"),
    ("市机关事务局", "泉州市机关事务管理局", "rule"),
    ("市消防支队", "泉州市消防救援支队", "rule"),
    ("市税务局", "国家税务总局泉州市税务局", "rule"),
    ("泉州海关", "中华人民共和国泉州海关", "rule"),
    ("市残联", "泉州市残疾人联合会", "rule"),
    ("团市委", "共青团泉州市委员会", "rule"),
    ("市委", "中共泉州市委员会", "rule"),
    ("市妇联", "泉州市妇女联合会", "rule"),
    ("市科协", "泉州市科学技术协会", "rule"),
    ("市委宣传部", "中共泉州市委宣传部", "rule"),
    ("市委统战部", "中共泉州市委统一战线工作部", "rule"),
    ("市委政法委", "中共泉州市委政法委员会", "rule"),
    ("市委办", "中共泉州市委办公室", "rule"),
    ("市委网信办", "中共泉州市委网络安全和信息化委员会办公室", "rule"),
    ("市政府办", "泉州市人民政府办公室", "rule"),
    ("市外办", "泉州市人民政府外事办公室", "rule"),
    ("市人防办", "泉州市人民防空办公室", "rule"),
    ("市金融监管局", "泉州市金融监督管理局", "rule"),
    ("市海洋渔业局", "泉州市海洋与渔业局", "rule"),
    ("区应急局", "丰泽区应急管理局", "rule"),
    ("丰泽区住建局", "丰泽区住房和城乡建设局", "rule"),
    ("市应急局（市安委办）", "泉州市应急管理局", "rule"),
    ("市住建局等单位", "泉州市住房和城乡建设局", "rule"),
    ("市应急局等有关单位", "泉州市应急管理局", "rule"),
    # the same name, folded (widths, traditional characters, padding spaces)
    ("泉州市應急管理局", "泉州市应急管理局", "exact"),
    ("泉州市　水利局", "泉州市水利局", "exact"),
    # must not match: another kind (局 ≠ 馆 ≠ 协会 ≠ 中心), another level, another organ
    ("市科技馆", "泉州市科技馆", "rule"),
    ("市档案局", None, "unresolved"),
    ("市政局", None, "unresolved"),
    ("市水务局", None, "unresolved"),
    ("市林业局", None, "unresolved"),
    ("县应急局", None, "unresolved"),
    ("市卫键委", None, "unresolved"),
    ("各县（市、区）人民政府", None, "collective"),
    ("市直有关单位", None, "collective"),
]


@pytest.mark.parametrize(("short", "full", "how"), CASES, ids=[c[0] for c in CASES])
def test_short_name_resolves(short: str, full: str | None, how: str) -> None:
    """Each short name resolves to its full name by the stated step, or to none."""
    found = resolve_one(short, FULL, home="泉州")
    assert (full, how) == (found.resolved, found.how)


def test_the_table_is_large_enough() -> None:
    """At least 40 real-style pairs, and at least 8 that must not match."""
    assert len(CASES) >= 40
    assert sum(full is None for _, full, _ in CASES) >= 8


@pytest.mark.parametrize(
    ("short", "wrong"),
    [
        ("市科技局", "泉州市科技馆"),
        ("市科技局", "泉州市科学技术协会"),
        ("市住建局", "泉州市住房公积金管理中心"),
        ("市文旅局", "泉州市文学艺术界联合会"),
        ("市卫健委", "泉州市卫生健康监督所"),
        ("市应急局", "丰泽区应急管理局"),
        ("市应急局", "泉州市应急指挥中心"),
        ("市公安局", "泉州市公安局交通警察支队"),
        ("市民政局", "泉州市民族与宗教事务局"),
        ("市委办", "泉州市人民政府办公室"),
        ("市政府办", "中共泉州市委办公室"),
        ("市委", "共青团泉州市委员会"),
        ("市档案局", "泉州市档案馆"),
        ("市财政局", "国家税务总局泉州市税务局"),
    ],
)
def test_near_names_never_match_alone(short: str, wrong: str) -> None:
    """Offered only the wrong unit, a short name stays unresolved: kind, level and body must agree."""
    found = resolve_one(short, [wrong])
    assert (None, "unresolved") == (found.resolved, found.how)


def test_fuzzy_reads_a_typist_variant_and_states_it() -> None:
    """`与` for `和` is not a regular shortening: fuzzy, with its score (at or above 85)."""
    found = resolve_one("泉州市人力资源与社会保障局", ["泉州市人力资源和社会保障局"])
    assert ("泉州市人力资源和社会保障局", "fuzzy") == (found.resolved, found.how)
    assert found.score is not None
    assert found.score >= 85


def test_ambiguous_names_its_candidates_and_home_breaks_the_tie() -> None:
    """Two cities' 应急管理局: ambiguous, both named; the register's own city wins with `home`."""
    fulls = ["泉州市应急管理局", "晋江市应急管理局"]
    found = resolve_one("市应急局", fulls)
    expected = Resolution("市应急局", None, "ambiguous", ("晋江市应急管理局", "泉州市应急管理局"))
    assert expected == found
    assert "泉州市应急管理局" == resolve_one("市应急局", fulls, home="泉州").resolved
    assert "市应急局 → ?（多义：晋江市应急管理局、泉州市应急管理局）" == found.describe()


def test_alias_wins_over_the_rules(tmp_path: Path) -> None:
    """An alias file entry overrides what a rule would say, and is marked `alias`."""
    path = tmp_path / "aliases.toml"
    path.write_text(
        '[aliases]\n"市人行" = "中国人民银行泉州市中心支行"\n"市应急局" = "泉州市应急管理局"\n', "utf-8"
    )
    aliases = load_aliases(path)
    fulls = ["中国人民银行泉州市中心支行", "泉州市应急管理局"]
    found = resolve(["市人行", "市应急局"], fulls, aliases)
    assert [("中国人民银行泉州市中心支行", "alias"), ("泉州市应急管理局", "alias")] == [
        (r.resolved, r.how) for r in found
    ]
    assert "市人行 → 中国人民银行泉州市中心支行（别名）" == found[0].describe()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"市人行" = "x"\n', "别名文件只应有一个 [aliases] 表"),
        ('[aliases]\n"市人行" = 3\n', "的值应为单位全称"),
        ("[aliases\n", "不是有效的 TOML"),
    ],
)
def test_bad_alias_file_is_an_error(tmp_path: Path, text: str, message: str) -> None:
    """A wrong alias file stops the run with a message naming the file."""
    path = tmp_path / "a.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(AliasError, match=re.escape(message)):
        load_aliases(path)


def test_organ_parts() -> None:
    """An organ name taken apart: places, level, body, kind."""
    found = organ("泉州市丰泽区应急管理局")
    assert (("泉州", "丰泽"), "区", "应急管理", "局") == (found.places, found.level, found.body, found.kind)
    found = organ("中共泉州市委网络安全和信息化委员会办公室")
    assert (("泉州",), "市", "委网络安全和信息化委员会", "办") == (
        found.places,
        found.level,
        found.body,
        found.kind,
    )


def test_collective_addressees() -> None:
    """各县（市、区）, 有关单位 and 相关部门 name no one organ; an organ with 区 in it does."""
    assert [True, True, True, False, False] == [
        is_collective(n)
        for n in ("各县（市、区）人民政府", "市直有关单位", "相关部门", "市应急局", "丰泽区应急局")
    ]


@pytest.mark.parametrize(
    ("name", "places", "level", "core"),
    [
        ("国家市场监督管理总局", (), None, "国家市场监督管理总局"),  # 国家 + 市 is no place
        ("中国人民银行", (), None, "中国人民银行"),
        ("广西壮族自治区财政厅", ("广西壮族",), "自治区", "财政厅"),
        ("国家税务总局泉州市税务局", ("泉州",), "市", "税务局"),
    ],
)
def test_organ_place_of_national_and_autonomous_names(
    name: str, places: tuple[str, ...], level: str | None, core: str
) -> None:
    """A national organ's name holds no place; an autonomous region is one."""
    found = organ(name)
    assert (places, level, core) == (found.places, found.level, found.core)
