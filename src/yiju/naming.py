"""How every output names things: subjects, locators, document titles.

A clerk never reads a node id. Wherever an output (the Excel report, the HTML report, a
diagram, a finding's 涉及 column) names something of the graph, it goes through here, so the
same thing reads the same everywhere:

- a target `泉州市应急管理局 2021 · 1-15 城市创建工作`, an indicator likewise with its own
  text, a department `泉州市应急管理局 · 基础科`, a clause `泉委办〔2021〕20号 第14-15页第11项`;
- a locator as the form writes it: `第14-15页第（四）1项` (the item as written, the pages
  before it), never `第4.1项（第8页）`;
- a document by its key and one chosen title, the most frequent (`graph` sets it); the other
  titles are its variants.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from yiju._util import lines, natural_key, unique
from yiju.graphread import EdgeKind, predecessors

if TYPE_CHECKING:
    from yiju.graph import Graph

__all__ = [
    "SHORT_TEXT",
    "clause_text",
    "document_label",
    "document_title",
    "form_text",
    "item_text",
    "locator_text",
    "pages_text",
    "short",
    "subject_text",
    "title_variants",
]

#: Characters of a target's or indicator's text kept in a subject before `…`.
SHORT_TEXT = 14

_LIST = "、"


def short(text: str, limit: int = SHORT_TEXT) -> str:
    """Return the first `limit` characters of `text` (whitespace folded), `…` when cut.

    >>> short("城市创建工作与精神文明建设工作", 6), short("城市创建工作", 6)
    ('城市创建工作…', '城市创建工作')
    """
    folded = " ".join(text.split())
    return folded if len(folded) <= limit else folded[:limit] + "…"


def pages_text(pages: Iterable[str]) -> str:
    """Return pages as the forms write them: `第14-15页`, several joined `第14、14-15页`.

    >>> pages_text(["14-15"]), pages_text(["14", "14-15"]), pages_text([])
    ('第14-15页', '第14、14-15页', '')
    """
    kept = sorted(unique(p for p in pages if p), key=natural_key)
    return f"第{_LIST.join(kept)}页" if kept else ""


def item_text(written: str) -> str:
    """Return the item part of a written locator (`第14-15页第（四）1项` → `第（四）1项`).

    >>> item_text("第14-15页第（四）1项"), item_text("第三十七条")
    ('第（四）1项', '第三十七条')
    """
    return written.rsplit("页", 1)[-1] if "页" in written else written


def locator_text(pages: Iterable[str], item: str) -> str:
    """Return a locator as the form writes it: the pages, then the item as written.

    Args:
        pages: Page ranges (`14-15`).
        item: The item as written (`第（四）1项`), or the item number and unit (`第4.1项`)
            when no written form is known.

    >>> locator_text(["8"], "第（四）1项"), locator_text([], "第三十七条")
    ('第8页第（四）1项', '第三十七条')
    """
    return pages_text(pages) + item


def _written_item(g: Graph, clause: str) -> str:
    """Return the clause's item as the forms write it (`第（四）1项`), else `第4.1项`."""
    written = sorted(
        {
            item_text(label)
            for source in predecessors(g, clause, EdgeKind.CITES)
            for label in lines((g.get_edge_data(source, clause, EdgeKind.CITES) or {}).get("labels"))
        },
        key=lambda t: (len(t), t),
    )
    if written:
        return written[0]
    attrs = g.nodes[clause]
    return f"第{attrs.get('item', '')}{attrs.get('unit', '项')}"


def clause_text(g: Graph, clause: str, *, with_pages: bool = True) -> str:
    """Return a clause's locator, `第14-15页第（四）1项` (every page it is cited with).

    Args:
        g: The graph.
        clause: A clause node id.
        with_pages: Put the pages first (False: the item alone, `第（四）1项`).
    """
    item = _written_item(g, clause)
    return locator_text(lines(g.nodes[clause].get("pages")), item) if with_pages else item


def document_title(g: Graph, doc: str) -> str:
    """Return the one title outputs show for a document: the most frequent, '' if none.

    A title-only document (`《信访条例》`) is its own title: '' here, its key says it.
    """
    attrs = g.nodes[doc]
    if not attrs.get("numbered", True):
        return ""
    chosen = attrs.get("title")
    if chosen:
        return str(chosen)
    titles = lines(attrs.get("titles"))
    return min(titles, key=lambda t: (len(t), t)) if titles else ""


