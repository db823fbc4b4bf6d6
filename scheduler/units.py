"""Durations ("15m", "1h30m") and sizes ("5MB") as written in config.toml."""

from __future__ import annotations

import re

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)")
_DURATION_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB|GB|GiB)?", re.IGNORECASE)
_SIZE_UNITS = {"b": 1, "kb": 1000, "kib": 1024, "mb": 1000**2, "mib": 1024**2, "gb": 1000**3, "gib": 1024**3}


def parse_duration(text: str) -> float:
    """Seconds in a duration like "90s", "15m", "1h30m" or "1d". Raises ValueError."""
    compact = text.strip().lower().replace(" ", "")
    parts = list(_DURATION.finditer(compact))
    if not parts or "".join(p.group(0) for p in parts) != compact:
        raise ValueError(f"{text!r} is not a duration; write it like \"90s\", \"15m\", \"1h30m\" or \"1d\"")
    return sum(float(p.group(1)) * _DURATION_UNITS[p.group(2)] for p in parts)


def parse_size(value: str | int) -> int:
    """Bytes in a size like "5MB", "512KiB" or a plain number of bytes. Raises ValueError."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    match = _SIZE.fullmatch(str(value).strip())
    if not match:
        raise ValueError(f"{value!r} is not a size; write it like \"5MB\" or \"512KiB\"")
    return int(float(match.group(1)) * _SIZE_UNITS[(match.group(2) or "b").lower()])


def format_duration(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"
