"""Batch parsing: many inputs, one result each, with a per-page time budget.

:func:`parse_many` yields, in input order, an :class:`~newsparse.Article` or a :class:`Failure`
for every input; nothing is dropped and one bad page never stops the others.

How ``Limits.time_budget`` is enforced (``mechanism="auto"`` picks the first that applies):

* ``"process"`` (Linux, and other POSIX systems with ``fork`` except macOS): pages are parsed
  in one long-lived worker process. A page that has not finished within its budget is stopped
  by killing the worker, wherever it is (inside a regular expression or libxml2 included);
  the next page gets a fresh worker. Only JSON crosses the pipe (never pickle), and a worker
  that dies (for example killed by the system for memory) becomes a :class:`Failure` too.
* ``"signal"`` (POSIX, main thread): a ``SIGALRM`` timer interrupts the page at the next Python
  bytecode; a long single C call finishes first.
* ``"inline"``: no interruption; a page that took longer than its budget is still reported as
  a ``time_budget`` :class:`Failure` once it returns, so results do not depend on the mechanism.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from types import FrameType
from typing import Any, Literal

import attrs

from newsparse.api import Source, parse
from newsparse.article import Article
from newsparse.errors import LimitExceededError, NewsparseError
from newsparse.limits import DEFAULT_LIMITS, Limits
from newsparse.registry import Registry

__all__ = ["Failure", "Mechanism", "NamedSource", "parse_many"]

Mechanism = Literal["auto", "process", "signal", "inline"]
NamedSource = tuple[str, Source]
"""An input with the name to report it under, e.g. ``("<stdin>", data)``."""


@attrs.frozen
class Failure:
    """One input that gave no article: its name, the error class name and the message.

    ``limit`` names the :class:`~newsparse.Limits` field when a limit was exceeded.
    ``error`` is ``"InternalError"`` when newsparse itself failed (a bug: please report it).
    """

    input: str
    error: str
    message: str
    limit: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """``{"input": ..., "error": ..., "message": ..., "limit": ...}``."""
        return attrs.asdict(self)


@attrs.frozen
class _Job:
    name: str
    source: Source
    url: str | None
    adapter: str | None
    fetched: dt.date | None
    limits: Limits


def _name_of(item: Source | NamedSource) -> tuple[str, Source]:
    if isinstance(item, tuple):
        return item
    if isinstance(item, os.PathLike):
        return os.fspath(item), item
    return ("<bytes>" if isinstance(item, bytes) else "<str>"), item


def _failure(name: str, exc: BaseException) -> Failure:
    if isinstance(exc, NewsparseError):
        limit = exc.limit if isinstance(exc, LimitExceededError) else None
        return Failure(name, type(exc).__name__, str(exc), limit)
    where = traceback.extract_tb(exc.__traceback__)[-1:]
    place = f" at {where[0].filename}:{where[0].lineno}" if where else ""
    return Failure(name, "InternalError", f"{name}: {type(exc).__name__}: {exc}{place}")


def _over_budget(name: str, budget: float) -> Failure:
    exc = LimitExceededError(name, "time_budget", None, budget, note=" seconds")
    return Failure(name, type(exc).__name__, str(exc), "time_budget")


def _run(job: _Job, registry: Registry | None) -> Article | Failure:
    try:
        return parse(job.source, url=job.url, adapter=job.adapter, fetched=job.fetched,
                     limits=job.limits, registry=registry, name=job.name)
    except Exception as exc:  # noqa: BLE001 - batch mode records every failure and goes on
        return _failure(job.name, exc)


# -- mechanism: worker process -----------------------------------------------------------


def _encode(job: _Job) -> tuple[bytes, bytes]:
    source = job.source
    kind = "path" if isinstance(source, os.PathLike) else type(source).__name__
    if isinstance(source, os.PathLike):
        payload = os.fsencode(source)
    elif isinstance(source, str):
        payload = source.encode("utf-8", errors="surrogatepass")
    else:
        payload = bytes(source)
    header = {
        "name": job.name, "kind": kind, "url": job.url, "adapter": job.adapter,
        "fetched": job.fetched.isoformat() if job.fetched else None,
        "limits": attrs.asdict(job.limits),
    }
    return json.dumps(header).encode(), payload


def _decode(header: bytes, payload: bytes) -> _Job:
    data = json.loads(header)
    source: Source
    if data["kind"] == "path":
        source = Path(os.fsdecode(payload))
    elif data["kind"] == "str":
        source = payload.decode("utf-8", errors="surrogatepass")
    else:
        source = payload
    fetched = data["fetched"]
    when = (dt.datetime if "T" in fetched else dt.date).fromisoformat(fetched) if fetched else None
    return _Job(data["name"], source, data["url"], data["adapter"], when,
                Limits(**data["limits"]))


def _serve(conn: Connection, registry: Registry | None) -> None:
    """The worker's loop: read a job, parse it, answer with JSON."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    while True:
        try:
            header, payload = conn.recv_bytes(), conn.recv_bytes()
        except (EOFError, OSError):
            return
        result = _run(_decode(header, payload), registry)
        if isinstance(result, Article):
            answer: dict[str, Any] = {"article": result.to_dict()}
        else:
            answer = {"failure": result.to_dict()}
        conn.send_bytes(json.dumps(answer).encode())


