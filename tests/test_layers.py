"""The package's layers: the core never imports extraction or adapters."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newsparse"
CORE = ("errors", "limits", "decode", "text", "jsonld", "htmlparse", "page", "article", "words")
ABOVE_CORE = ("newsparse.extract", "newsparse.adapters", "newsparse.adapter",
              "newsparse.registry", "newsparse.api", "newsparse.batch", "newsparse.cli")


def imported(path: Path) -> set[str]:
    """Every module name ``path`` imports (absolute imports; relative ones are refused)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path.name}: relative import"
            names.add(node.module or "")
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("module", CORE)
def test_core_module_imports_no_extraction(module: str) -> None:
    path = PACKAGE / f"{module}.py"
    if not path.exists():
        path = PACKAGE / module / "__init__.py"
    bad = sorted(n for n in imported(path) if n.startswith(ABOVE_CORE))
    assert not bad, f"newsparse.{module} is core but imports {bad}"


def test_the_check_sees_an_extraction_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from newsparse.extract.dates import parse_date\n", encoding="utf-8")
    assert "newsparse.extract.dates" in imported(sample)
