"""The HTML report in a real browser: headless Debian Chromium driven by Playwright.

The page is built from the seed form as `yiju report -o report.html` builds it, opened from
`file://`, and used as a clerk would: it must load with no console error and no request but
its own, find a document's targets by a number typed any way, sort, show each document's
diagram, and take a finding's link to its row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import browser_missing, chromium_page
from yiju.audit import run_audit
from yiju.cli import main
from yiju.cover import load_register
from yiju.dot import find_cjk_font
from yiju.export.html import document_pictures, html_report
from yiju.forms import parse_tables
from yiju.graph import build_graph
from yiju.queries import derives_from
from yiju.readers import read
from yiju.render import MARK_CODES, marks_from_findings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed_2021_quanzhou_yingji.txt"
PLANTED = ROOT / "fixtures" / "cover" / "planted"
REGISTER = PLANTED / "泉委办〔2021〕20号附件.xlsx"

pytestmark = pytest.mark.skipif(browser_missing() is not None, reason=str(browser_missing()))


def _page_html() -> tuple[str, int]:
    forms = parse_tables(read(SEED))
    graph = build_graph(forms)
    findings = run_audit(forms, graph=graph)
    marks = marks_from_findings(graph, [f for f in findings if f.code in MARK_CODES])
    pictures = document_pictures(graph, font=find_cjk_font(), marks=marks)
    documents = sum(1 for _, kind in graph.nodes(data="kind") if kind == "document")
    return html_report(forms, graph, findings, pictures=pictures), documents


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    text, documents = _page_html()
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(text, encoding="utf-8")
    return path, documents


@pytest.fixture
def page(report: tuple[Path, int]) -> Iterator[Any]:
    with chromium_page() as opened:
        opened.goto(report[0].as_uri())
        yield opened


def test_loads_from_file_with_no_errors_and_no_requests(report: tuple[Path, int]) -> None:
    """From file:// the page logs no console message or error and requests nothing but itself."""
    messages: list[str] = []
    requests: list[str] = []
    with chromium_page() as page:
        page.on("console", lambda m: messages.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: messages.append(f"pageerror: {e}"))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(report[0].as_uri())
        page.wait_for_load_state("load")
        assert "共 39 个目标" == page.text_content("#count")
    assert [] == messages
    assert [report[0].as_uri()] == requests


def test_page_has_no_external_reference(report: tuple[Path, int]) -> None:
    """No src/href points off the page: no CDN, no font file, no stylesheet link."""
    text = report[0].read_text(encoding="utf-8")
    assert [] == re.findall(r'(?:src|href)="(?!#)[^"]*"', text)
    assert "@font-face" not in text
    assert "<link" not in text


@pytest.mark.parametrize("query", ["泉委办〔2021〕20号", "泉委办[2021]20号", "泉委办（2021）第20号"])
def test_search_shows_the_documents_targets(page: Any, query: str) -> None:
    """Searching 泉委办〔2021〕20号, written any way, shows exactly its 11 targets."""
    page.fill("#q", query)
    rows = page.locator("#trace-table tbody tr:visible")
    graph = build_graph(parse_tables(read(SEED)))
    expected = sorted(t.id for t in derives_from(graph, "泉委办〔2021〕20号").targets)
    assert 11 == len(expected)
    assert expected == sorted(rows.nth(i).locator("td").nth(1).inner_text() for i in range(rows.count()))
    assert "显示 11 / 39 个目标" == page.text_content("#count")


def test_search_for_2_hao_does_not_show_20_hao(page: Any) -> None:
    """泉委办〔2021〕2号 is not 泉委办〔2021〕20号: one target, 1-10."""
    page.fill("#q", "泉委办〔2021〕2号")
    rows = page.locator("#trace-table tbody tr:visible")
    assert ["1-10"] == [rows.nth(i).locator("td").nth(1).inner_text() for i in range(rows.count())]


