"""The SQLite store: documents and events, idempotent by content hash.

Example:
    >>> from warta.store import Store
    >>> store = Store(":memory:")
    >>> store.count()
    0
"""

from .db import Store
from .schema import SCHEMA_VERSION

__all__ = ["Store", "SCHEMA_VERSION"]
