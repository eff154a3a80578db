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

import graphviz

from yiju.errors import YijuError

__all__ = [
    "FORMATS",
    "PREFERRED_FONTS",
    "FontNotFoundError",
    "GraphvizError",
    "cjk_fonts",
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

_NO_DOT = "Graphviz `dot` not found; install it: apt-get install graphviz"
_INSTALL_HINT = "install one: apt-get install fonts-wqy-zenhei (or fonts-noto-cjk)"

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
        raise FontNotFoundError(
            f"fc-list (fontconfig) not found, so no Chinese font can be found; {_INSTALL_HINT}"
        )
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
        raise FontNotFoundError(f"no Chinese font installed (fc-list :lang=zh is empty); {_INSTALL_HINT}")
    return font


def run_dot(dot_text: str, fmt: str) -> bytes:
    """Lay out `dot_text` with Graphviz `dot` and return the picture in `fmt`.

    Args:
        dot_text: DOT source, e.g. from `yiju.render.to_dot`.
        fmt: One of `FORMATS`; `dot` returns the text itself (UTF-8) without running Graphviz.

    Returns:
        The bytes of the picture: PNG and PDF through cairo; a PDF's creation date is set to
        `SOURCE_DATE_EPOCH`, so the same input gives the same bytes.

    Raises:
        ValueError: `fmt` is not one of `FORMATS`.
        GraphvizError: `dot` is not installed or rejects the text.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    data = dot_text.encode("utf-8")
    if fmt == "dot":
        return data
    if fmt == "pdf":
        return _pin_pdf_date(_dot_pdf(data), SOURCE_DATE_EPOCH)
    renderer = "cairo" if fmt == "png" else None
    try:
        out: bytes = graphviz.pipe("dot", fmt, data, renderer=renderer, quiet=True)
    except graphviz.ExecutableNotFound:
        raise GraphvizError(_NO_DOT) from None
    except graphviz.CalledProcessError as exc:
        raise GraphvizError(_dot_failure(exc.stderr, exc.returncode)) from None
    return out


def _dot_pdf(data: bytes) -> bytes:
    """Run `dot -Tpdf:cairo` in UTC: cairo stamps the PDF with the local time zone.

    The graphviz package cannot set the child's environment, and a PDF made in Shanghai and
    one made in New York would differ in their creation date's zone (`+08'00` / `-05'00`),
    which cannot be rewritten in place; so PDFs run `dot` directly, with `TZ=UTC`.
    """
    dot = shutil.which("dot")
    if dot is None:
        raise GraphvizError(_NO_DOT)
    env = {**os.environ, "TZ": "UTC", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    done = subprocess.run(  # fixed argument list, no shell
        [dot, "-Tpdf:cairo"], input=data, capture_output=True, check=False, env=env
    )
    if done.returncode != 0:
        raise GraphvizError(_dot_failure(done.stderr, done.returncode))
    return done.stdout


def _dot_failure(raw: object, returncode: int) -> str:
    stderr = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")
    first = next((line for line in stderr.splitlines() if line.strip()), f"exit status {returncode}")
    return f"dot failed: {first.strip()}"
