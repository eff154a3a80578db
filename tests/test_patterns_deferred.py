"""Patterns are compiled on first use (`patterns.__getattr__`), the same patterns as before."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import regex

from yiju import patterns as pat


def test_every_pattern_compiles_on_first_use_to_what_it_records() -> None:
    names = sorted(pat._DEFERRED)
    assert len(names) >= 100  # every pattern of the module is deferred
    assert set(names) <= set(dir(pat))  # listed before they are compiled
    for name in names:
        deferred = pat._DEFERRED[name]
        compiled = getattr(pat, name)
        assert isinstance(compiled, re.Pattern | regex.Pattern)
        fresh = deferred.compile(*deferred.args)
        assert isinstance(fresh, re.Pattern | regex.Pattern)
        assert type(compiled) is type(fresh)
        assert (compiled.pattern, compiled.flags) == (fresh.pattern, fresh.flags)
        assert getattr(pat, name) is compiled  # stored: compiled once
        assert vars(pat)[name] is compiled


def test_importing_compiles_nothing() -> None:
    code = (
        "import yiju.patterns as p, yiju.citations; "
        "print(sum(name in vars(p) for name in p._DEFERRED)); p.NUMBER; "
        "print(sum(name in vars(p) for name in p._DEFERRED))"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert done.stdout.split() == ["0", "1"]


def test_an_unknown_name_fails_as_before() -> None:
    with pytest.raises(AttributeError, match="NO_SUCH_PATTERN"):
        pat.NO_SUCH_PATTERN  # type: ignore[attr-defined]  # noqa: B018  # the lookup is the test
