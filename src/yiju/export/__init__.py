"""The report a performance office hands on: tables, then an xlsx workbook and CSV files.

`build_tables(forms, G, findings)` turns the parsed forms, their graph and the audit's
findings into plain `SheetTable`s (追溯矩阵, 文件清单, 责任分解, 问题清单, 指标明细); `write_xlsx`
and `write_csv` lay those same tables out. Nothing here prints.
"""

from __future__ import annotations

from yiju.export.csv_out import csv_paths, csv_text, write_csv
from yiju.export.tables import SHEET_NAMES, Column, SheetTable, build_tables
from yiju.export.xlsx import REPORT_TIMESTAMP, to_workbook, write_xlsx, xlsx_bytes

__all__ = [
    "REPORT_TIMESTAMP",
    "SHEET_NAMES",
    "Column",
    "SheetTable",
    "build_tables",
    "csv_paths",
    "csv_text",
    "to_workbook",
    "write_csv",
    "write_xlsx",
    "xlsx_bytes",
]
