"""Checks a zipped office file (`.docx`, `.ods`) or an OLE2 file (`.xls`) passes before parsing.

The same treatment `_safety` gives an xlsx workbook, named for each format: the container is
sniffed (an encrypted OOXML file is an OLE2 file holding an `EncryptedPackage` stream; a
legacy Word or WPS file is OLE2 too), the zip directory is checked for completeness, and
`_safety.check_members` checks every member: declared and true inflated sizes within the
budget (a zip bomb, a member lying about its size), no encryption, and no DOCTYPE in an XML
prolog, before any parser sees it. `_safety` owns the limits and the scans;
this module only applies them to other formats with their own words.
"""

from __future__ import annotations

import io
import zipfile

from yiju.errors import ReadError
from yiju.readers._safety import _CFB_MAGIC, _ENCRYPTED_STREAM, _ZIP_MAGICS, check_members, short_reason

__all__ = ["check_zip", "is_ole2", "refuse_ole2"]

# A zipped office file is known by the part its format cannot lack.
_MARKERS = (
    ("word/document.xml", "docx", "a Word document"),
    ("xl/workbook.xml", "xlsx", "an Excel workbook"),
    ("xl/workbook.bin", "xlsb", "an Excel binary workbook"),
    ("ppt/presentation.xml", "pptx", "a PowerPoint presentation"),
)


def _kind_of(names: set[str]) -> tuple[str, str] | None:
    """Return (suffix, description) of the office format a zip's member names show, if any."""
    for part, suffix, description in _MARKERS:
        if part in names:
            return suffix, description
    if "content.xml" in names:
        return "ods", "an OpenDocument file"
    return None


def is_ole2(data: bytes) -> bool:
    """Return True for an OLE2 compound file (legacy Office, WPS, or encrypted OOXML)."""
    return data.startswith(_CFB_MAGIC)


def refuse_ole2(path: str, data: bytes, *, kind: str, legacy: str) -> None:
    """Refuse an OLE2 file standing in for a zipped `kind`: encrypted, or a legacy format.

    Args:
        path: The path as given, for the error.
        data: The whole file.
        kind: What the file should be (`docx 文档`).
        legacy: The reason for an unencrypted OLE2 file (`legacy .doc document; save it as .docx`).

    Raises:
        ReadError: Always, when `data` is an OLE2 file; nothing otherwise.
    """
    if not is_ole2(data):
        return
    if _ENCRYPTED_STREAM in data:
        raise ReadError(path, f"encrypted (password-protected) {kind}; remove the password and save again")
    raise ReadError(path, legacy)


def check_zip(path: str, data: bytes, *, kind: str, required: tuple[str, ...]) -> None:
    """Check a zipped office file's directory, sizes and XML prologs without inflating it.

    Args:
        path: The path as given, for the error.
        data: The whole file.
        kind: The format's name in messages (`docx`, `ods`).
        required: Members the format cannot lack (`word/document.xml`).

    Raises:
        ReadError: For a file that is not a zip, a truncated or corrupt archive, a missing
            member, a possible zip bomb, or an XML member declaring entities.
    """
    if not data.startswith(_ZIP_MAGICS):
        raise ReadError(path, f"not a {kind} file (not a zip archive)")
    source = io.BytesIO(data)
    try:
        archive = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        raise ReadError(path, f"truncated or corrupt {kind} (no zip central directory)") from None
    except (OSError, ValueError, EOFError, NotImplementedError) as exc:  # "zip file version 8.8"
        raise ReadError(path, f"truncated or corrupt {kind} ({short_reason(exc)})") from None
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        for part in required:
            if part not in names:
                other = _kind_of(names)
                if other is not None and other[0] != kind:
                    raise ReadError(path, f"not a {kind} file (it is {other[1]}; rename it to .{other[0]})")
                raise ReadError(path, f"truncated or corrupt {kind} (no {part})")
        check_members(path, archive, source, kind=kind)
