"""The plugin's fixture cases, checked with the harness newsparse uses for its own adapters."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsparse_taipeitimes import TaipeiTimes

from newsparse.testing import FixtureCase, fixture_cases, registry_with

CASES = fixture_cases(Path(__file__).resolve().parent.parent / "fixtures")


def test_there_are_cases() -> None:
    assert CASES, "no fixtures/<site>/<case>/meta.json found"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture(case: FixtureCase) -> None:
    case.check(registry_with(TaipeiTimes))
