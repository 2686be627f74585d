"""Shared pytest options: ``--regen`` rewrites fixtures' expected.json for review in git diff.

Publisher pages (fixtures that ``fixture_cases.is_publisher_page`` names, and the seed in
``seeds/``) are not shipped in the sdist. A test that reads one says so before it runs, with the
``publisher_page`` marker (``@pytest.mark.publisher_page("seeds")``) or, for pages it finds at
run time, :func:`skip_unless_present`; it skips, with the reason, when the page is absent. A
failure is never turned into a skip after the fact.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fixture_cases import is_publisher_page
from hypothesis import settings

# Property tests draw their examples from a fixed seed (derandomize) and keep no example
# database, so a run of the suite cannot fail by chance or depend on an earlier run. A long
# search with fresh random examples is a separate command, not CI's:
# HYPOTHESIS_PROFILE=default pytest tests/test_properties.py tests/test_hostile_round2.py
settings.register_profile("deterministic", derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen",
        action="store_true",
        help="rewrite fixtures/*/*/expected.json from the current output (review with git diff)",
    )


@pytest.fixture
def regen(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen"))


def publisher_page(path: Path) -> bool:
    """Whether ``path`` is (inside) a publisher page the sdist leaves out: the seed, or a fixture
    made from a real page."""
    path = path if path.is_absolute() else (Path.cwd() / path)
    path = path.resolve()
    if path.is_relative_to(ROOT / "seeds"):
        return True
    if not path.is_relative_to(ROOT):
        return False
    parts = path.relative_to(ROOT).parts
    if "fixtures" not in parts:  # fixtures/ or examples/<package>/fixtures/
        return False
    at = parts.index("fixtures")
    case = ROOT.joinpath(*parts[: at + 3])
    if len(parts) < at + 3 or not (case / "meta.json").exists():
        return False
    return is_publisher_page(case)


def absent(path: Path) -> bool:
    """Whether a page is missing here: a file or folder that does not exist, or a fixture case
    folder (one with a meta.json) without its ``input.*``."""
    if (path / "meta.json").exists():
        return not any(path.glob("input.*"))
    return not path.exists()


def every_page_shipped(fixtures: Path) -> bool:
    """Whether every fixture case under ``fixtures`` has its page here: true in the repository,
    false in the sdist, which leaves the publisher pages out (tests that count fixture pages
    take a lower floor there)."""
    return not any(absent(case) for case in fixtures.glob("*/*") if (case / "meta.json").exists())


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "publisher_page(*paths): the test reads these publisher pages (fixture case folders or "
        "files under seeds/, relative to the repository); it skips when one is absent (the "
        "sdist leaves them out)",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip a test marked ``publisher_page`` whose page is absent; only publisher pages may be
    named, so a missing page of our own still fails its test."""
    for mark in item.iter_markers("publisher_page"):
        for name in mark.args:
            path = ROOT / name
            if not publisher_page(path):
                pytest.fail(f"publisher_page({name!r}): not a publisher page, so it is always "
                            "shipped and its test must not skip", pytrace=False)
            if absent(path):
                pytest.skip(f"publisher page not shipped in the sdist: {name}")


def skip_unless_present(*paths: Path) -> None:
    """For a test that finds its pages at run time (a fixture case, a page a doc names): skip
    when one of ``paths`` is an absent publisher page."""
    for path in paths:
        if absent(path) and publisher_page(path):
            pytest.skip(f"publisher page not shipped in the sdist: {path.relative_to(ROOT)}")
