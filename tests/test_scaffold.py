"""`newsparse new-adapter`: the output passes ruff, mypy --strict and its fixture test."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.cli import main
from newsparse.scaffold import load_adapter
from newsparse.testing import fixture_cases, registry_with

REPO = Path(__file__).resolve().parent.parent
PAGE = (REPO / "examples" / "plugin-adapter" / "fixtures" / "taipeitimes"
        / "2024-front-page-agency" / "input.html")


def _tool(name: str) -> None:
    if importlib.util.find_spec(name) is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[dev]')")


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not PAGE.exists():  # the sdist leaves publisher pages out (docs/releasing.md)
        pytest.skip(f"publisher page not shipped in the sdist: {PAGE}")
    root = tmp_path_factory.mktemp("scaffold")
    status = main(["new-adapter", "taipeitimes", "--domain", "www.taipeitimes.com",
                   "--from", str(PAGE), "--root", str(root)])
    assert status == 0
    return root


def test_scaffold_writes_module_and_fixture(scaffolded: Path) -> None:
    module = scaffolded / "newsparse" / "adapters" / "taipeitimes.py"
    text = module.read_text(encoding="utf-8")
    assert 'name = "taipeitimes"' in text and 'domains = ("taipeitimes.com",)' in text
    assert "body_path" in text  # drafted from the page's paragraphs
    [case] = fixture_cases(scaffolded / "fixtures")
    assert case.meta["adapter"] == "taipeitimes"
    assert case.meta["url"].startswith("https://www.taipeitimes.com/")
    assert case.expected_path.exists() and (case.path / "input.html").exists()


def test_scaffold_passes_the_fixture_test(scaffolded: Path) -> None:
    adapter = load_adapter(scaffolded / "newsparse" / "adapters" / "taipeitimes.py", "taipeitimes")
    [case] = fixture_cases(scaffolded / "fixtures")
    case.check(registry_with(adapter))
    got = case.run(registry_with(adapter))
    assert got["adapter"] == "taipeitimes"
    assert got["provenance"]["body"] == "site:taipeitimes.body"
    assert len(got["body"]) > 10


def test_scaffold_passes_ruff(scaffolded: Path) -> None:
    _tool("ruff")
    module = scaffolded / "newsparse" / "adapters" / "taipeitimes.py"
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--config", str(REPO / "pyproject.toml"),
         str(module)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_scaffold_passes_mypy_strict(scaffolded: Path) -> None:
    _tool("mypy")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(scaffolded / ".mypy"),
         "newsparse/adapters/taipeitimes.py"],
        capture_output=True, text=True, check=False, cwd=scaffolded)
    assert done.returncode == 0, done.stdout + done.stderr


def test_scaffold_refuses(scaffolded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    again = ["new-adapter", "taipeitimes", "--domain", "taipeitimes.com", "--from", str(PAGE),
             "--root", str(scaffolded)]
    assert main(again) == 2
    assert "exists already" in capsys.readouterr().err
    assert main(["new-adapter", "Bad-Name", "--domain", "x.com", "--from", str(PAGE)]) == 2
    assert main(["new-adapter", "bbc2", "--domain", "bbc.com", "--from", str(PAGE)]) == 2
    assert "already belongs" in capsys.readouterr().err
