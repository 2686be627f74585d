"""The exceptions newsparse raises; every one derives from `NewsparseError`."""

from __future__ import annotations

__all__ = [
    "AdapterNotFoundError",
    "AmbiguousAdapterError",
    "LimitExceededError",
    "NewsparseError",
    "NotAnArticleError",
    "UnsupportedInputError",
]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose.

    ``source`` names the input (a path, ``<bytes>``, ``<str>`` or ``<stdin>``) and ``reason`` says
    what was wrong with it; ``str(error)`` joins the two.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class UnsupportedInputError(NewsparseError):
    """The input cannot be read as a page: empty, binary, undecodable or unreadable."""


class LimitExceededError(UnsupportedInputError):
    """The input exceeds one of the configured `Limits`.

    ``limit`` is the name of the `Limits` field, ``value`` what the input
    reached (``None`` when only "more than ``maximum``" is known) and ``maximum`` the ceiling.
    """

    def __init__(
        self,
        source: str,
        limit: str,
        value: int | float | None,
        maximum: int | float,
        note: str = "",
    ) -> None:
        self.limit = limit
        self.value = value
        self.maximum = maximum
        reached = f"is {value}, above" if value is not None else "exceeds"
        flag = "--time-budget SECONDS" if limit == "time_budget" else f"--limit {limit}=N"
        super().__init__(
            source,
            f"{limit} {reached} the limit of {maximum}{note}; "
            f"raise it with Limits({limit}=...) or {flag}",
        )


class NotAnArticleError(NewsparseError):
    """The page is readable but is not one article (a listing, tag, author page or digest)."""


class AdapterNotFoundError(NewsparseError):
    """No adapter of the requested name is registered."""


class AmbiguousAdapterError(NewsparseError):
    """Several adapters claim the page equally strongly; name one with ``adapter=``."""
