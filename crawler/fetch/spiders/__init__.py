"""One spider per source type. Spiders only yield Page or Document items."""
