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
import signal
import sys
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
    """A worker's loop: receive ``(seq, Input)``, answer ``(seq, Article | Failure)``."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)  # never hold the batch's stdout: a pipeline ends when the parent does
    conn.send_bytes(_READY)
    while True:
        try:
            seq, item = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):
            return
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


class _Worker:
    def __init__(self, context: Any, limits: Limits, registry: Registry | None) -> None:
        self.context, self.limits, self.registry = context, limits, registry
        self.process: Any = None
        self.conn: Connection | None = None
        self.job: tuple[int, Input] | None = None
        self.deadline = float("inf")
        self.start_error = ""

    def _start(self) -> bool:
        """Start a worker and wait until it is ready, so that its start-up time is not
        counted in the first page's budget."""
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=serve, args=(child, self.limits, self.registry), daemon=True)
        try:
            with _main_module_hidden():
                process.start()
        except (OSError, RuntimeError) as exc:
            self.start_error = f"{type(exc).__name__}: {exc}"
            parent.close()
            return False
        finally:
            child.close()  # only the worker holds its end: EOF reaches us when it dies
        self.process = process
        self.conn = parent
        try:
            return bool(parent.poll(_START_TIMEOUT)) and parent.recv_bytes() == _READY
        except (EOFError, OSError):
            return False

    def send(self, seq: int, item: Input, budget: float | None) -> Failure | None:
        self.job = (seq, item)
        if self.conn is None and not self._start():
            return self.died()
        self.deadline = time.monotonic() + budget if budget is not None else float("inf")
        assert self.conn is not None
        try:
            self.conn.send_bytes(pickle.dumps((seq, item), pickle.HIGHEST_PROTOCOL))
        except OSError:
            return self.died()
        return None

    def receive(self) -> tuple[int, Article | Failure]:
        assert self.conn is not None and self.job is not None
        seq, item = self.job
        try:
            data = self.conn.recv_bytes()
        except (EOFError, OSError):
            return seq, self.died()
        self.job = None
        try:
            got_seq, result = pickle.loads(data)
            if got_seq != seq:
                raise ValueError(f"answer for job {got_seq}, expected {seq}")
        except Exception as exc:  # noqa: BLE001 - nothing per result may escape the batch
            return seq, failure_of(item, exc)
        return seq, result

    def died(self) -> Failure:
        assert self.job is not None
        item = self.job[1]
        if self.start_error:
            self.stop()
            return Failure(item.id, "WorkerCrashError",
                           f"{item.id}: the parser process could not start ({self.start_error})",
                           None, item.url)
        code = None
        if self.process is not None:
            self.process.join(2)
            code = self.process.exitcode
        self.stop()
        return _death(item, code)

    def stop(self) -> None:
        self.job = None
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
    turn, so memory stays flat however many inputs there are."""
    context = multiprocessing.get_context(start_method())
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["newsparse.pool"])
    workers = [_Worker(context, limits, registry) for _ in range(jobs)]
    budget = limits.time_budget
    window = 4 * jobs
    waiting: dict[int, Done | Skipped] = {}
    inputs: dict[int, Input] = {}
    queue: deque[int] = deque()  # seqs in input order, not yet yielded
    next_seq = 0
    reader = Prefetch(items, window)
    try:
        while True:
            idle = [w for w in workers if w.job is None]
            while idle and len(queue) < window:
                item = reader.take()
                if item is None:
                    break
                seq, next_seq = next_seq, next_seq + 1
                queue.append(seq)
                if not isinstance(item, Input):
                    waiting[seq] = item
                    continue
                inputs[seq] = item
                worker = idle.pop()
                crashed = worker.send(seq, item, budget)
                if crashed is not None:
                    waiting[seq] = Done(inputs.pop(seq), crashed)
            while queue and (queue[0] in waiting or not ordered):
                ready = [s for s in queue if s in waiting] if not ordered else [queue[0]]
                if not ready:
                    break
                for seq in ready:
                    queue.remove(seq)
                    yield waiting.pop(seq)
            busy = [w for w in workers if w.job is not None]
            if not busy and reader.exhausted and not queue:
                return
            more = not reader.exhausted and len(busy) < jobs and len(queue) < window
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
                    seq, result = worker.receive()
                    waiting[seq] = Done(inputs.pop(seq), result)
                elif time.monotonic() >= worker.deadline and worker.job is not None:
                    seq, item = worker.job
                    worker.stop()
                    waiting[seq] = Done(inputs.pop(seq), over_budget(item, budget or 0.0))
    finally:
        reader.close()
        for worker in workers:
            worker.stop()
