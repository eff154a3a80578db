"""The repository stands alone: no file points at design notes a clone does not have."""

from __future__ import annotations

from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE = regex.compile(r"\.\./shared|/work/shared|\b(?:FAMILIES|CITATIONS|FORMS|STYLE|ARCHITECTURE)\.md\b")
SUFFIXES = {".py", ".md", ".toml", ".txt"}


def test_no_pointer_to_design_notes_outside_the_repository() -> None:
    """README, docs, docstrings and comments point at docs/, never at ../shared/design/*.md."""
    paths = [ROOT / "README.md", ROOT / "CHANGELOG.md", ROOT / "pyproject.toml"]
    for top in ("src", "tests", "docs", "fixtures", "bench", "graphs"):
        paths += sorted(p for p in (ROOT / top).rglob("*") if p.suffix in SUFFIXES and p.is_file())
    found = []
    for path in paths:
        if path == Path(__file__) or ".egg-info" in path.as_posix():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if OUTSIDE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert [] == found
