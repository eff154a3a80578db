"""Parse time of the seed in every format (issue 11), beside the cheapest bare read of that format.

Usage: python bench/bench_formats.py [--repeats 5]

For each file of `fixtures/formats/` (the seed as .docx, .xls, .ods, .html, ruled and unruled
.pdf) and the seed text, the best of `--repeats` runs of:

* floor: the cheapest bare read of the format in the same run, nothing else —
  calamine's cells for .xls/.ods (`CalamineWorkbook.from_path` + `to_python` per sheet),
  python-docx's bare cell walk for .docx (`Document` + `cell.text` for every cell of every
  table), pdfplumber's bare `extract_words` on every page for .pdf, lxml's parse plus
  `text_content()` of every `<td>`/`<th>` for .html, `Path.read_text` for text;
* `yiju.readers.read(p)`;
* read + `yiju.forms.parse_table`.

Figures are milliseconds and the ratio of read+parse to the floor of the same file.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from pathlib import Path

from corpus import clear_yiju_caches

from yiju.forms import parse_table
from yiju.readers import read

ROOT = Path(__file__).resolve().parent.parent
FILES = [
    ROOT / "fixtures" / "seed_2021_quanzhou_yingji.txt",
    *(
        ROOT / "fixtures" / "formats" / name
        for name in (
            "seed.xls",
            "seed.ods",
            "seed.docx",
            "seed_split.docx",
            "seed.html",
            "seed_ruled.pdf",
            "seed_unruled.pdf",
        )
    ),
]


def floor_calamine(path: Path) -> None:
    from python_calamine import CalamineWorkbook  # noqa: PLC0415

    workbook = CalamineWorkbook.from_path(str(path))
    for name in workbook.sheet_names:
        workbook.get_sheet_by_name(name).to_python()


def floor_docx(path: Path) -> None:
    import docx  # noqa: PLC0415

    document = docx.Document(str(path))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                _ = cell.text


def floor_pdf(path: Path) -> None:
    import pdfplumber  # noqa: PLC0415

    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            page.extract_words()


def floor_html(path: Path) -> None:
    from lxml import html  # noqa: PLC0415

    root = html.parse(io.BytesIO(path.read_bytes())).getroot()
    for cell in root.iter("td", "th"):
        cell.text_content()


def floor_text(path: Path) -> None:
    path.read_text(encoding="utf-8")


FLOORS: dict[str, tuple[str, Callable[[Path], None]]] = {
    ".xls": ("calamine cells", floor_calamine),
    ".ods": ("calamine cells", floor_calamine),
    ".docx": ("python-docx cell walk", floor_docx),
    ".pdf": ("pdfplumber extract_words", floor_pdf),
    ".html": ("lxml parse + cell text", floor_html),
    ".txt": ("read_text", floor_text),
}


def best(run: Callable[[], object], repeats: int) -> float:
    """Return the best of `repeats` timings of `run`, in seconds, caches emptied before each."""
    times = []
    for _ in range(repeats):
        clear_yiju_caches()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    # Warm the imports once (python-docx, pdfminer, lxml): a bench measures reading, not importing.
    for path in FILES:
        FLOORS[path.suffix][1](path)
        read(path)
    print(f"{'file':<22} {'floor':<26} {'floor ms':>9} {'read ms':>9} {'read+parse ms':>14} {'ratio':>7}")
    for path in FILES:
        label, floor = FLOORS[path.suffix]
        t_floor = best(lambda path=path, floor=floor: floor(path), args.repeats)
        t_read = best(lambda path=path: read(path), args.repeats)
        t_all = best(lambda path=path: [parse_table(t) for t in read(path)], args.repeats)
        print(
            f"{path.name:<22} {label:<26} {t_floor * 1000:>9.1f} {t_read * 1000:>9.1f} "
            f"{t_all * 1000:>14.1f} {t_all / t_floor:>6.1f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
