"""The listing check stops counting at an article's first long paragraph: it gives what the
full count (`listing.shape_of`, read by the rule as first written) gives, on seeded random
candidate blocks of listings, articles and their mixtures."""

from __future__ import annotations

import random

import pytest

from newsparse.extract.body import listing
from newsparse.extract.body.blocks import Raw
from newsparse.extract.body.treetext import weight


def _reason_in_full(raws: list[Raw]) -> str | None:
    """The rule as first written: every block counted, then the thresholds."""
    shape = listing.shape_of(raws)
    if shape.teasers < listing._MIN_TEASERS or shape.longest >= listing._LONG_PARAGRAPH:
        return None
    free = shape.paragraphs - shape.captioned
    if free > max(listing._FEW, listing._FREE_SHARE * shape.paragraphs):
        return None
    return (
        f"the main text is a list of {shape.teasers} linked headlines with "
        f"{shape.paragraphs} short paragraphs (a section front or listing)"
    )


def _shape_in_full(raws: list[Raw]) -> tuple[int, int, int, int, int]:
    """The counts one block at a time, with Raw's own link density."""
    teasers = paragraphs = longest = prose = captioned = 0
    after = False
    for raw in raws:
        size = weight(raw.text)
        if size < listing._TEASER_WEIGHT:
            continue
        if raw.link_density > listing.LINK_DENSITY:
            teasers, after = teasers + 1, True
            continue
        item = raw.kind == "list_item" and (after or size >= listing._PROSE_ITEM)
        if raw.kind in ("paragraph", "quote") or item:
            paragraphs += 1
            longest = max(longest, size)
            prose += size
            captioned += after
        after = False
    return teasers, paragraphs, longest, prose, captioned


_WORDS = ["budget", "talks", "résumé", "中文", "Монday", "a", "the", "  ", "\n", "\t"]


def _raw(rng: random.Random) -> Raw:
    kind = rng.choice(["paragraph", "quote", "list_item", "heading", "title", "caption"])
    size = rng.choice([1, 5, 14, 15, 16, 60, 99, 100, 101, 150, 399, 400, 401, 900])
    text = ""
    while weight(text) < size:
        text += rng.choice(_WORDS) + " "
    total = weight(text)
    edge = int(total * listing.LINK_DENSITY)  # links at the density threshold and either side
    links = rng.choice([0, 0, total, total // 2, total // 4 + 1, 1, total * 2, edge, edge + 1,
                        edge - 1])
    return Raw(kind, text, links, rng.choice(["p", "h2", "li", "div"]))


def _listing(rng: random.Random, raws: list[Raw]) -> list[Raw]:
    """A listing's blocks: linked headlines with short summaries, long blocks that are no
    prose (a heading, a caption, a link list), now and then a long paragraph."""
    out = [r for r in raws[: rng.randint(0, 4)] if weight(r.text) < listing._LONG_PARAGRAPH]
    for _ in range(rng.randint(4, 14)):
        head = "Headline about the budget talks " + str(rng.random())
        at = rng.randint(0, len(out))
        out[at:at] = [Raw("paragraph", head, weight(head), "h2"),
                      Raw(rng.choice(["paragraph", "list_item"]), "Short summary of it.", 0, "p")]
    for _ in range(rng.randint(0, 3)):
        long = "word " * 120
        kind = rng.choice(["heading", "caption", "title", "paragraph", "list_item"])
        links = rng.choice([0, weight(long)])
        out.insert(rng.randint(0, len(out)), Raw(kind, long, links, "div"))
    return out


@pytest.mark.parametrize("seed", range(90))
def test_listing_reason_equals_the_full_count(seed: int) -> None:
    rng = random.Random(seed)
    raws = [_raw(rng) for _ in range(rng.randint(0, 60))]
    if seed % 3 == 0:
        raws = _listing(rng, raws)
    assert listing._shape(raws, stop_at_long=False) == listing.Shape(*_shape_in_full(raws))
    assert listing.shape_of(raws) == listing.Shape(*_shape_in_full(raws))
    assert listing.listing_reason(raws) == _reason_in_full(raws)


def test_the_seeds_cover_both_answers() -> None:
    answers: set[object] = set()
    listings = 0
    for seed in range(90):
        rng = random.Random(seed)
        raws = [_raw(rng) for _ in range(rng.randint(0, 60))]
        if seed % 3 == 0:
            raws = _listing(rng, raws)
        answers.add(_reason_in_full(raws) is None)
        listings += _reason_in_full(raws) is not None
        answers.add(("stopped", listing._shape(raws, stop_at_long=True) is None))
    assert answers == {True, False, ("stopped", True), ("stopped", False)}
    assert listings > 10
