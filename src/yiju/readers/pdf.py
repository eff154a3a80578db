"""Read a form from a PDF's text layer with pdfplumber: ruled tables by their lines, unruled by position.

Published and signed forms are PDFs. Characters come from pdfplumber (pdfminer's layout of
the text layer) and are put back into cells here, in reading order:

* **Ruled tables** (drawn lines): pdfplumber finds the cells from the lines; a merged cell is
  one cell, its text going to its first row (the covered cells are empty, as the text reader
  sees a flattened merge).
* **Unruled tables** (no lines): the header row (the first line naming the form's columns,
  `headers.header_score`) gives the columns; the boundary between two columns is the gutter
  the body's characters leave between them; rows are separated by the extra space between
  them (or by text in the 序号 column when rows are set tight).
* **Cell text**: characters are grouped into lines; a line that ends short of its cell's
  right edge ended at a typed line break (`\\n`), one that fills the cell was wrapped and is
  joined to the next without a space between Chinese characters (with one between Latin
  words), so a long 一级指标 reads as typed.
* **Pages**: the header rows repeated at the top of each page and page numbers in the margin
  (`第 1 页 共 5 页`, `- 3 -`) are furniture and dropped; a row Word broke across a page break
  (the first row of a page whose 序号 cell is empty and whose text continues cells the last
  row of the previous page filled) is joined to that row.

Text above the table on its first page (title, unit, date) and below it on its last (备注,
signature) become one-cell rows. Rows are numbered in reading order (`Row.number` is the
n-th row read, page furniture left out). A PDF without a text layer (a scan) is refused with
`no text layer; run OCR first`; an encrypted one, one that is not a PDF, and one of more than
`MAX_PAGES` pages are refused too.
"""

from __future__ import annotations

import bisect
import contextlib
import io
import itertools
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yiju import patterns as pat
from yiju.errors import ReadError
from yiju.headers import header_field, header_score
from yiju.normalize import clean_cell
from yiju.readers._safety import read_capped, short_reason
from yiju.readers.prose import prose_table
from yiju.readers.table import HEADER_MIN_SCORE, NO_TABLE, Row, Table, has_header

__all__ = ["MAX_PAGES", "read_pdf"]

#: A PDF of more pages is refused: a responsibility table runs to tens of pages, and
#: pdfplumber takes 0.2-0.6 s a page for CJK text, so 200 pages bound a read to a minute or two.
MAX_PAGES = 200
NO_TEXT = "no text layer; run OCR first"
_ENCRYPTED = "encrypted PDF (password required); remove the password and save again"

_Char = dict[str, Any]
_CHAR_KEYS = ("text", "x0", "x1", "top", "bottom", "size")
_HEADER_SEARCH_LINES = 30


@dataclass
class _Line:
    """Characters sharing a baseline, left to right, with their extent."""

    chars: list[_Char]
    top: float
    bottom: float
    x0: float
    x1: float
    size: float

    @property
    def text(self) -> str:
        return _join_chars(self.chars)


@dataclass
class _Item:
    """A text line outside any table, or a table row, in reading order."""

    page: int
    cells: list[str]
    is_row: bool
    first_on_page: bool = False


