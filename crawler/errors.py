"""Errors raised by the crawler package.

Expected outcomes of a crawl (a page that 404s, a malformed feed, an article
without text) are *not* exceptions: they are counted in
:class:`crawler.model.CrawlReport`. Exceptions are for what the caller must act on::

    CrawlerError                 base of everything below
    ├── StoreError               the database cannot be opened or written
    │   ├── SchemaMismatch       the database was made by a newer sequelwatch
    │   └── MissingDatabase      Store.open(create=False) found no SQLite file: a command
    │                            that only reads made none
    ├── SourceError              a source cannot be crawled as configured
    │                            (unknown type, bad start URL); raised by
    │                            crawler.fetch.runner before any request is made
    └── CatalogError             a catalogue (AniList) answered with an error or with
        │                        something unreadable; raised by crawler.extract.anilist
        │                        while parsing an answer: the import command prints it
        │                        in one line, a poll fails with it as its error
        ├── UnknownUser          no such user
        ├── PrivateList          the user's list is private
        └── MalformedAnswer      not the JSON shape that was asked for
"""


class CrawlerError(Exception):
    """Base class of the crawler's errors."""


class StoreError(CrawlerError):
    """The database cannot be opened, created or written."""


class MissingDatabase(StoreError):
    """There is no database where the configuration points, and the caller asked not to create one."""


class SchemaMismatch(StoreError):
    """The database schema is newer than this version of sequelwatch understands."""


class SourceError(CrawlerError):
    """A source cannot be crawled as configured."""


class CatalogError(CrawlerError):
    """A catalogue's answer is an error, or unreadable."""


class UnknownUser(CatalogError):
    """The catalogue has no user of that name."""


class PrivateList(CatalogError):
    """The user's list is private: only its owner, signed in, can read it."""


class MalformedAnswer(CatalogError):
    """The answer is not the JSON shape the query asked for."""
