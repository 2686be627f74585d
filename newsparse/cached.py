"""``cached_property`` without a lock: a value computed on first use and kept on the instance.

:class:`functools.cached_property` in Python 3.10 and 3.11 takes a lock, shared by every
instance, on each first use (3.12 dropped it: it serialised unrelated instances and never
made the computation run once per instance across threads). A parse reads about twenty
shared analyses and page views once each, all in one thread, on objects it made: the lock
cost about a microsecond a time, a visible share of a small page's parse. This subclass
computes the value and stores it in the instance's ``__dict__`` under the attribute's name,
as the base class does; later reads find it there and never call the descriptor. It is still
a :class:`functools.cached_property` (``func``, ``attrname``, ``isinstance``), so tools that
wrap the analyses' stages keep working.
"""

from __future__ import annotations

import functools
from typing import Any, TypeVar, overload

__all__ = ["cached_property"]

T = TypeVar("T")


class cached_property(functools.cached_property[T]):
    """:class:`functools.cached_property` without its lock (see the module docstring)."""

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> cached_property[T]: ...

    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> T: ...

    def __get__(
        self, instance: object | None, owner: type[Any] | None = None
    ) -> cached_property[T] | T:
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("cannot use a cached_property without calling __set_name__ on it")
        value: T = self.func(instance)
        instance.__dict__[name] = value
        return value
