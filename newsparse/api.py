"""Entry points: :func:`read_page` turns input into a Page, :func:`parse` into an Article."""

from __future__ import annotations

import datetime as dt
import os

import attrs

from newsparse.article import Article, ArticleWarning
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
) -> Article:
    """Parse one page into an :class:`Article`.

    ``url`` helps routing and fills :attr:`Article.url`; ``adapter`` forces an adapter by name;
    ``fetched`` (the fetch time, if known) bounds the dates; ``registry`` defaults to the
    built-in adapters plus installed plugins; ``name`` labels the input in errors (default: the
    path, ``<bytes>`` or ``<str>``). Raises a :class:`NewsparseError` subclass when the input
    cannot be read, exceeds a :class:`Limits` ceiling or is not one article.
    """
    page = read_page(source, url=url, fetched=fetched, limits=limits, name=name)
    return parse_page(page, adapter=adapter, registry=registry)


def parse_page(
    page: Page, *, adapter: str | None = None, registry: Registry | None = None
) -> Article:
    """Resolve the adapter for an already loaded :class:`Page` and extract the Article.

    When the page's fetch time is known, a published or modified date after it is impossible:
    it is dropped, with a ``date_after_fetch`` warning.
    """
    chosen = (registry or default_registry()).resolve(page, adapter)
    try:
        article = chosen.adapter(page).extract()
    except RecursionError:
        # Extraction must not recurse per tree level; if some code still does, a deep (but
        # allowed) tree must give a clear error, not a crash.
        raise UnsupportedInputError(
            page.source,
            f"the page nests too deeply to extract (within max_depth={page.limits.max_depth}); "
            "lower it with Limits(max_depth=...) or --limit max_depth=N",
        ) from None
    return _bound_dates(article, page.fetched)


def _day(value: dt.date) -> dt.date:
    if isinstance(value, dt.datetime):
        return (value.astimezone(dt.timezone.utc) if value.tzinfo else value).date()
    return value


def _bound_dates(article: Article, fetched: dt.date | None) -> Article:
    if fetched is None:
        return article
    late = [
        field for field in ("published", "modified")
        if (value := getattr(article, field)) is not None and _day(value) > _day(fetched)
    ]
    if not late:
        return article
    warnings = [*article.warnings, *(
        ArticleWarning(
            code="date_after_fetch", field=field,
            message=f"{field} {getattr(article, field).isoformat()} is after the fetch date "
                    f"{fetched.isoformat()}; dropped",
        ) for field in late
    )]
    return attrs.evolve(
        article,
        published=None if "published" in late else article.published,
        modified=None if "modified" in late else article.modified,
        provenance={k: v for k, v in article.provenance.items() if k not in late},
        warnings=warnings,
    )
