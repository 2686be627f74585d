"""Parsing one batch input into its Article or its Failure, never raising."""

from __future__ import annotations

import traceback

from newsparse.api import parse
from newsparse.article import Article
from newsparse.errors import LimitExceededError, NewsparseError
from newsparse.inputs.items import Failure, Input
from newsparse.limits import Limits
from newsparse.registry import Registry

__all__ = ["attempt", "failure_of", "over_budget"]


def failure_of(item: Input, exc: BaseException) -> Failure:
    """The `Failure` record of ``item`` for ``exc`` (``InternalError`` for a bug)."""
    if isinstance(exc, NewsparseError):
        limit = exc.limit if isinstance(exc, LimitExceededError) else None
        return Failure(item.id, type(exc).__name__, str(exc), limit, item.url)
    where = traceback.extract_tb(exc.__traceback__)[-1:]
    place = f" at {where[0].filename}:{where[0].lineno}" if where else ""
    return Failure(item.id, "InternalError", f"{item.id}: {type(exc).__name__}: {exc}{place}",
                   None, item.url)


def over_budget(item: Input, budget: float) -> Failure:
    """The record of a page stopped (or finished) after its ``time_budget``."""
    exc = LimitExceededError(item.id, "time_budget", None, budget, note=" seconds")
    return Failure(item.id, type(exc).__name__, str(exc), "time_budget", item.url)


def attempt(item: Input, limits: Limits, registry: Registry | None) -> Article | Failure:
    """Parse ``item``; any exception becomes its `Failure`."""
    try:
        return parse(item.source, url=item.url, adapter=item.adapter, fetched=item.fetched,
                     limits=limits, registry=registry, name=item.id)
    except Exception as exc:  # noqa: BLE001 - batch mode records every failure and goes on
        return failure_of(item, exc)
