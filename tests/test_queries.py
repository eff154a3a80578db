"""Queries of the traceability graph on the seed form: derivations, sources, workload, impact.

Every expected value below was read off the seed text by hand (the 文件依据 and 一级指标 cells
of each target), not computed by the code under test.
"""

from __future__ import annotations

import dataclasses
import json
import math
import random
from pathlib import Path

import pytest

from yiju._util import lines, natural_key, number_text, unique, weight_text
from yiju.errors import NoMatchError
from yiju.forms import parse_tables
from yiju.graph import FormSpace, Graph, build_graph, form_spaces, to_node_link
from yiju.models import Form
from yiju.queries import (
    AmbiguousQueryError,
    DocumentInfo,
    IndicatorInfo,
    RoleError,
    derives_from,
    impact,
    links_of,
    resolve_documents,
    resolve_targets,
    sources_of,
    workload,
)
from yiju.readers import read

#: These tests assert the English wording (`--lang en`); the Chinese outputs are in test_messages.py.
LANG_UNDER_TEST = "en"

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seed_2021_quanzhou_yingji.txt"
SECOND = FIXTURES / "second_unit_2021.txt"
YJ = "泉州市应急管理局"
XF = "泉州市消防救援支队"


def _forms(*paths: Path) -> list[Form]:
    return [form for path in paths for form in parse_tables(read(path))]


@pytest.fixture(scope="module")
def seed_forms() -> list[Form]:
    """The seed form, parsed once."""
    return _forms(SEED)


@pytest.fixture(scope="module")
def seed(seed_forms: list[Form]) -> Graph:
    """The seed's graph."""
    return build_graph(seed_forms)


@pytest.fixture(scope="module")
def two_units() -> Graph:
    """The graph of the seed and a second unit's form citing some of the same documents."""
    return build_graph(_forms(SEED, SECOND))


# The 14 numbered documents of the seed and 三定方案: the targets whose 文件依据 or 一级指标
# cites each, read off the seed by hand.
DERIVES = [
    ("泉委发〔2021〕5号", ("1-1", "1-2", "1-6", "1-7", "1-10")),
    ("泉政办〔2021〕6号", ("1-1", "1-3")),
    ("泉政办明传〔2021〕6号", ("1-1", "1-8", "1-9", "1-10")),
    ("泉政办〔2021〕3号", ("1-1", "1-5", "1-11", "1-12")),
    ("泉府督〔2020〕DC-009号", ("1-1", "1-2", "1-6", "1-7", "1-10", "1-11", "1-12")),
    (
        "泉委办〔2021〕20号",
        ("1-2", "1-3", "1-4", "1-5", "1-6", "1-7", "1-8", "1-10", "1-11", "1-12", "1-13"),
    ),
    ("泉环委办〔2021〕6号", ("1-2",)),
    ("泉政办〔2020〕18号", ("1-3",)),
    ("泉委办发〔2021〕1号", ("1-9",)),
    ("泉委办〔2021〕2号", ("1-10",)),
    ("泉政办〔2019〕41号", ("1-13",)),
    ("泉委办〔2021〕25号", ("1-14",)),
    ("应急厅〔2021〕27号", ("3-1",)),
    ("闽应急厅办〔2021〕8号", ("3-1",)),
    ("三定方案", ("2-1", "2-2", "2-3")),
]


@pytest.mark.parametrize(("query", "expected"), DERIVES, ids=[c[0] for c in DERIVES])
def test_derives_from_each_seed_document(seed: Graph, query: str, expected: tuple[str, ...]) -> None:
    """The targets deriving from each seed document are exactly those whose cells cite it."""
    trace = derives_from(seed, query)
    assert expected == tuple(t.id for t in trace.targets)
    assert {YJ} == {t.unit for t in trace.targets}


