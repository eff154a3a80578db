"""Running Graphviz: DOT text in, svg/png/pdf bytes out; finding a font that has Chinese glyphs.

`yiju.render.to_dot` is pure and never touches the system; everything that does (the `dot`
executable, `fc-list` for fonts) lives here, at the edge.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Sequence

from yiju.errors import YijuError
from yiju.messages import say

__all__ = [
    "FORMATS",
    "PREFERRED_FONTS",
    "FontNotFoundError",
    "GraphvizError",
    "cjk_fonts",
    "default_timeout",
    "find_cjk_font",
    "pick_font",
    "run_dot",
]

#: Output formats `run_dot` writes; `dot` is the DOT text itself, Graphviz is not run.
FORMATS = ("svg", "png", "pdf", "dot")

#: CJK families in order of preference: WenQuanYi Zen Hei is what `make system-deps` installs;
#: the Noto / Source Han families are the usual alternatives (same glyphs, two names).
PREFERRED_FONTS = (
    "WenQuanYi Zen Hei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "AR PL UMing CN",
    "AR PL UKai CN",
)

_BASE_TIMEOUT = 30.0
_NO_DOT = "Graphviz `dot` not found; install it: apt-get install graphviz"
#: The date (seconds since 1970, as in the reproducible-builds.org `SOURCE_DATE_EPOCH`) a PDF
#: is stamped with instead of the moment of the run, so the same DOT gives the same PDF bytes.
SOURCE_DATE_EPOCH = "0"
_PDF_DATE = b"/CreationDate (D:"
_PDF_DATE_DIGITS = 14  # YYYYMMDDHHmmSS, then the time zone


def _pin_pdf_date(pdf: bytes, epoch: str) -> bytes:
    """Return the PDF with the epoch's date (UTC) written over cairo's CreationDate.

    cairo 1.17.6 and later date the PDF by `SOURCE_DATE_EPOCH` itself; older ones (Debian
    12's 1.16) write the clock's time. The digits are overwritten in place, so every byte
    offset in the cross-reference table stays true.
    """
    at = pdf.find(_PDF_DATE)
    start = at + len(_PDF_DATE)
    digits = pdf[start : start + _PDF_DATE_DIGITS]
    if at < 0 or len(digits) != _PDF_DATE_DIGITS or not digits.isdigit():
        return pdf
    try:
        moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    except (ValueError, OverflowError, OSError):
        return pdf
    return pdf[:start] + moment.strftime("%Y%m%d%H%M%S").encode("ascii") + pdf[start + _PDF_DATE_DIGITS :]


class FontNotFoundError(YijuError):
    """No installed font covers Chinese, so a picture would show boxes instead of characters."""


class GraphvizError(YijuError):
    """Graphviz is missing or refused the DOT text."""


def cjk_fonts() -> list[str]:
    """Return the families `fc-list :lang=zh family` reports, first (Latin) name of each, sorted.

    Raises:
        FontNotFoundError: `fc-list` (fontconfig) is not installed.
    """
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        raise FontNotFoundError(say("font.no_fc_list", hint=say("font.hint")))
    done = subprocess.run(  # fixed argument list, no shell
        [fc_list, ":lang=zh", "family"], capture_output=True, text=True, check=False, timeout=60
    )
    families = {line.split(",")[0].strip() for line in done.stdout.splitlines()}
    return sorted(f for f in families if f)


def pick_font(families: Sequence[str]) -> str | None:
    """Return the preferred CJK family among `families`, else the first one, else None.

    >>> pick_font(["Droid Sans Fallback", "Noto Sans CJK SC"])
    'Noto Sans CJK SC'
    >>> pick_font([]) is None
    True
    """
    for name in PREFERRED_FONTS:
        if name in families:
            return name
    return sorted(families)[0] if families else None


def find_cjk_font() -> str:
    """Return the name of an installed font with Chinese glyphs, for `to_dot(font=...)`.

    Raises:
        FontNotFoundError: None is installed (the message names the package to install).
    """
    font = pick_font(cjk_fonts())
    if font is None:
        raise FontNotFoundError(say("font.none", hint=say("font.hint")))
    return font


def default_timeout(dot_text: str) -> float:
    """Return the seconds `dot` may take for this text: 30 s, plus 1 s per 100 lines.

    Layout time grows with the graph, so a fixed bound would either cut a large honest
    picture short or wait minutes on a small pathological one.

    >>> default_timeout("digraph {}")
    30.01
    """
    return _BASE_TIMEOUT + dot_text.count("\n") / 100 + 0.01


def run_dot(dot_text: str, fmt: str, *, timeout: float | None = None) -> bytes:
    """Lay out `dot_text` with Graphviz `dot` and return the picture in `fmt`.

    Args:
        dot_text: DOT source, e.g. from `yiju.render.to_dot`.
        fmt: One of `FORMATS`; `dot` returns the text itself (UTF-8) without running Graphviz.
        timeout: Seconds before `dot` is stopped (default `default_timeout(dot_text)`).

    Returns:
        The bytes of the picture: PNG and PDF through cairo; a PDF's creation date is set to
        `SOURCE_DATE_EPOCH`, so the same input gives the same bytes.

    Raises:
        ValueError: `fmt` is not one of `FORMATS`.
        GraphvizError: `dot` is not installed, rejects the text or runs past the timeout.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    data = dot_text.encode("utf-8")
    if fmt == "dot":
        return data
    limit = default_timeout(dot_text) if timeout is None else timeout
    if fmt == "pdf":
        return _pin_pdf_date(_run(["-Tpdf:cairo"], data, limit), SOURCE_DATE_EPOCH)
    return _run(["-Tpng:cairo" if fmt == "png" else f"-T{fmt}"], data, limit)


def _run(args: list[str], data: bytes, timeout: float) -> bytes:
    """Run `dot` with `args` on `data` in UTC, stopping it after `timeout` seconds.

    cairo stamps a PDF with the local time zone, which cannot be rewritten in place, so
    `dot` runs with `TZ=UTC` (and `SOURCE_DATE_EPOCH` for cairo versions that honour it).
    """
    dot = shutil.which("dot")
    if dot is None:
        raise GraphvizError(_NO_DOT)
    env = {**os.environ, "TZ": "UTC", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    try:
        done = subprocess.run(  # fixed argument list, no shell
            [dot, *args], input=data, capture_output=True, check=False, env=env, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        raise GraphvizError(
            f"Graphviz dot 在 {timeout:.0f} 秒内没有完成布局，已停止；请缩小图（--doc、--level、"
            f"--max-nodes）或用 --timeout 给更多时间"
        ) from None
    if done.returncode != 0:
        raise GraphvizError(_dot_failure(done.stderr, done.returncode))
    return done.stdout


def _dot_failure(raw: object, returncode: int) -> str:
    stderr = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")
    first = next((line for line in stderr.splitlines() if line.strip()), f"exit status {returncode}")
    return f"dot failed: {first.strip()}"
