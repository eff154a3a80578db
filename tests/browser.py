"""Headless Chromium for the HTML report's tests and screenshots: Debian's browser, never a download.

Playwright's Python package drives the system `chromium` (`make system-deps` installs it
with apt-get) through `executable_path`; `playwright install` is never run. The flags keep
Chromium off the network (background services, component updates, sync, QUIC), so a test
that counts requests sees only the page's own.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["CHROMIUM_ARGS", "browser_missing", "chromium_page"]

CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def browser_missing() -> str | None:
    """Return why no browser test can run here (None when one can)."""
    try:
        import playwright.sync_api  # noqa: F401, PLC0415  # optional: only the browser tests need it
    except ImportError:
        return "Playwright's Python package is not installed (make setup installs it with the dev extra)"
    if _chromium() is None:
        return "no chromium on PATH (make system-deps installs Debian's chromium with apt-get)"
    return None


@contextmanager
def chromium_page(width: int = 1400, height: int = 900) -> Iterator[Any]:
    """Yield a Playwright page in headless Debian Chromium with a fresh profile directory."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415  # optional dependency

    executable = _chromium()
    assert executable is not None, browser_missing()  # callers check browser_missing()
    with sync_playwright() as pw, tempfile.TemporaryDirectory(prefix="yiju-chromium-") as profile:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=executable,
            args=list(CHROMIUM_ARGS),  # the profile directory is Playwright's --user-data-dir
            headless=True,
            viewport={"width": width, "height": height},
        )
        try:
            yield context.new_page()
        finally:
            context.close()