NUMBER_VARIANTS = [
    ("泉委办[2021]2号", "泉委办〔2021〕2号"),
    ("泉委办（2021）第02号", "泉委办〔2021〕2号"),
    ("泉委办〔2021〕2", "泉委办〔2021〕2号"),
    ("泉委办〔2021〕20号", "泉委办〔2021〕20号"),
    ("泉府督（2020）第DC-009号", "泉府督〔2020〕DC-009号"),
    ("泉政办明传[2021]6号", "泉政办明传〔2021〕6号"),
    ("doc:泉政办〔2021〕6号", "泉政办〔2021〕6号"),
    ("《三定方案》", "《三定方案》"),
    ("《泉州市“强基促稳”三年行动2021年实施方案》的通知（泉委办〔2021〕20号）", "泉委办〔2021〕20号"),
]


@pytest.mark.parametrize(("query", "key"), NUMBER_VARIANTS, ids=[c[0] for c in NUMBER_VARIANTS])
def test_number_variants_resolve_to_one_key(seed: Graph, query: str, key: str) -> None:
    """Any written variant of a number names exactly the document with that canonical key."""
    assert [f"doc:{key}"] == resolve_documents(seed, query)


def test_numbers_never_match_by_substring(seed: Graph) -> None:
    """2号 is not 20号 or 25号, and 泉政办 6号 is not 泉政办明传 6号."""
    assert resolve_documents(seed, "泉委办〔2021〕2号") == ["doc:泉委办〔2021〕2号"]
    assert resolve_documents(seed, "泉政办〔2021〕6号") == ["doc:泉政办〔2021〕6号"]
    assert resolve_documents(seed, "泉政办明传〔2021〕6号") == ["doc:泉政办明传〔2021〕6号"]


MISSING_NUMBERS = [
    ("泉委办〔2021〕3号", ("泉委办〔2021〕2号", "泉委办〔2021〕20号", "泉委办〔2021〕25号")),
    ("泉政办〔2021〕7号", ("泉政办〔2021〕6号", "泉政办〔2021〕3号")),
    ("泉委办（2021）第21号", ("泉委办〔2021〕20号", "泉委办〔2021〕25号", "泉委办〔2021〕2号")),
]


@pytest.mark.parametrize(("query", "nearest"), MISSING_NUMBERS, ids=[c[0] for c in MISSING_NUMBERS])
def test_missing_number_names_nearest_keys(seed: Graph, query: str, nearest: tuple[str, ...]) -> None:
    """A well-formed number not in the graph raises NoMatchError naming the same issuer/year first."""
    with pytest.raises(NoMatchError) as caught:
        resolve_documents(seed, query)
    assert nearest == caught.value.candidates[: len(nearest)]
    assert query == caught.value.query


TITLE_QUERIES = [
    ("强基促稳", ("泉委办〔2021〕20号",)),
    ("“强基促稳”三年行动", ("泉委办〔2021〕20号",)),
    ("强基促温", ("泉委办〔2021〕20号",)),  # one wrong character still matches
    ("三定方案", ("《三定方案》",)),
    ("信访条例", ("《信访条例》",)),
    ("天然林保护修复行动方案的通知", ("泉委办发〔2021〕1号",)),
    ("国务院政府工作报告", ("泉府督〔2020〕DC-009号",)),
    ("政府工作报告", ("泉府督〔2020〕DC-009号", "泉政办〔2021〕3号")),
    (
        "实施方案",
        ("泉委办〔2021〕20号", "泉政办〔2019〕41号", "泉政办〔2020〕18号", "泉政办〔2021〕6号"),
    ),
]


@pytest.mark.parametrize(("query", "keys"), TITLE_QUERIES, ids=[c[0] for c in TITLE_QUERIES])
def test_title_fragment_lists_every_candidate(seed: Graph, query: str, keys: tuple[str, ...]) -> None:
    """A title fragment matches over every title; several candidates are all returned, sorted."""
    assert [f"doc:{k}" for k in keys] == resolve_documents(seed, query)


def test_unmatched_fragment_names_nearest_titles(seed: Graph) -> None:
    """A fragment close to nothing raises NoMatchError whose candidates carry key and title."""
    with pytest.raises(NoMatchError) as caught:
        resolve_documents(seed, "火星探测计划")
    assert caught.value.candidates[:1] == ("泉委办〔2021〕25号《2021年泉州市督查检查考核计划》",)


