"""The batch's input reader: its wake-up pipe is readable whenever an item waits in its queue."""

from __future__ import annotations

import select

from newsparse.prefetch import Prefetch


def _readable(reader: Prefetch[int]) -> bool:
    ready, _, _ = select.select([reader.fileno()], [], [], 0)
    return bool(ready)


def test_items_left_after_a_take_keep_the_pipe_readable() -> None:
    # The pool takes one item, may stop taking (its window is full), and later waits on the
    # pipe: the items still queued (here the last one and the end) must wake it. Before the
    # fix, take() drained every wake-up byte and the batch hung forever on the end marker.
    reader = Prefetch(iter([1, 2]), 8)
    reader.thread.join(5)  # every item and the end are queued, their bytes written
    assert not reader.thread.is_alive()
    try:
        assert reader.take() == 1
        assert _readable(reader)
        assert reader.take() == 2
        assert _readable(reader)  # the end is still queued
        assert reader.take() is None and reader.exhausted
    finally:
        reader.close()


def test_an_empty_queue_after_a_take_leaves_no_stale_wake_up() -> None:
    reader = Prefetch(iter([7]), 8)
    reader.thread.join(5)
    try:
        assert reader.take() == 7
        assert reader.take() is None and reader.exhausted
        assert reader.take() is None
    finally:
        reader.close()
