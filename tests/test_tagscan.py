"""The cheap first test of the attribute count (newsparse.tagscan._suspects and _cleared) never
clears markup that the exact walk refuses, and it clears ordinary pages without the walk."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsparse import tagscan

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

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


class _Quotes:
    """The quote state of the earlier form of ``_suspects`` (an object per page, a dict per
    quote kind): kept here to hold the one-loop form to it."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.seen = 0
        self.opens = {b'"': False, b"'": False}

    def may_be_inside(self, gt: int) -> bool:
        data = self.data
        for quote in self.opens:
            last = data.rfind(quote, self.seen, gt)
            if last >= 0:
                before = last - 1
                while before >= 0 and data[before] in b"\t\n\f\r ":
                    before -= 1
                self.opens[quote] = before >= 0 and data[before] == ord("=")
        self.seen = gt
        return self.opens[b'"'] or self.opens[b"'"]

    def next_outside(self, start: int, end: int) -> int:
        data = self.data
        gt = data.find(b">", start, end)
        while gt >= 0 and self.may_be_inside(gt):
            skip = gt + 1
            for quote, opens in self.opens.items():
                if opens:
                    close = data.find(quote, gt)
                    skip = max(skip, len(data) if close < 0 else close)
            gt = data.find(b">", skip, end)
        return gt


def _earlier_suspects(data: bytes, limit: int) -> list[bytes]:
    """``tagscan._suspects`` as it was written before it became one loop (85a57c1)."""
    size, span = len(data), 2 * limit + 2
    quotes = _Quotes(data)
    found: list[bytes] = []
    outside = 0
    while size - outside > span:
        gt = data.rfind(b">", max(outside, quotes.seen), outside + span)
        if gt >= 0 and not quotes.may_be_inside(gt):
            outside = gt + 1
            continue
        start = outside
        end = quotes.next_outside(max(outside + span, quotes.seen + 1), size)
        end = size if end < 0 else end
        outside = end + 1
        lt = data.find(b"<", start, end)
        tag = tagscan._TAG_START.search(data, lt, end) if lt >= 0 else None
        if tag is not None and end - tag.start() > limit:
            tail = data[tag.start():end]
            if len(tail) - len(tail.translate(None, b"\t\n\f\r /\"'")) > limit:
                found.append(tail)
    return found


_QUOTE_TOKENS = ['"', "'", "=", '="', "='", "= '", '= "', "=\n\t'", ">", ">>", " ", "<a ",
                 "<p>", "x", "\"'", "'\"", " " * 63, "\n" + " " * 64, "=" + " " * 70,
                 "\t" * 130]


@pytest.mark.parametrize("seed", [93, 94])
def test_the_one_loop_form_finds_what_the_earlier_form_found(seed: int) -> None:
    """Seeded soups (the tokens above, and quotes, "=" and ">" thick), shapes that send the
    walk into long stretches, and every fixture page: the same stretches, in the same order."""
    rng = random.Random(seed)
    pages = [p.read_bytes() for p in sorted(FIXTURES.glob("*/*/input.htm*"))]
    soups = [_soup(rng, rng.randint(1, 1500)) for _ in range(300)]
    thick = ["".join(rng.choices(_QUOTE_TOKENS, k=rng.randint(1, 3000))).encode()
             for _ in range(300)]
    shapes = [make(20_000) for make in FIRST_TEST_SHAPES.values()]
    suspected = 0
    for markup, limits in [*((m, (1, 2, 3, 7, 100)) for m in [*soups, *thick]),
                           *((m, (100, 1000)) for m in [*shapes, *pages])]:
        for limit in limits:
            expected = _earlier_suspects(markup, limit)
            assert tagscan._suspects(markup, limit) == expected, (limit, markup[:200])
            suspected += bool(expected)
    assert suspected > 500  # the stretch path was exercised, not only the cleared one
