"""The cheap first test of the attribute count (newsparse.tagscan._suspects and _cleared) never
clears markup that the exact walk refuses, and it clears ordinary pages without the walk."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest

from newsparse import tagscan

_TOKENS = [
    "<div", "<p", "<a", "<script", "<style", "</script>", "</style", "<!--", "-->", "--!>",
    "<!", "<?", "</", "</p", " ", "\n", "/", "=", '"', "'", ">", "<", "a", "b", "c", "x1",
    '="v"', "='v'", '=">"', "=v", 'x"y', '="', "<title>", "</title>", "<textarea>",
    "<plaintext>", "<noscript>", "<xmp>", "</xmp>", "<iframe>", "<svg>", "<![CDATA[", "]]>",
    "<!-->", "<!---->", '</x a=">">', '<!DOCTYPE ">', "<SCRIPT", "</SCRIPT", "<style/>", "\t",
    "='>'", "= '", '= "', "x=>", "<b ", " z", "/z", " k", " k=1", ' q=">"', " w='>'", "a<b",
]


def _soup(rng: random.Random, size: int) -> bytes:
    weights = [rng.random() for _ in _TOKENS]
    return "".join(rng.choices(_TOKENS, weights, k=size)).encode()


@pytest.mark.parametrize(("seed", "sizes", "limits"), [
    (91, (1, 200), (1, 2, 3, 5)),  # small soups: many refused, some cleared
    (92, (50, 3000), (2, 10, 100, 1000)),  # large soups: many cleared by the first test
])
def test_the_first_test_never_clears_what_the_walk_refuses(
    seed: int, sizes: tuple[int, int], limits: tuple[int, ...]
) -> None:
    rng = random.Random(seed)
    refused = cleared = 0
    for _ in range(600):
        markup = _soup(rng, rng.randint(*sizes))
        for limit in limits:
            exact = tagscan._walk_exceeds(markup, limit)
            assert tagscan.too_many_attributes(markup, limit) == exact, (limit, markup)
            refused += exact
            cleared += not tagscan._suspects(markup, limit)
    assert refused and cleared  # both sides were exercised


def test_a_tag_over_the_limit_is_found_across_quoted_gt() -> None:
    many = b" ".join(b'a%d=">"' % i for i in range(1001))
    assert tagscan._suspects(b"<p>x</p><i " + many + b">y", 1000)
    assert tagscan.too_many_attributes(b"<p>x</p><i " + many + b">y", 1000)
    fewer = b" ".join(b'a%d=">"' % i for i in range(1000))
    assert not tagscan.too_many_attributes(b"<p>x</p><i " + fewer + b">y", 1000)


def test_ordinary_markup_is_cleared_without_the_walk() -> None:
    words = " ".join(f"w{i}" for i in range(3000))
    page = (f'<html><head><script>var a = "{words}";</script></head><body>'
            f'<p class="x" title="1 > 0">{words}</p><img src="a.png" alt="b"></body></html>')
    assert not tagscan._suspects(page.encode(), 1000)


FIRST_TEST_SHAPES: dict[str, Callable[[int], bytes]] = {
    "a quote that may open, then many >": lambda n: b"<a x='" + b"<b>" * (n // 3),
    "values ending in =": lambda n: b'<a href="?a=" title="b=">x</a>' * (n // 30),
    "white space before quotes": lambda n: (b"<a x=" + b" " * 500 + b'"v">') * (n // 507),
    "quoted > in every tag": lambda n: b'<i a=">" b=\'>\'>' * (n // 16),
    "long tags of 999": lambda n: (b"<i " + b" ".join(b"a%d" % i for i in range(999))
                                   + b">") * (n // 4880),
}


def _cpu(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("shape", sorted(FIRST_TEST_SHAPES))
def test_the_attribute_count_grows_linearly(shape: str) -> None:
    small, large = FIRST_TEST_SHAPES[shape](50_000), FIRST_TEST_SHAPES[shape](200_000)
    assert not tagscan.too_many_attributes(small, 1000)
    ratio = _cpu(lambda: tagscan.too_many_attributes(large, 1000)) / max(
        _cpu(lambda: tagscan.too_many_attributes(small, 1000)), 1e-3)
    assert ratio <= 8, f"{shape}: 4x the markup took {ratio:.1f}x the time"
