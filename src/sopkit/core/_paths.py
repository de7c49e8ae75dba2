"""Field paths in data files: ('services', 3, 'time_limit') written as '$.services[3].time_limit'."""

from __future__ import annotations

import datetime as dt
import json
import re

_KEY = r'[^.\[\]"\s]+'
_PART = re.compile(rf'\.({_KEY})|\[(-?\d+)\]|\[("(?:[^"\\]|\\.)*")\]')
_PLAIN_KEY = re.compile(_KEY)


def format_path(path: tuple[object, ...]) -> str:
    """Return a path such as ('services', 3, 'time_limit') as '$.services[3].time_limit'."""
    out = "$"
    for part in path:
        if isinstance(part, int) and not isinstance(part, bool):
            out += f"[{part}]"
            continue
        key = _key_text(part)
        out += (
            f".{key}" if _PLAIN_KEY.fullmatch(key) else f"[{json.dumps(key, ensure_ascii=False)}]"
        )
    return out


def _key_text(key: object) -> str:
    """Return a mapping key as YAML writes it (True as 'true', a date as 2024-01-02)."""
    if isinstance(key, bool):
        return str(key).lower()
    if key is None:
        return "null"
    if isinstance(key, dt.date):
        return key.isoformat()
    return str(key)


def split_path(path: str) -> list[str | int]:
    """Return the keys and indexes of a '$.a[0]["b.c"]' path."""
    parts: list[str | int] = []
    for match in _PART.finditer(path.removeprefix("$")):
        key, index, quoted = match.groups()
        if index is not None:
            parts.append(int(index))
        else:
            parts.append(key if key is not None else str(json.loads(quoted)))
    return parts