def test_title_search_finds_strong_base_document(seed: Graph) -> None:
    """`强基促稳` traces to 泉委办〔2021〕20号 and its titles."""
    trace = derives_from(seed, "强基促稳")
    assert (
        DocumentInfo("泉委办〔2021〕20号", ("泉州市“强基促稳”三年行动2021年实施方案",)),
    ) == trace.documents


VIAS = [
    ("泉委办〔2021〕2号", "1-10", ("basis", "clause:30")),
    ("泉委办发〔2021〕1号", "1-9", ("basis", "clause:4", "clause:5")),
    ("泉政办〔2019〕41号", "1-13", ("basis", "clause:1.3", "clause:9")),
    ("泉政办〔2020〕18号", "1-3", ("basis", "clause:4.1")),
    ("应急厅〔2021〕27号", "3-1", ("basis",)),
    ("三定方案", "2-2", ("basis",)),
    ("信访条例", "5-1", ("mention",)),
]


@pytest.mark.parametrize(("query", "target", "via"), VIAS, ids=[f"{c[0]}-{c[1]}" for c in VIAS])
def test_derivation_says_how(seed: Graph, query: str, target: str, via: tuple[str, ...]) -> None:
    """`via` names the 文件依据, each pinned clause, or a bare mention."""
    found = {t.id: t.via for t in derives_from(seed, query).targets}
    assert via == found[target]


def test_indicators_inherit_their_targets_sources(seed: Graph) -> None:
    """A deriving target carries its indicators with weights and owners."""
    (target,) = derives_from(seed, "泉委办〔2021〕2号").targets
    assert (
        IndicatorInfo("1-10-1", 2.0, "谢招南", ("防汛科",), ("陈国材",)),
        IndicatorInfo("1-10-2", 2.0, "谢招南", ("减灾科",), ("王伟雄",)),
    ) == target.indicators
    assert (f"{YJ}/2021", YJ, "做好防范自然灾害专项整治，加强洪涝灾害防御，健全防汛防风工作机制。") == (
        target.form,
        target.unit,
        target.text,
    )


def test_shared_indicator_keeps_people_beside_their_departments(seed: Graph) -> None:
    """1-3-1 (基础科 协调科 / 李志福 陈梓平) reads back with each person beside their department."""
    target = next(t for t in derives_from(seed, "泉政办〔2020〕18号").targets if t.id == "1-3")
    assert (
        IndicatorInfo("1-3-1", 2.0, "王夏阳", ("基础科", "协调科"), ("李志福", "陈梓平"))
        == target.indicators[0]
    )


def test_sources_of_target_1_3(seed: Graph) -> None:
    """1-3 rests on three documents and pins three clauses, each with its pages."""
    src = sources_of(seed, "1-3")
    assert tuple(d.key for d in src.documents) == (
        "泉委办〔2021〕20号",
        "泉政办〔2020〕18号",
        "泉政办〔2021〕6号",
    )
    assert tuple(d.via for d in src.documents) == (
        ("basis", "clause:11"),
        ("basis", "clause:4.1"),
        ("basis", "clause:23"),
    )
    assert tuple(c.describe() for c in src.clauses) == (
        "泉委办〔2021〕20号 第14-15页第11项",
        "泉政办〔2020〕18号 第8页第4.1项",
        "泉政办〔2021〕6号 第12页第23项",
    )
    assert tuple(c.pages for c in src.clauses) == (("14-15",), ("8",), ("12",))
    assert {"一级指标"} == {c.where for c in src.clauses}


def test_sources_of_indicator_are_its_targets(seed: Graph) -> None:
    """An indicator's sources are its target's; the clause pinned in 文件依据 says so."""
    src = sources_of(seed, "1-7-1")
    assert (src.id, src.target) == ("1-7-1", "1-7")
    assert [(c.key, c.item, c.where) for c in src.clauses[:2]] == [
        ("泉委办〔2021〕20号", "11", "一级指标"),
        ("泉委发〔2021〕5号", "27", "一级指标"),
    ]
    assert (
        src.clauses[2].key,
        src.clauses[2].item,
        src.clauses[2].where,
    ) == ("泉府督〔2020〕DC-009号", "41", "文件依据")