def read_pdf(path: str | Path) -> list[Table]:
    """Read the form table of a PDF with a text layer into one `Table`.

    Args:
        path: A `.pdf` file.

    Returns:
        One table (`sheet` None): the lines above the table, its rows, the lines below.

    Raises:
        ReadError: For a file that is not a PDF, an encrypted one, one over `MAX_PAGES`
            pages, one without a text layer, or one without a form table.
    """
    display = str(path)
    data = read_capped(Path(path), display)
    if not data.strip():
        raise ReadError(display, "empty file")
    if b"%PDF-" not in data[:1024]:
        raise ReadError(display, "not a PDF file (no %PDF- header)")
    import pdfplumber  # noqa: PLC0415  # pdfminer is slow to import; only PDFs need it
    from pdfminer.pdfdocument import PDFPasswordIncorrect  # noqa: PLC0415

    try:
        document = pdfplumber.open(io.BytesIO(data))
    except PDFPasswordIncorrect:
        raise ReadError(display, _ENCRYPTED) from None
    except Exception as exc:  # pdfminer raises PDFSyntaxError, PSEOF, KeyError … on a broken file
        if "PDFPasswordIncorrect" in f"{type(exc).__name__} {exc}":  # pdfplumber wraps it
            raise ReadError(display, _ENCRYPTED) from None
        raise ReadError(
            display, f"truncated or corrupt PDF ({type(exc).__name__}: {short_reason(exc)})"
        ) from None
    try:
        try:
            count = len(document.pages)
        except Exception as exc:
            raise ReadError(
                display, f"truncated or corrupt PDF ({type(exc).__name__}: {short_reason(exc)})"
            ) from None
        if count > MAX_PAGES:
            raise ReadError(display, f"refused: {count} pages exceeds the {MAX_PAGES}-page limit for a form")
        try:
            pages = [_page_content(page) for page in document.pages]
        except ReadError:
            raise
        except Exception as exc:
            raise ReadError(
                display, f"truncated or corrupt PDF ({type(exc).__name__}: {short_reason(exc)})"
            ) from None
    finally:
        with contextlib.suppress(Exception):  # closing a broken file must not hide why it broke
            document.close()
    if not any(lines for lines, _ in pages):
        raise ReadError(display, NO_TEXT)
    ruled = any(tables for _, tables in pages)
    items = _ruled_items(pages) if ruled else _unruled_items(pages)
    rows = _assemble(items)
    if not has_header(rows):
        # No table: the pages' lines may be a task list written as prose, wrapped.
        prose = prose_table(display, rows, wrapped=True)
        if prose is None:
            raise ReadError(display, NO_TABLE)
        return [prose]
    return [Table(file=display, sheet=None, rows=tuple(rows))]


# ------------------------------------------------------------------------------ characters


def _page_content(
    page: Any,
) -> tuple[list[_Line], list[tuple[list[list[tuple[float, ...] | None]], list[list[_Char]]]]]:
    """Return a page's text lines outside ruled tables, and each ruled table's cells and chars."""
    # Only what placing needs: pdfplumber's char dicts carry ~20 keys (fonts, colours,
    # matrices), and a long PDF's characters are held until the last page is read.
    chars = [
        {key: c[key] for key in _CHAR_KEYS}
        for c in page.chars
        if c.get("upright", True) and c["text"] not in ("\n", "\r")
    ]
    tables = []
    inside: set[int] = set()
    for found in page.find_tables():
        rows = [list(row.cells) for row in found.rows]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        x0, top, x1, bottom = found.bbox
        mine = []
        for i, c in enumerate(chars):
            cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
            if x0 <= cx <= x1 and top <= cy <= bottom:
                inside.add(i)
                mine.append(c)
        tables.append((rows, [mine]))
    outside = [c for i, c in enumerate(chars) if i not in inside]
    page.flush_cache()
    return _lines(outside), tables


def _lines(chars: Iterable[_Char]) -> list[_Line]:
    """Group characters into lines by their vertical position, top to bottom."""
    lines: list[_Line] = []
    for c in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        size = c.get("size") or (c["bottom"] - c["top"])
        line = next((ln for ln in reversed(lines[-3:]) if abs(ln.top - c["top"]) <= 0.4 * size), None)
        if line is None:
            lines.append(_Line([c], c["top"], c["bottom"], c["x0"], c["x1"], size))
        else:
            line.chars.append(c)
            line.x0, line.x1 = min(line.x0, c["x0"]), max(line.x1, c["x1"])
            line.bottom = max(line.bottom, c["bottom"])
    for line in lines:
        line.chars.sort(key=lambda c: c["x0"])
    lines.sort(key=lambda ln: ln.top)
    return [ln for ln in lines if ln.text.strip()]


def _join_chars(chars: Sequence[_Char]) -> str:
    """Join a line's characters, with a space where a gap wider than a third of a character lies."""
    out: list[str] = []
    prev: _Char | None = None
    for c in chars:
        if prev is not None and c["text"] != " " and prev["text"] != " ":
            size = c.get("size") or 10.0
            if c["x0"] - prev["x1"] > 0.3 * size:
                out.append(" ")
        out.append(c["text"])
        prev = c
    return "".join(out)


