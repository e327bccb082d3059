"""The store's exceptions. Each carries a friendly, translated ``message`` for the user."""

from __future__ import annotations

import errno

from groupguide.i18n import t

_REASONS = {
    errno.ENOSPC: "store.reason.disk_full",
    errno.EDQUOT: "store.reason.disk_full",
    errno.EROFS: "store.reason.read_only_fs",
    errno.EACCES: "store.reason.permission",
    errno.EPERM: "store.reason.permission",
}


def reason_text(exc: BaseException) -> str:
    """A short, translated explanation of an ``OSError`` (disk full, read-only, no permission…)."""
    code = getattr(exc, "errno", None)
    key = _REASONS.get(code) if code is not None else None
    if key is not None:
        return t(key)
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


class StoreError(Exception):
    """Anything the store refuses or fails to do; ``message`` is ready to show to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


# What a store call may raise when the disk or the data refuses. The store wraps OSError in
# StoreWriteError; a caller's own file work beside it (or a test's fake store) may raise it bare.
STORE_FAILURES: tuple[type[Exception], ...] = (StoreError, OSError)


class StoreLocked(StoreError):
    """Another process (another copy of groupguide) has the data folder open."""

    def __init__(self, data_dir: object) -> None:
        super().__init__(t("store.locked", path=str(data_dir)))
        self.data_dir = data_dir


class StoreWriteError(StoreError):
    """A write failed (disk full, read-only disk, no permission). Nothing on disk was changed."""

    def __init__(self, path: object, cause: BaseException) -> None:
        super().__init__(t("store.write_failed", path=str(path), reason=reason_text(cause)))
        self.path = path
        self.cause = cause


class StoreReadOnly(StoreError):
    """A write was asked of a store opened read-only."""

    def __init__(self, data_dir: object) -> None:
        super().__init__(t("store.read_only", path=str(data_dir)))
        self.data_dir = data_dir


class StoreNotOpen(StoreError):
    """A call before ``open()`` or after ``close()`` (a programming error)."""

    def __init__(self) -> None:
        super().__init__(t("store.not_open"))
