"""Release readiness: what the sdist leaves out, extras by purpose, project URLs, the changelog."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fixture_cases import is_publisher_page

ROOT = Path(__file__).resolve().parent.parent
tomllib = pytest.importorskip("tomllib")  # Python 3.11+; the checks read pyproject.toml


def _pyproject() -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data


def _publisher_cases() -> set[str]:
    return {
        meta.parent.relative_to(ROOT).as_posix()
        for meta in [*(ROOT / "fixtures").glob("*/*/meta.json"),
                     *(ROOT / "examples").glob("*/fixtures/*/*/meta.json")]
        if is_publisher_page(meta.parent)
    }


def test_sdist_leaves_out_exactly_the_publisher_pages() -> None:
    sdist = _pyproject()["tool"]["hatch"]["build"]["targets"]["sdist"]
    excluded = {p.removesuffix("/[!m]*") for p in sdist.get("exclude", [])}
    publisher = _publisher_cases()
    assert publisher, "expected some fixtures made from real pages"
    missing = sorted(publisher - excluded)
    extra = sorted(excluded - publisher)
    assert not missing, (
        "fixtures from publisher pages must not ship in the sdist: add "
        + ", ".join(f'"{m}/[!m]*"' for m in missing)
        + " to [tool.hatch.build.targets.sdist] exclude in pyproject.toml (docs/releasing.md)"
    )
    assert not extra, f"remove {extra} from the sdist exclude list: they are constructed or gone"
    assert "seeds" not in sdist["include"]
    assert {"newsparse", "tests", "fixtures", "docs"} <= set(sdist["include"])


def test_extras_are_split_by_purpose() -> None:
    extras = _pyproject()["project"]["optional-dependencies"]

    def names(extra: str) -> set[str]:
        return {re.split(r"[<>=!~\[; ]", req, maxsplit=1)[0].lower() for req in extras[extra]}

    assert {"pytest", "hypothesis", "jsonschema"} <= names("test")
    assert not names("test") & {"ruff", "mypy", "build", "twine", "mkdocs"}, "tools belong in dev"
    assert "newsparse[test]" in extras["dev"]
    assert {"ruff", "mypy", "build", "twine", "lxml-stubs"} <= names("dev")
    assert {"mkdocs", "mkdocs-material", "mkdocstrings"} <= names("docs")


def test_project_urls() -> None:
    urls = _pyproject()["project"]["urls"]
    assert {"Documentation", "Source", "Issues", "Changelog"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())


def test_changelog_keeps_a_changelog_form() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog")
    assert "Keep a Changelog" in text
    versions = re.findall(r"^## \[([^\]]+)\]", text, flags=re.MULTILINE)
    assert versions and versions[0] == "Unreleased"
    for version in versions:
        assert re.search(rf"^\[{re.escape(version)}\]: ", text, flags=re.MULTILINE), version
    sections = set(re.findall(r"^### (\w+)", text, flags=re.MULTILINE))
    assert sections <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}
