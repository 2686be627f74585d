"""Cleaning author names: bylines in, clean person names out."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsparse.extract.text import clean

__all__ = ["clean_author", "split_byline", "unique_names"]

_BY = re.compile(
    r"^\s*(?:written\s+by|words\s+by|reported\s+by|posted\s+by|by|von|par|por|di|door|av|af)"
    r"\s*[:\-]?\s+",
    re.IGNORECASE,
)
# Matches start at a token start only: a bare ``\S+@`` is quadratic on a long token without "@".
_EMAIL = re.compile(r"(?<!\S)\S+@\S+|\[email\s*protected\]", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:\||;|,|/|\band\b|\bund\b|\bet\b|\by\b|&|\+)\s*", re.IGNORECASE)
_DATEISH = re.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}:\d{2})\b.*$",
    re.IGNORECASE,
)
_ROLE_TAIL = re.compile(
    r"\s*[,(–—-]\s*(?:senior|chief|staff|special|foreign|political|deputy|managing|contributing|"
    r"editor|reporter|correspondent|writer|columnist|journalist|producer|photographer|analyst|"
    r"in\s+[A-Z]).*$",
    re.IGNORECASE,
)
_NOT_NAME = re.compile(r"https?://|www\.|\d{3,}|[<>{}=@#]")
_MAX_NAME = 80


def clean_author(raw: str) -> str | None:
    """One name, cleaned of "By", e-mail addresses, trailing dates and roles; ``None`` if
    nothing name-like is left."""
    name = clean(_EMAIL.sub(" ", raw))
    name = _BY.sub("", name)
    name = _DATEISH.sub("", name)
    name = _ROLE_TAIL.sub("", name)
    name = name.strip(" ,;:|-–—·•\"'()[]")
    if not name or len(name) > _MAX_NAME or _NOT_NAME.search(name):
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return name


def split_byline(raw: str) -> list[str]:
    """Split a byline such as ``"By Jane Doe and John Roe"`` into clean names."""
    text = _BY.sub("", clean(_EMAIL.sub(" ", raw)))
    text = _DATEISH.sub("", text)
    names = (clean_author(part) for part in _SPLIT.split(text))
    return unique_names(n for n in names if n)


def unique_names(names: Iterable[str]) -> list[str]:
    """Drop repeats (case-insensitive), keeping the first spelling and the order."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())
