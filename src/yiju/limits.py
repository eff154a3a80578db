"""Size limits shared by the library and the command line (kept apart so `--help` imports nothing)."""

from __future__ import annotations

__all__ = [
    "DEFAULT_MAX_CELLS",
    "DEFAULT_MAX_CELL_CHARS",
    "DEFAULT_MAX_MERGED",
    "DEFAULT_MAX_NODES",
    "DEFAULT_READER_CPU_SECONDS",
    "DEFAULT_READER_MEMORY_MB",
]

#: The readable size of one picture: 150 boxes is about what an A3 sheet or two screens hold
#: with 10-point Chinese labels still legible (the seed form down to people is 140; two forms
#: down to people, 211, are refused with a hint to filter or draw `--level targets`, 108).
#: `render.to_dot` refuses above it rather than draw a hairball; `--max-nodes` raises it.
DEFAULT_MAX_NODES = 150

#: Stored cells in one sheet (or text file), and the area merged ranges may cover together:
#: a 50 000-row, 20-column register is 1 000 000 (`yiju --max-cells`).
DEFAULT_MAX_CELLS = 5_000_000
#: Characters in one cell; Excel itself stops at 32 767 (`yiju --max-cell-chars`).
DEFAULT_MAX_CELL_CHARS = 32_767
#: Merged ranges in one sheet.
DEFAULT_MAX_MERGED = 100_000
#: Address space of a reader process, in MB (`yiju --reader-memory`).
DEFAULT_READER_MEMORY_MB = 2048
#: CPU time to read one file, in seconds (`yiju --reader-cpu`).
DEFAULT_READER_CPU_SECONDS = 120
