"""Output records: an article or an error, as a dict that names the input it came from."""

from __future__ import annotations

from typing import Any

from newsparse.article import Article
from newsparse.inputs.items import Done, Failure

__all__ = ["ERROR_FIELDS", "article_record", "error_record", "printable", "record"]

ERROR_FIELDS = ("input", "url", "error", "message", "limit")
"""The keys of an error record, in order."""


def printable(name: str) -> str:
    """``name`` as valid Unicode: bytes of a non-UTF-8 file name show as ``\\xNN``."""
    if name.isascii():
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def article_record(input_id: str, article: Article, explain: bool) -> dict[str, Any]:
    """``{"input": ..., **article.to_dict()}``; ``provenance`` only when ``explain``."""
    data: dict[str, Any] = {"input": printable(input_id), **article.to_dict()}
    if not explain:
        del data["provenance"]
    return data


def error_record(failure: Failure) -> dict[str, Any]:
    """``{"input", "url", "error", "message", "limit"}`` of a :class:`Failure`."""
    return {
        "input": printable(failure.input), "url": failure.url, "error": failure.error,
        "message": printable(failure.message), "limit": failure.limit,
    }


def record(done: Done, explain: bool) -> dict[str, Any]:
    """The article or error record of one result."""
    if isinstance(done.result, Failure):
        return error_record(done.result)
    return article_record(done.input.id, done.result, explain)
