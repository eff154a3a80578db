"""The long fuzzing campaign (`make fuzz`): thousands of hostile inputs, each read as the
command line reads it, tallied by outcome.

Inputs are built in a temporary folder (never committed), in nine groups: workbooks with
far-away or malformed cell references, dimensions and merged ranges; byte mutants of the
bundled workbook (bit flips, truncations, duplicated and deleted spans of the zip); byte
mutants of its worksheet XML re-zipped (a valid zip around broken XML); text forms with mixed
line ends and control characters; text byte mutants; huge single cells; many sheets of one
name; zip-level lies (the directory's sizes, members inflating past what they declare,
encryption); byte mutants of the bundled `.xls`. Every input goes through
`readers.isolate.map_isolated` with the default limits. An outcome is `read` (tables),
`refused` (one-line `ReadError` from a check), `memory cap` (a worker stopped by its memory
limit, one line too) or `crash` (a worker that aborted otherwise, ran out of time, or raised
something unexpected): the campaign fails when any input crashes.

Usage:
    python bench/fuzz.py [--per-group N] [--seed S]
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import hostile  # noqa: E402  # the repository's own builders

from yiju.errors import ReadError  # noqa: E402
from yiju.readers import read  # noqa: E402
from yiju.readers.isolate import map_isolated  # noqa: E402

SEED_XLSX = ROOT / "fixtures" / "seed_2021_quanzhou_yingji.xlsx"
SEED_TXT = ROOT / "fixtures" / "seed_2021_quanzhou_yingji.txt"
SEED_XLS = ROOT / "fixtures" / "formats" / "seed.xls"
CRASH_WORDS = ("异常终止", "异常退出", "读取时出错", "读取超时")
OOM_WORDS = ("内存不足",)


def _ref(rng: random.Random) -> str:
    column = rng.choice(
        [hostile.column(rng.randint(1, 16384)), "XFD", "XFE", "ZZZZ", "", "$A", "a", "-A", "A1B"]
    )
    row = rng.choice(
        [str(rng.randint(1, 1_048_576)), "1048577", "0", "-5", "", "9" * rng.randint(10, 5000), "1.5"]
    )
    return column + row


def refs_group(rng: random.Random) -> tuple[str, bytes]:
    cells = "".join(f'<c r="{_ref(rng)}"><v>1</v></c>' for _ in range(rng.randint(1, 5)))
    merges = "".join(f'<mergeCell ref="{_ref(rng)}:{_ref(rng)}"/>' for _ in range(rng.randint(0, 3)))
    tail = f"<mergeCells>{merges}</mergeCells>" if merges else ""
    head = rng.choice(["", '<dimension ref="A1:XFD1048576"/>', f'<dimension ref="A1:{_ref(rng)}"/>'])
    xml = hostile.sheet_xml(extra=f'<row r="{rng.randint(2, 10**6)}">{cells}</row>', tail=tail, head=head)
    return ".xlsx", hostile.workbook([("表", xml)])


def zip_mutant_group(rng: random.Random) -> tuple[str, bytes]:
    data = bytearray(SEED_XLSX.read_bytes())
    for _ in range(rng.randint(1, 8)):
        kind = rng.random()
        at = rng.randrange(len(data))
        if kind < 0.5:
            data[at] ^= 1 << rng.randrange(8)
        elif kind < 0.7:
            del data[at : at + rng.randint(1, 512)]
        elif kind < 0.85:
            data[at:at] = data[at : at + rng.randint(1, 512)]
        else:
            data = data[: max(1, at)]
    return ".xlsx", bytes(data)


def xml_mutant_group(rng: random.Random) -> tuple[str, bytes]:
    source = zipfile.ZipFile(SEED_XLSX)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = bytearray(source.read(info))
            if info.filename.startswith("xl/worksheets/") or rng.random() < 0.1:
                for _ in range(rng.randint(1, 20)):
                    at = rng.randrange(max(1, len(data)))
                    choice = rng.random()
                    if choice < 0.4:
                        data[at : at + 1] = rng.choice([b"<", b">", b'"', b"&", b"\x00", b"\x0c", b"9999999"])
                    elif choice < 0.7:
                        del data[at : at + rng.randint(1, 64)]
                    else:
                        data[at:at] = data[at : at + rng.randint(1, 200)]
            archive.writestr(info.filename, bytes(data))
    return ".xlsx", out.getvalue()


def text_group(rng: random.Random) -> tuple[str, bytes]:
    text = SEED_TXT.read_text(encoding="utf-8")
    lines = text.split("\n")
    ends = ["\n", "\r\n", "\r"]
    controls = ["\x01", "\x0c", "\x1a", "\x0b", "\x7f", "\ufffe", "\u2028"]
    out = []
    for line in lines:
        text_line = line
        if rng.random() < 0.1:
            at = rng.randrange(len(line) + 1)
            text_line = line[:at] + rng.choice(controls) + line[at:]
        out.append(text_line + rng.choice(ends))
    encoding = rng.choice(["utf-8", "utf-8-sig", "gb18030", "utf-16"])
    return rng.choice([".txt", ".tsv"]), "".join(out).encode(encoding, errors="replace")


def text_mutant_group(rng: random.Random) -> tuple[str, bytes]:
    data = bytearray(SEED_TXT.read_bytes())
    for _ in range(rng.randint(1, 30)):
        at = rng.randrange(len(data))
        data[at] = rng.randrange(256)
    return ".txt", bytes(data)


def huge_cell_group(rng: random.Random) -> tuple[str, bytes]:
    size = rng.choice([32_768, 100_000, 1_000_000])
    fill = rng.choice(["长", "《，", "A ", "9", "\t"])
    row = (*hostile.ROW[:2], fill * (size // len(fill)), *hostile.ROW[3:])
    if rng.random() < 0.5:
        return ".txt", hostile.text_form([row]).encode("utf-8")
    return ".xlsx", hostile.workbook([("表", hostile.sheet_xml([hostile.HEADER, row]))])


def same_name_group(rng: random.Random) -> tuple[str, bytes]:
    count = rng.randint(2, 6)
    name = rng.choice(["表", "Sheet1", "考评表"])
    return ".xlsx", hostile.workbook([(name, hostile.sheet_xml()) for _ in range(count)])


def zip_lie_group(rng: random.Random) -> tuple[str, bytes]:
    """A zip whose directory lies about sizes, or one member inflating far past its claim."""
    data = bytearray(
        hostile.workbook(
            [
                (
                    "表",
                    hostile.sheet_xml(
                        extra="<row r='3'>" + "<c r='A3'><v>1</v></c>" * rng.randint(1, 50_000) + "</row>"
                    ),
                )
            ]
        )
    )
    if rng.random() < 0.4:
        # A sheet declaring its true XML (size and CRC) whose data inflates megabytes to
        # gigabytes further; or one declaring gigabytes; or an encrypted archive.
        choice = rng.random()
        if choice < 0.6:
            return ".xlsx", hostile.lying_workbook(padding_mb=rng.choice([1, 16, 256, 2048]))
        if choice < 0.8:
            return ".xlsx", hostile.lying_workbook(declared=rng.choice([1, 300 << 20, 0xFFFFFFFF]))
        return ".xlsx", hostile.lying_workbook(flags=rng.choice([0x01, 0x40]))
    marker = b"PK\x01\x02"
    at = data.rfind(marker)
    if at >= 0 and rng.random() < 0.8:
        # central directory entry: uncompressed size at offset 24 (4 bytes)
        data[at + 24 : at + 28] = rng.choice([b"\x01\x00\x00\x00", b"\xff\xff\xff\x7f", b"\x00\x00\x00\x00"])
    return ".xlsx", bytes(data)


def xls_mutant_group(rng: random.Random) -> tuple[str, bytes]:
    """The bundled `.xls` with 1 to 8 bytes changed: calamine's BIFF and OLE2 readers are native
    code, and two changed bytes (a sheet's last row and column) once made it ask for 111 million
    cells and abort."""
    data = bytearray(SEED_XLS.read_bytes())
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return ".xls", bytes(data)


GROUPS: dict[str, Callable[[random.Random], tuple[str, bytes]]] = {
    "far or malformed references, dimensions, merges": refs_group,
    "byte mutants of a real workbook": zip_mutant_group,
    "valid zip around mutated sheet XML": xml_mutant_group,
    "text: mixed line ends, controls, encodings": text_group,
    "byte mutants of a text form": text_mutant_group,
    "huge cells (32 768 to 10⁶ characters)": huge_cell_group,
    "sheets of one name": same_name_group,
    "zip directory or a member lies about sizes": zip_lie_group,
    "byte mutants of a real .xls": xls_mutant_group,
}


def classify(result: object) -> str:
    if not isinstance(result, ReadError):
        return "read"
    if any(word in result.reason for word in CRASH_WORDS):
        return "crash"
    if any(word in result.reason for word in OOM_WORDS):
        return "memory cap"
    return "refused"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-group", type=int, default=250)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failures = 0
    print(f"{'group':52} {'inputs':>6} {'read':>6} {'refused':>8} {'mem cap':>8} {'crash':>6} {'s/input':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for name, build in GROUPS.items():
            paths = []
            for i in range(args.per_group):
                suffix, data = build(rng)
                path = Path(folder) / f"{build.__name__}-{i}{suffix}"
                path.write_bytes(data)
                paths.append(path)
            start = time.perf_counter()
            tally: Counter[str] = Counter()
            for path, result in map_isolated(read, paths, isolate_all=True):
                kind = classify(result)
                tally[kind] += 1
                if kind == "crash":
                    print(f"  CRASH {path.name}: {result}", file=sys.stderr)
            each = (time.perf_counter() - start) / max(len(paths), 1)
            failures += tally["crash"]
            print(
                f"{name:52} {len(paths):6} {tally['read']:6} {tally['refused']:8} "
                f"{tally['memory cap']:8} {tally['crash']:6} {each:8.3f}",
                flush=True,
            )
            for path in paths:
                path.unlink()
    print(f"crashes: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
