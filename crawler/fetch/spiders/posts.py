"""What the social-API spiders share: JSON in, posts out as Documents."""

from __future__ import annotations

import json

from scrapy.http import Response

from crawler.extract.posts import PayloadError
from crawler.fetch.spiders.base import SourceSpider


class PostsSpider(SourceSpider):
    """Subclasses turn one decoded payload into Documents with :meth:`documents`."""

    def documents(self, payload):  # pragma: no cover - every subclass overrides
        raise NotImplementedError

    async def parse_listing(self, response: Response):
        for document in self.posts_of(response):
            yield document

    def posts_of(self, response: Response) -> list:
        try:
            documents = self.documents(json.loads(response.body))
        except (ValueError, PayloadError) as exc:  # json.JSONDecodeError is a ValueError
            self.run.fail(f"unreadable API answer: {exc}"[:200])
            return []
        self.run.tally.listed += len(documents)
        return documents
