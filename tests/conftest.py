"""Test-wide settings applied before any test module imports openpyxl."""

from __future__ import annotations

import os

# python-docx brings lxml, and openpyxl writes through lxml when it is importable, which
# changes the XML text of the workbooks the xlsx tests build and then edit by string
# (`defaultRowHeight="15" />`); the tests build with openpyxl's own writer, as before.
os.environ.setdefault("OPENPYXL_LXML", "False")
