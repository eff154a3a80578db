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
from yiju.readers.table import NO_TABLE, Row, Table, has_header
from yiju.readers.text import read_text
from yiju.readers.xlsx import read_xlsx

__all__ = ["FORM_SUFFIXES", "Row", "Table", "expand_each", "expand_inputs", "read"]

#: Suffixes of files `read` understands, lower case.
FORM_SUFFIXES: tuple[str, ...] = (".xlsx", ".xlsm", ".txt", ".tsv", ".csv")

_XLSX_SUFFIXES = (".xlsx", ".xlsm")
_EXPECTED = "expected .xlsx, .txt, .tsv or .csv"


def read(path: str | Path, *, require_table: bool = True) -> list[Table]:
    """Read a form file into tables: one per qualifying sheet (xlsx) or one (text).

    A workbook is always searched for sheets whose early rows name the form's columns
    (`readers.table.has_header`); a text file must pass the same test (`hello` in `junk.txt`
    is no form), unless `require_table=False` asks for the bare grid.

    Args:
        path: A `.xlsx`/`.xlsm` workbook or `.txt`/`.tsv`/`.csv` text file.
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
    # Whatever the format, no cell leaves the reader with a control character XML forbids.
    return [scrub_controls(table) for table in _read(source, display, suffix, require_table)]


def _read(path: Path, display: str, suffix: str, require_table: bool) -> list[Table]:
    """Dispatch on the suffix; see `read`."""
    if suffix in _XLSX_SUFFIXES:
        return read_xlsx(display)
    if suffix in FORM_SUFFIXES:
        table = read_text(display)
        # The workbook reader's test: a text file that names no columns is not a form, and
        # reading it as an empty one would report every rule the empty form breaks.
        if require_table and not has_header(table.rows):
            raise ReadError(display, NO_TABLE)
        return [table]
    if suffix == ".xls":
        raise ReadError(display, "legacy .xls workbook; save it as .xlsx")
    if not suffix:
        raise ReadError(display, f"unsupported file type (no suffix; {_EXPECTED})")
    raise ReadError(display, f"unsupported file type '{suffix}' ({_EXPECTED})")


def expand_inputs(args: Sequence[str]) -> list[Path]:
    """Expand command-line arguments into form files, each listed once, in argument order.

    A file is taken as given (`read` judges its type); a directory contributes every form
    file beneath it, sorted; a glob pattern (`forms/*.xlsx`, `**/*.txt`) its sorted matches,
    with matched directories expanded and matched non-form files left out. Hidden files and
    Excel's `~$` lock files are skipped when expanding; symlink loops are entered once
    (`yiju.paths.expand`).

    Args:
        args: Paths, directories or glob patterns.

    Returns:
        The files, without duplicates (the first mention wins, however a file is named).

    Raises:
        ReadError: For the first argument that gives no file (a missing file, a directory
            without form files, a pattern matching none).
    """
    found, errors = expand_each(args)
    if errors:
        raise errors[0]
    return found


def expand_each(args: Sequence[str]) -> tuple[list[Path], list[ReadError]]:
    """Expand arguments like `expand_inputs`, returning the errors of failed arguments instead.

    One bad argument does not stop the others: the files of the good ones, each once
    across all arguments, and one `ReadError` per bad one.
    """
    return expand(args, _is_form, expected=_EXPECTED)


def _is_form(path: Path) -> bool:
    """Return True for a visible file with a form suffix (not an Excel `~$` lock file)."""
    name = path.name
    return path.suffix.lower() in FORM_SUFFIXES and not name.startswith((".", "~$"))
