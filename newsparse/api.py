"""Entry points: :func:`read_page` turns input into a Page, :func:`parse` into an Article."""

from __future__ import annotations

import datetime as dt
import os

from newsparse.article import Article
from newsparse.decode import Kind, decode_utf8, read_source
from newsparse.errors import LimitExceededError, UnsupportedInputError
from newsparse.limits import DEFAULT_LIMITS, Limits
from newsparse.page import Page
from newsparse.registry import Registry, default_registry

__all__ = ["Source", "parse", "read_page"]

Source = str | bytes | os.PathLike[str]


def _name(source: Source) -> str:
    if isinstance(source, os.PathLike):
        return os.fspath(source)
    return "<bytes>" if isinstance(source, bytes) else "<str>"


def read_page(
    source: Source,
    *,
    url: str | None = None,
    fetched: dt.date | None = None,
    kind: Kind | None = None,
    limits: Limits = DEFAULT_LIMITS,
    name: str | None = None,
) -> Page:
    """Load ``source`` into a :class:`Page`.

    ``str`` and ``bytes`` are page content; an ``os.PathLike`` is a file to read (``.gz`` files
    are decompressed). The kind (HTML or plain text) is detected unless given.
    """
    label = name or _name(source)
    if isinstance(source, os.PathLike):
        text, encoded = decode_utf8(read_source(source, limits), label, limits)
    elif isinstance(source, bytes):
        text, encoded = decode_utf8(source, label, limits)
    elif isinstance(source, str):
        if len(source) > limits.max_input_bytes:
            raise LimitExceededError(label, "max_input_bytes", len(source), limits.max_input_bytes)
        text, encoded = source, None
    else:
        raise TypeError(f"source must be str, bytes or os.PathLike, not {type(source).__name__}")
    return Page(
        text, kind=kind, url=url, fetched=fetched, source=label, limits=limits, encoded=encoded
    )


def parse(
    source: Source,
    *,
    url: str | None = None,
    adapter: str | None = None,
    fetched: dt.date | None = None,
    limits: Limits = DEFAULT_LIMITS,
    registry: Registry | None = None,
    name: str | None = None,
    strict: bool = False,
) -> Article:
    """Parse one page into an :class:`Article`.

    ``url`` helps routing and fills :attr:`Article.url`; ``adapter`` forces an adapter by name;
    ``fetched`` (the fetch time, if known) bounds the dates; ``registry`` defaults to the
    built-in adapters plus installed plugins; ``name`` labels the input in errors (default: the
    path, ``<bytes>`` or ``<str>``); ``strict`` re-raises an error inside a field method (by
    default that field is ``None`` with a ``field_error`` warning). Raises a
    :class:`NewsparseError` subclass when the input cannot be read, exceeds a :class:`Limits`
    ceiling or is not one article.
    """
    page = read_page(source, url=url, fetched=fetched, limits=limits, name=name)
    return parse_page(page, adapter=adapter, registry=registry, strict=strict)


def parse_page(
    page: Page,
    *,
    adapter: str | None = None,
    registry: Registry | None = None,
    strict: bool = False,
) -> Article:
    """Resolve the adapter for an already loaded :class:`Page` and extract the Article.

    When the page's fetch time is known, a published or modified date after it is impossible:
    it is dropped, with a ``date_after_fetch`` warning (the same rule on every route, see
    :func:`newsparse.assembly.assemble`). ``strict`` re-raises an error inside a field method
    instead of giving that field ``None`` and a ``field_error`` warning.
    """
    chosen = (registry or default_registry()).resolve(page, adapter)
    try:
        instance = chosen.adapter(page)
        # An adapter that overrides extract() without ``strict`` still works by default.
        return instance.extract(strict=True) if strict else instance.extract()
    except RecursionError:
        # Extraction must not recurse per tree level; if some code still does, a deep (but
        # allowed) tree must give a clear error, not a crash.
        raise UnsupportedInputError(
            page.source,
            f"the page nests too deeply to extract (within max_depth={page.limits.max_depth}); "
            "lower it with Limits(max_depth=...) or --limit max_depth=N",
        ) from None
