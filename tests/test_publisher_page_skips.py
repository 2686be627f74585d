"""The explicit skips for publisher pages the sdist leaves out (tests/conftest.py): only an
absent publisher page skips; anything else missing fails its test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, absent, publisher_page, skip_unless_present
from fixture_cases import cases, is_publisher_page


def test_an_absent_publisher_page_skips() -> None:
    with pytest.raises(pytest.skip.Exception, match="not shipped in the sdist"):
        skip_unless_present(ROOT / "seeds" / "no-such-seed.txt")


def test_a_missing_page_of_our_own_does_not_skip(tmp_path: Path) -> None:
    ours = next(c.path for c in cases() if not is_publisher_page(c.path))
    assert not publisher_page(ours) and not absent(ours)
    skip_unless_present(ours, tmp_path / "missing.html")  # returns: the test goes on (and fails)
    assert absent(tmp_path / "missing.html")


def test_a_case_folder_without_its_input_is_absent(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text("{}", encoding="utf-8")
    assert absent(tmp_path)
    (tmp_path / "input.html").write_text("<p>x</p>", encoding="utf-8")
    assert not absent(tmp_path)


@pytest.mark.publisher_page("seeds/000_41a78fc8105380e5.txt")
def test_the_marker_runs_the_test_when_the_page_is_here() -> None:
    assert (ROOT / "seeds" / "000_41a78fc8105380e5.txt").exists()