def test_sorting_by_a_header(page: Any) -> None:
    """Clicking 序号 sorts ids as numbers (1-9 before 1-10), a second click reverses."""
    header = page.locator("#trace-table thead th", has_text="序号")

    def ids() -> list[str]:
        return page.eval_on_selector_all(
            "#trace-table tbody tr", "rows => rows.map(r => r.cells[1].textContent)"
        )

    header.click()
    ascending = ids()
    assert ascending.index("1-9") < ascending.index("1-10") < ascending.index("2-1")
    header.click()
    assert list(reversed(ascending)) == ids()
    points = page.locator("#trace-table thead th", has_text="分值")
    points.click()
    values = page.eval_on_selector_all(
        "#trace-table tbody tr", "rows => rows.map(r => r.cells[3].textContent)"
    )
    numbers = [float(v) for v in values if v]
    assert sorted(numbers) == numbers


def test_every_document_section_has_its_diagram(page: Any, report: tuple[Path, int]) -> None:
    """One section per document, each with an inline SVG naming its key."""
    sections = page.locator("section.doc")
    assert report[1] == sections.count()
    for i in range(sections.count()):
        section = sections.nth(i)
        key = section.get_attribute("data-key")
        svg = section.locator("figure.diagram svg")
        assert 1 == svg.count(), key
        assert key in svg.inner_html(), key


def test_finding_links_to_its_row(page: Any) -> None:
    """The S01 finding's subject link lands on target 1-15's row, even when a search hid it."""
    page.fill("#q", "泉委办〔2021〕20号")
    row = page.locator("#findings-table tr", has_text="S01")
    link = row.locator("a", has_text="1-15")
    link.click()
    target_id = link.get_attribute("href").removeprefix("#")
    target = page.locator(f"#{target_id}")
    assert target.is_visible()
    assert "1-15" == target.locator("td").nth(1).inner_text()
    assert page.evaluate("location.hash") == f"#{target_id}"
    assert page.evaluate(f"document.getElementById('{target_id}').matches(':target')")


def test_row_links_back_to_its_findings(page: Any) -> None:
    """Target 1-15's row lists its S01 finding, linked to the finding's row."""
    number = page.locator("td:nth-child(2)", has_text=re.compile(r"^1-15$"))
    row = page.locator("#trace-table tbody tr", has=number)
    code = row.locator("a.code", has_text="S01")
    href = code.get_attribute("href")
    code.click()
    assert "S01" in page.locator(href).inner_text()


# ------------------------------------------------------------------ with a register: the coverage matrix


@pytest.fixture(scope="module")
def coverage_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page `yiju report --register … -o report.html` writes for the planted cover fixtures."""
    path = tmp_path_factory.mktemp("cover") / "report.html"
    assert 0 == main(["report", "--register", str(REGISTER), str(PLANTED), "-o", str(path)])
    return path


def test_coverage_matrix_and_its_links(coverage_report: Path) -> None:
    """The page of a register shows the 覆盖矩阵, one row per task; a C01 finding's task links
    to its row (which shows 牵头✗), and the row links back to the finding — from file://, with no
    console error and no request but the page."""
    items = load_register(REGISTER).items
    messages: list[str] = []
    requests: list[str] = []
    with chromium_page() as page:
        page.on("console", lambda m: messages.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: messages.append(f"pageerror: {e}"))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(coverage_report.as_uri())
        page.wait_for_load_state("load")
        matrix = page.locator("section", has=page.locator("h2", has_text="覆盖矩阵"))
        assert 1 == matrix.count()
        assert len(items) == matrix.locator("tbody tr").count()
        assert "问题" == matrix.locator("thead th").last.inner_text()
        finding = page.locator("#findings-table tr", has_text="C01").first
        link = finding.locator("a", has_text="泉委办〔2021〕20号 第6项")
        href = link.get_attribute("href")
        link.click()
        row = page.locator(href)
        assert row.is_visible()
        assert page.evaluate("location.hash") == href
        assert "6" == row.locator("td").nth(1).inner_text()
        assert "牵头✗" in row.inner_text()
        back = row.locator("a.code", has_text="C01")
        back_href = back.get_attribute("href")
        back.click()
        assert page.evaluate("location.hash") == back_href
        landed = page.locator(back_href).inner_text()
        assert "C01" in landed
        assert "第6项" in landed
    assert [] == messages
    assert [coverage_report.as_uri()] == requests
