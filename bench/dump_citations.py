"""Dump what the citation reader returns for a large, fixed set of texts, to compare two versions.

Usage:
    python bench/dump_citations.py OUT.txt            # write the dump
    python bench/dump_citations.py OUT.txt --quick    # fewer bench cells and mutants
    cmp before.txt after.txt                          # a speed change must leave it identical

The texts: every string constant in `tests/`, every cell and line of every fixture
(`yiju.readers.read` on each file, plus the raw lines of text files), cells of the bench corpus,
paragraphs of the running-text bench (also joined into one string), and random mutants of all
of them (characters deleted or duplicated; brackets, 号, 第, 条, 令, 《》, 简称 and spaces
inserted). For each text: `extract`, `extract` with the short names of the text before it
(`known`, as the form reader passes them), `basis_documents` and `canonical_key`, written field
by field (not `repr`, so the dump does not depend on the result classes' type).
"""

from __future__ import annotations

import ast
import contextlib
import random
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_citations import running_text  # noqa: E402  # bench/ is not a package
from corpus import citation_cells  # noqa: E402  # bench/ is not a package

from yiju.citations import basis_documents, canonical_key, extract  # noqa: E402
from yiju.errors import ReadError  # noqa: E402
from yiju.models import Citation, Extraction  # noqa: E402
from yiju.readers import read  # noqa: E402

_INSERTS = [
    *"〔〕[]【】（）()〈〉号第条款令《》页项、，。\n ",
    "简称",
    "以下简称《意见》",
    "2021",
    "２０２１",
    "国务院令第",
]


def test_strings() -> Iterator[str]:
    """Yield every string constant in the test modules, in file order."""
    for path in sorted((ROOT / "tests").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
                yield node.value


def fixture_strings() -> Iterator[str]:
    """Yield every cell and line of the fixtures."""
    for path in sorted((ROOT / "fixtures").rglob("*")):
        if not path.is_file():
            continue
        if path.suffix in {".txt", ".md", ".json", ".toml", ".py", ".html"}:
            with contextlib.suppress(UnicodeDecodeError):
                yield from path.read_text(encoding="utf-8").splitlines()
        try:
            tables = read(path, require_table=False)
        except ReadError:  # a file the readers refuse adds no cells
            continue
        for table in tables:
            for row in table.rows:
                yield from (v for v in row.values if v)


def mutants(texts: list[str], count: int, seed: int = 13) -> Iterator[str]:
    """Yield `count` random mutants of `texts`."""
    rng = random.Random(seed)
    pool = [t for t in texts if len(t) >= 4]
    for _ in range(count):
        t = rng.choice(pool)
        if len(t) > 600:
            i = rng.randrange(len(t) - 300)
            t = t[i : i + 300]
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(t) + 1)
            op = rng.random()
            if op < 0.3 and t:
                t = t[:i] + t[i + 1 :]
            elif op < 0.5 and i < len(t):
                t = t[:i] + t[i] + t[i:]
            else:
                t = t[:i] + rng.choice(_INSERTS) + t[i:]
        yield t


def show_citation(c: Citation) -> str:
    locs = ";".join(
        f"{loc.pages}|{loc.item}|{loc.unit}|{loc.label}|{loc.span}|{loc.kind}" for loc in c.locators
    )
    info = c.issuer_info
    info_s = None if info is None else (info.region, info.organ, info.kind, info.level)
    fields = (c.key, c.issuer, c.year, c.serial, c.title, info_s, f"[{locs}]", c.span, c.text, c.numbered)
    return "C " + "|".join(map(str, fields))


def show(found: Extraction) -> list[str]:
    out = [show_citation(c) for c in found.citations]
    out += [f"U {u.span}|{u.text}|{u.reason}" for u in found.unparsed]
    out += [f"A {a.name}|{a.key}|{a.span}" for a in found.aliases]
    return out


def main(argv: list[str]) -> int:
    out_path = Path(argv[0])
    quick = "--quick" in argv
    texts = list(dict.fromkeys(test_strings()))
    texts += list(dict.fromkeys(fixture_strings()))
    texts += citation_cells(1_000_000 if quick else 3_000_000, seed=5)
    paragraphs = running_text(500_000 if quick else 1_500_000, seed=29)
    texts += paragraphs
    texts.append("\n".join(paragraphs[:2000]))
    texts += list(mutants(texts, 20_000 if quick else 60_000))
    known: dict[str, Citation] = {}
    with out_path.open("w", encoding="utf-8") as out:
        for n, text in enumerate(texts):
            found = extract(text)
            out.write(f"## {n} {text!r}\n")
            out.write("\n".join(show(found)) + "\n")
            with_known = extract(text, known=known)
            if with_known != found:
                out.write("K\n" + "\n".join(show(with_known)) + "\n")
            out.write("B\n" + "\n".join(show(basis_documents(text))) + "\n")
            out.write(f"key {canonical_key(text)}\n")
            # The next text sees this one's short names, as the cells of one form do.
            by_key = {c.key: c for c in reversed(found.citations)}  # the first of each key
            known = {a.name: by_key[a.key] for a in found.aliases if a.key in by_key} or known
    print(f"{len(texts)} texts dumped to {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
