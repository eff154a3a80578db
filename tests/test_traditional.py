"""A table written in traditional characters reads like its simplified original, with an R06 note.

Every family fixture's text copy (and the seed form) is rewritten in traditional characters
with OpenCC's s2t tables; the parser must read it to the fixture's truth, where the expected
text is the truth folded the same way back (t2s of s2t), since a few characters do not make
the round trip unchanged. The simplified originals must carry no R06.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import opencc
import pytest

from tests.test_families import FAMILIES_DIR, item_truth
from yiju.forms import parse_table
from yiju.normalize import to_simplified, to_simplified_lines
from yiju.readers import read

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
SEED = FAMILIES_DIR.parent / "seed_2021_quanzhou_yingji.txt"
TRUTHS = sorted(FAMILIES_DIR.glob("*.truth.json"))


def _round_trip(value: Any) -> Any:
    """Return `value` with every string folded to traditional and back."""
    if isinstance(value, str):
        return _T2S.convert(_S2T.convert(value))
    if isinstance(value, list):
        return [_round_trip(v) for v in value]
    if isinstance(value, dict):
        return {_round_trip(k): _round_trip(v) for k, v in value.items()}
    return value


def _traditional_copy(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / source.name
    target.write_text(_S2T.convert(source.read_text(encoding="utf-8")), encoding="utf-8")
    return target


@pytest.mark.parametrize("truth", TRUTHS, ids=lambda p: p.name.removesuffix(".truth.json"))
def test_traditional_copy_reads_to_the_truth(truth: Path, tmp_path: Path) -> None:
    """A fixture written in traditional characters reads to its (round-tripped) truth, with R06."""
    data = json.loads(truth.read_text(encoding="utf-8"))
    text_file = FAMILIES_DIR / f"{data['name']}.txt"
    form = parse_table(read(_traditional_copy(text_file, tmp_path))[0])
    expected = [_round_trip(item) for item in data["items"]]
    assert expected == [item_truth(ind) for ind in form.indicators]
    assert ["R06"] == [f.code for f in form.findings if f.code == "R06"]


def test_traditional_seed_reads_like_the_seed(tmp_path: Path) -> None:
    """The seed form in traditional characters gives the seed's ids, weights and owners."""
    original = parse_table(read(SEED)[0])
    folded = parse_table(read(_traditional_copy(SEED, tmp_path))[0])
    assert [(i.id, i.weight, i.deadline, i.departments, i.people) for i in original.indicators] == [
        (i.id, i.weight, i.deadline, i.departments, i.people) for i in folded.indicators
    ]
    assert (original.unit, original.family) == (folded.unit, folded.family)
    assert [] == [f for f in original.findings if f.code == "R06"]


@pytest.mark.parametrize("truth", TRUTHS, ids=lambda p: p.name.removesuffix(".truth.json"))
def test_simplified_table_has_no_r06(truth: Path) -> None:
    """A table already in simplified characters is not folded and carries no R06."""
    name = json.loads(truth.read_text(encoding="utf-8"))["name"]
    form = parse_table(read(FAMILIES_DIR / f"{name}.txt")[0])
    assert [] == [f.code for f in form.findings if f.code == "R06"]


# Real words holding a variant character OpenCC's t2s keeps as it is, with the simplified word.
VARIANT_WORDS = [
    ("鹽堿地", "盐碱地"),  # 鲁政办字〔2023〕5号, reposted in traditional (fixtures/real)
    ("鹽鹻地", "盐碱地"),
    ("選擧", "选举"),
    ("淸理整頓", "清理整顿"),
    ("靑年", "青年"),
    ("就緖", "就绪"),
    ("産値", "产值"),
    ("塡報", "填报"),
    ("審愼", "审慎"),
    ("報吿", "报告"),
    ("敍述", "叙述"),
    ("磚窰", "砖窑"),
    ("奮鬪", "奋斗"),
    ("鬭爭", "斗争"),
    ("疎浚河道", "疏浚河道"),
    ("水菓", "水果"),
    ("屋簷", "屋檐"),
    ("銲接", "焊接"),
    ("踨跡", "踪迹"),
    ("韮菜", "韭菜"),
    ("瑯琊", "琅琊"),
]


@pytest.mark.parametrize(("word", "simplified"), VARIANT_WORDS, ids=[w for w, _ in VARIANT_WORDS])
def test_variants_t2s_keeps_fold_to_simplified(word: str, simplified: str) -> None:
    """A variant OpenCC's t2s leaves unconverted folds too, alone and among other texts."""
    assert _T2S.convert(word) != simplified  # OpenCC alone misses it: the map is needed
    assert to_simplified(word) == simplified
    assert to_simplified_lines(["序號", word]) == ["序号", simplified]
