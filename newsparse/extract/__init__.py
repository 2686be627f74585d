"""Shared extraction helpers, one module per topic (text, dates, authors, metadata, body)."""
