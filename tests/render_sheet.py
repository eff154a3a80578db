"""Render one sheet of a report workbook to PNG with LibreOffice, to look at it by hand.

Not a test and not part of the project's setup: it needs `soffice` (Debian's
`libreoffice-calc`) and `pdftoppm` (`poppler-utils`). The sheet is copied into a workbook of
its own, scaled to fit one page wide, then converted to PDF and its first page to PNG.

    .venv/bin/python -m tests.render_sheet report.xlsx --sheet 追溯矩阵 --out /tmp/r
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.properties import PageSetupProperties

__all__ = ["available", "render"]


def available() -> bool:
    """Return True when both `soffice` and `pdftoppm` are on PATH."""
    return shutil.which("soffice") is not None and shutil.which("pdftoppm") is not None


def render(
    workbook: Path, out_dir: Path, *, sheet: str | None = None, fit: bool = True, dpi: int = 80
) -> Path:
    """Return the PNG of the first page of `sheet` (the first sheet by default).

    Args:
        workbook: An xlsx file.
        out_dir: Where the PDF and PNG go (created).
        sheet: The sheet to render; the others are removed from a copy.
        fit: Scale the sheet to one page wide (the report itself prints at 100%).
        dpi: PNG resolution.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    wb = load_workbook(workbook)
    name = sheet or wb.sheetnames[0]
    for other in [n for n in wb.sheetnames if n != name]:
        wb.remove(wb[other])
    ws = wb[name]
    if fit:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    stem = f"{workbook.stem}-{name}"
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / f"{stem}.xlsx"
        wb.save(copy)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(copy)],
            check=True,
            capture_output=True,
            timeout=300,
        )
    pdf = out_dir / f"{stem}.pdf"
    prefix = out_dir / stem
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(prefix)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return prefix.with_suffix(".png")


def _main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workbook", type=Path)
    parser.add_argument("--sheet")
    parser.add_argument("--out", type=Path, default=Path("out/render"))
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--no-fit", action="store_true", help="Print at 100% instead of one page wide.")
    args = parser.parse_args()
    png = render(args.workbook, args.out, sheet=args.sheet, fit=not args.no_fit, dpi=args.dpi)
    print(png)  # a by-hand tool: the path is its output


if __name__ == "__main__":
    _main()
