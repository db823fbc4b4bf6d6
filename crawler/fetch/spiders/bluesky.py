"""An account's posts or a search through the public Bluesky AppView API."""

from crawler.extract.posts import bluesky_api_url, bluesky_documents
from crawler.fetch.spiders.posts import PostsSpider


class BlueskySpider(PostsSpider):
    name = "bluesky"

    def listing_url(self) -> str:
        return bluesky_api_url(self.run.source.url)

    def documents(self, payload):
        return bluesky_documents(payload, self.run.source.name)
