"""yiju (依据): traceability for Chinese government performance-target forms.

The library's entry points are `yiju.load(paths)` and `yiju.open_index(db)` (an index
`yiju index` built), each returning a `Corpus` to ask questions of (`trace`, `sources`,
`who`, `audit`, `report`, `render`). It is imported on first use, so
that `import yiju` (and `yiju --help`) stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from yiju.corpus import Corpus, load
    from yiju.index import open_index

__all__ = ["Corpus", "__version__", "load", "open_index"]

__version__ = "0.1.0"

_LAZY = {"Corpus": "yiju.corpus", "load": "yiju.corpus", "open_index": "yiju.index"}


def __getattr__(name: str) -> Any:
    """Import the facade on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'yiju' has no attribute {name!r}")
    import importlib  # noqa: PLC0415  # only when the facade is first asked for

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