def _runs(line: _Line) -> list[tuple[float, float, str]]:
    """Split a line into runs of text separated by gaps of a character's width or more."""
    runs: list[list[_Char]] = []
    for c in line.chars:
        size = c.get("size") or 10.0
        if runs and c["x0"] - runs[-1][-1]["x1"] < 0.9 * size:
            runs[-1].append(c)
        else:
            runs.append([c])
    return [(r[0]["x0"], r[-1]["x1"], _join_chars(r).strip()) for r in runs if _join_chars(r).strip()]


def _is_wide(text: str) -> bool:
    return bool(text) and not text.isascii()


def _cell_text(lines: Sequence[_Line], right: float) -> str:
    """Join a cell's lines: a line that fills to `right` was wrapped, a short one was broken."""
    out = ""
    for i, line in enumerate(lines):
        text = line.text.strip()
        if i:
            prev = lines[i - 1]
            first = line.chars[0]
            room = right - prev.x1
            width = first["x1"] - first["x0"]
            if not _is_wide(first["text"]):
                word = next((r for r in _runs_words(line)), (first["x0"], first["x1"]))
                width = word[1] - word[0]
            if room < width + 0.6 * prev.size:
                out += " " if _latin_break(prev.text, text) else ""
            else:
                out += "\n"
        out += text
    return clean_cell(out)


def _latin_break(before: str, after: str) -> bool:
    """Return True when a wrap between two lines stands for a space: Latin text, not a CJK line."""
    if not (before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() and after[:1].isalnum()):
        return False
    return before[-12:].isascii() and " " in before.strip()


def _runs_words(line: _Line) -> Iterable[tuple[float, float]]:
    """Yield the extent of the line's first Latin word."""
    chars = line.chars
    end = 0
    while end < len(chars) and chars[end]["text"].strip() and chars[end]["text"].isascii():
        end += 1
    if end:
        yield chars[0]["x0"], chars[end - 1]["x1"]


def _paragraphs(lines: Sequence[_Line]) -> list[tuple[float, str]]:
    """Join lines outside a table into paragraphs: a line reaching the right margin wraps on.

    The 备注 under a form runs over several lines; each is not a row of its own.
    """
    if not lines:
        return []
    right = max(ln.x1 for ln in lines)
    left = min(ln.x0 for ln in lines)
    out: list[tuple[float, list[_Line]]] = []
    for line in lines:
        if out:
            prev = out[-1][1][-1]
            wrapped = (
                prev.x1 >= right - 1.5 * prev.size
                and abs(line.x0 - left) < prev.size
                and abs(line.size - prev.size) < 0.1 * prev.size  # a title is set larger
            )
            if wrapped and line.top - prev.bottom < prev.size:
                out[-1][1].append(line)
                continue
        out.append((line.top, [line]))
    return [(top, _cell_text(group, right).replace("\n", "")) for top, group in out]


# ------------------------------------------------------------------------------ ruled


def _ruled_items(pages: list[tuple[list[_Line], list[Any]]]) -> list[_Item]:
    """Return lines and ruled-table rows of every page in reading order."""
    items: list[_Item] = []
    for number, (lines, tables) in enumerate(pages, 1):
        entries: list[tuple[float, _Item]] = [
            (top, _Item(number, [text], False)) for top, text in _paragraphs(lines)
        ]
        for rows, (chars,) in tables:
            # Characters by their vertical centre, so each cell looks only at its own band.
            placed = sorted(chars, key=lambda c: (c["top"] + c["bottom"]) / 2)
            centres = [(c["top"] + c["bottom"]) / 2 for c in placed]
            first = True
            for row in rows:
                tops = [bbox[1] for bbox in row if bbox is not None]
                if not tops:
                    continue
                cells = []
                for bbox in row:
                    if bbox is None:
                        cells.append("")
                        continue
                    x0, top, x1, bottom = bbox
                    band = placed[bisect.bisect_left(centres, top) : bisect.bisect_right(centres, bottom)]
                    inside = [c for c in band if x0 <= (c["x0"] + c["x1"]) / 2 <= x1]
                    cell_lines = _lines(inside)
                    pad = min((ln.x0 for ln in cell_lines), default=x0) - x0
                    cells.append(_cell_text(cell_lines, x1 - max(pad, 0.0)))
                entries.append((min(tops), _Item(number, cells, True, first)))
                first = False
        entries.sort(key=lambda e: e[0])
        items.extend(item for _, item in entries)
    return items


