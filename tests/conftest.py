"""Test-wide settings applied before any test module imports openpyxl."""

from __future__ import annotations

import os

# python-docx brings lxml, and openpyxl writes through lxml when it is importable, which
# changes the XML text of the workbooks the xlsx tests build and then edit by string
# (`defaultRowHeight="15" />`); the tests build with openpyxl's own writer, as before.
os.environ.setdefault("OPENPYXL_LXML", "False")

from collections.abc import Iterator

import pytest

from yiju.messages import set_lang


@pytest.fixture(autouse=True)
def _messages_language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pin the messages' language per test: Chinese (the default) unless the test module sets
    `LANG_UNDER_TEST = "en"` — the modules written when every message was English keep
    asserting their English wording, now the `--lang en` catalogue; `test_messages.py` holds
    the Chinese outputs. `--lang` sets the language for the process, so it is reset after each test.
    """
    lang = getattr(request.module, "LANG_UNDER_TEST", "zh")
    monkeypatch.setenv("YIJU_LANG", lang)
    set_lang(None)
    yield
    set_lang(None)