def test_same_clause_keeps_each_targets_pages(seed: Graph) -> None:
    """泉委办〔2021〕20号 item 11 is cited as p14-15 by 1-4 and as p14 by 1-6."""
    assert sources_of(seed, "1-4").clauses[0].pages == ("14-15",)
    assert sources_of(seed, "1-6").clauses[0].pages == ("14",)


def test_target_without_sources(seed: Graph) -> None:
    """1-15 城市创建工作 cites nothing."""
    src = sources_of(seed, "1-15")
    assert (src.documents, src.clauses) == ((), ())


def test_unknown_target_names_nearest_ids(seed: Graph) -> None:
    """A number no target has raises NoMatchError with the closest ids."""
    with pytest.raises(NoMatchError) as caught:
        resolve_targets(seed, "1-16")
    assert (f"{YJ}/2021/1-15", f"{YJ}/2021/1-14") == caught.value.candidates[:2]


def test_target_id_in_two_forms_is_ambiguous(two_units: Graph) -> None:
    """`1-3` exists in both units: sources_of refuses to choose, `form` picks one."""
    assert [f"target:{YJ}/2021/1-3", f"target:{XF}/2021/1-3"] == resolve_targets(two_units, "1-3")
    with pytest.raises(AmbiguousQueryError) as caught:
        sources_of(two_units, "1-3")
    assert (f"{YJ}/2021/1-3", f"{XF}/2021/1-3") == caught.value.candidates
    src = sources_of(two_units, "１－３", form=XF)
    assert tuple(d.key for d in src.documents) == ("泉安委〔2021〕3号", "泉政办明传〔2021〕6号")


WORKLOAD = [
    # (by, name, (weight counted by hand, indicator ids, shared ids))
    (
        "person",
        "李志福",
        (
            18.5,
            ("1-1-2", "1-3-1", "1-4-1", "1-6-1", "1-6-2", "1-7-1", "1-7-2", "2-1-1", "2-1-2", "2-3-2"),
            ("1-3-1",),
        ),
    ),
    (
        "department",
        "基础科",
        (
            18.5,
            ("1-1-2", "1-3-1", "1-4-1", "1-6-1", "1-6-2", "1-7-1", "1-7-2", "2-1-1", "2-1-2", "2-3-2"),
            ("1-3-1",),
        ),
    ),
    ("person", "陈梓平", (7.5, ("1-3-1", "1-5-2", "1-14-1", "1-14-2"), ("1-3-1",))),
    ("person", "林永源", (4.0, ("1-9-1", "1-9-2"), ())),
    (
        "leader",
        "张树武",
        (14.5, ("1-1-2", "1-6-1", "1-6-2", "1-7-1", "1-7-2", "2-1-1", "2-1-2", "2-3-2"), ()),
    ),
]


@pytest.mark.parametrize(("by", "name", "expected"), WORKLOAD, ids=[c[1] for c in WORKLOAD])
def test_workload_sums_the_owners_indicators(
    seed: Graph,
    seed_forms: list[Form],
    by: str,
    name: str,
    expected: tuple[float, tuple[str, ...], tuple[str, ...]],
) -> None:
    """An owner's weight is the sum of their indicators' weights, shared ones counted fully."""
    (row,) = workload(seed, by, name=name)  # type: ignore[arg-type]
    prefix = f"indicator:{YJ}/2021/"
    actual = (
        row.weight,
        tuple(i.removeprefix(prefix) for i in row.indicators),
        tuple(i.removeprefix(prefix) for i in row.shared),
    )
    assert expected == actual
    field = {"person": "people", "department": "departments"}.get(by)
    mine = [
        i
        for form in seed_forms
        for i in form.indicators
        if not i.hidden and (name in getattr(i, field) if field else i.leader == name)
    ]
    assert math.fsum(i.weight or 0.0 for i in mine) == row.weight
    assert sorted(i.id for i in mine) == sorted(actual[1])


