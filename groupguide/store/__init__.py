"""The store: groups and settings in the data folder, written atomically, one process at a time.

See ``repository`` for the layout and the rules (threading: event-loop thread only).
"""

from groupguide.store.errors import (
    STORE_FAILURES,
    StoreError,
    StoreLocked,
    StoreNotOpen,
    StoreReadOnly,
    StoreWriteError,
)
from groupguide.store.migrations import CURRENT_SCHEMA, MIGRATIONS
from groupguide.store.repository import Store
from groupguide.store.storage import AtomicJSONStorage

__all__ = [
    "CURRENT_SCHEMA",
    "MIGRATIONS",
    "STORE_FAILURES",
    "AtomicJSONStorage",
    "Store",
    "StoreError",
    "StoreLocked",
    "StoreNotOpen",
    "StoreReadOnly",
    "StoreWriteError",
]
