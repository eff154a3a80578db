"""Rebuild the example diagrams in graphs/ (SVG and PNG) and their index, graphs/README.md.

Run with `make graphs` (or `.venv/bin/python graphs/build.py`). Needs Graphviz `dot` and a
CJK font (`make system-deps` installs both). The same inputs give the same files: the DOT
text is deterministic, and Graphviz's SVG and cairo PNG output are stable for one input on
one Graphviz version.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from yiju.audit import run_audit
from yiju.dot import find_cjk_font, run_dot
from yiju.forms import parse_tables
from yiju.graph import build_graph
from yiju.models import Form
from yiju.readers import read
from yiju.render import MARK_CODES, View, marks_from_findings, scene_size, to_dot

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "graphs"
SEED = "fixtures/seed_2021_quanzhou_yingji.txt"
SECOND = "fixtures/second_unit_2021.txt"


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
        "The seed form at target level: each 一级指标 and the documents it rests on; edge labels "
        "are the pages and items cited. Targets that cite no document sit in the box below.",
    ),
    Picture(
        "doc-quanweiban-2021-20",
        (SEED,),
        View(doc="泉委办〔2021〕20号"),
        "--doc 泉委办〔2021〕20号",
        "What derives from 泉委办〔2021〕20号: its clause 第11项, the targets citing it (with the "
        "pages each gives), their indicators, departments and people.",
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
        "Two units' forms at document level: which documents each unit's targets rest on; the "
        "number on an edge is how many targets.",
    ),
)


def _forms(inputs: tuple[str, ...]) -> list[Form]:
    forms: list[Form] = []
    for name in inputs:
        forms.extend(parse_tables(read(ROOT / name)))
    return forms


def main() -> int:
    """Write every picture as SVG and PNG, and the index; return the exit code."""
    missing = [name for p in PICTURES for name in p.inputs if not (ROOT / name).is_file()]
    if missing:
        print(f"missing input: {', '.join(sorted(set(missing)))}", file=sys.stderr)
        return 2
    font = find_cjk_font()
    index = [
        "# Example diagrams",
        "",
        "Written by `graphs/build.py` (`make graphs`); do not edit by hand. The same pictures come",
        "from the CLI, e.g. `yiju render fixtures/seed_2021_quanzhou_yingji.txt --level targets -o out.svg`.",
        "",
        "Documents are coloured by issuer level (legend in each picture); a folded-corner box is a",
        "document named by title only. Audit findings are marked: red = unassigned (S01 target",
        "without a source document, A01–A03 indicator without a person, department or leader),",
        "orange = duplicated (A04 shared indicator, A05 person in two departments, D01 clause cited",
        "by several targets, D02 twin targets, D03 near-duplicate text).",
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
    (OUT / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"wrote {(OUT / 'README.md').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
