"""Batch parsing: many inputs, one result each, on one or several processes.

`parse_many` yields an `Article` or a `Failure` for every input,
in input order; `run_batch` yields `Done` records that also carry
each input's id (and can give them in completion order). Nothing is dropped: a page over its
time budget, a crashed worker, a bug, even a result that cannot be carried back, becomes that
input's `Failure`, and the batch goes on.

How ``Limits.time_budget`` is enforced (``mechanism="auto"`` picks the first that applies):

* ``"process"`` (POSIX; always when ``jobs > 1``): pages are parsed in worker processes (see
  `pool`). A page past its budget is stopped by killing its worker, wherever it
  is (inside a regular expression or libxml2 included); a fresh worker takes the next page.
* ``"signal"`` (POSIX, main thread): a ``SIGALRM`` timer interrupts the page at the next Python
  bytecode; a long single C call finishes first.
* ``"inline"``: no interruption; a page that took longer than its budget is still reported as
  a ``time_budget`` `Failure` once it returns, so results do not depend on the mechanism.

With one job and no time budget no process is started at all.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import threading
import time
from collections.abc import Generator, Iterable, Iterator
from types import FrameType
from typing import Literal

from newsparse.api import Source
from newsparse.article import Article
from newsparse.attempt import attempt, over_budget
from newsparse.inputs.items import Done, Failure, Input, Item, Skipped
from newsparse.limits import DEFAULT_LIMITS, Limits
from newsparse.pool import run_pool
from newsparse.registry import Registry

__all__ = ["Failure", "Mechanism", "NamedSource", "parse_many", "run_batch"]

Mechanism = Literal["auto", "process", "signal", "inline"]
NamedSource = tuple[str, Source]
"""An input with the name to report it under, e.g. ``("<stdin>", data)``."""


def _as_input(
    item: Source | NamedSource | Input | bytearray,
    url: str | None, adapter: str | None, fetched: dt.date | None,
) -> Input:
    if isinstance(item, Input):
        return item
    source: Source | bytearray
    if isinstance(item, tuple):
        name, source = item
    elif isinstance(item, os.PathLike):
        name, source = os.fspath(item), item
    else:
        name, source = ("<str>" if isinstance(item, str) else "<bytes>"), item
    if isinstance(source, bytearray):  # the same result whatever parses it
        return Input(name, bytes(source), url=url, fetched=fetched, adapter=adapter)
    return Input(name, source, url=url, fetched=fetched, adapter=adapter)


class _Timeout(BaseException):
    """Raised by the alarm handler; a BaseException so that no ``except Exception`` eats it."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


def _with_alarm(item: Input, limits: Limits, registry: Registry | None) -> Article | Failure:
    budget = limits.time_budget or 0.0
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, budget)
        try:
            return attempt(item, limits, registry)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Timeout:
        return over_budget(item, budget)
    finally:
        signal.signal(signal.SIGALRM, previous)


def _choose(mechanism: Mechanism, jobs: int, budget: float | None) -> Mechanism:
    if jobs > 1:
        return "process"
    if mechanism != "auto":
        return mechanism
    if budget is None:
        return "inline"  # nothing to interrupt: no process needed
    if os.name == "posix":
        return "process"
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        return "signal"
    return "inline"


def _in_process(items: Iterator[Item], chosen: Mechanism, limits: Limits,
                registry: Registry | None) -> Generator[Done | Skipped, None, None]:
    budget = limits.time_budget
    for item in items:
        if not isinstance(item, Input):
            yield item
            continue
        started = time.monotonic()
        if chosen == "signal" and budget is not None:
            result = _with_alarm(item, limits, registry)
        else:
            result = attempt(item, limits, registry)
        if budget is not None and isinstance(result, Article) and (
                time.monotonic() - started > budget):
            result = over_budget(item, budget)
        yield Done(item, result)


def run_batch(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    ordered: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    registry: Registry | None = None,
    mechanism: Mechanism = "auto",
) -> Generator[Done | Skipped, None, None]:
    """Parse every `Input` of ``items`` (as made by
    `expand`), passing `Done` and
    `Skipped` items through; yield one ``Done`` per input, in input
    order unless ``ordered`` is false. ``jobs`` worker processes share the work."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    chosen = _choose(mechanism, jobs, limits.time_budget)
    stream = iter(items)
    if chosen == "process":
        return run_pool(stream, jobs=jobs, ordered=ordered, limits=limits, registry=registry)
    return _in_process(stream, chosen, limits, registry)


def parse_many(
    sources: Iterable[Source | NamedSource | Input],
    *,
    url: str | None = None,
    adapter: str | None = None,
    fetched: dt.date | None = None,
    limits: Limits = DEFAULT_LIMITS,
    registry: Registry | None = None,
    mechanism: Mechanism = "auto",
    jobs: int = 1,
) -> Iterator[Article | Failure]:
    """Parse every input and yield, in order, its `Article` or its `Failure`.

    Inputs are what `parse` takes, ``(name, source)`` pairs, or
    `Input` items that carry their own id, URL, fetch time and
    adapter. ``url``, ``adapter`` and ``fetched`` apply to inputs that are not ``Input`` items;
    ``url`` names one page, so it is refused (``ValueError``) when a second input arrives.
    Each page gets ``limits.time_budget`` seconds (see the module docstring for how it is
    enforced); ``jobs`` processes parse in parallel, results still in input order.
    """

    def inputs() -> Iterator[Input]:
        for count, item in enumerate(sources):
            if url is not None and count == 1:
                raise ValueError("url= names one page but parse_many got several inputs: give "
                                 "each its own URL with newsparse.inputs.Input(..., url=...)")
            yield _as_input(item, url, adapter, fetched)

    for done in run_batch(inputs(), jobs=jobs, limits=limits, registry=registry,
                          mechanism=mechanism):
        if isinstance(done, Done):
            yield done.result
