"""Locator kinds and the clause node ids of articles (issue 13): what a law's 条/款/章 become."""

from __future__ import annotations

import pytest

from yiju.citations import extract
from yiju.graph import clause_id, clause_item

LAW = "《中华人民共和国安全生产法》"

# text after the law's title → (kind, item, unit, the clause node's id suffix), one per locator
KINDS = [
    ("第二十条", [("article", "20", "条", "art20")]),
    ("第20条第二款", [("clause", "20.2", "款", "art20.2")]),
    ("第三款", [("clause", "3", "款", "kuan3")]),
    ("第二十三条第一款第（一）项", [("clause", "23.1.1", "项", "art23.1.1")]),
    # a 项 of the 条 with no 款 written: the 款's place empty, never the 款 26.4 (`#art26.4`)
    ("第二十六条第（四）项", [("article", "26..4", "项", "art26..4")]),
    ("第二十六条第4项", [("article", "26..4", "项", "art26..4")]),
    ("第三章", [("chapter", "3", "章", "ch3")]),
    ("第三章第十二条", [("article", "12", "条", "art12")]),  # 条 run through all chapters
    ("第三章第十二条第二款", [("clause", "12.2", "款", "art12.2")]),
    ("第三部分第（二）项", [("item", "3.2", "项", "3.2")]),  # items restart in each part
    ("第二十条至第二十二条", [("article", "20-22", "条", "art20-22")]),
    ("第二十条、第二十一条", [("article", "20", "条", "art20"), ("article", "21", "条", "art21")]),
    ("第二十条、二十一条", [("article", "20", "条", "art20"), ("article", "21", "条", "art21")]),
    ("第27项", [("item", "27", "项", "27")]),
    ("第3页", [("page", None, None, "")]),
]


@pytest.mark.parametrize(("written", "expected"), KINDS, ids=[k[0] for k in KINDS])
def test_locator_kind_and_clause_id(
    written: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    """Each locator says what it counts, and an article's clause node is `clause:<key>#art20`."""
    (citation,) = extract(LAW + written).citations
    actual = [(x.kind, x.item, x.unit, clause_item(x)) for x in citation.locators]
    assert expected == actual


def test_article_clause_node_id() -> None:
    """The graph names the clause of an article by the law's key and `art` + the article."""
    (citation,) = extract(LAW + "第二十条").citations
    assert "clause:《中华人民共和国安全生产法》#art20" == clause_id(
        citation.key, clause_item(citation.locators[0])
    )


def test_locator_describes_article_and_clause() -> None:
    """`describe` writes a clause of an article as 第20条第2款, as users cite it."""
    (citation,) = extract(LAW + "第二十条第二款").citations
    assert ["第20条第2款"] == [x.describe() for x in citation.locators]


@pytest.mark.parametrize(
    ("written", "described"),
    [
        ("第二十条第二款", "第20条第2款"),
        ("第二十三条第一款第（一）项", "第23条第1款第1项"),
        ("第二十六条第（四）项", "第26条第4项"),
        ("第4.1条", "第4.1条"),
    ],
)
def test_locator_describes_items_of_articles(written: str, described: str) -> None:
    """`describe` writes a 项 of an article as users cite it, with or without its 款."""
    (citation,) = extract(LAW + written).citations
    assert [described] == [x.describe() for x in citation.locators]
