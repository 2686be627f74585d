"""The fixture harness: the same fixture tests for built-in adapters and for plugins.

A fixture case is a folder ``<root>/<site>/<case>/`` holding ``input.html`` or ``input.txt``
(optionally gzipped), ``meta.json`` (``url``, ``adapter``, ``source``; optional ``fetched``,
``pass_url: false`` and ``force_adapter: true``) and ``expected.json`` (the serialised
``Article``, or ``{"error": ..., "message": ...}``). A plugin's test module is three lines::

    from newsparse.testing import fixture_cases, registry_with
    from example_adapters import ExampleTimes

    CASES = fixture_cases("fixtures")

    @pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
    def test_fixture(case):
        case.check(registry_with(ExampleTimes))

``case.check`` compares the whole output with ``expected.json`` and fails with the command that
rewrites it; a missing ``expected.json`` is written for review and the test fails until it is
committed. ``NEWSPARSE_REGEN=1`` (or ``check(..., regen=True)``) rewrites every case.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from newsparse.adapter import Adapter
from newsparse.api import parse, read_page
from newsparse.errors import NewsparseError
from newsparse.registry import Registry, Resolution

__all__ = ["FixtureCase", "builtin_registry", "fixture_cases", "registry_with"]

_INPUTS = ("input.html", "input.txt", "input.html.gz", "input.txt.gz")


def builtin_registry() -> Registry:
    """A registry of newsparse's built-in adapters only (installed plugins are not seen)."""
    registry = Registry()
    registry.discover_builtins()
    return registry


def registry_with(*adapters: type[Adapter]) -> Registry:
    """The built-in adapters plus ``adapters`` (a plugin's own), as the plugin would see them."""
    registry = builtin_registry()
    for adapter in adapters:
        registry.add(adapter, origin="test")
    return registry


@attrs.frozen
class FixtureCase:
    """One fixture folder: its input, its ``meta.json`` and its expected output."""

    path: Path
    meta: Mapping[str, Any]

    @property
    def id(self) -> str:
        """``<site>/<case>``."""
        return f"{self.path.parent.name}/{self.path.name}"

    @property
    def input(self) -> Path:
        """The stored page."""
        for name in _INPUTS:
            if (self.path / name).exists():
                return self.path / name
        raise FileNotFoundError(f"{self.path} has none of {', '.join(_INPUTS)}")

    @property
    def expected_path(self) -> Path:
        """Where the expected output is kept."""
        return self.path / "expected.json"

    @property
    def url(self) -> str | None:
        """The URL passed to the parser (``None`` when ``pass_url`` is false)."""
        url = self.meta.get("url")
        return url if self.meta.get("pass_url", True) and isinstance(url, str) else None

    @property
    def forced(self) -> str | None:
        """The adapter named to the parser when ``force_adapter`` is set (a case that tests
        one adapter's behaviour on a page another adapter owns)."""
        return str(self.meta["adapter"]) if self.meta.get("force_adapter") else None

    def run(self, registry: Registry | None = None) -> dict[str, Any]:
        """The serialised article, or ``{"error": ClassName, "message": ...}``."""
        fetched = self.meta.get("fetched")
        try:
            article = parse(
                self.input, url=self.url, adapter=self.forced, registry=registry or
                builtin_registry(), fetched=dt.date.fromisoformat(fetched[:10]) if fetched
                else None, strict=True,  # a bug in a field method fails the case, not a warning
            )
        except NewsparseError as exc:
            return {"error": type(exc).__name__, "message": exc.reason}
        return article.to_dict()

    def resolve(self, registry: Registry | None = None) -> Resolution:
        """How the registry routes the case's page."""
        page = read_page(self.input, url=self.url)
        return (registry or builtin_registry()).resolve(page, self.forced)

    def check(self, registry: Registry | None = None, *, regen: bool = False) -> None:
        """Assert the output equals ``expected.json`` and the page routes to the declared
        adapter; with ``regen`` (or ``NEWSPARSE_REGEN=1``) rewrite ``expected.json``."""
        routed = self.resolve(registry).adapter.name
        if routed != self.meta["adapter"]:
            raise AssertionError(
                f"{self.id} routes to {routed!r}, meta.json declares {self.meta['adapter']!r}"
            )
        got = self.run(registry)
        regen = regen or os.environ.get("NEWSPARSE_REGEN") == "1"
        if regen or not self.expected_path.exists():
            self.expected_path.write_text(
                json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            if not regen:
                raise AssertionError(f"wrote missing {self.expected_path}; review it and commit")
            return
        expected = json.loads(self.expected_path.read_text(encoding="utf-8"))
        if got != expected:
            raise AssertionError(
                f"{self.id} differs from {self.expected_path}; if the change is intended, rerun "
                f"with NEWSPARSE_REGEN=1 (built-in fixtures: `pytest tests/test_fixtures.py "
                f"--regen -k '{self.id}'`) and review `git diff`"
            )


def fixture_cases(root: str | os.PathLike[str]) -> list[FixtureCase]:
    """Every ``<root>/*/*/meta.json`` folder, sorted."""
    found = []
    for meta_path in sorted(Path(root).glob("*/*/meta.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        found.append(FixtureCase(meta_path.parent, meta))
    return found
