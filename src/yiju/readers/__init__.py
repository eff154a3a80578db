"""Format readers: turn a form file into `Table`s of cell texts with their locations.

`read` picks the reader by suffix; `expand_inputs` turns command-line arguments (files,
directories, glob patterns) into the list of form files to read. Readers know formats, not
meanings; `yiju.forms` gives the cells meaning.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from yiju.errors import ReadError
from yiju.paths import check_regular, expand
from yiju.readers._controls import scrub_controls
from yiju.readers._safety import check_table_caps, current_caps
from yiju.readers.docx import LEGACY_FORMATS, read_docx
from yiju.readers.html import read_html
from yiju.readers.pdf import read_pdf
from yiju.readers.prose import prose_table
from yiju.readers.spreadsheet import read_spreadsheet, xls_content
from yiju.readers.table import Row, Table, has_header, no_table_reason
from yiju.readers.text import read_text
from yiju.readers.xlsx import read_xlsx

__all__ = ["FORM_SUFFIXES", "Row", "Table", "expand_each", "expand_inputs", "read", "skipped_message"]

#: Suffixes of files `read` understands, lower case.
FORM_SUFFIXES: tuple[str, ...] = (
    ".xlsx",
    ".xlsm",
    ".xls",
    ".xlsb",
    ".ods",
    ".docx",
    ".pdf",
    ".html",
    ".htm",
    ".txt",
    ".tsv",
    ".csv",
)

_XLSX_SUFFIXES = (".xlsx", ".xlsm")
_CALAMINE_SUFFIXES = (".xls", ".xlsb", ".ods")
_HTML_SUFFIXES = (".html", ".htm")
_TEXT_SUFFIXES = (".txt", ".tsv", ".csv")
_EXPECTED = "expected .xlsx, .xls, .xlsb, .ods, .docx, .pdf, .html, .txt, .tsv or .csv"


def read(path: str | Path, *, require_table: bool = True) -> list[Table]:
    """Read a form file into tables: one per qualifying sheet (workbooks), form table (docx,
    html) or file (pdf, text).

    A workbook, document, page or PDF is always searched for tables whose early rows name
    the form's columns (`readers.table.has_header`); a text file must pass the same test
    (`hello` in `junk.txt` is no form), unless `require_table=False` asks for the bare grid.
    Legacy formats (`.doc`, `.wps`, `.et`) are refused with what to save them as.

    Args:
        path: A workbook (`.xlsx`, `.xlsm`, `.xls`, `.xlsb`, `.ods`), a Word document
            (`.docx`), a PDF with a text layer, a saved web page (`.html`, `.htm`), or a
            `.txt`/`.tsv`/`.csv` text file.
        require_table: Refuse a text file without a header row, with the reason a workbook
            without one gets (the default); False returns any text file's grid.

    Returns:
        The tables, in workbook order.

    Raises:
        ReadError: For a missing, unsupported, unsafe or unreadable file, or one without a
            form table when `require_table` (no early row names enough columns).
    """
    source = Path(path)
    # By stat, before anything opens it: a FIFO named `x.txt` would block forever.
    check_regular(source)
    suffix = source.suffix.lower()
    display = str(path)
    tables = _read(display, suffix, require_table)
    for table in tables:
        # Every format's readers keep the caps; those with no check before allocation
        # (docx, pdf, html) are held to them here, and their worker's memory cap bounds the rest.
        check_table_caps(display, table, current_caps())
    # Whatever the format, no cell leaves the reader with a control character XML forbids.
    return [scrub_controls(table) for table in tables]


def _read(path: str, suffix: str, require_table: bool) -> list[Table]:
    """Dispatch on the suffix; see `read`."""
    display = path
    if suffix in _XLSX_SUFFIXES:
        return read_xlsx(path)
    if suffix == ".xls":
        # Exports named .xls that are a page, text or an xlsx are read as what they are.
        content = xls_content(Path(path))
        if content == "html":
            return read_html(path)
        if content == "xlsx":
            return read_xlsx(path)
        if content == "text":
            return _text_table(path, display, require_table)
    if suffix in _CALAMINE_SUFFIXES:
        return read_spreadsheet(path)
    if suffix == ".docx":
        return read_docx(path)
    if suffix == ".pdf":
        return read_pdf(path)
    if suffix in _HTML_SUFFIXES:
        return read_html(path)
    if suffix in _TEXT_SUFFIXES:
        return _text_table(path, display, require_table)
    if suffix in LEGACY_FORMATS:
        raise ReadError(display, LEGACY_FORMATS[suffix])
    if not suffix:
        raise ReadError(display, f"unsupported file type (no suffix; {_EXPECTED})")
    raise ReadError(display, f"unsupported file type '{suffix}' ({_EXPECTED})")


def _text_table(path: str | Path, display: str, require_table: bool) -> list[Table]:
    """Read a text file's grid; refuse one without a header row when a table is required."""
    table = read_text(path)
    # The workbook reader's test: a text file that names no columns is not a form, and
    # reading it as an empty one would report every rule the empty form breaks — unless
    # its lines are a task list written as prose (numbered paragraphs naming owners).
    if require_table and not has_header(table.rows):
        prose = prose_table(table.file, table.rows)
        if prose is None:
            raise ReadError(display, no_table_reason(table.rows))
        return [prose]
    return [table]


