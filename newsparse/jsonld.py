"""Reading JSON-LD blocks: tolerant of broken JSON, flattened across arrays and ``@graph``.

A block of up to ``_MAX_TEXT`` characters is parsed whole. A larger one (a live blog's
thousands of updates, a whole book as ``articleBody``) is read member by member without being
built whole (:func:`_read_large`): members and items of up to ``_MAX_VALUE`` characters are
parsed, larger containers are read the same way two levels down (the ``@graph`` of a page, an
article inside it), and larger values below that are left out, as are the parts of one
container after its first ``_MAX_ITEMS``, and after its first ``_MAX_CONTAINER`` characters
(a live blog's updates give way to the members after them), except that a ``@graph`` then
still keeps its objects with a headline (an article late in a long graph is found). Reading
stops once ``_MAX_TEXT`` characters were kept or ``_MAX_TOKENS`` pieces of JSON were stepped
over, so the headline, author and date of a huge block are kept, at a cost bounded in time
and memory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["load_jsonld", "types_of"]

_OPENER = re.compile(r"(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_MAX_TEXT = 5_000_000
_MAX_VALUE = 100_000
_MAX_TOKENS = 2_000_000
_LARGE_DEPTH = 2
_MAX_ITEMS = 50_000
_MAX_CONTAINER = _MAX_TEXT // 4
_MAX_DIGITS = 30
_MAX_DEPTH = 32


def _reject_constant(name: str) -> None:
    """NaN and Infinity are not JSON; treat them as missing."""
    return None


def _bounded_int(digits: str) -> int | None:
    """An integer longer than any date, count or ID is noise (and slow to convert): missing."""
    return int(digits) if len(digits) <= _MAX_DIGITS else None


def _bounded_float(text: str) -> float | None:
    value = float(text)
    return value if value - value == 0 else None  # inf from "1e999" is missing too


def _deeper_than_limit(value: Any) -> bool:
    """Whether containers nest deeper than ``_MAX_DEPTH``: one level at a time, reading only
    the values (a live blog's JSON-LD holds hundreds of thousands of them)."""
    level = [value]
    for _ in range(_MAX_DEPTH):
        inner: list[Any] = []
        for container in level:
            values = container.values() if type(container) is dict else container
            inner += [v for v in values if type(v) is dict or type(v) is list]
        if not inner:
            return False
        level = inner
    return True


def _prune(value: Any) -> Any:
    """Cut containers nested deeper than ``_MAX_DEPTH`` (replaced by ``None``), iteratively, so
    no later recursive reader can exhaust the stack."""
    if not _deeper_than_limit(value):
        return value
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        container, depth = stack.pop()
        keys = container.keys() if isinstance(container, dict) else range(len(container))
        for key in list(keys):
            child = container[key]
            if isinstance(child, (dict, list)):
                if depth >= _MAX_DEPTH:
                    container[key] = None
                else:
                    stack.append((child, depth + 1))
    return value


def _unwrapped(text: str) -> str:
    """``text`` without a leading ``<!--``/``<![CDATA[`` and a trailing ``-->``/``]]>`` (a
    ``//`` comment mark before either included); string tests at the ends only, no scan."""
    text = text.strip()
    opener = _OPENER.match(text)
    if opener:
        text = text[opener.end():]
    if text.endswith("-->"):
        text = text[:-3]
    elif text.endswith("]]>"):
        text = text[:-3]
        before = text.rstrip()
        if before.endswith("//"):
            text = before[:-2]
    return text


def _candidates(text: str) -> Iterator[str]:
    """The text, then its light repairs (each made only if the one before failed)."""
    yield text
    yield _TRAILING_COMMA.sub(r"\1", text)
    yield text.replace("\n", " ")


def _decode(text: str) -> Any:
    """``text`` parsed as JSON (NaN, huge numbers, ... as missing); raises ValueError. The one
    decoder of the module: ``json.loads`` with these options built a new decoder and scanner
    on every call, about half the time of parsing a page's usual block. (``json.loads`` also
    refuses a leading BOM, which the decoder refuses too: no JSON value starts with one.)"""
    return _DECODER.decode(text)


def _loads(text: str) -> Any:
    text = _unwrapped(text)
    if not text:
        return None
    if len(text) > _MAX_TEXT:
        value = _read_large(text)
        return _prune(value) if isinstance(value, (dict, list)) else None
    for candidate in _candidates(text):
        try:
            value = _decode(candidate)
        except (ValueError, RecursionError):
            continue
        return _prune(value) if isinstance(value, (dict, list)) else value
    return None


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_SCALAR = re.compile(r'[^,\]}\s]+')
_BETWEEN = re.compile(r'(?:[^"\[\]{}]+|"[^"\\]*(?:\\.[^"\\]*)*")*')
_BRACKETS = re.compile(r"([\[{]+)|[\]}]+")
_GAP = re.compile(r"[\s,]*")
_COLON = re.compile(r"\s*:\s*")


_DECODER = json.JSONDecoder(
    parse_constant=_reject_constant, parse_int=_bounded_int, parse_float=_bounded_float,
    strict=False,
)
_WINDOWS = (1_000, 10_000, _MAX_VALUE)
"""Slices a container is first tried in (a small one is parsed in C, copying little)."""


class _Reader:
    """One large block read member by member (see the module's docstring)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _MAX_TOKENS
        self.kept = 0

    def skip(self, pos: int, depth: int = 0) -> int | None:
        """Where the container starting at ``pos`` (or, with ``depth`` 1, the one ``pos`` is
        inside of) ends, found without building it (``None``: it does not end, or the step
        budget ran out)."""
        text = self.text
        while self.tokens > 0:
            self.tokens -= 1
            pos = _BETWEEN.match(text, pos).end()  # type: ignore[union-attr]  # matches empty
            run = _BRACKETS.match(text, pos)
            if run is None:
                return None  # the end of the text, or a string that does not end
            if run.group(1):
                depth += run.end() - pos
            else:
                if run.end() - pos >= depth:
                    return pos + depth
                depth -= run.end() - pos
            pos = run.end()
        return None

    def value(self, pos: int, depth: int, key: Any = None) -> tuple[Any, int | None]:
        """The value starting at ``pos`` and where it ends: parsed if at most ``_MAX_VALUE``
        characters, read part by part if a larger container within ``_LARGE_DEPTH`` levels,
        else ``None`` (left out)."""
        text = self.text
        first = text[pos:pos + 1]
        if first not in ("[", "{"):
            token = (_STRING if first == '"' else _SCALAR).match(text, pos)
            if token is None:
                return None, None
            return self.keep(text[pos:token.end()]), token.end()
        for window in _WINDOWS:
            if self.kept + window > _MAX_TEXT:
                break
            piece = text[pos:pos + window]
            try:
                value, size = _DECODER.raw_decode(piece)
            except (ValueError, RecursionError):
                if len(piece) < window:
                    break  # it does not parse whole: read it part by part
                continue
            self.kept += size
            return value, pos + size
        if depth < _LARGE_DEPTH:
            return self.container(pos, depth + 1, key == "@graph")
        return None, self.skip(pos)

    def keep(self, token: str) -> Any:
        """A string or scalar token, parsed if short (else ``None``)."""
        if len(token) > _MAX_VALUE or self.kept + len(token) > _MAX_TEXT:
            return None
        self.kept += len(token)
        try:
            return _decode(token)
        except ValueError:
            return None

    def container(
        self, pos: int, depth: int, graph: bool = False
    ) -> tuple[dict[str, Any] | list[Any], int | None]:
        """The object or array starting at ``pos``, its parts read one by one, and where it
        ends (``None`` if reading stopped before its end)."""
        text = self.text
        is_object = text[pos] == "{"
        out: dict[str, Any] | list[Any] = {} if is_object else []
        kept_before = self.kept
        seen = 0
        pos += 1
        while self.tokens > 0 and self.kept < _MAX_TEXT:
            self.tokens -= 1
            pos = _GAP.match(text, pos).end()  # type: ignore[union-attr]  # matches empty
            if text[pos:pos + 1] in ("]", "}"):
                return out, pos + 1
            if seen >= _MAX_ITEMS:
                return out, self.skip(pos, 1)
            seen += 1
            # Past _MAX_CONTAINER characters (not in the block itself) a @graph keeps only the
            # objects with a headline: an article further down is still found.
            full = depth and self.kept - kept_before > _MAX_CONTAINER
            if full and not graph:
                return out, self.skip(pos, 1)
            key: Any = None
            if is_object:
                name = _STRING.match(text, pos)
                colon = _COLON.match(text, name.end()) if name else None
                if name is None or colon is None:
                    break
                key = self.keep(text[pos:name.end()])
                pos = colon.end()
            kept = self.kept
            item, end = self.value(pos, depth, key)
            if full and not (isinstance(item, dict) and "headline" in item):
                self.kept = kept  # read to be looked at, not kept
            elif isinstance(out, list):
                out.append(item)
            elif isinstance(key, str) and item is not None:
                out[key] = item
            if end is None:
                break
            pos = end
        return out, None


def _read_large(text: str) -> Any:
    """A block over ``_MAX_TEXT`` characters, read member by member (``None`` if it is not
    an object or array)."""
    start = len(text) - len(text.lstrip())
    if text[start:start + 1] not in ("[", "{"):
        return None
    return _Reader(text).container(start, 0)[0]


def _flatten(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(value, list):
        for item in value:
            yield from _flatten(item, depth + 1)
    elif isinstance(value, dict):
        graph = value.get("@graph")
        if graph is not None:
            yield from _flatten(graph, depth + 1)
        if "@type" in value or graph is None:
            yield value


def load_jsonld(texts: Iterable[str]) -> list[dict[str, Any]]:
    """Parse the text of each ``<script type="application/ld+json">`` into a flat list of objects.

    Blocks that are not valid JSON even after light repair (comment/CDATA wrappers, trailing
    commas, raw newlines in strings) are skipped; ``NaN``/``Infinity``, numbers of more than 30
    digits and containers nested more than 32 deep become ``None``.
    """
    objects: list[dict[str, Any]] = []
    for text in texts:
        objects.extend(_flatten(_loads(text)))
    return objects


def types_of(obj: dict[str, Any]) -> tuple[str, ...]:
    """The ``@type`` of a JSON-LD object as a tuple of bare names (``schema:`` prefixes dropped)."""
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return tuple(v.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for v in values if isinstance(v, str))
