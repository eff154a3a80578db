"""A task list's measures name the documents a task carries out: they are its basis.

`按照国发〔2021〕7号要求…` under 工作措施 is why the task exists, as a 文件依据 column would say;
a progress note's documents (`已印发…`) are what was done, and are not read as basis.
国发〔2021〕7号 is the State Council's notice on 证照分离 (《国务院关于深化“证照分离”改革进一步
激发市场主体发展活力的通知》); the rows follow a county's 优化营商环境 task list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from yiju.forms import parse_table
from yiju.readers import read

ROWS = [
    "某县2024年优化营商环境重点任务清单,,,,,,",
    "序号,重点任务,工作措施,牵头单位,配合单位,完成时限,进展情况",
    "一、提升政务服务效能（共2项）,,,,,,",
    '1,深化“证照分离”改革,"按照《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》'
    '（国发〔2021〕7号）要求，全面推开",县市场监管局,"县发改局、县司法局",持续推进,"已印发县政办〔2024〕9号"',
    "2,优化不动产登记,实现一般登记5个工作日内办结,县自然资源局,县税务局,2024年12月,",
    "二、加强要素保障（共1项）,,,,,,",
    "3,保障重点项目用地,落实《土地管理法》第四十四条和第四十五条，做好农用地转用,县自然资源局,县住建局,年底前,",
]

# target id → (key, locators, column) of each basis document
EXPECTED = {
    "1": [("国发〔2021〕7号", (), 3)],
    "2": [],
    "3": [("《土地管理法》", ("第44条", "第45条"), 3)],
}


@pytest.fixture(scope="module")
def form_basis(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, list[tuple[str, tuple[str, ...], int | None]]]:
    path: Path = tmp_path_factory.mktemp("measures") / "tasks.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    form = parse_table(read(path)[0])
    return {
        t.id: [
            (b.key, tuple(loc.describe() for loc in b.citation.locators), b.location.column) for b in t.basis
        ]
        for t in form.targets
    }


@pytest.mark.parametrize("target", sorted(EXPECTED))
def test_documents_in_measures_are_the_basis(
    form_basis: dict[str, list[tuple[str, tuple[str, ...], int | None]]], target: str
) -> None:
    assert EXPECTED[target] == form_basis[target]


def test_trace_says_which_cell_named_the_basis(tmp_path: Path) -> None:
    """`yiju trace` says a task's basis was read in its 工作措施, not in a 文件依据 it does not have."""
    from yiju.corpus import load  # noqa: PLC0415

    path = tmp_path / "tasks.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    corpus = load([path])
    assert [(t.id, t.via) for t in corpus.trace("国发〔2021〕7号").targets] == [("1", ("basis:工作措施",))]
    land = corpus.trace("《土地管理法》").targets
    assert [(t.id, t.via) for t in land] == [("3", ("basis:工作措施", "clause:art44", "clause:art45"))]
    assert [c.where for c in land[0].links[0].clauses] == ["工作措施", "工作措施"]
