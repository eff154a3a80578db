"""Size limits shared by the library and the command line (kept apart so `--help` imports nothing)."""

from __future__ import annotations

__all__ = ["DEFAULT_MAX_NODES"]

#: The readable size of one picture: 150 boxes is about what an A3 sheet or two screens hold
#: with 10-point Chinese labels still legible (the seed form down to people is 140; two forms
#: down to people, 211, are refused with a hint to filter or draw `--level targets`, 108).
#: `render.to_dot` refuses above it rather than draw a hairball; `--max-nodes` raises it.
DEFAULT_MAX_NODES = 150
