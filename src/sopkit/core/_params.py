"""An immutable, hashable mapping for rule parameters given in catalogue data."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Union

from sopkit._i18n import Text

ParamValue = Union[str, int, float, bool, None, tuple["ParamValue", ...], "Params"]


class Params(Mapping[str, ParamValue]):
    """Rule parameters: a frozen mapping from names to scalars, tuples or nested Params."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, ParamValue] | None = None) -> None:
        self._items: dict[str, ParamValue] = dict(items or {})

    def __getitem__(self, key: str) -> ParamValue:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._items.items(), key=lambda kv: kv[0])))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Params):
            return self._items == other._items
        if isinstance(other, Mapping):
            return self._items == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"Params({self._items!r})"


def freeze(value: object) -> ParamValue:
    """Return a parameter value with lists turned into tuples and dicts into Params."""
    if isinstance(value, Mapping):
        return Params({str(k): freeze(v) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(
        Text(
            "unsupported parameter value {value}: use text, numbers, lists or maps",
            value=repr(value),
        )
    )


def thaw(value: ParamValue) -> object:
    """Return a parameter value as plain JSON-ready lists and dicts."""
    if isinstance(value, Params):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [thaw(v) for v in value]
    return value
