"""ictarchive's scraping core: cleaner (page -> text), parser (text -> figures), CLI."""

__version__ = "0.1.0"
