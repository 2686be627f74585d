"""Shared pytest options: ``--regen`` rewrites fixtures' expected.json for review in git diff.

Publisher pages (fixtures that ``fixture_cases.is_publisher_page`` names, and the seed in
``seeds/``) are not shipped in the sdist; a test that fails only because such a page is absent is
reported as skipped, with the reason, instead of failed.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Generator
from pathlib import Path

import pytest
from fixture_cases import is_publisher_page

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


_NAMED = re.compile(r"(?:fixtures/[\w.-]+/[\w.-]+|seeds/[\w.-]+)")


def _missing_publisher_page(error: BaseException | None) -> Path | None:
    """A missing publisher page that the error (or one it came from) names."""
    seen = 0
    while error is not None and seen < 10:
        names = [getattr(error, "filename", None), getattr(error, "source", None)]
        names += [ROOT / found for found in _NAMED.findall(str(error))]
        for name in names:
            if (
                isinstance(name, str | Path) and name and not Path(name).exists()
                and publisher_page(Path(name))
            ):
                return Path(name)
            if isinstance(name, Path) and name.is_dir() and not any(name.glob("input.*")) \
                    and publisher_page(name):
                return name
        error = error.__cause__ or error.__context__
        seen += 1
    return None


def _absent_pages_named_in(item: pytest.Item) -> Path | None:
    """A missing publisher page that the failed test's own code names (the seed, a case)."""
    function = getattr(item, "function", None)
    if function is None:
        return None
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return None
    if "seeds" in source and not (ROOT / "seeds").exists():
        return ROOT / "seeds"
    for global_name in function.__code__.co_names:  # module constants such as SEED = Path(...)
        value = function.__globals__.get(global_name)
        if isinstance(value, Path) and not value.exists() and publisher_page(value):
            return value
    for meta in (ROOT / "fixtures").glob("*/*/meta.json"):
        case = meta.parent
        if case.name in source and not any(case.glob("input.*")) and publisher_page(meta):
            return case
    return None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]  # pluggy's result object
    if report.failed and call.excinfo is not None:
        missing = _missing_publisher_page(call.excinfo.value) or _absent_pages_named_in(item)
        if missing is not None:
            report.outcome = "skipped"
            report.longrepr = (
                str(item.path), item.location[1] or 0,
                f"Skipped: publisher page not shipped in the sdist: {missing}",
            )
