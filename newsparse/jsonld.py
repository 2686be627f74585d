"""Reading JSON-LD blocks: tolerant of broken JSON, flattened across arrays and ``@graph``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["load_jsonld", "types_of"]

_OPENER = re.compile(r"(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_MAX_TEXT = 5_000_000
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


def _loads(text: str) -> Any:
    text = _unwrapped(text)
    if not text or len(text) > _MAX_TEXT:
        return None
    for candidate in _candidates(text):
        try:
            value = json.loads(
                candidate, parse_constant=_reject_constant, parse_int=_bounded_int,
                parse_float=_bounded_float, strict=False,
            )
        except (ValueError, RecursionError):
            continue
        return _prune(value) if isinstance(value, (dict, list)) else value
    return None


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
