"""Builders of hostile inputs, made at test time in tmp (never committed): workbooks that are
valid zips around adversarial XML, text forms with odd line ends and controls.

Shared by `test_hostile.py` (regressions), `test_fuzz.py` (hypothesis) and `bench/fuzz.py`.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Sequence
from xml.sax.saxutils import escape

HEADER = ("序号", "文件依据", "一级指标", "二级指标", "权重", "完成时限", "分管领导", "责任部门", "责任人")
ROW = ("1-1-1", "泉委发〔2021〕5号", "做好甲工作（4分）", "开展甲工作", "2", "12月", "张三", "基础科", "李四")
TEXT_HEAD = ("2021年度X绩效目标考评表", "参评单位：泉州市X局")

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_WS = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
#: Where `workbook()` puts its first sheet.
SHEET_PART = "xl/worksheets/sheet1.xml"


def column(index: int) -> str:
    """Return the letters of a 1-based column (28 → AB)."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cells_xml(row: int, values: Sequence[str]) -> str:
    """Return `<c>` elements with inline strings for one row."""
    return "".join(
        f'<c r="{column(c)}{row}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
        for c, v in enumerate(values, 1)
        if v
    )


def sheet_xml(
    rows: Sequence[Sequence[str]] = (HEADER, ROW), *, extra: str = "", tail: str = "", head: str = ""
) -> str:
    """Return a worksheet: `rows` from row 1, then raw `extra` XML inside `<sheetData>`,
    `tail` after it (merged cells) and `head` before it (a dimension)."""
    body = "".join(f'<row r="{r}">{cells_xml(r, values)}</row>' for r, values in enumerate(rows, 1))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}">{head}'
        f"<sheetData>{body}{extra}</sheetData>{tail}</worksheet>"
    )


def workbook(sheets: Sequence[tuple[str, str]]) -> bytes:
    """Return the bytes of an .xlsx holding the given (name, worksheet XML) sheets, in order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_WS}"/>'
            for i in range(1, len(sheets) + 1)
        )
        archive.writestr(
            "[Content_Types].xml",
            f'<?xml version="1.0"?><Types xmlns="{_CT}">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{overrides}</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        listed = "".join(
            f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
            for i, (name, _) in enumerate(sheets, 1)
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            f"<sheets>{listed}</sheets></workbook>",
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG_REL}">{rels}</Relationships>',
        )
        for i, (_, xml) in enumerate(sheets, 1):
            archive.writestr(f"xl/worksheets/sheet{i}.xml", xml)
    return buffer.getvalue()


def text_form(rows: Sequence[Sequence[str]] = (ROW,), *, newline: str = "\n") -> str:
    """Return a tab-separated text form: title, unit, header, rows, joined by `newline`."""
    lines = [*TEXT_HEAD, "\t".join(HEADER), *("\t".join(r) for r in rows)]
    return newline.join(lines) + newline


# ------------------------------------------------------------------------------ lying zips

_SPACES_MB = b" " * (1 << 20)


def _deflated_spaces(megabytes: int) -> bytes:
    """Return raw deflate data for `megabytes` MB of spaces, built from one flushed block.

    A full flush ends a block byte-aligned with no reference to earlier data, so the same
    bytes repeated are a valid stream: gigabytes of padding cost a few KB per 1 MB to build.
    """
    block = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    one = block.compress(_SPACES_MB) + block.flush(zlib.Z_FULL_FLUSH)
    return one * megabytes


def raw_zip(members: Sequence[tuple[str, bytes, int, int, int, int]]) -> bytes:
    """Return a zip of (name, raw data, method, CRC, declared size, flag bits), written as told.

    Nothing is checked or computed: the sizes and CRCs are what a hostile archive claims.
    """
    out = bytearray()
    central = bytearray()
    for name, raw, method, crc, size, flags in members:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack(
            "<4sHHHHHIIIHH", b"PK\x03\x04", 20, flags, method, 0, 0, crc, len(raw), size, len(encoded), 0
        )
        out += encoded + raw
        central += struct.pack(
            "<4sHHHHHHIIIHHHHHII",
            *(b"PK\x01\x02", 20, 20, flags, method, 0, 0, crc, len(raw), size, len(encoded)),
            *(0, 0, 0, 0, 0, offset),
        )
        central += encoded
    end = struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(out), 0
    )
    return bytes(out + central + end)


def honest(name: str, content: bytes, flags: int = 0) -> tuple[str, bytes, int, int, int, int]:
    """Return a deflated member of `raw_zip` that tells the truth about itself."""
    packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw = packer.compress(content) + packer.flush()
    return (name, raw, zipfile.ZIP_DEFLATED, zlib.crc32(content), len(content), flags)


def lying_zip(
    data: bytes, member: str, *, padding_mb: int = 0, declared: int | None = None, flags: int = 0
) -> bytes:
    """Return a copy of the zip `data` with `member` rewritten as a hostile member.

    Args:
        data: An honest zip (a workbook, an `.ods`).
        member: The member to rewrite.
        padding_mb: Megabytes of spaces the member inflates to after its content (whitespace
            after an XML root element: the XML stays valid), while it declares only its
            content's size and CRC, so a reader trusting the declared size reads it whole.
        declared: A declared size to claim instead (a member declaring gigabytes).
        flags: General-purpose flag bits of every member (bit 0: encrypted).
    """
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    members = [honest(name, body, flags) for name, body in parts.items() if name != member]
    content = parts[member]
    packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw = packer.compress(content) + packer.flush(zlib.Z_FULL_FLUSH) + _deflated_spaces(padding_mb)
    raw += zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS).flush()  # the final, empty block
    size = len(content) if declared is None else declared
    members.append((member, raw, zipfile.ZIP_DEFLATED, zlib.crc32(content), size, flags))
    return raw_zip(members)


def lying_workbook(*, padding_mb: int = 0, declared: int | None = None, flags: int = 0) -> bytes:
    """Return `workbook()`'s bytes with its sheet rewritten by `lying_zip` (same arguments)."""
    data = workbook([("表", sheet_xml())])
    return lying_zip(data, SHEET_PART, padding_mb=padding_mb, declared=declared, flags=flags)
