"""Worker processes for batch parsing: N workers, a time budget per page, crash recovery.

Workers are started with ``forkserver`` (``spawn`` where it is missing): a fork made from the
parent itself could inherit locks held by the parent's other threads and deadlock. The fork
server imports newsparse once, so a worker (re)starts in milliseconds. Jobs and results cross
the pipe pickled (only between this process and its own workers). A worker ignores Ctrl-C (the
parent stops it), writes nothing to stdout, and exits when the parent goes away: its pipe then
reads end-of-file, and on Linux the kernel kills it when the process that forked it exits.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import pickle
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Generator, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from newsparse.article import Article
from newsparse.attempt import attempt, failure_of, over_budget
from newsparse.inputs.items import Done, Failure, Input, Item, Skipped
from newsparse.limits import Limits
from newsparse.prefetch import Prefetch
from newsparse.registry import Registry

__all__ = ["run_pool", "start_method"]

_PR_SET_PDEATHSIG = 1
_READY = b"ready"
DEPTH = 2
"""Jobs queued per worker: the next page waits in the worker while one is parsed."""
_START_TIMEOUT = 120.0  # seconds a new worker may take to start (a loaded machine, spawn)


def start_method() -> str:
    """``forkserver`` where the platform has it (safe with threads), else ``spawn``."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


@contextlib.contextmanager
def _main_module_hidden() -> Iterator[None]:
    """Start workers without the script that runs as ``__main__``: the fork server would
    otherwise run it again in every worker (and a script without the
    ``if __name__ == "__main__"`` guard would start a batch there). Adapters of a custom
    registry must therefore live in an importable module, as with any ``spawn`` start."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None) if getattr(main, "__spec__", None) is None else None
    if main is None or path is None:
        yield
        return
    del main.__file__
    try:
        yield
    finally:
        main.__file__ = path


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent exits (the fork server), and drop the
    fork server's "a client is alive" pipe end that every forked child inherits: while a
    worker held it, the fork server would outlive a killed batch process, and the worker with
    it (each waiting on the other, both holding the batch's stdout)."""
    from multiprocessing import forkserver, resource_tracker

    server: Any = getattr(forkserver, "_forkserver", None)
    tracker: Any = getattr(resource_tracker, "_resource_tracker", None)
    for owner, name in ((server, "_forkserver_alive_fd"), (tracker, "_fd")):
        fd = getattr(owner, name, None)
        if isinstance(fd, int):
            with contextlib.suppress(OSError):
                os.close(fd)
            setattr(owner, name, None)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def serve(conn: Connection, limits: Limits, registry: Registry | None) -> None:
    """A worker's loop: receive ``(seq, Input)``, answer ``(seq, Article | Failure)``.

    A thread reads jobs as they arrive, so the parent can queue the next page while this one
    is parsed (no hand-off wait between pages) and never blocks writing to a busy worker."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)  # never hold the batch's stdout: a pipeline ends when the parent does
    conn.send_bytes(_READY)
    jobs: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                jobs.put(conn.recv_bytes())
            except (EOFError, OSError):
                jobs.put(None)
                return

    threading.Thread(target=read, name="newsparse-jobs", daemon=True).start()
    while (data := jobs.get()) is not None:
        seq, item = pickle.loads(data)
        result = attempt(item, limits, registry)
        try:
            answer = pickle.dumps((seq, result), pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - an unpicklable result is that input's error
            answer = pickle.dumps((seq, failure_of(item, exc)), pickle.HIGHEST_PROTOCOL)
        try:
            conn.send_bytes(answer)
        except OSError:
            return


def _death(item: Input, code: int | None) -> Failure:
    if code is not None and code < 0:
        try:
            how = f"killed by signal {signal.Signals(-code).name}"
        except ValueError:
            how = f"killed by signal {-code}"
    elif code is None:
        how = "its pipe closed"
    else:
        how = f"exited with code {code}"
    return Failure(item.id, "WorkerCrashError",
                   f"{item.id}: the parser process died ({how}) while parsing this input "
                   "(out of memory, or a crash in a C library); the batch went on", None, item.url)


_Results = tuple[list[tuple[int, "Article | Failure"]], list[tuple[int, Input]]]
"""What a worker gives back: results by seq, and jobs to send again to a fresh worker."""


class _Worker:
    """One worker process and the jobs sent to it (at most :data:`DEPTH`, the first being
    parsed); restarted on the next job after it was stopped."""

    def __init__(self, context: Any, limits: Limits, registry: Registry | None) -> None:
        self.context, self.limits, self.registry = context, limits, registry
        self.process: Any = None
        self.conn: Connection | None = None
        self.jobs: deque[tuple[int, Input]] = deque()
        self.deadline = float("inf")

    def _start(self) -> str:
        """Start a worker and wait until it is ready (so that its start-up time is not counted
        in the first page's budget); returns what went wrong, or ``""``."""
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=serve, args=(child, self.limits, self.registry), daemon=True)
        try:
            with _main_module_hidden():
                process.start()
        except (OSError, RuntimeError) as exc:
            parent.close()
            return f"{type(exc).__name__}: {exc}"
        finally:
            child.close()  # only the worker holds its end: EOF reaches us when it dies
        self.process, self.conn = process, parent
        try:
            if parent.poll(_START_TIMEOUT) and parent.recv_bytes() == _READY:
                return ""
        except (EOFError, OSError):
            pass
        self.stop()
        return "it did not answer"

    def send(self, seq: int, item: Input, budget: float | None) -> Failure | None:
        """Queue a job; a :class:`Failure` for it if no worker could be started."""
        if self.conn is None and (problem := self._start()):
            return Failure(item.id, "WorkerCrashError",
                           f"{item.id}: the parser process could not start ({problem})",
                           None, item.url)
        assert self.conn is not None
        if not self.jobs:
            self.deadline = time.monotonic() + budget if budget is not None else float("inf")
        self.jobs.append((seq, item))
        with contextlib.suppress(OSError):  # a dead worker shows as end-of-file on receive
            self.conn.send_bytes(pickle.dumps((seq, item), pickle.HIGHEST_PROTOCOL))
        return None

    def receive(self, budget: float | None) -> _Results:
        """Read one answer (for the first job); end-of-file means the worker died."""
        assert self.conn is not None and self.jobs
        seq, item = self.jobs[0]
        try:
            data = self.conn.recv_bytes()
        except (EOFError, OSError):
            return self._lost(_death(item, self._exit_code()))
        self.jobs.popleft()
        if self.jobs:
            self.deadline = time.monotonic() + budget if budget is not None else float("inf")
        try:
            got_seq, result = pickle.loads(data)
            if got_seq != seq:
                raise ValueError(f"answer for job {got_seq}, expected {seq}")
        except Exception as exc:  # noqa: BLE001 - nothing per result may escape the batch
            result = failure_of(item, exc)
        return [(seq, result)], []

    def expire(self, budget: float) -> _Results:
        """The first job ran past its budget: stop the worker."""
        return self._lost(over_budget(self.jobs[0][1], budget))

    def _lost(self, failure: Failure) -> _Results:
        seq, _ = self.jobs.popleft()
        again = list(self.jobs)
        self.stop()
        return [(seq, failure)], again

    def _exit_code(self) -> int | None:
        if self.process is None:
            return None
        self.process.join(2)
        code: int | None = self.process.exitcode
        return code

    def stop(self) -> None:
        self.jobs.clear()
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self.process is not None:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(5)
            self.process = None


