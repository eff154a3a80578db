"""Dump what reading and parsing give, to prove a speed change changes nothing (issue 10).

Usage:
    python bench/dump_parse.py OUT_DIR            # write the dumps
    python bench/dump_parse.py OUT_DIR --quick    # fewer bench forms and corrupted copies
    diff -r BEFORE_DIR AFTER_DIR                  # nothing may differ

Run it on the commit before a change and on the change, then compare the two folders byte
for byte. Four dumps, one file each:

* `fixtures.txt`: `yiju parse --json FILE` of every file under `fixtures/` the readers take
  (the command itself, in-process: its exit code, standard output and standard error);
* `tables.txt`: per fixture file, the tables `yiju.readers.read` returns (`repr` of each
  `Table`: rows, cells, merged ranges, hidden rows and columns, findings in order) or the
  one-line error;
* `bench.txt`: the same tables and `parse --json` content (`Form.to_dict`) of the bench's
  generated forms (`corpus.write_form`, `.xlsx` and `.txt`), of the 2,000-row key-project
  list (`bench_parse.write_project_list`) and of the seed workbook;
* `corrupted.txt`: the outcome of reading and parsing corrupted inputs built by the fuzzing
  campaign's own groups (`bench/fuzz.py`: byte mutants of the bundled workbook, mutated
  sheet XML in a valid zip, malformed references and merges, mutated text forms, sheets of
  one name, byte mutants of the `.xls`), each group from its own seeded generator, read in
  isolated workers as the command line reads them.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import fuzz  # noqa: E402  # the campaign's input builders
from bench_parse import write_project_list  # noqa: E402
from corpus import write_forms  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from yiju.cli import app  # noqa: E402
from yiju.errors import ReadError  # noqa: E402
from yiju.formatters import dump_json  # noqa: E402
from yiju.forms import parse_tables  # noqa: E402
from yiju.readers import read  # noqa: E402
from yiju.readers.isolate import map_isolated  # noqa: E402

FIXTURES = ROOT / "fixtures"
READABLE = {".xlsx", ".xls", ".ods", ".txt", ".tsv", ".csv", ".docx", ".html", ".htm", ".pdf"}
CORRUPT_GROUPS = (
    fuzz.refs_group,
    fuzz.zip_mutant_group,
    fuzz.xml_mutant_group,
    fuzz.text_group,
    fuzz.text_mutant_group,
    fuzz.same_name_group,
    fuzz.xls_mutant_group,
)


def fixture_files() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix.lower() in READABLE)


def tables_and_forms(path: Path, result: object) -> str:
    """Return the tables of one file and the forms parsed from them, or its error line."""
    if isinstance(result, ReadError):
        return f"== {path.name}\nerror: {result}\n"
    assert isinstance(result, list)
    forms = parse_tables(result)
    lines = [f"== {path.name}", *(repr(t) for t in result)]
    lines.append(dump_json({"forms": [f.to_dict() for f in forms]}))
    return "\n".join(lines) + "\n"


def dump_read(paths: Iterable[Path], out: Path, *, root: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for path, result in map_isolated(read, list(paths), isolate_all=True):
            text = tables_and_forms(path, result)
            handle.write(text.replace(str(root), "<ROOT>"))
            count += 1
    return count


def dump_cli(paths: list[Path], out: Path) -> None:
    runner = CliRunner()
    with out.open("w", encoding="utf-8") as handle:
        for path in paths:
            result = runner.invoke(app, ["parse", "--json", str(path)])
            handle.write(f"== {path.relative_to(ROOT)} exit {result.exit_code}\n")
            handle.write(result.stdout.replace(str(ROOT), "<ROOT>"))
            handle.write(json.dumps(result.stderr.replace(str(ROOT), "<ROOT>"), ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--quick", action="store_true", help="20 bench forms, 20 inputs a group")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    forms, per_group = (20, 20) if args.quick else (120, 60)

    files = fixture_files()
    dump_cli(files, args.out / "fixtures.txt")
    dump_read(files, args.out / "tables.txt", root=ROOT)
    print(f"{len(files)} fixture files")

    with tempfile.TemporaryDirectory(prefix="yiju-dump-") as tmp:
        folder = Path(tmp)
        write_forms(folder, forms)
        write_project_list(folder / "project_list_2000.xlsx", 2000)
        bench = [*sorted(folder.iterdir()), FIXTURES / "seed_2021_quanzhou_yingji.xlsx"]
        dump_read(bench, args.out / "bench.txt", root=folder)
        print(f"{len(bench)} bench tables")

        corrupt: list[Path] = []
        for number, build in enumerate(CORRUPT_GROUPS):
            rng = random.Random(1000 + number)
            for i in range(per_group):
                suffix, data = build(rng)
                path = folder / f"{build.__name__}-{i:03d}{suffix}"
                path.write_bytes(data)
                corrupt.append(path)
        dump_read(corrupt, args.out / "corrupted.txt", root=folder)
        print(f"{len(corrupt)} corrupted inputs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