def test_workload_is_heaviest_first(seed: Graph) -> None:
    """Rows are sorted by weight descending, then by name."""
    rows = workload(seed, "person")
    assert [(w.name, w.weight) for w in rows[:3]] == [("李志福", 18.5), ("王伟雄", 12.0), ("黄教宗", 12.0)]
    assert [(-w.weight, w.name) for w in rows] == sorted((-w.weight, w.name) for w in rows)
    assert math.fsum(w.weight for w in rows) == 102.0  # 100 points; 1-3-1's 2 count for both owners


def test_workload_unknown_name_names_nearest(seed: Graph) -> None:
    """A name nobody carries raises NoMatchError with the closest names."""
    with pytest.raises(NoMatchError) as caught:
        workload(seed, "person", name="李志")
    assert caught.value.candidates == ("李志福",)


def test_workload_rejects_unknown_grouping(seed: Graph) -> None:
    """`by` is person, department or leader."""
    with pytest.raises(ValueError, match="by must be one of"):
        workload(seed, "team")  # type: ignore[arg-type]


def test_impact_of_a_document(seed: Graph) -> None:
    """impact lists the targets, indicators, owners and total weight a document reaches."""
    hit = impact(seed, "泉委办〔2021〕2号")
    assert (
        (f"target:{YJ}/2021/1-10",),
        (f"indicator:{YJ}/2021/1-10-1", f"indicator:{YJ}/2021/1-10-2"),
        (f"dept:{YJ}/减灾科", f"dept:{YJ}/防汛科"),
        (f"person:{YJ}/王伟雄", f"person:{YJ}/陈国材"),
        (f"person:{YJ}/谢招南",),
        4.0,
    ) == (hit.targets, hit.indicators, hit.departments, hit.people, hit.leaders, hit.weight)


def test_document_links_targets_of_two_units(two_units: Graph) -> None:
    """One document traces to targets of both units, each labelled with its unit."""
    cases = {
        "泉委办〔2021〕20号": [(YJ, i) for i in DERIVES[5][1]] + [(XF, "1-1"), (XF, "1-4"), (XF, "3-1")],
        "泉委发〔2021〕5号": [(YJ, i) for i in DERIVES[0][1]] + [(XF, "1-1")],
        "泉政办明传〔2021〕6号": [(YJ, i) for i in DERIVES[2][1]] + [(XF, "1-3"), (XF, "3-2")],
        "泉政办〔2021〕6号": [(YJ, "1-1"), (YJ, "1-3")],
    }
    for query, expected in cases.items():
        assert expected == [(t.unit, t.id) for t in derives_from(two_units, query).targets], query


def _shuffled(form: Form, rnd: random.Random) -> Form:
    targets, indicators = list(form.targets), list(form.indicators)
    rnd.shuffle(targets)
    rnd.shuffle(indicators)
    return dataclasses.replace(form, targets=tuple(targets), indicators=tuple(indicators))


@pytest.mark.parametrize("seed_value", [1, 2, 3])
def test_shuffled_forms_give_identical_answers(seed_value: int) -> None:
    """Forms and their rows in any order give byte-identical trace and graph JSON."""
    forms = _forms(SEED, SECOND)
    rnd = random.Random(seed_value)
    shuffled = [_shuffled(f, rnd) for f in reversed(forms)]
    g1, g2 = build_graph(forms), build_graph(shuffled)
    for query in ("泉委办〔2021〕20号", "方案", "泉政办明传〔2021〕6号"):
        a = json.dumps(derives_from(g1, query).to_dict(), ensure_ascii=False)
        b = json.dumps(derives_from(g2, query).to_dict(), ensure_ascii=False)
        assert a == b
    assert json.dumps(to_node_link(g1), ensure_ascii=False) == json.dumps(
        to_node_link(g2), ensure_ascii=False
    )
    assert [w.to_dict() for w in workload(g1, "department")] == [
        w.to_dict() for w in workload(g2, "department")
    ]


# --------------------------------------------------------------------------- two files, one unit and year


