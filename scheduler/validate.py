"""Reading typed values out of parsed TOML while collecting every problem.

Each accessor returns a usable value (the default when the given one is
wrong) and records a :class:`ConfigProblem` instead of raising, so that
validation goes on and reports everything at once.
"""

from __future__ import annotations

import difflib
import ipaddress
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from crawler.urls import Network
from scheduler.errors import ConfigProblem
from scheduler.tomlpos import Positions
from scheduler.units import parse_duration, parse_size

E = TypeVar("E", bound=StrEnum)

_TYPE_NAMES = {str: "a string", bool: "true or false", int: "a whole number", list: "a list", dict: "a table"}


def suggest(word: str, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean {str(close[0])!r}?" if close else ""


class Reader:
    def __init__(self, path: Path, positions: Positions) -> None:
        self.path = path
        self._positions = positions
        self._labels: dict[tuple[str, int | None], str] = {}
        self.problems: list[ConfigProblem] = []
        self.warnings: list[ConfigProblem] = []  # usable, but probably not what was meant

    # -- reporting --------------------------------------------------------------

    def problem(self, table: str, index: int | None, key: str | None, message: str) -> None:
        self.problems.append(self._located(table, index, key, message))

    def warning(self, table: str, index: int | None, key: str | None, message: str) -> None:
        self.warnings.append(self._located(table, index, key, message))

    def _located(self, table: str, index: int | None, key: str | None, message: str) -> ConfigProblem:
        where = self._labels.get((table, index)) or (f"[{table}]" if table else "")
        if key:
            where = f"{where}, key {key!r}" if where else f"key {key!r}"
        return ConfigProblem(self.path, self._positions.line(table, index, key), where, message)

    def check_keys(self, data: dict, allowed: tuple[str, ...], table: str, index: int | None, label: str) -> None:
        for key in data:
            if key not in allowed:
                self.problem(table, index, key, f"unknown key{suggest(key, allowed)}"
                             f" (allowed in {label}: {', '.join(allowed)})")

    def unique(self, name: str, seen: set[str], table: str, index: int) -> bool:
        if name in seen:
            self.problem(table, index, "name", f"duplicate name {name!r}: another [[{table}]] has it")
            return False
        seen.add(name)
        return True

    # -- structure --------------------------------------------------------------

    def table(self, data: dict, name: str, allowed: tuple[str, ...]) -> dict:
        value = data.get(name, {})
        if not isinstance(value, dict):
            self.problem("", None, name, f"must be a table ([{name}]), not {type(value).__name__}")
            return {}
        self.check_keys(value, allowed, name, None, f"[{name}]")
        return value

    def array(self, data: dict, name: str) -> list:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem("", None, name, f"must be written as [[{name}]] tables")
            return []
        return value

    def entries(self, entries: list[dict], table: str, allowed: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
        for index, entry in enumerate(entries):
            name = entry.get("name")
            label = f"[[{table}]] {index + 1}" + (f" ({name!r})" if isinstance(name, str) and name else "")
            self._labels[(table, index)] = label
            self.check_keys(entry, allowed, table, index, f"[[{table}]]")
            yield index, entry

    # -- values -----------------------------------------------------------------

    def _typed(self, data: dict, key: str, kind: type, table: str, index: int | None,
               default: Any, required: bool) -> Any:
        if key not in data:
            if required:
                self.problem(table, index, key, "is required")
            return default
        value = data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problem(table, index, key, f"must be {_TYPE_NAMES[kind]}, not {value!r}")
            return default
        return value

    def string(self, data: dict, key: str, table: str, index: int | None, *, default: str = "",
               required: bool = False, choices: tuple[str, ...] | None = None) -> str:
        value = self._typed(data, key, str, table, index, default, required).strip()
        if required and key in data and not value:
            self.problem(table, index, key, "must not be empty")
        if choices and value and value not in choices:
            self.problem(table, index, key, f"{value!r} is not one of {', '.join(choices)}{suggest(value, choices)}")
            return default
        return value

    def choice(self, data: dict, key: str, table: str, index: int | None, kind: type[E], *, default: E) -> E:
        """One of an enum's values, as the enum member."""
        return kind(self.string(data, key, table, index, default=default, choices=tuple(kind)))

    def choices(self, data: dict, key: str, table: str, index: int | None, kind: type[E], *,
                default: tuple[E, ...] = ()) -> tuple[E, ...]:
        """A list of an enum's values, as members."""
        return tuple(kind(v) for v in self.string_list(data, key, table, index, default=default, choices=tuple(kind)))

    def boolean(self, data: dict, key: str, table: str, index: int | None, *, default: bool) -> bool:
        return self._typed(data, key, bool, table, index, default, False)

    def integer(self, data: dict, key: str, table: str, index: int | None, *, default: int, low: int, high: int) -> int:
        value = self._typed(data, key, int, table, index, default, False)
        if not low <= value <= high:
            self.problem(table, index, key, f"must be between {low} and {high}, not {value}")
            return default
        return value

    def string_list(self, data: dict, key: str, table: str, index: int | None, *,
                    default: tuple[str, ...] = (), choices: tuple[str, ...] | None = None) -> tuple[str, ...]:
        value = self._typed(data, key, list, table, index, list(default), False)
        result = []
        for item in value:
            if not isinstance(item, str) or not item.strip():
                self.problem(table, index, key, f"every entry must be a non-empty string, not {item!r}")
            elif choices is not None and item not in choices:
                self.problem(table, index, key, f"{item!r} is not one of {', '.join(choices)}{suggest(item, choices)}")
            else:
                result.append(item.strip())
        return tuple(dict.fromkeys(result))

    def ids(self, data: dict, key: str, table: str, index: int | None) -> tuple[int, ...]:
        """A list of positive integers (a catalogue's ids)."""
        value = self._typed(data, key, list, table, index, [], False)
        result = []
        for item in value:
            if isinstance(item, bool) or not isinstance(item, int) or item <= 0:
                self.problem(table, index, key, f"every entry must be a positive whole number, not {item!r}")
            else:
                result.append(item)
        return tuple(dict.fromkeys(result))

    def networks(self, data: dict, key: str, table: str, index: int | None) -> tuple[Network, ...]:
        """A list of networks in CIDR form ("192.168.1.0/24", "fd00::/8"); a lone address is a /32 or /128."""
        result = []
        for item in self.string_list(data, key, table, index):
            try:
                result.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                self.problem(table, index, key, f"{item!r} is not a network; write it like \"192.168.1.0/24\"")
        return tuple(result)

    def duration(self, data: dict, key: str, table: str, index: int | None, *, default: str, low: float) -> float:
        raw = data.get(key, default)
        try:
            if isinstance(raw, (int, float)) and not isinstance(raw, bool):
                # 90 what? Minutes and seconds are both plausible: say it.
                raise ValueError(f"{raw!r} has no unit; write it like \"{raw}s\" or \"{raw}m\"")
            if not isinstance(raw, str):
                raise ValueError(f"{raw!r} is not a duration; write it like \"90s\" or \"15m\"")
            seconds = parse_duration(raw)
        except ValueError as exc:
            self.problem(table, index, key, str(exc))
            return parse_duration(default)
        if seconds < low:
            self.problem(table, index, key, f"must be at least {low:g}s, not {raw!r}")
            return parse_duration(default)
        return seconds

    def size(self, data: dict, key: str, table: str, index: int | None, *, default: str) -> int:
        try:
            return parse_size(data.get(key, default))
        except ValueError as exc:
            self.problem(table, index, key, str(exc))
            return parse_size(default)
