"""The per-user cache of what is slow to build: compiled catalogues and national day lists.

An entry is keyed by its name, a fingerprint of sopkit's own code and Python, and a hash of
every input (a data plugin's file paths and bytes; the `holidays` version and the shipped SKB
lists), so an edit (editable installs included) or an upgrade misses the cache at once. An
entry that is stale, corrupt or unreadable is rebuilt, never used.
`SOPKIT_NO_CACHE=1` (or `load_catalog(cache=False)`) turns the cache off; `SOPKIT_CACHE_DIR`
moves it (default: the user cache directory from platformdirs).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar, cast

T = TypeVar("T")

NO_CACHE_ENV = "SOPKIT_NO_CACHE"
CACHE_DIR_ENV = "SOPKIT_CACHE_DIR"
_FORMAT = b"sopkit-catalogue-cache/1"

_enabled: ContextVar[bool | None] = ContextVar("sopkit_catalogue_cache", default=None)


def cache_enabled() -> bool:
    """Return whether loading may use the cache (load_catalog's choice, else the environment)."""
    chosen = _enabled.get()
    if chosen is not None:
        return chosen
    return os.environ.get(NO_CACHE_ENV, "").strip().lower() in ("", "0", "false", "no")


@contextlib.contextmanager
def caching(enabled: bool | None) -> Iterator[None]:
    """Use or skip the cache while the block runs (None: as the environment says)."""
    token = _enabled.set(enabled)
    try:
        yield
    finally:
        _enabled.reset(token)


def cache_dir() -> Path:
    """Return the folder holding the cache entries."""
    chosen = os.environ.get(CACHE_DIR_ENV)
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_cache_dir("sopkit", appauthor=False))


@functools.cache
def _code_fingerprint() -> bytes:
    """Return a digest of Python's version and every sopkit module file's size and mtime."""
    digest = hashlib.blake2b(_FORMAT + sys.version.encode(), digest_size=16)
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.digest()


def cache_key(name: str, files: Iterable[tuple[str, bytes]]) -> str:
    """Return the key of an entry: its name, sopkit's code and its inputs' names and bytes."""
    digest = hashlib.blake2b(_code_fingerprint() + name.encode(), digest_size=20)
    for rel, raw in files:
        digest.update(f"\0{rel}\0{len(raw)}\0".encode())
        digest.update(raw)
    return digest.hexdigest()


def _path(name: str) -> Path:
    return cache_dir() / f"{re.sub(r'[^A-Za-z0-9_.-]', '_', name)}.pickle"


def load(name: str, key: str) -> Any | None:
    """Return the value stored for this plugin under exactly this key, else None."""
    try:
        with _path(name).open("rb") as handle:
            stored = pickle.load(handle)
    except Exception:  # missing, unreadable or corrupt: rebuild
        return None
    if isinstance(stored, tuple) and len(stored) == 3 and stored[:2] == (_FORMAT, key):
        return stored[2]
    return None


def store(name: str, key: str, value: object) -> bool:
    """Write the value for this plugin atomically; return False when it could not be written."""
    path = _path(name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # writing only: a warm run reads

        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump((_FORMAT, key, value), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return False  # a read-only or full cache directory only costs speed
    return True


def memo(name: str, inputs: Iterable[tuple[str, bytes]], build: Callable[[], T]) -> T:
    """Return build()'s value, read from the cache when the same inputs built it before."""
    if not cache_enabled():
        return build()
    key = cache_key(name, inputs)
    found = load(name, key)
    if found is not None:
        return cast(T, found)
    value = build()
    store(name, key, value)
    return value
