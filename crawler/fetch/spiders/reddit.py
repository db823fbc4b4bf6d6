"""A subreddit's new posts, or a search, through Reddit's public JSON listings."""

from crawler.extract.posts import reddit_documents, reddit_listing_url
from crawler.fetch.spiders.posts import PostsSpider


class RedditSpider(PostsSpider):
    name = "reddit"

    def listing_url(self) -> str:
        return reddit_listing_url(self.run.source.url)

    def documents(self, payload):
        return reddit_documents(payload, self.run.source.name)
