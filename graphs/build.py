"""Rebuild the example diagrams in graphs/ (SVG and PNG) and their index, graphs/README.md.

Run with `make graphs` (or `.venv/bin/python graphs/build.py`). Needs Graphviz `dot` and a
CJK font (`make system-deps` installs both). The same inputs give the same files: the DOT
text is deterministic, and Graphviz's SVG and cairo PNG output are stable for one input on
one Graphviz version.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from yiju.audit import run_audit
from yiju.cli import main as main_cli
from yiju.dot import find_cjk_font, run_dot
from yiju.export.html import document_pictures, html_report
from yiju.forms import parse_tables
from yiju.graph import build_graph
from yiju.models import Form
from yiju.readers import read
from yiju.render import MARK_CODES, View, marks_from_findings, scene_size, to_dot

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "graphs"
SEED = "fixtures/seed_2021_quanzhou_yingji.txt"
SECOND = "fixtures/second_unit_2021.txt"
PLANTED = "fixtures/cover/planted"
REGISTER = "fixtures/cover/planted/泉委办〔2021〕20号附件.xlsx"


@dataclass(frozen=True)
class Picture:
    """One diagram: file stem, inputs, view, and what it shows."""

    stem: str
    inputs: tuple[str, ...]
    view: View
    options: str
    about: str


PICTURES = (
    Picture(
        "seed-targets",
        (SEED,),
        View(level="targets"),
        "--level targets",
        "The seed form at target level: each 一级指标, the clauses it cites (boxes beside their "
        "document, pages inside) and the documents it rests on. Targets that cite no document "
        "sit in the box above.",
    ),
    Picture(
        "doc-quanweiban-2021-20",
        (SEED,),
        View(doc="泉委办〔2021〕20号"),
        "--doc 泉委办〔2021〕20号",
        "What derives from 泉委办〔2021〕20号: its clause 第11项 (pages 14 and 14-15 as the forms "
        "give them), the targets citing it, their indicators, departments and people.",
    ),
    Picture(
        "dept-jichuke",
        (SEED,),
        View(department="基础科"),
        "--department 基础科",
        "The indicators 基础科 owns, their targets and sources; 1-3-1 is shared with 协调科.",
    ),
    Picture(
        "corpus-documents",
        (SEED, SECOND),
        View(level="documents"),
        "--level documents",
        "Two units' forms aggregated at document level: one edge per document and unit, as thick "
        "as the number of targets, which is written at the document's end.",
    ),
)


def _forms(inputs: tuple[str, ...]) -> list[Form]:
    forms: list[Form] = []
    for name in inputs:
        # Relative paths, as the CLI is given them: the report names the file it read.
        forms.extend(parse_tables(read(Path(name))))
    return forms


def _report(font: str) -> list[str]:
    """Write the seed's HTML report and screenshots of it; return the index lines."""
    forms = _forms((SEED,))
    graph = build_graph(forms)
    findings = run_audit(forms, graph=graph)
    marks = marks_from_findings(graph, [f for f in findings if f.code in MARK_CODES])
    page = html_report(forms, graph, findings, pictures=document_pictures(graph, font=font, marks=marks))
    path = OUT / "report.html"
    path.write_text(page, encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")
    lines = [
        "",
        f"`report.html` is `yiju report {SEED} -o report.html`: one self-contained page. Screenshots",
        "in headless Chromium (`tests/browser.py`):",
        "",
    ]
    sys.path.insert(0, str(ROOT))  # tests/browser.py: the same Chromium the browser tests drive
    from tests.browser import browser_missing, chromium_page  # noqa: PLC0415  # needs ROOT on the path

    missing = browser_missing()
    if missing is not None:
        print(f"no screenshots: {missing}", file=sys.stderr)
        return [*lines, f"(no screenshots: {missing})"]
    with chromium_page(1400, 900) as browser:
        browser.goto(path.as_uri())
        browser.screenshot(path=str(OUT / "report-overview.png"))
        # An element screenshot scrolls the page: keep the sticky header from covering it.
        browser.add_style_tag(content="header{position:static}")
        section = browser.locator("section.doc", has_text="泉委办〔2021〕20号《").first
        section.screenshot(path=str(OUT / "report-document.png"))
        browser.evaluate("document.getElementById('findings').scrollIntoView()")
        browser.screenshot(path=str(OUT / "report-findings.png"))
    with tempfile.TemporaryDirectory(prefix="yiju-graphs-") as tmp:
        covered = Path(tmp) / "report.html"
        main_cli(["report", "--register", REGISTER, PLANTED, "-o", str(covered)])
        with chromium_page(1400, 900) as browser:
            browser.goto(covered.as_uri())
            browser.add_style_tag(content="header{position:static}")
            browser.evaluate("document.getElementById('x1').scrollIntoView()")
            browser.screenshot(path=str(OUT / "report-coverage.png"))
    for name in ("report-overview.png", "report-document.png", "report-findings.png", "report-coverage.png"):
        print(f"wrote graphs/{name}")
    return [
        *lines,
        "- [report-overview.png](report-overview.png): the overview and the start of the trace table",
        "- [report-document.png](report-document.png): the section of 泉委办〔2021〕20号 with its diagram",
        "- [report-findings.png](report-findings.png): the findings, each with its rule, its own sentence",
        "  (the figures) and the rule's explanation, what it concerns linked to its row",
        f"- [report-coverage.png](report-coverage.png): `yiju report --register '{REGISTER}' {PLANTED}`:",
        "  the coverage matrix, task × unit, each task's findings linked in 问题",
    ]


def main() -> int:
    """Write every picture as SVG and PNG, and the index; return the exit code."""
    missing = [name for p in PICTURES for name in p.inputs if not (ROOT / name).is_file()]
    if missing:
        print(f"missing input: {', '.join(sorted(set(missing)))}", file=sys.stderr)
        return 2
    os.chdir(ROOT)  # the inputs are read by their paths relative to the repository
    font = find_cjk_font()
    index = [
        "# Example diagrams",
        "",
        "Written by `graphs/build.py` (`make graphs`); do not edit by hand. The same pictures come",
        "from the CLI, e.g. `yiju render fixtures/seed_2021_quanzhou_yingji.txt --level targets -o out.svg`.",
        "",
        "Each picture carries a legend in Chinese explaining every fill, shape and mark it uses.",
        "Documents are coloured by issuer level; a folded-corner box is a document named by title",
        "only; a document and its clauses share a box; clauses are boxes, never edge labels. Audit",
        "findings are marked: red = unassigned (S01 target without a source document, A01–A03",
        "indicator without a person, department or leader), orange = duplicated (A04 shared",
        "indicator, A05 person in two departments, D01 clause cited by several targets, D02 twin",
        "targets, D03 near-duplicate text). Long texts are cut with …; the SVG tooltips hold them",
        "whole. A picture over 150 boxes is refused (`--max-nodes`).",
        "",
        "| picture | command | nodes | edges | what it shows |",
        "| --- | --- | --- | --- | --- |",
    ]
    for picture in PICTURES:
        forms = _forms(picture.inputs)
        graph = build_graph(forms)
        marks = marks_from_findings(graph, run_audit(forms, select=list(MARK_CODES), graph=graph))
        text = to_dot(graph, picture.view, font=font, marks=marks)
        nodes, edges = scene_size(graph, picture.view, marks)
        for fmt in ("svg", "png"):
            path = OUT / f"{picture.stem}.{fmt}"
            path.write_bytes(run_dot(text, fmt))
            print(f"wrote {path.relative_to(ROOT)}")
        command = f"`yiju render {' '.join(picture.inputs)} {picture.options}`"
        links = f"[svg]({picture.stem}.svg) · [png]({picture.stem}.png)"
        index.append(f"| {picture.stem} ({links}) | {command} | {nodes} | {edges} | {picture.about} |")
    index += _report(font)
    (OUT / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"wrote {(OUT / 'README.md').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
