"""Resource limits applied to every input; exceeding one raises `LimitExceededError`."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["DEFAULT_LIMITS", "HTML_PARSER_MAX_DEPTH", "LIMIT_NAMES", "MAX_TIME_BUDGET", "Limits"]

HTML_PARSER_MAX_DEPTH = 2048
"""The deepest nesting the HTML parser (libxml2) builds at all; ``max_depth`` cannot exceed it."""

MAX_TIME_BUDGET = 2_147_483.0
"""The longest ``time_budget`` in seconds (timers and waits count milliseconds in 32 bits)."""


def _positive(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if attribute.name == "time_budget":
        if value is None:
            return
        kinds: tuple[type, ...] = (int, float)
    else:
        kinds = (int,)
    number: bool = isinstance(value, kinds) and not isinstance(value, bool)
    if not number or not value > 0:
        what = "a positive number" if float in kinds else "a positive integer"
        raise ValueError(f"Limits.{attribute.name} must be {what}, not {value!r}")
    if attribute.name == "time_budget" and not value <= MAX_TIME_BUDGET:  # nan, inf, overflow
        raise ValueError(f"Limits.time_budget must be at most {MAX_TIME_BUDGET} seconds (or "
                         f"None for no budget), not {value!r}")
    if attribute.name == "max_depth" and value > HTML_PARSER_MAX_DEPTH:
        raise ValueError(
            f"Limits.max_depth must be at most {HTML_PARSER_MAX_DEPTH}, the HTML parser's own "
            f"ceiling (a deeper page cannot be parsed whole), not {value!r}"
        )


@attrs.frozen
class Limits:
    """Safe ceilings for one page; each exceeded limit raises `LimitExceededError` naming it.

    Example: `parse(path, limits=Limits(max_nodes=1_000_000))`; on the command line
    `--limit max_nodes=1000000`.

    Attributes:
        max_input_bytes: Raw bytes read from a file, stdin or given as `bytes` (characters for
            a `str`). Default 32 MiB.
        max_decompressed_bytes: Bytes a gzip input may expand to. Default 64 MiB.
        max_nodes: Elements in the parsed HTML tree, checked while parsing, so memory stays
            bounded by it. Default 400,000.
        max_depth: Nesting depth of the parsed HTML tree, `<html>` being level 1, at most
            `HTML_PARSER_MAX_DEPTH` (the HTML parser's own ceiling). The default, 256, is
            libxml2's usual ceiling; real pages nest well under 100 levels.
        max_attributes: Attributes on one element, counted in the markup before parsing (the
            HTML parser compares each new attribute with all earlier ones of its element: time
            square in their number, inside one C call no time budget can interrupt). Default
            1,000.
        time_budget: Seconds one page may take in batch mode (`parse_many`, `newsparse parse`);
            `None` for no budget. Default 30.
    """

    max_input_bytes: int = attrs.field(default=32 * 1024 * 1024, validator=_positive)
    max_decompressed_bytes: int = attrs.field(default=64 * 1024 * 1024, validator=_positive)
    max_nodes: int = attrs.field(default=400_000, validator=_positive)
    max_depth: int = attrs.field(default=256, validator=_positive)
    max_attributes: int = attrs.field(default=1000, validator=_positive)
    time_budget: float | None = attrs.field(default=30.0, validator=_positive)


LIMIT_NAMES: tuple[str, ...] = tuple(a.name for a in attrs.fields(Limits))
"""The names accepted by ``Limits(...)`` and the command line's ``--limit NAME=N``."""

DEFAULT_LIMITS = Limits()
