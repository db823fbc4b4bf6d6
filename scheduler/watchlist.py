"""A catalogue list (AniList) as watched franchises: entries grouped by franchise, their titles as aliases.

Pure: entries in, :class:`Imported` franchises out; ``sequelwatch import``
fetches the list and writes the result. Seasons, films and side stories that
the catalogue links (sequel, prequel, parent, side story, spin-off) are one
franchise; its name is the English (else romaji) title of its earliest entry,
without a season number; every other title and synonym is an alias, except
one too short to be told from ordinary words, one that two franchises share,
and a longer title that starts with a name kept already ("Orbit Season 2"
where "Orbit" is kept: matching "Orbit" finds it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from crawler.model import CatalogEntry

# Fewer letters than this are initials or ordinary words ("Go", "K"); a CJK title carries more per character.
MIN_LATIN_CHARS = 3
MIN_CJK_CHARS = 2
# A season's or part's number at the end of a title: what the franchise's own name leaves out.
_NUMBERED = re.compile(
    r"\s*[:\-–]?\s*(?:(?:season|part|cour)\s*\d+|\d+(?:st|nd|rd|th)\s+season|(?:the\s+)?final\s+season|"
    r"[2-9]|II|III|IV|V|VI)\s*$", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Dropped:
    """A title left out of the aliases, and why."""

    alias: str
    why: str


@dataclass(frozen=True)
class Imported:
    """One franchise as the list has it: a name, its aliases, the catalogue's ids of its entries."""

    name: str
    aliases: tuple[str, ...]
    ids: tuple[int, ...]
    dropped: tuple[Dropped, ...] = ()
    entries: int = 0  # of the list's entries, how many are this franchise's


@dataclass
class _Group:
    entries: list[CatalogEntry] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # name first, then the aliases it may keep
    dropped: list[Dropped] = field(default_factory=list)


def franchises(entries: Sequence[CatalogEntry]) -> list[Imported]:
    """The franchises of a list's entries, each with every title worth matching."""
    groups = [_Group(sorted(members, key=_age)) for members in _linked(entries)]
    for group in groups:
        group.names = _titles(group.entries)
    _drop_shared(groups)
    result = []
    for group in groups:
        names = _kept(group)
        result.append(Imported(names[0], tuple(names[1:]), tuple(sorted(e.id for e in group.entries)),
                               tuple(group.dropped), len(group.entries)))
    return sorted(result, key=lambda f: f.name.casefold())


def _linked(entries: Sequence[CatalogEntry]) -> list[list[CatalogEntry]]:
    """Entries in groups: two are one franchise when a chain of relations links them (through entries
    not on the list too: a first and a third season are linked by the second)."""
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for entry in entries:
        for other in entry.related:
            parent[root(entry.id)] = root(other)
    groups: dict[int, list[CatalogEntry]] = {}
    for entry in {e.id: e for e in entries}.values():
        groups.setdefault(root(entry.id), []).append(entry)
    return list(groups.values())


def _age(entry: CatalogEntry) -> tuple[date, int]:
    return (entry.start.first if entry.start else date.max, entry.id)


def _titles(entries: Iterable[CatalogEntry]) -> list[str]:
    """Every title of the group, the franchise's name first: each title, and each without its number."""
    found: dict[str, str] = {}
    for entry in entries:
        for title in entry.titles or (entry.title,):
            base = _NUMBERED.sub("", title).strip(" :-–")
            for name in (base, title) if base and base != title else (title,):
                found.setdefault(_key(name), name)
    return list(found.values())


def _drop_shared(groups: list[_Group]) -> None:
    owners: dict[str, list[_Group]] = {}
    for group in groups:
        for name in group.names:
            owners.setdefault(_key(name), []).append(group)
    for key, sharing in owners.items():
        if len(sharing) > 1:
            for group in sharing:
                others = ", ".join(repr(g.names[0]) for g in sharing if g is not group)
                _drop(group, key, f"shared with {others}")


def _drop(group: _Group, key: str, why: str) -> None:
    for name in [n for n in group.names if _key(n) == key]:
        if len(group.names) > 1:  # the last name stays, or the franchise would have none
            group.names.remove(name)
            group.dropped.append(Dropped(name, why))


def _kept(group: _Group) -> list[str]:
    """The name and the aliases worth keeping: long enough, and not found through a shorter one anyway."""
    kept: list[str] = []
    for name in group.names:
        if _too_short(name) and kept:
            group.dropped.append(Dropped(name, "too short: it would match ordinary words"))
        elif not any(_starts_with(name, shorter) for shorter in kept):
            kept.append(name)
    return kept


def _too_short(name: str) -> bool:
    letters = [c for c in unicodedata.normalize("NFKC", name) if c.isalnum()]
    return len(letters) < (MIN_CJK_CHARS if _CJK.search(name) else MIN_LATIN_CHARS)


def _starts_with(name: str, shorter: str) -> bool:
    """"Orbit: Ember Road" starts with the name "Orbit" (at a word's end)."""
    if len(shorter) >= len(name) or not name.casefold().startswith(shorter.casefold()):
        return False
    following = name[len(shorter)]
    return not following.isalnum() or bool(_CJK.match(shorter[-1]))


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass(frozen=True)
class Watched:
    """A franchise config.toml has already: its names and catalogue ids."""

    name: str
    aliases: tuple[str, ...] = ()
    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Addition:
    """What an import adds: a new franchise (``extends`` None), or ids and aliases of a watched one."""

    franchise: Imported
    extends: int | None = None  # index of the watched franchise in config.toml's [[franchise]] list

    @property
    def empty(self) -> bool:
        return self.extends is not None and not self.franchise.ids and not self.franchise.aliases


def additions(imported: Sequence[Imported], watched: Sequence[Watched]) -> list[Addition]:
    """What is new in ``imported`` against ``watched``: only that, so that importing twice adds nothing.

    An imported franchise is a watched one when they share a catalogue id or a
    name; it then adds only its new ids and aliases. A title that is a name of
    another watched franchise is no alias (and is said to be dropped).
    """
    owner: dict[str, int] = {}
    for index, known in enumerate(watched):
        for name in (known.name, *known.aliases):
            owner.setdefault(_key(name), index)
    by_id = {i: index for index, known in enumerate(watched) for i in known.ids}
    result = []
    for franchise in imported:
        names = (franchise.name, *franchise.aliases)
        same: int | None = next((by_id[i] for i in franchise.ids if i in by_id), None)
        if same is None:
            same = next((owner[_key(n)] for n in names if _key(n) in owner), None)
        dropped = list(franchise.dropped)
        kept: list[str] = []
        for name in names:
            holder = owner.get(_key(name))
            if holder is None:
                kept.append(name)
            elif holder != same:
                dropped.append(Dropped(name, f"already a name of {watched[holder].name!r}"))
        if same is None:
            if not kept:
                continue  # every name is another franchise's: nothing to watch under its own
            result.append(Addition(Imported(kept[0], tuple(kept[1:]), franchise.ids, tuple(dropped),
                                            franchise.entries)))
        else:
            new_ids = tuple(i for i in franchise.ids if i not in watched[same].ids)
            result.append(Addition(Imported(watched[same].name, tuple(kept), new_ids, tuple(dropped),
                                            franchise.entries), extends=same))
    return result
