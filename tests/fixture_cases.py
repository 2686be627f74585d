"""Discovering the built-in fixture cases: newsparse's own harness (:mod:`newsparse.testing`),
the one plugin authors use too."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsparse.testing import FixtureCase as Case
from newsparse.testing import fixture_cases

ROOT = Path(__file__).resolve().parent.parent / "fixtures"

__all__ = ["ROOT", "Case", "cases", "is_publisher_page"]


def cases() -> list[Case]:
    """Every ``fixtures/*/*/`` case."""
    return fixture_cases(ROOT)


_REFERENCE = re.compile(r"fixtures/([\w.-]+/[\w.-]+)")


def is_publisher_page(case: Path, _seen: frozenset[Path] = frozenset()) -> bool:
    """Whether a case's input is a publisher's content, from its meta.json ``source``.

    ``constructed ...`` is ours; ``real: ...`` and ``derived from the seed ...`` are the
    publisher's; a page a real tool made from another fixture (``real tool: lynx ... on
    fixtures/SITE/CASE``) is whatever that fixture is, unless the source says the page itself was
    constructed first. Any other source counts as the publisher's (the safe side). The sdist
    leaves these pages out (docs/releasing.md) and their tests skip.
    """
    meta = case / "meta.json"
    source = str(json.loads(meta.read_text(encoding="utf-8")).get("source", "")).strip()
    if source.startswith("constructed"):
        return False
    if source.startswith(("real:", "derived from the seed")):
        return True
    reference = _REFERENCE.search(source)
    if reference is not None:
        if "constructed" in source[: reference.start()]:
            return False
        other = ROOT / reference.group(1)
        if (other / "meta.json").exists() and other not in _seen and other != case:
            return is_publisher_page(other, _seen | {case})
    return True