def expand_inputs(args: Sequence[str], skipped: list[Path] | None = None) -> list[Path]:
    """Expand command-line arguments into form files, each listed once, in argument order.

    A file is taken as given (`read` judges its type); a directory contributes every form
    file beneath it, sorted; a glob pattern (`forms/*.xlsx`, `**/*.txt`) its sorted matches,
    with matched directories expanded and matched non-form files left out. Hidden files and
    Excel's `~$` lock files are skipped when expanding.

    Args:
        args: Paths, directories or glob patterns.
        skipped: When given, receives the visible files a directory or pattern held that
            are of no supported kind (`a.doc`, `c.jpg`), so the caller can name them
            (`skipped_message`) instead of leaving them out without a word.

    Returns:
        The files, without duplicates (the first mention wins, however a file is named).

    Raises:
        ReadError: For the first argument that gives no file (a missing file, a directory
            without form files, a pattern matching none).
    """
    found, errors = expand_each(args, skipped)
    if errors:
        raise errors[0]
    return found


def expand_each(args: Sequence[str], skipped: list[Path] | None = None) -> tuple[list[Path], list[ReadError]]:
    """Expand arguments like `expand_inputs`, returning the errors of failed arguments instead.

    One bad argument does not stop the others: the files of the good ones, each once across
    all arguments (by device and inode: `x/a.txt`, `/x/../x/a.txt` and a link are one file),
    and one `ReadError` per bad one. Walks and `**` globs enter a linked folder once
    (`yiju.paths.expand`).
    """
    return expand(args, _is_form, expected=_EXPECTED, skipped=skipped, visible=_visible)


def skipped_message(skipped: Sequence[Path]) -> str:
    """Return the one line naming skipped files: `跳过 3 个不支持的文件：a.doc, b.wps, c.jpg`.

    Past ten names the line ends with `…` and the count says how many there were.
    """
    names = [p.name for p in skipped]
    shown = ", ".join(names[:10]) + (", …" if len(names) > 10 else "")
    return f"跳过 {len(names)} 个不支持的文件：{shown}"


def _visible(name: str) -> bool:
    """Return True for a file a user put there: not hidden, not an Office `~$` lock file."""
    return not name.startswith((".", "~$"))


def _is_form(path: Path) -> bool:
    """Return True for a visible file with a form suffix (not an Excel `~$` lock file)."""
    return path.suffix.lower() in FORM_SUFFIXES and _visible(path.name)