# ------------------------------------------------------------------------------ unruled


def _unruled_items(pages: list[tuple[list[_Line], list[Any]]]) -> list[_Item]:
    """Return lines and rows of a table set without lines, columns found from its header."""
    found = _find_header(pages)
    if found is None:
        return [_Item(n, [ln.text.strip()], False) for n, (lines, _) in enumerate(pages, 1) for ln in lines]
    page_index, header_index, block_start = found
    header_lines = pages[page_index][0][block_start : header_index + 1]
    anchors = _anchors(header_lines, header_lines[-1])
    header_texts = {ln.text.strip() for ln in header_lines}
    body: list[tuple[int, _Line]] = []  # (page, line) of every line that may be in the table
    items_before: list[_Item] = []
    for n, (lines, _) in enumerate(pages):
        if n < page_index:
            items_before.extend(_Item(n + 1, [ln.text.strip()], False) for ln in lines)
            continue
        start = header_index + 1 if n == page_index else _after_repeated_header(lines, header_texts)
        if n == page_index:
            items_before.extend(_Item(n + 1, [ln.text.strip()], False) for ln in lines[:block_start])
        body.extend((n + 1, ln) for ln in lines[start:])
    # Gutters first, from every line below the header: the few full-width lines after the
    # table (备注, signature) cannot outweigh the body. A line with a character astride a
    # gutter is no table row: the table has ended.
    bounds = _boundaries(anchors, [ln for _, ln in body])
    table_lines: list[tuple[int, _Line]] = []
    after: list[_Item] = []
    after_lines: list[tuple[int, _Line]] = []
    ended = False
    previous: tuple[int, _Line] | None = None
    for page, line in body:
        text = line.text.strip()
        if pat.PAGE_NUMBER.match(text) and len(_runs(line)) == 1:
            after.append(_Item(page, [text], False))  # dropped as furniture in `_assemble`
            continue
        # A line across the gutters is a merged cell (合计, a section row) when it follows the
        # rows closely, and the first line after the table (备注, signature) after a gap.
        astride = any(c["x0"] < b < c["x1"] for c in line.chars for b in bounds)
        gap = line.top - previous[1].bottom if previous is not None and previous[0] == page else 0.0
        if ended or (astride and gap > 2.0 * line.size):
            ended = True
            after_lines.append((page, line))
        else:
            table_lines.append((page, line))
        previous = (page, line)
    bounds = _boundaries(anchors, [ln for _, ln in table_lines])
    id_column = _id_column(header_lines[-1], anchors)
    rows = _unruled_rows(table_lines, bounds, id_column)
    furniture = [i for i in after if pat.PAGE_NUMBER.match(i.cells[0])]
    trailing = [
        _Item(page, [text], False)
        for page in sorted({p for p, _ in after_lines})
        for _, text in _paragraphs([ln for p, ln in after_lines if p == page])
    ]
    return [*items_before, *_header_item(header_lines, bounds), *rows, *furniture, *trailing]


def _find_header(pages: list[tuple[list[_Line], list[Any]]]) -> tuple[int, int, int] | None:
    """Return (page, line index of the header row, first line of the header block)."""
    for p, (lines, _) in enumerate(pages):
        for i, line in enumerate(lines[:_HEADER_SEARCH_LINES]):
            if header_score([text for _, _, text in _runs(line)]) >= HEADER_MIN_SCORE:
                start = i
                # Lines set in the table's size just above it are its upper header rows.
                while start > 0 and abs(lines[start - 1].size - line.size) < 0.1 * line.size:
                    if lines[start].top - lines[start - 1].bottom > 3 * line.size:
                        break
                    start -= 1
                return p, i, start
    return None