def run_pool(items: Iterator[Item], *, jobs: int, ordered: bool, limits: Limits,
             registry: Registry | None) -> Generator[Done | Skipped, None, None]:
    """Parse every :class:`Input` of ``items`` on ``jobs`` worker processes; yield a
    :class:`Done` per input (and pass :class:`Done`/:class:`Skipped` items through), in input
    order when ``ordered``. At most ``4 * jobs`` inputs are in flight or waiting for their
    turn, so memory stays flat however many inputs there are. A worker that is stopped (time
    budget) or dies gives its first job an error record; its queued job goes to a fresh one."""
    context = multiprocessing.get_context(start_method())
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["newsparse.pool"])
    workers = [_Worker(context, limits, registry) for _ in range(jobs)]
    budget = limits.time_budget
    window = 4 * jobs
    waiting: dict[int, Done | Skipped] = {}
    inputs: dict[int, Input] = {}
    pending: deque[int] = deque()  # seqs in input order, not yet yielded
    next_seq = 0
    reader = Prefetch(items, window)
    retry: deque[tuple[int, Input]] = deque()  # jobs of a stopped worker, not yet parsed
    try:
        while True:
            while room := [w for w in workers if len(w.jobs) < DEPTH]:
                worker = min(room, key=lambda w: len(w.jobs))
                if retry:
                    seq, job = retry.popleft()
                else:
                    item = reader.take() if len(pending) < window else None
                    if item is None:
                        break
                    seq, next_seq = next_seq, next_seq + 1
                    pending.append(seq)
                    if not isinstance(item, Input):
                        waiting[seq] = item
                        continue
                    inputs[seq] = job = item
                crashed = worker.send(seq, job, budget)
                if crashed is not None:
                    waiting[seq] = Done(inputs.pop(seq), crashed)
            while pending and (pending[0] in waiting or not ordered):
                ready = [s for s in pending if s in waiting] if not ordered else [pending[0]]
                if not ready:
                    break
                for seq in ready:
                    pending.remove(seq)
                    yield waiting.pop(seq)
            busy = [w for w in workers if w.jobs]
            if not busy and reader.exhausted and not pending and not retry:
                return
            more = not reader.exhausted and len(pending) < window and any(
                len(w.jobs) < DEPTH for w in workers)
            deadline = min([w.deadline for w in busy], default=float("inf"))
            timeout = max(0.0, deadline - time.monotonic())
            sources: list[Connection | int] = [w.conn for w in busy if w.conn is not None]
            if more:
                sources.append(reader.fileno())
            if not sources:
                continue
            ready_conns = wait(sources, None if timeout == float("inf") else timeout)
            for worker in busy:
                if worker.conn in ready_conns:
                    results, again = worker.receive(budget)
                elif worker.jobs and time.monotonic() >= worker.deadline:
                    results, again = worker.expire(budget or 0.0)
                else:
                    continue
                for seq, result in results:
                    waiting[seq] = Done(inputs.pop(seq), result)
                retry.extend(again)
    finally:
        reader.close()
        for worker in workers:
            worker.stop()
