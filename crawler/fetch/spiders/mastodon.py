"""A hashtag timeline or an account's statuses through a Mastodon instance's public API."""

from __future__ import annotations

import json

from scrapy.http import Response

from crawler.extract.posts import mastodon_api_url, mastodon_documents, mastodon_statuses_url
from crawler.fetch.spiders.posts import PostsSpider


class MastodonSpider(PostsSpider):
    name = "mastodon"

    def listing_url(self) -> str:
        return mastodon_api_url(self.run.source.url)[0]

    def documents(self, payload):
        return mastodon_documents(payload, self.run.source.name)

    async def parse_listing(self, response: Response):
        if mastodon_api_url(self.run.source.url)[1] is None:
            for document in self.posts_of(response):
                yield document
            return
        try:  # an account: the lookup answered with its id; its statuses come next
            account_id = json.loads(response.body)["id"]
        except (ValueError, KeyError, TypeError):
            self.run.fail("unreadable account lookup")
            return
        yield self.request(mastodon_statuses_url(self.run.source.url, str(account_id)), self._statuses,
                           errback=self.listing_failed)

    def _statuses(self, response: Response):
        yield from self.posts_of(response)
