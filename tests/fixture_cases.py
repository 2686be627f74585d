"""Discovering the built-in fixture cases: newsparse's own harness (:mod:`newsparse.testing`),
the one plugin authors use too."""

from __future__ import annotations

from pathlib import Path

from newsparse.testing import FixtureCase as Case
from newsparse.testing import fixture_cases

ROOT = Path(__file__).resolve().parent.parent / "fixtures"

__all__ = ["ROOT", "Case", "cases"]


def cases() -> list[Case]:
    """Every ``fixtures/*/*/`` case."""
    return fixture_cases(ROOT)
