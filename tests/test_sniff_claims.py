"""Adapter.claims and the registry's one-sniffer path: when a single adapter sniffs a kind of
page, the registry asks it whether it reaches the threshold (NK News stops looking for signs
once they do) instead of its score; the adapter chosen is the one the full scoring chose."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsparse import Adapter, AmbiguousAdapterError, Page, Registry, default_registry
from newsparse.adapters.generic import Generic
from newsparse.adapters.nknews import NKNews, textkind
from newsparse.api import read_page
from newsparse.errors import NewsparseError
from newsparse.registry import SNIFF_THRESHOLD

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)

# Each sign of textkind.sniff, written as a dump shows it (seeded texts hold any subset).
_SIGNS = (
    "North Korea holds a plenum | NK News - North Korea News",
    "NK News Logo",
    "Visit NK News for more",
    "© 2024 Korea Risk Group",
    "The views expressed do not represent the views of NK News.",
    "Chad O'Carroll March 4, 2024\nA line between\nChad O'Carroll March 4, 2024",
    "Featured image: KCNA",
    "Leaders met in Pyongyang | Photo: KCNA",
    "March 5, 2024\nBy Colin Zwirko March 4, 2024",
)
_FILLER = (
    "Pyongyang said on Monday it would hold talks.",
    "NK Pro",
    "NK News",
    "Korea Risk Group",
    "March 4, 2024",
    "By Jeongmin Kim",
    "Featured image",
    "Photo: Reuters",
    "",
)


def _seeded_texts() -> list[str]:
    rng = random.Random(20261202)
    texts = []
    for _ in range(600):
        lines = [rng.choice(_FILLER) for _ in range(rng.randrange(1, 12))]
        for sign in rng.sample(_SIGNS, rng.randrange(len(_SIGNS) + 1)):
            lines.insert(rng.randrange(len(lines) + 1), sign)
        if rng.random() < 0.2:  # (a sign past the head the head-only signs read)
            lines.insert(0, "x" * 4100)
        texts.append("\n".join(lines))
    return texts


def _fixture_pages() -> list[Page]:
    pages = []
    for path in sorted(FIXTURES.glob("*/*/input.*")):
        try:
            pages.append(read_page(path.read_bytes()))
        except NewsparseError:
            continue
    return pages


def _scored_resolution(registry: Registry, page: Page) -> tuple[str, str]:
    """The registry's choice by its full scoring (its only form before `Adapter.claims`)."""
    host = page.host
    if host:
        by_url = registry.by_host(host, page.kind)
        if by_url is not None:
            return by_url.name, "url"
    scores = [(e.adapter.sniff(page), e.adapter) for e in registry if page.kind in e.adapter.kinds]
    top = max((score for score, _ in scores), default=0.0)
    if top >= SNIFF_THRESHOLD:
        best = [cls for score, cls in scores if score == top]
        return ("(tie)", "sniff") if len(best) > 1 else (best[0].name, "sniff")
    return "generic", "fallback"


def _resolution(registry: Registry, page: Page) -> tuple[str, str]:
    try:
        chosen = registry.resolve(page)
    except AmbiguousAdapterError:
        return "(tie)", "sniff"
    return chosen.adapter.name, chosen.rule


def test_the_default_registry_has_one_sniffer_for_each_kind() -> None:
    registry = default_registry()
    for kind in ("html", "text"):
        assert registry._sniffing(kind) == (NKNews,)


@pytest.mark.parametrize("page", _fixture_pages(), ids=lambda page: page.kind)
def test_fixture_pages_are_claimed_as_scored(page: Page) -> None:
    score = NKNews.sniff(page)
    assert [NKNews.claims(page, t) for t in _THRESHOLDS] == [score >= t for t in _THRESHOLDS]
    registry = default_registry()
    assert _resolution(registry, page) == _scored_resolution(registry, page)


def test_seeded_texts_are_claimed_as_scored() -> None:
    registry = default_registry()
    scores = set()
    for text in _seeded_texts():
        page = Page(text)
        score = NKNews.sniff(page)
        scores.add(score)
        claimed = [textkind.claims(page, t) for t in _THRESHOLDS]
        assert claimed == [score >= t for t in _THRESHOLDS], text
        assert _resolution(registry, page) == _scored_resolution(registry, page), text
    assert len(scores) >= 8  # (the seeds reach many scores, on both sides of the threshold)
    assert min(scores) < SNIFF_THRESHOLD <= max(scores)


class _Half(Adapter):
    name = "half"
    kinds = frozenset({"text"})

    @classmethod
    def sniff(cls, page: Page) -> float:
        return 0.5 if "HALF" in page.text else 0.4


class _Also(_Half):  # (inherits a sniff: it sniffs too)
    name = "also"


def test_a_lone_sniffer_is_asked_its_claim_and_two_are_scored() -> None:
    lone = Registry([Generic, _Half])
    assert lone._sniffing("text") == (_Half,) and lone._sniffing("html") == ()
    assert lone.resolve(Page("HALF")).adapter is _Half
    assert lone.resolve(Page("half")).rule == "fallback"
    lone.add(_Also)  # (the sniffers are found again once an adapter is added)
    with pytest.raises(AmbiguousAdapterError):
        lone.resolve(Page("HALF"))
