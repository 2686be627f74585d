"""Reading a batch's inputs on a thread, so that a slow input (a pipe, a manifest that grows)
never holds back results that are already done, and reading overlaps parsing."""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Iterator
from typing import Generic, TypeVar

__all__ = ["Prefetch"]

T = TypeVar("T")
_END = object()


class Prefetch(Generic[T]):
    """Pulls items from ``items`` on a daemon thread into a queue of at most ``size``.

    :meth:`take` never blocks; :attr:`fileno` becomes readable when an item (or the end, or an
    error) has arrived, so it can be waited on beside pipes; :meth:`close` stops the thread.
    An exception raised by ``items`` is raised again by :meth:`take`.
    """

    def __init__(self, items: Iterator[T], size: int) -> None:
        self.items = items
        self.queue: queue.Queue[object] = queue.Queue(size)
        self.wake_r, self.wake_w = os.pipe()
        os.set_blocking(self.wake_r, False)
        self.stopping = threading.Event()
        self.exhausted = False
        self.thread = threading.Thread(target=self._run, name="newsparse-inputs", daemon=True)
        self.thread.start()

    def fileno(self) -> int:
        """The wake-up pipe's read end (for :func:`multiprocessing.connection.wait`)."""
        return self.wake_r

    def _put(self, value: object) -> bool:
        while not self.stopping.is_set():
            try:
                self.queue.put(value, timeout=0.1)
            except queue.Full:
                continue
            with contextlib.suppress(OSError):
                os.write(self.wake_w, b"x")
            return True
        return False

    def _run(self) -> None:
        try:
            for item in self.items:
                if not self._put(item):
                    return
            self._put(_END)
        except BaseException as exc:  # noqa: BLE001 - handed to the batch's own thread
            self._put(exc)

    def take(self) -> T | None:
        """The next item if one is ready, else ``None`` (see :attr:`exhausted` for the end)."""
        if self.exhausted:
            return None
        with contextlib.suppress(OSError):
            os.read(self.wake_r, 65536)
        try:
            value = self.queue.get_nowait()
        except queue.Empty:
            return None
        if not self.queue.empty():
            # the wake-ups of the items still queued were drained above with this one's: wake
            # again, or a caller that does not take them now would wait on a silent pipe
            with contextlib.suppress(OSError):
                os.write(self.wake_w, b"x")
        if value is _END:
            self.exhausted = True
            return None
        if isinstance(value, BaseException):
            self.exhausted = True
            raise value
        return value  # type: ignore[return-value]  # anything else came from items

    def close(self) -> None:
        """Stop the thread; its pipe is closed once it has ended (a thread still blocked in
        reading an input keeps its two descriptors until then)."""
        self.stopping.set()
        self.thread.join(0.5)
        if not self.thread.is_alive():
            for fd in (self.wake_r, self.wake_w):
                with contextlib.suppress(OSError):
                    os.close(fd)
