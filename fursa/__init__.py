"""Fursa (فرصة): a self-hosted grant and funding opportunity matcher for civil society."""

__version__ = "0.1.0"
