"""Entry points: `read_page` turns input into a Page, `parse` into an Article."""

from __future__ import annotations

import datetime as dt
import os

from newsparse.article import Article
from newsparse.decode import Kind, decode_unwrapped, html_markup, read_source, unwrap
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


def _refuse_path(source: str, label: str) -> None:
    """A ``str`` is page content; one that names an existing file and holds no markup was
    meant as a path: say how to pass it rather than parse the file name as text."""
    if "<" in source or "\n" in source or not 0 < len(source) < 4096:
        return
    try:
        exists = os.path.exists(source.strip())
    except (OSError, ValueError):  # a NUL byte, a name too long for the system
        return
    if exists:
        raise UnsupportedInputError(
            label,
            f"{source.strip()!r} is the name of an existing file, and a str is read as page "
            "content: pass pathlib.Path(...) to parse the file",
        )


def read_page(
    source: str | bytes | os.PathLike[str],
    *,
    url: str | None = None,
    fetched: dt.date | None = None,
    kind: Kind | None = None,
    limits: Limits = DEFAULT_LIMITS,
    name: str | None = None,
) -> Page:
    """Load a page without extracting anything: decode it and detect whether it is HTML or text.

    Args:
        source: The page. A `str` or `bytes` is the page's content (bytes are decoded from
            their declared or detected charset); a `pathlib.Path` (any `os.PathLike`) is a file
            to read, and a `.gz` file is decompressed. A `str` is never taken as a file name:
            one that names an existing file and holds no markup is refused with
            `UnsupportedInputError` saying to pass a `pathlib.Path`.
        url: The page's URL, if known.
        fetched: When the page was fetched (a `datetime.date` or an aware `datetime.datetime`).
        kind: "html" or "text" to skip detection.
        limits: Size and depth ceilings (`Limits`); the defaults are safe for untrusted input.
        name: How errors name the input (default: the path, "<bytes>" or "<str>").

    Returns:
        The `Page`, with its tree, meta tags and JSON-LD computed when first used.

    Raises:
        UnsupportedInputError: The input is empty, binary, undecodable or unreadable.
        LimitExceededError: The input exceeds one of the `limits`.
    """
    label = name or _name(source)
    if isinstance(source, (bytes, os.PathLike)):
        raw = read_source(source, limits) if isinstance(source, os.PathLike) else source
        data = unwrap(raw, label, limits)
        if html_markup(data, kind):
            # UTF-8 HTML (nearly every page): parsed as it is, decoded only if asked to be.
            return Page.from_markup(data, url=url, fetched=fetched, source=label, limits=limits)
        text, encoded = decode_unwrapped(data)
    elif isinstance(source, str):
        if len(source) > limits.max_input_bytes:
            raise LimitExceededError(label, "max_input_bytes", len(source), limits.max_input_bytes)
        _refuse_path(source, label)
        text, encoded = source, None
    else:
        raise TypeError(f"source must be str, bytes or os.PathLike, not {type(source).__name__}")
    return Page(
        text, kind=kind, url=url, fetched=fetched, source=label, limits=limits, encoded=encoded
    )


def parse(
    source: str | bytes | os.PathLike[str],
    *,
    url: str | None = None,
    adapter: str | None = None,
    fetched: dt.date | None = None,
    limits: Limits = DEFAULT_LIMITS,
    registry: Registry | None = None,
    name: str | None = None,
    strict: bool = False,
) -> Article:
    """Parse one news page into an `Article`.

    Example: `parse(Path("page.html"), url="https://www.nknews.org/2019/10/...")`.

    Args:
        source: The page. A `str` or `bytes` is the page's content, HTML or plain text (the
            kind is detected; bytes are decoded from their declared or detected charset). A
            `pathlib.Path` (any `os.PathLike`) is a file to read, and a `.gz` file is
            decompressed. A `str` is never taken as a file name: pass a `Path` for a file.
        url: The page's URL, if known: it chooses the site's adapter and fills `Article.url`.
        adapter: The name of the adapter to use (see `newsparse adapters`), instead of choosing
            one by URL or content.
        fetched: When the page was fetched (a `datetime.date` or an aware
            `datetime.datetime`): a published or modified date after it is dropped, with a
            warning.
        limits: Size and depth ceilings (`Limits`); the defaults are safe for untrusted input.
        registry: The adapters to choose from; default: the built-in adapters plus installed
            plugins (`default_registry()`).
        name: How errors name the input (default: the path, "<bytes>" or "<str>").
        strict: Re-raise an error inside a field method; by default that field is `None`,
            with a `field_error` warning.

    Returns:
        The article. Missing fields are `None` or empty; `Article.provenance` says where each
        value came from and `Article.warnings` lists doubts.

    Raises:
        UnsupportedInputError: The input is empty, binary, undecodable or unreadable.
        LimitExceededError: The input exceeds one of the `limits` (the message names it).
        NotAnArticleError: The page is not one article (a listing, tag or author page, a
            digest), or has neither a headline nor any text.
        AdapterNotFoundError: `adapter` names no registered adapter.
        AmbiguousAdapterError: Two adapters claim the page equally; pass `adapter`.
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
    """Resolve the adapter for an already loaded `Page` and extract the `Article`.

    When the page's fetch time is known, a published or modified date after it is impossible:
    it is dropped, with a ``date_after_fetch`` warning (the same rule on every route, see
    `newsparse.assembly.assemble`). ``strict`` re-raises an error inside a field method
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