class _Worker:
    """A forked worker process, restarted after it is killed for exceeding a budget."""

    def __init__(self, registry: Registry | None) -> None:
        self.registry = registry
        self.process: Any = None
        self.conn: Connection | None = None

    def _start(self) -> Connection:
        context = multiprocessing.get_context("fork")
        parent, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, self.registry), daemon=True)
        self.process.start()
        child.close()
        self.conn = parent
        return parent

    def run(self, job: _Job, budget: float | None) -> Article | Failure:
        if self.process is not None and not self.process.is_alive():
            self.stop()  # died after its last answer: start afresh rather than fail this page
        conn = self.conn or self._start()
        header, payload = _encode(job)
        try:
            conn.send_bytes(header)
            conn.send_bytes(payload)
            if not conn.poll(budget):
                self.stop()
                return _over_budget(job.name, budget or 0.0)
            answer = json.loads(conn.recv_bytes())
        except (EOFError, OSError):
            code = self.process.exitcode if self.process is not None else None
            self.stop()
            return Failure(job.name, "InternalError",
                           f"{job.name}: the parser process died (exit code {code})")
        if "article" in answer:
            return Article.from_dict(answer["article"])
        return Failure(**answer["failure"])

    def stop(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self.process is not None:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(5)
            self.process = None


# -- mechanism: SIGALRM -------------------------------------------------------------------


class _Timeout(BaseException):
    """Raised by the alarm handler; a BaseException so that no ``except Exception`` eats it."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


def _run_with_alarm(job: _Job, budget: float, registry: Registry | None) -> Article | Failure:
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, budget)
        try:
            return _run(job, registry)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Timeout:
        return _over_budget(job.name, budget)
    finally:
        signal.signal(signal.SIGALRM, previous)


def _choose(mechanism: Mechanism) -> Mechanism:
    if mechanism != "auto":
        return mechanism
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
        return "process"
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        return "signal"
    return "inline"


def parse_many(
    sources: Iterable[Source | NamedSource],
    *,
    url: str | None = None,
    adapter: str | None = None,
    fetched: dt.date | None = None,
    limits: Limits = DEFAULT_LIMITS,
    registry: Registry | None = None,
    mechanism: Mechanism = "auto",
) -> Iterator[Article | Failure]:
    """Parse every input and yield, in order, its :class:`Article` or its :class:`Failure`.

    Inputs are what :func:`newsparse.parse` takes, or ``(name, source)`` pairs. Each page gets
    ``limits.time_budget`` seconds (see the module docstring for how it is enforced); a page
    over budget, any :class:`NewsparseError` and any internal error become a :class:`Failure`.
    """
    budget = limits.time_budget
    chosen = _choose(mechanism) if budget is not None else "inline"
    worker = _Worker(registry) if chosen == "process" else None
    try:
        for item in sources:
            name, source = _name_of(item)
            job = _Job(name, source, url, adapter, fetched, limits)
            started = time.monotonic()
            if worker is not None:
                result = worker.run(job, budget)
            elif chosen == "signal" and budget is not None:
                result = _run_with_alarm(job, budget, registry)
            else:
                result = _run(job, registry)
            if chosen == "inline" and budget is not None and time.monotonic() - started > budget:
                result = _over_budget(name, budget)
            yield result
    finally:
        if worker is not None:
            worker.stop()
