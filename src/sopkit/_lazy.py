"""Lazy re-exports (PEP 562): a package names its public API and imports each module on use."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable


def attach(
    package: str, exports: dict[str, tuple[str, ...]]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """Return `__getattr__` and `__dir__` for a package re-exporting `exports` lazily.

    `exports` maps each defining module to the public names it provides. A name is imported on
    first use and then bound in the package, so later look-ups cost nothing.
    """
    lazy = {name: module for module, names in exports.items() for name in names}
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> object:
        module = lazy.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *lazy})

    return __getattr__, __dir__
