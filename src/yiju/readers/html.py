"""Read a form from a saved web page (`.html`, `.htm`): the table that holds it, picked by its header.

National and provincial lists are published as HTML tables on government sites, and offices
save the page. The page is parsed with lxml's HTML parser (libxml2, not a regex): entities
are decoded (`&ldquo;` → “, `&nbsp;` → U+00A0, kept in the cell text as the xlsx reader
keeps it, then cleaned the same way), `rowspan`/`colspan` are laid out on a grid whose
covered cells are empty with the range listed in `Table.merged`, like the xlsx reader's
merged cells. Whitespace is read as a browser shows it: runs collapse to one space, a
source line break between two Chinese characters (Word's "save as web page" wraps its
source at 80 columns mid-sentence) disappears, and `<br>` and paragraph ends are line breaks.

Every table whose early rows name the form's columns (`readers.table.has_header`) is a form
table; a page's navigation and layout tables are not, and are named in one finding. The
lines of text just before a form table (title, unit, date) and just after it (备注,
signature), up to the neighbouring table, become rows around it.

The encoding is the byte-order mark's, else the one the page declares (`<meta charset>`,
GB2312 read as its superset GB18030), else UTF-8, else GB18030 or Big5 by
`encoding.decode_legacy`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import regex
from lxml import etree
from lxml import html as lxml_html

from yiju import patterns as pat
from yiju.codes import finding
from yiju.errors import ReadError
from yiju.messages import say
from yiju.models import SourceLocation
from yiju.normalize import clean_cell
from yiju.readers._safety import read_capped
from yiju.readers.encoding import decode_legacy, python_codec
from yiju.readers.prose import prose_table
from yiju.readers.table import NO_TABLE, Row, Table, has_header

__all__ = ["decode_html", "read_html"]

_HEAD_BYTES = 4096
_CONTEXT_LINES = 8
_MAX_COLUMNS = 256
_MAX_CELLS = 2_000_000
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "select", "option"})
_BLOCKS = frozenset(
    {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
     "blockquote", "pre", "dd", "dt", "dl", "center", "header", "footer", "form", "hr", "address"}
)  # fmt: skip
_BREAK = "\x00"  # a hard line break while whitespace is collapsed
_SPACE_RUN = regex.compile(r"[ \t\r\n\f]+")  # HTML's collapsible white space (NBSP is not)
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff00-\uffef]")
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*\?>")


def read_html(path: str | Path) -> list[Table]:
    """Read each form table of a saved web page, with the lines around it.

    Args:
        path: An `.html` or `.htm` file.

    Returns:
        One `Table` (`sheet` None) per table whose header names the form's columns, in
        page order; the first carries a finding naming the page's other tables.

    Raises:
        ReadError: For an empty, binary or undecodable file, or a page without a form table.
    """
    display = str(path)
    data = read_capped(Path(path), display)
    text = decode_html(display, data)
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(display, f"cannot read the page ({exc})") from None
    tables: list[Table] = []
    others = 0
    for element in root.iter("table"):
        grid, merged = _grid(display, element)
        if not has_header([Row(i + 1, tuple(r)) for i, r in enumerate(grid)]):
            if any(any(cell for cell in r) for r in grid) and element.find(".//table") is None:
                others += 1
            continue
        before = _context(element, forward=False)
        after = _context(element, forward=True)
        rows: list[Row] = [Row(i + 1, (line,)) for i, line in enumerate(before)]
        top = len(rows)
        rows += [Row(top + i + 1, tuple(r)) for i, r in enumerate(grid)]
        rows += [Row(len(rows) + i + 1, (line,)) for i, line in enumerate(after)]
        spans = tuple((r0 + top, c0, r1 + top, c1) for r0, c0, r1, c1 in merged)
        tables.append(Table(file=display, sheet=None, rows=tuple(rows), merged=spans, merges_known=True))
    if not tables:
        # No form table: the page's text may be a task list written as prose.
        lines = _text(root).split("\n")
        prose = prose_table(display, [Row(i + 1, (line,)) for i, line in enumerate(lines)])
        if prose is None:
            raise ReadError(display, NO_TABLE)
        return [prose]
    if others:
        note = finding(
            "R03",
            say("R03.page_tables", n=others, s="s" if others > 1 else ""),
            ("page",),
            SourceLocation(display),
        )
        first = tables[0]
        tables[0] = replace(first, findings=(note,))
    return tables


def decode_html(path: str, data: bytes) -> str:
    """Decode a page: byte-order mark, declared charset, UTF-8, then GB18030 or Big5.

    Raises:
        ReadError: For an empty page or bytes no candidate decodes.
    """
    if not data.strip():
        raise ReadError(path, "empty file")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise ReadError(path, f"not {codec} text despite its byte-order mark") from None
    if b"\x00" in data[:_HEAD_BYTES]:
        raise ReadError(path, "binary data, not a web page")
    declared = pat.HTML_CHARSET.search(data[:_HEAD_BYTES])
    if declared is not None:
        named = python_codec(declared.group("charset").decode("ascii", "replace"))
        if named is not None:
            try:
                return data.decode(named)
            except UnicodeDecodeError:
                pass  # a wrong declaration happens; fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        legacy = decode_legacy(data)
        if legacy is None:
            raise ReadError(path, "not UTF-8, GB18030 or Big5 text") from None
        return legacy[0]


def _rows_of(table: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """Return the table's own rows (not those of a table nested in a cell)."""
    return list(table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"))


def _span(cell: lxml_html.HtmlElement, name: str, cap: int) -> int:
    try:
        value = int(str(cell.get(name, "1")).strip() or "1")
    except ValueError:
        return 1
    return min(max(value, 1), cap)


def _grid(path: str, table: lxml_html.HtmlElement) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """Lay a table's cells on a grid: spans filled, covered cells empty; merged ranges 1-based."""
    rows = _rows_of(table)
    taken: dict[tuple[int, int], bool] = {}
    grid: list[list[str]] = []
    merged: list[tuple[int, int, int, int]] = []
    width = 0
    for r, tr in enumerate(rows):
        cells: dict[int, str] = {}
        c = 0
        for td in tr:
            if not isinstance(td.tag, str) or td.tag not in ("td", "th"):
                continue
            while taken.get((r, c)):
                c += 1
            rowspan = _span(td, "rowspan", len(rows) - r)
            colspan = _span(td, "colspan", _MAX_COLUMNS)
            if c + colspan > _MAX_COLUMNS:
                raise ReadError(path, f"refused: a table row spans more than {_MAX_COLUMNS} columns")
            cells[c] = _text(td)
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken[r + dr, c + dc] = True
            if rowspan > 1 or colspan > 1:
                merged.append((r + 1, c + 1, r + rowspan, c + colspan))
            c += colspan
        width = max(width, c, max((cc + 1 for rr, cc in taken if rr == r), default=0))
        grid.append([cells.get(i, "") for i in range(width)])
        if len(grid) * width > _MAX_CELLS:
            raise ReadError(path, f"refused: a table of more than {_MAX_CELLS} cells")
    return [row + [""] * (width - len(row)) for row in grid], merged


def _text(element: lxml_html.HtmlElement) -> str:
    """Return an element's text as a browser lays it out, cleaned as every reader cleans cells."""
    pieces: list[str] = []
    _collect(element, pieces)
    raw = _SPACE_RUN.sub(_collapse, "".join(pieces))
    return clean_cell(raw.replace(_BREAK, "\n"))


def _collect(element: lxml_html.HtmlElement, pieces: list[str]) -> None:
    """Append an element's text nodes, with a break marker for `<br>` and block boundaries."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIP:
        return
    if tag == "br":
        pieces.append(_BREAK)
    block = tag in _BLOCKS
    if block:
        pieces.append(_BREAK)
    if element.text and tag:
        pieces.append(element.text)
    for child in element:
        _collect(child, pieces)
        if child.tail:
            pieces.append(child.tail)
    if block:
        pieces.append(_BREAK)


def _collapse(match: regex.Match[str]) -> str:
    """Collapse a run of white space: nothing between wide characters across a line break."""
    text, start, end = match.string, match.start(), match.end()
    run = match.group()
    if "\n" in run or "\r" in run:
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if before and after and _WIDE.match(before) and _WIDE.match(after):
            return ""
    return " "


def _context(table: lxml_html.HtmlElement, *, forward: bool) -> list[str]:
    """Return up to `_CONTEXT_LINES` lines of text next to a table, stopping at another table."""
    lines: list[str] = []
    node: lxml_html.HtmlElement | None = table
    while node is not None and len(lines) < _CONTEXT_LINES:
        for sibling in node.itersiblings(preceding=not forward):
            if not isinstance(sibling.tag, str) or sibling.tag in _SKIP:
                continue
            if sibling.tag == "table" or sibling.find(".//table") is not None:
                return _trim(lines, forward=forward)
            found = [line for line in _text(sibling).split("\n") if line]
            lines.extend(found if forward else reversed(found))
            if len(lines) >= _CONTEXT_LINES:
                break
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return _trim(lines, forward=forward)


def _trim(lines: list[str], *, forward: bool) -> list[str]:
    kept = lines[:_CONTEXT_LINES]
    return kept if forward else kept[::-1]