def _anchors(header_lines: Sequence[_Line], header: _Line) -> list[tuple[float, float]]:
    """Return each column's header extent: the header row's runs, plus upper-row runs over no other."""
    spans = [(x0, x1) for x0, x1, _ in _runs(header)]
    for line in header_lines[:-1]:
        for x0, x1, _ in _runs(line):
            if not any(x0 < b and a < x1 for a, b in spans):
                spans.append((x0, x1))
    spans.sort()
    merged: list[tuple[float, float]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _boundaries(anchors: Sequence[tuple[float, float]], lines: Sequence[_Line]) -> list[float]:
    """Return the x between each pair of columns where the body's characters leave a gutter.

    Between two header anchors the widest stretch no character covers is the gutter; where
    every x is covered (a line of text across the table), the least covered x is taken.
    """
    spans = sorted((c["x0"], c["x1"]) for ln in lines for c in ln.chars if c["text"].strip())
    bounds: list[float] = []
    for (a0, a1), (b0, b1) in itertools.pairwise(anchors):
        lo, hi = (a0 + a1) / 2, (b0 + b1) / 2
        inside = [(max(x0, lo), min(x1, hi)) for x0, x1 in spans if x1 > lo and x0 < hi]
        best_gap, best = 0.0, None
        reach = lo
        for x0, x1 in inside:  # sorted by x0: sweep the uncovered stretches
            if x0 - reach > best_gap:
                best_gap, best = x0 - reach, (reach + x0) / 2
            reach = max(reach, x1)
        if hi - reach > best_gap:
            best_gap, best = hi - reach, (reach + hi) / 2
        if best is None:
            changes: dict[float, int] = {}
            for x0, x1 in inside:
                changes[x0] = changes.get(x0, 0) + 1
                changes[x1] = changes.get(x1, 0) - 1
            depth, least, widest, best = 0, len(inside) + 1, 0.0, (a1 + b0) / 2
            xs = sorted(changes)
            # The coverage of each stretch between changes; abutting characters never dip it.
            for x, following in zip(xs, [*xs[1:], hi], strict=True):
                depth += changes[x]
                width = min(following, hi) - x
                if width > 0 and (depth < least or (depth == least and width > widest)):
                    least, widest, best = depth, width, x + width / 2
        bounds.append(best)
    return bounds


def _column(x: float, bounds: Sequence[float]) -> int:
    return sum(1 for b in bounds if x > b)


def _id_column(header: _Line, anchors: Sequence[tuple[float, float]]) -> int | None:
    """Return the index of the column whose header is 序号, if any."""
    for x0, x1, text in _runs(header):
        if header_field(text) == "id":
            center = (x0 + x1) / 2
            for i, (a, b) in enumerate(anchors):
                if a <= center <= b:
                    return i
    return None


def _header_item(header_lines: Sequence[_Line], bounds: Sequence[float]) -> list[_Item]:
    """Return the header block as rows of column texts: the upper rows' words, then the header row."""
    upper = [""] * (len(bounds) + 1)
    for line in header_lines[:-1]:
        for x0, x1, text in _runs(line):
            c = _column((x0 + x1) / 2, bounds)
            upper[c] += text
    lower = [""] * (len(bounds) + 1)
    for x0, x1, text in _runs(header_lines[-1]):
        lower[_column((x0 + x1) / 2, bounds)] += text
    rows = [upper, lower] if any(upper) else [lower]
    return [_Item(0, cells, True) for cells in rows]


def _after_repeated_header(lines: Sequence[_Line], header_texts: set[str]) -> int:
    """Return the index of the first line below a page's repeated header (0 when none)."""
    last = -1
    for i, line in enumerate(lines[:_HEADER_SEARCH_LINES]):
        if line.text.strip() in header_texts:
            last = i
    return last + 1


def _unruled_rows(
    lines: Sequence[tuple[int, _Line]], bounds: Sequence[float], id_column: int | None
) -> list[_Item]:
    """Cut the body lines into rows by the extra space between rows, then into cells by column."""
    if not lines:
        return []
    gaps = [b.top - a.top for (pa, a), (pb, b) in itertools.pairwise(lines) if pa == pb and b.top > a.top]
    pitch = statistics.median(sorted(gaps)[: max(1, len(gaps) // 2)]) if gaps else lines[0][1].size * 1.2
    groups: list[tuple[int, bool, list[_Line]]] = []
    for page, line in lines:
        id_text = id_column is not None and any(
            _column((c["x0"] + c["x1"]) / 2, bounds) == id_column for c in line.chars
        )
        if not groups or groups[-1][0] != page:
            groups.append((page, True, [line]))
            continue
        prev = groups[-1][2][-1]
        current = groups[-1][2]
        has_id = id_column is not None and any(
            _column((c["x0"] + c["x1"]) / 2, bounds) == id_column for ln in current for c in ln.chars
        )
        if line.top - prev.top > 1.35 * pitch or (id_text and has_id):
            groups.append((page, False, [line]))
        else:
            current.append(line)
    rights = [0.0] * (len(bounds) + 1)
    for _, line in lines:
        for c in line.chars:
            col = _column((c["x0"] + c["x1"]) / 2, bounds)
            rights[col] = max(rights[col], c["x1"])
    items = []
    for page, first, group in groups:
        per_column: list[list[_Char]] = [[] for _ in rights]
        for line in group:
            column, prev_char = -1, None
            for c in line.chars:
                own = _column((c["x0"] + c["x1"]) / 2, bounds)
                # Text running on across a gutter without a break is one merged cell.
                if column < 0 or prev_char is None or c["x0"] - prev_char["x1"] > 0.2 * line.size:
                    column = own
                per_column[column].append(c)
                prev_char = c
        cells = [_cell_text(_lines(chars), rights[i]) for i, chars in enumerate(per_column)]
        items.append(_Item(page, cells, True, first))
    return items


# ------------------------------------------------------------------------------ pages


def _assemble(items: Sequence[_Item]) -> list[Row]:
    """Drop page furniture and repeated headers, join rows broken by a page, number the rows."""
    header: list[list[str]] = []
    id_column: int | None = None
    out: list[list[str]] = []
    row_flags: list[bool] = []
    seen_lines: set[str] = set()
    last_page = max((i.page for i in items), default=0)
    row_page = 0  # the page of the last table row kept
    for item in items:
        if not item.is_row:
            text = item.cells[0]
            if pat.PAGE_NUMBER.match(text):
                continue
            if item.page > 1 and text in seen_lines and item.page != last_page:
                continue  # a running page header repeated on each page
            seen_lines.add(text)
            out.append([text])
            row_flags.append(False)
            continue
        cells = item.cells
        if id_column is None and len(header) < 3 and (not header or header_score(cells) >= 2):
            header.append(cells)
            if header_score(cells) >= HEADER_MIN_SCORE:
                id_column = next((i for i, t in enumerate(cells) if header_field(t) == "id"), None)
            out.append(cells)
            row_flags.append(True)
            row_page = item.page
            continue
        if cells in header:
            continue  # the header rows repeated on a new page
        new_page = item.page > row_page
        row_page = item.page
        if new_page and out and row_flags[-1] and _continues(out[-1], cells, id_column):
            out[-1] = [_join(a, b) for a, b in zip(out[-1], cells, strict=False)]
            continue
        out.append(cells)
        row_flags.append(True)
    return [Row(i + 1, tuple(cells)) for i, cells in enumerate(out)]


def _continues(previous: Sequence[str], cells: Sequence[str], id_column: int | None) -> bool:
    """Return True when a page's first row carries on the last row of the page before."""
    if (
        id_column is None
        or id_column >= len(cells)
        or cells[id_column]
        or not previous[id_column : id_column + 1]
        or not previous[id_column]
    ):
        return False
    if len(previous) != len(cells) or not any(cells):
        return False
    return all(not text or previous[i] for i, text in enumerate(cells))


def _join(first: str, second: str) -> str:
    """Join a cell's text across a page break, as a wrapped line is joined."""
    if not first or not second:
        return first or second
    return first + (" " if _latin_break(first, second) else "") + second
