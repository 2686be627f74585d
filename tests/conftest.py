"""Shared pytest options: ``--regen`` rewrites fixtures' expected.json for review in git diff."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen",
        action="store_true",
        help="rewrite fixtures/*/*/expected.json from the current output (review with git diff)",
    )


@pytest.fixture
def regen(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen"))
