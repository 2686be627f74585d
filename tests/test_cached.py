"""`newsparse.cached.cached_property` behaves as `functools.cached_property` (without its
lock): computed on first read, once per instance, kept in the instance's ``__dict__``."""

from __future__ import annotations

import functools
import random

import pytest

from newsparse.cached import cached_property
from newsparse.extract.analysis import Analysis
from newsparse.page import Page


def _classes() -> tuple[type, type]:
    def make(decorator: type) -> type:
        class Counted:
            def __init__(self, seed: int) -> None:
                self.seed = seed
                self.calls = 0

            @decorator
            def value(self) -> int:
                self.calls += 1
                if self.seed % 7 == 0:
                    raise ValueError(self.seed)
                return self.seed * 2

        return Counted

    return make(functools.cached_property), make(cached_property)


@pytest.mark.parametrize("seed", range(10))
def test_reads_as_functools_does(seed: int) -> None:
    old_class, new_class = _classes()
    rng = random.Random(seed)
    values = [rng.randint(0, 100) for _ in range(30)]
    olds, news = [old_class(v) for v in values], [new_class(v) for v in values]
    for _ in range(200):
        index = rng.randrange(len(values))
        results = []
        for obj in (olds[index], news[index]):
            try:
                results.append(("value", obj.value))
            except ValueError as exc:
                results.append(("error", exc.args))
        assert results[0] == results[1]
        assert olds[index].calls == news[index].calls
        assert olds[index].__dict__ == news[index].__dict__


def test_is_a_functools_cached_property_on_the_page_and_its_analysis() -> None:
    assert isinstance(Analysis.__dict__["text_map"], functools.cached_property)
    assert isinstance(Analysis.__dict__["text_map"], cached_property)
    assert isinstance(Page.__dict__["tree"], cached_property)
    page = Page("<html><body><h1>A</h1><p>Some text.</p></body></html>", kind="html")
    tree = page.tree
    assert page.__dict__["tree"] is tree and page.tree is tree
    assert Page.tree is Page.__dict__["tree"]  # (read on the class: the descriptor)


def test_needs_a_name() -> None:
    prop = cached_property(lambda self: 1)
    with pytest.raises(TypeError):
        prop.__get__(object())
