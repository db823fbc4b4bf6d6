"""Where a key stands in a TOML file, for error messages that name a line.

``tomllib`` returns values without positions. This scans the text once for
table headers (``[crawl]``, the n-th ``[[source]]``) and ``key =`` lines under
them. It is deliberately simple: a key inside a multi-line string or an inline
table is not found, and the message then falls back to the table's header line.
"""

from __future__ import annotations

import re

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.\"' -]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\"' -]+?)\s*\]")
_KEY = re.compile(r"^\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)\s*=")

# (table name, index within an array of tables or None, key or None)
Place = tuple[str, int | None, str | None]


class Positions:
    """Line numbers (1-based) of tables and keys in one TOML text."""

    def __init__(self, text: str) -> None:
        self._lines: dict[Place, int] = {}
        table, index = "", None
        counts: dict[str, int] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            if match := _ARRAY_HEADER.match(line):
                table = match.group(1).strip("\"'")
                index = counts.get(table, 0)
                counts[table] = index + 1
                self._lines.setdefault((table, index, None), number)
            elif match := _TABLE_HEADER.match(line):
                table, index = match.group(1).strip("\"'"), None
                self._lines.setdefault((table, None, None), number)
            elif match := _KEY.match(line):
                key = match.group(1).strip("\"'")
                self._lines.setdefault((table, index, key), number)

    def line(self, table: str, index: int | None = None, key: str | None = None) -> int | None:
        """The line of ``key`` in that table, else of the table's header, else None.

        A top-level key may be a table itself: ``[databse]`` is key 'databse'.
        """
        found = self._lines.get((table, index, key))
        if found is None and not table and key:
            found = self._lines.get((key, None, None)) or self._lines.get((key, 0, None))
        return found or self._lines.get((table, index, None))