def test_form_spaces_keep_a_second_file_of_one_unit_and_year_apart() -> None:
    """The first file in path order keeps `<unit>/<year>`; the other is `~<file name>`, in any order."""
    copy = FIXTURES / "seed_2021_quanzhou_yingji.gb18030.txt"
    forms = _forms(SEED, copy)
    expected = [
        (str(copy), FormSpace(f"{YJ}/2021", YJ)),
        (str(SEED), FormSpace(f"{YJ}/2021~{SEED.name}", f"{YJ}~{SEED.name}", str(copy))),
    ]
    assert expected == [(f.file, s) for f, s in form_spaces(forms)]
    assert expected == [(f.file, s) for f, s in form_spaces(reversed(forms))]


def test_two_files_of_one_unit_and_year_are_two_sets_of_nodes() -> None:
    """Each copy has its own targets, indicators, departments and people; no indicator is shared."""
    g = build_graph(_forms(SEED, FIXTURES / "seed_2021_quanzhou_yingji.gb18030.txt"))
    kept = f"{YJ}/2021~{SEED.name}"
    expected = (
        f"{YJ}~{SEED.name}",
        (f"dept:{YJ}~{SEED.name}/基础科", f"dept:{YJ}~{SEED.name}/协调科"),
        (f"person:{YJ}~{SEED.name}/李志福", f"person:{YJ}~{SEED.name}/陈梓平"),
    )
    node = f"indicator:{kept}/1-3-1"
    owners = tuple(v for _, v, k in sorted(g.out_edges(node, keys=True)) if k == "owned_by")
    people = tuple(v for _, v, k in sorted(g.out_edges(node, keys=True)) if k == "assigned_to")
    assert expected == (g.nodes[node]["unit"], tuple(sorted(owners, reverse=True)), people)
    (row,) = [w for w in workload(g, "person", name="李志福") if w.unit == YJ]
    assert (18.5, (f"indicator:{YJ}/2021/1-3-1",)) == (row.weight, row.shared)


def test_indicator_node_attributes() -> None:
    """An indicator node holds exactly these attributes (no derived `shared` flag)."""
    g = build_graph(_forms(SEED))
    expected = {
        "kind": "indicator",
        "form": f"{YJ}/2021",
        "unit": YJ,
        "number": "1-3-1",
        "target": "1-3",
        "category": "职能工作目标",
        "group": "重点工作目标",
        "hidden": False,
        "departments": "基础科\n协调科",
        "people": "李志福\n陈梓平",
        "file": str(SEED),
        "row": 15,
        "column": 5,
        "weight": 2.0,
        "deadline": "12月",
        "leader": "王夏阳",
    }
    attrs = dict(g.nodes[f"indicator:{YJ}/2021/1-3-1"])
    attrs.pop("text")
    assert expected == attrs


# --------------------------------------------------------------------------- links, odd queries


def test_links_of_says_how_per_document(seed: Graph) -> None:
    """links_of gives, per document, the basis flag, the pinned clauses with pages, mentions."""
    expected = [
        ("泉委发〔2021〕5号", True, [("27", ("14",), "一级指标")], False),
        ("泉府督〔2020〕DC-009号", True, [("41", ("16",), "一级指标")], False),
        ("泉政办〔2021〕3号", True, [("119", ("13",), "一级指标")], False),
        ("泉政办〔2021〕6号", True, [("4", ("3",), "一级指标")], False),
        ("泉政办明传〔2021〕6号", True, [("120", ("21",), "一级指标")], False),
    ]
    actual = [
        (link.key, link.basis, [(c.item, c.pages, c.where) for c in link.clauses], link.mention)
        for link in links_of(seed, f"target:{YJ}/2021/1-1")
    ]
    assert expected == actual
    (mention,) = links_of(seed, f"target:{YJ}/2021/5-1")
    expected_mention = ("《信访条例》", ("mention",))
    assert expected_mention == (mention.key, mention.via)


def test_derivation_links_match_its_documents(seed: Graph) -> None:
    """Each deriving target's `links` are its `documents`, one each, in order."""
    for target in derives_from(seed, "政府工作报告").targets:
        assert target.documents == tuple(link.key for link in target.links)


