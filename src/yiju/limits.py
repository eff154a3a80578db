"""Size limits shared by the library and the command line (kept apart so `--help` imports nothing)."""

from __future__ import annotations

__all__ = ["DEFAULT_MAX_NODES"]

#: Above a few hundred nodes a picture is a hairball; `render.to_dot` refuses rather than draw one.
DEFAULT_MAX_NODES = 300
