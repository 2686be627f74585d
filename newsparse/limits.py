"""Resource limits applied to every input; exceeding one raises :class:`LimitExceededError`."""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_LIMITS", "Limits"]


@attrs.frozen
class Limits:
    """Safe ceilings for one page.

    ``max_input_bytes``: raw bytes read from a file, stdin or given as ``bytes``/``str``.
    ``max_decompressed_bytes``: bytes a ``.gz`` input may expand to.
    ``max_nodes``: elements in the parsed HTML tree.
    ``max_depth``: nesting depth of the parsed HTML tree.
    ``time_budget``: seconds one page may take in batch mode (``None`` for no budget).
    """

    max_input_bytes: int = 32 * 1024 * 1024
    max_decompressed_bytes: int = 64 * 1024 * 1024
    max_nodes: int = 400_000
    max_depth: int = 1_000
    time_budget: float | None = 30.0


DEFAULT_LIMITS = Limits()