def title_variants(g: Graph, doc: str) -> tuple[str, ...]:
    """Return a document's other titles (all but `document_title`), sorted."""
    chosen = document_title(g, doc)
    return tuple(t for t in lines(g.nodes[doc].get("titles")) if t != chosen)


def document_label(g: Graph, doc: str) -> str:
    """Return `泉委办〔2021〕20号《泉州市“强基促稳”三年行动2021年实施方案》`, or the key alone."""
    key = str(g.nodes[doc].get("key", doc.removeprefix("doc:")))
    title = document_title(g, doc)
    return f"{key}《{title}》" if title else key


def form_text(namespace: str) -> str:
    """Return a form namespace as people write it: `泉州市应急管理局/2021` → `泉州市应急管理局 2021`.

    >>> form_text("泉州市应急管理局/2021")
    '泉州市应急管理局 2021'
    """
    unit, _, year = namespace.rpartition("/")
    return f"{unit} {year}" if unit else namespace


def _owned_text(g: Graph, node: str) -> str:
    attrs = g.nodes[node]
    form = str(attrs.get("form", ""))
    number = str(attrs.get("number", ""))
    text = short(str(attrs.get("text", "")))
    return f"{form_text(form)} · {number} {text}".rstrip()


def _from_id(kind: str, rest: str) -> str:
    """Name a node the graph does not hold (a hidden row's) from its id alone."""
    if kind in ("target", "indicator", "form"):
        form, _, number = rest.rpartition("/") if kind != "form" else (rest, "", "")
        return f"{form_text(form)} · {number}".rstrip(" ·") if form else rest
    if kind in ("dept", "person"):
        unit, _, name = rest.rpartition("/")
        return f"{unit} · {name}" if unit else name
    if kind == "clause":
        key, _, item = rest.partition("#")
        return f"{key} 第{item}项"
    return rest


def subject_text(g: Graph, subject: str) -> str:
    """Return how outputs name a finding's subject: never a node id.

    Targets and indicators read `泉州市应急管理局 2021 · 1-15 城市创建工作`, departments and
    people `泉州市应急管理局 · 基础科`, clauses `泉委办〔2021〕20号 第14-15页第11项`, documents
    their key and title, forms `泉州市应急管理局 2021`; places in a file read `第35行`,
    `L列`, `工作表 填表说明`, `第94行第2列`. Anything else is returned as it is.

    >>> from yiju.graph import Graph
    >>> g = Graph()
    >>> g.add_node("target:局/2021/1-15", kind="target", form="局/2021", number="1-15", text="城市创建工作")
    >>> subject_text(g, "target:局/2021/1-15"), subject_text(g, "35:35"), subject_text(g, "line 94 column 2")
    ('局 2021 · 1-15 城市创建工作', '第35行', '第94行第2列')
    """
    kind, sep, rest = subject.partition(":")
    if subject in g:
        node_kind = g.nodes[subject].get("kind")
        if node_kind in ("target", "indicator"):
            return _owned_text(g, subject)
        if node_kind in ("department", "person"):
            attrs = g.nodes[subject]
            return f"{attrs.get('unit', '')} · {attrs.get('name', '')}"
        if node_kind == "clause":
            return f"{g.nodes[subject].get('key', '')} {clause_text(g, subject)}"
        if node_kind == "document":
            return document_label(g, subject)
        if node_kind == "unit":
            return str(g.nodes[subject].get("name", rest))
    if sep and kind in ("target", "indicator", "form", "dept", "person", "clause", "doc", "unit"):
        return _from_id(kind, rest)
    return _place_text(subject)


#: Whole-file subjects the readers give: a web page's other tables, a task list read from prose.
_PLACES = {"page": "网页", "prose": "正文"}


def _place_text(subject: str) -> str:
    """Name a place in a file: `35:35` → `第35行`, `L:L` → `L列`, `line 94 column 2` → `第94行第2列`."""
    first, sep, second = subject.partition(":")
    if sep and first == second and first.isdigit():
        return f"第{first}行"
    if sep and first == second and first.isalpha() and first.isascii():
        return f"{first}列"
    if subject in _PLACES:
        return _PLACES[subject]
    words = subject.split()
    if len(words) == 4 and words[0] == "line" and words[2] == "column" and words[1].isdigit():
        return f"第{words[1]}行第{words[3]}列"
    if len(words) == 2 and words[0] in ("line", "row") and words[1].isdigit():
        return f"第{words[1]}行"
    if words and words[0] == "sheet":
        return "工作表 " + subject.removeprefix("sheet").strip()
    return subject
