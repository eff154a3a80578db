"""A task list's preamble that says what the whole list rests on gives every task that basis.

`根据《运城市突发事件应急体系建设“十三五”规划》(运政办发〔2016〕76号)精神,现将《规划》中…进行责任分解`
(运城市 2017) and `为贯彻落实…（国发〔2022〕5号…），结合我市实际，制定本方案` name the documents
every task carries out. Each task inherits them, located in the preamble and marked as such
(`yiju trace`: `来源：前言`; JSON `"cell": "前言"`), apart from a document the task names itself.
A document the preamble only mentions (`现将《…》印发给你们`) is no basis.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from yiju import patterns as pat
from yiju.citations import extract_cell

# A preamble line (real wording) → the keys of the documents it gives as the list's basis.
CLAUSES = [
    (
        "为提高应对突发事件和各种风险的能力,维护公众生命财产安全,促进我市经济社会健康发展,"
        "根据《运城市突发事件应急体系建设“十三五”规划》(运政办发〔2016〕76号)精神,"
        "现将《规划》中明确提出的9项具体建设任务和7项重点建设项目进行责任分解。",
        ["运政办发〔2016〕76号"],
    ),
    (
        "为贯彻落实《国务院关于加快推进政务服务标准化规范化便利化的指导意见》（国发〔2022〕5号），"
        "结合我市实际，制定本方案。",
        ["国发〔2022〕5号"],
    ),
    (
        "为贯彻落实全国两会精神,全面落实省第十三届人民代表大会第四次会议通过的省《政府工作报告》部署,"
        "做好今年全省政府工作,努力实现经济社会发展目标任务,现将2021年省《政府工作报告》确定的主要预期目标"
        "和十大重点工作任务,对应分解为出台政策文件、制定工作方案等具体举措。",
        ["《政府工作报告》"],
    ),
    (
        "经市人民政府同意,现将《运城市突发事件应急体系建设“十三五”规划》责任分解印发给你们,请认真组织实施。",
        [],
    ),
    (
        "《2021年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过,现印发给你们,请认真贯彻执行。",
        [],
    ),
]


@pytest.mark.parametrize(("line", "keys"), CLAUSES, ids=[c[0][:12] for c in CLAUSES])
def test_the_clause_that_names_the_list_s_basis(line: str, keys: list[str]) -> None:
    found = [c.key for m in pat.LIST_BASIS.finditer(line) for c in extract_cell(m.group()).citations]
    assert keys == found


LINES = [
    "运城市突发事件应急体系建设“十三五”规划责任分解",
    "根据《运城市突发事件应急体系建设“十三五”规划》(运政办发〔2016〕76号)精神,"
    "现将《规划》中明确提出的9项具体建设任务和7项重点建设项目进行责任分解。",
    "一、“一案三制”建设",
    "1.加强应急预案管理,规范应急预案编制、审批、发布、备案、修订和评估工作。(责任单位:市应急管理局)",
    "2.落实《中华人民共和国突发事件应对法》第十七条,修订完善现有应急预案。(责任单位:市直各有关单位)",
    "3.加强应急预案演练,完善演练管理制度。(责任单位:各县(市、区)人民政府)",
]


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_task_inherits_the_preamble_s_basis(tmp_path: Path) -> None:
    from yiju.batch import parse_file  # noqa: PLC0415

    form = parse_file(_write(tmp_path, LINES))[0]
    got = [(t.id, [(b.key, b.cell, b.location.row) for b in t.basis]) for t in form.targets]
    assert [(i, [("运政办发〔2016〕76号", "前言", 2)]) for i in ("1", "2", "3")] == got
    assert form.to_dict()["targets"][0]["basis"] == [
        {"key": "运政办发〔2016〕76号", "title": "运城市突发事件应急体系建设“十三五”规划", "cell": "前言"}
    ]


def test_trace_says_the_basis_came_from_the_preamble(tmp_path: Path) -> None:
    """`trace --doc 运政办发〔2016〕76号` finds every task; a task's own document stays its own."""
    from yiju.corpus import load  # noqa: PLC0415

    corpus = load([_write(tmp_path, LINES)])
    plan = corpus.trace("运政办发〔2016〕76号").targets
    assert [(t.id, t.via) for t in plan] == [(i, ("basis:前言",)) for i in ("1", "2", "3")]
    law = corpus.trace("《中华人民共和国突发事件应对法》").targets
    assert [(t.id, t.via) for t in law] == [("2", ("clause:art17",))]


def test_a_list_whose_preamble_names_no_basis_inherits_none(tmp_path: Path) -> None:
    from yiju.batch import parse_file  # noqa: PLC0415

    lines = [
        LINES[0],
        "经市人民政府同意,现将《运城市突发事件应急体系建设“十三五”规划》责任分解印发给你们。",
        *LINES[2:],
    ]
    form = parse_file(_write(tmp_path, lines))[0]
    assert [[b.key for b in t.basis] for t in form.targets] == [[], [], []]