def test_derives_from_one_form(two_units: Graph) -> None:
    """`form` keeps one unit's targets; a form the graph lacks names the forms it has."""
    expected = [(XF, "1-1"), (XF, "1-4"), (XF, "3-1")]
    assert expected == [(t.unit, t.id) for t in derives_from(two_units, "强基促稳", form=XF).targets]
    with pytest.raises(NoMatchError) as caught:
        derives_from(two_units, "强基促稳", form="泉州市")
    assert (f"{YJ}/2021", f"{XF}/2021") == caught.value.candidates


UNPARSED = [
    ("泉委发〔21〕5号", "not read as a document number: 2-digit year", "泉委发〔2021〕5号"),
    ("〔2021〕20号", "not read as a document number: no issuer before the year", "泉委办〔2021〕20号"),
    ("泉委办2021-2", None, "泉委办〔2021〕2号"),
]


@pytest.mark.parametrize(("query", "reason", "first"), UNPARSED, ids=[c[0] for c in UNPARSED])
def test_number_that_does_not_parse_names_nearest_keys(
    seed: Graph, query: str, reason: str | None, first: str
) -> None:
    """Text with digits that reads as no number gets the nearest keys and, if known, why."""
    with pytest.raises(NoMatchError) as caught:
        resolve_documents(seed, query)
    assert (reason, first) == (caught.value.reason, caught.value.candidates[0])


@pytest.mark.parametrize("query", ["的", "《的》", " 方 "])
def test_one_character_fragment_matches_nothing(seed: Graph, query: str) -> None:
    """A fragment of one character (after quotes and spaces) matches no title."""
    with pytest.raises(NoMatchError, match="a title fragment needs at least 2 characters"):
        resolve_documents(seed, query)


def test_no_match_message_quotes_the_query_as_written(seed: Graph) -> None:
    """The message shows the query in 「」, full-width spaces and all, never a repr."""
    with pytest.raises(NoMatchError) as caught:
        resolve_targets(seed, "１－１６\u3000")
    assert str(caught.value).startswith("nothing matches 「１－１６\u3000」; nearest: ")


ROLES = [("person", "王夏阳", "leader"), ("leader", "李志福", "person"), ("department", "刘海明", "leader")]


@pytest.mark.parametrize(("by", "name", "found"), ROLES, ids=[c[1] for c in ROLES])
def test_name_in_another_role_says_which(seed: Graph, by: str, name: str, found: str) -> None:
    """A name that owns nothing as asked, but does in another role, raises RoleError saying so."""
    with pytest.raises(RoleError) as caught:
        workload(seed, by, name=name)  # type: ignore[arg-type]
    assert (name, by, found) == (caught.value.name, caught.value.asked, caught.value.found)


def test_sources_of_an_indicator_carry_its_text(seed: Graph) -> None:
    """sources_of an indicator keeps the indicator's own text beside its target's."""
    src = sources_of(seed, "1-9-2")
    expected = (
        "1-9",
        "做好森林防灭火工作。",
        "加强清明节等重要节假日期间森林防灭火工作，开展野外火源治理和查处违规用火行为专项行动。",
    )
    assert expected == (src.target, src.text, src.indicator_text)
    assert sources_of(seed, "1-9").indicator_text is None


# --------------------------------------------------------------------------- shared helpers


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (["1-10", "1-9", "1-3-1", "1-3"], ["1-3", "1-3-1", "1-9", "1-10"]),
        (["泉委办〔2021〕20号", "泉委办〔2021〕2号"], ["泉委办〔2021〕2号", "泉委办〔2021〕20号"]),
        (["a²", "a1", "a"], ["a", "a1", "a²"]),
    ],
)
def test_natural_key(items: list[str], expected: list[str]) -> None:
    """natural_key reads digit runs as numbers and never fails on other digit-like characters."""
    assert expected == sorted(items, key=natural_key)


def test_util_text_helpers() -> None:
    """lines, unique and the weight texts: the one copy every module uses."""
    expected = (("14-15", "16"), ["b", "a"], "2", "1.5", "0.3", "—", "-")
    assert expected == (
        lines("14-15\n\n16"),
        unique(["b", "a", "b"]),
        number_text(2.0),
        number_text(1.5),
        number_text(0.1 + 0.2),
        weight_text(None),
        weight_text(None, "-"),
    )
