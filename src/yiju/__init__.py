"""yiju (依据): traceability for Chinese government performance-target forms."""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
