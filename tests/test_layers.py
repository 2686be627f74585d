"""The package's layers: the core never imports extraction or adapters."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newsparse"
CORE = ("errors", "limits", "decode", "text", "nfc", "jsonld", "htmlparse", "page", "article",
        "words")
ABOVE_CORE = ("newsparse.extract", "newsparse.adapters", "newsparse.adapter",
              "newsparse.registry", "newsparse.api", "newsparse.batch", "newsparse.cli",
              "newsparse.kit", "newsparse.site", "newsparse.assembly", "newsparse.review")


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


def module_path(name: str) -> Path | None:
    """The file of package module ``name`` (``newsparse.x.y``), or None if it names none."""
    base = PACKAGE.parent.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.exists():
            return path
    return None


def imported_closure(module: str) -> set[str]:
    """Every package module ``module`` imports, directly or through other package modules."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        path = module_path(todo.pop())
        if path is None:
            continue
        for name in imported(path):
            if name.startswith("newsparse") and name not in seen and module_path(name):
                seen.add(name)
                todo.append(name)
    return seen


@pytest.mark.parametrize("module", CORE)
def test_core_module_imports_no_extraction(module: str) -> None:
    assert module_path(f"newsparse.{module}") is not None, f"no core module {module}"
    bad = sorted(n for n in imported_closure(f"newsparse.{module}") if n.startswith(ABOVE_CORE))
    assert not bad, f"newsparse.{module} is core but imports (directly or not) {bad}"


def test_the_closure_sees_an_indirect_import() -> None:
    # newsparse.adapter imports the extraction's analysis, which imports the body pipeline.
    assert "newsparse.extract.body.textmap" in imported_closure("newsparse.adapter")


def test_the_check_sees_an_extraction_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from newsparse.extract.dates import parse_date\n", encoding="utf-8")
    assert "newsparse.extract.dates" in imported(sample)


ALLOWED_LRU_CACHES = {
    # Pure functions of a string or an int: no page's state, the same answer for every page.
    ("htmlparse.py", "_deeper_than"),  # depth -> compiled XPath
    ("tagscan.py", "_walk"), ("tagscan.py", "_start_tag"),  # max_attributes -> pattern
    ("selectors.py", "compiled"),  # a site adapter's selector -> compiled XPath
    ("layouts.py", "_parts"),  # an NK News layout selector -> its parts
    ("layouts.py", "_page_wide"),  # an NK News selector's parts -> compiled XPath
    ("boilerplate.py", "names_chrome"), ("boilerplate.py", "names_comments"),
    ("boilerplate.py", "names_consent"),  # class/id value -> bool; class names recur
    ("captions.py", "names_picture"),  # class/id value -> bool, like names_chrome
    ("visible_dates.py", "_text_at"),  # axis and position -> compiled XPath
}


def test_no_module_level_per_page_caches() -> None:
    caches: list[tuple[str, str]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("WeakKeyDictionary",
                                                                  "WeakValueDictionary"):
                caches.append((path.name, node.attr))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for deco in node.decorator_list:
                    target = deco.func if isinstance(deco, ast.Call) else deco
                    name = target.attr if isinstance(target, ast.Attribute) else getattr(
                        target, "id", "")
                    if name in ("lru_cache", "cache") and (path.name, node.name) not in (
                        ALLOWED_LRU_CACHES
                    ):
                        caches.append((path.name, node.name))
    assert not caches, f"per-page state belongs to the page's Analysis, not to {caches}"


def test_two_analyses_of_one_page_share_nothing() -> None:
    from newsparse.extract.analysis import Analysis
    from newsparse.page import Page

    page = Page("<html><body><h1>A headline here</h1><p>" + "Some text. " * 30 + "</p></body>"
                "</html>")
    first, second = Analysis(page), Analysis(page)
    assert first.text_map is first.text_map
    assert first.text_map is not second.text_map
