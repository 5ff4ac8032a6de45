"""One Scrapy spider per source (see the spiders issue)."""
