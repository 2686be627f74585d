"""Every code example in README.md and docs/ runs, so the docs cannot drift from the code.

- ```python blocks run in order, one namespace per page, from the repository root. A block whose
  first line is indented continues the block before it (a method added to a class shown above).
- ```pycon blocks are doctests: their output must match what the code prints now.
- Every `newsparse ...` line in ```sh / ```console blocks must be accepted by the command's
  argument parser (its options exist and take the values shown).
- A block right after a line `<!-- example: skip (REASON) -->` is not run; the reason is shown.

The generated parts of the site (tools/docgen.py) are checked here as well.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib.util
import io
import re
import shlex
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from conftest import publisher_page

from newsparse.cli import _parser

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
FENCE = re.compile(
    r"^(?P<skip><!-- example: skip \((?P<why>[^)]*)\) -->\n)?```(?P<lang>[\w-]*)[^\n]*\n"
    r"(?P<code>.*?)^```\s*$",
    re.MULTILINE | re.DOTALL,
)


@attrs.frozen
class Example:
    page: Path
    line: int
    lang: str
    code: str
    skip: str | None

    @property
    def id(self) -> str:
        return f"{self.page.relative_to(ROOT).as_posix()}:{self.line}"


def examples(page: Path) -> list[Example]:
    text = page.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        line = text.count("\n", 0, match.start("lang")) + 1
        found.append(Example(page, line, match["lang"], match["code"], match["why"]))
    return found


ALL = [example for page in PAGES for example in examples(page)]
PYTHON_PAGES = sorted({e.page for e in ALL if e.lang in ("python", "pycon")})
COMMANDS = [
    (example, line.strip())
    for example in ALL if example.lang in ("sh", "console", "bash", "")
    for line in example.code.splitlines()
    if line.strip().removeprefix("$ ").startswith("newsparse ")
]


def _run_python(example: Example, namespace: dict[str, object], previous: str) -> str:
    code = example.code
    if code[:1] in (" ", "\t"):
        code = previous + "\n" + code  # continues the class or function above
    compiled = compile(code, f"{example.id}", "exec")
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compiled, namespace)
    return code


def _run_pycon(example: Example, namespace: dict[str, object]) -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(example.code, namespace, example.id, str(example.page), example.line)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out = io.StringIO()
    runner.run(test, out=out.write)
    assert runner.failures == 0, f"{example.id}: the output shown differs:\n{out.getvalue()}"


@pytest.mark.parametrize(
    "page", PYTHON_PAGES, ids=[p.relative_to(ROOT).as_posix() for p in PYTHON_PAGES]
)
def test_python_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    text = page.read_text(encoding="utf-8")
    for name in re.findall(r"[\"'](seeds/[^\"']+|fixtures/[^\"']+)[\"']", text):
        if not (ROOT / name).exists() and publisher_page(ROOT / name):
            pytest.skip(f"publisher page not shipped in the sdist: {name}")
    namespace: dict[str, object] = {"__name__": f"docs_example_{page.stem}"}
    previous = ""
    skipped = []
    for example in examples(page):
        if example.lang not in ("python", "pycon"):
            continue
        if example.skip is not None:
            skipped.append(f"{example.id}: {example.skip}")
            continue
        try:
            if example.lang == "python":
                previous = _run_python(example, namespace, previous)
            else:
                _run_pycon(example, namespace)
        except AssertionError:
            raise
        except Exception as error:
            raise AssertionError(f"{example.id}: the example raised {error!r}") from error
    if skipped:
        print("not run:", *skipped, sep="\n  ")


@pytest.mark.parametrize("command", COMMANDS, ids=[f"{e.id}:{c[:40]}" for e, c in COMMANDS])
def test_command_lines_parse(command: tuple[Example, str]) -> None:
    example, line = command
    if example.skip is not None:
        pytest.skip(example.skip)
    synopsis = re.sub(r"\s\[-[^\]]*\]", "", line.removeprefix("$ "))  # optional parts, [--url U]
    words = shlex.split(synopsis, comments=True)
    words = words[: words.index("|")] if "|" in words else words
    words = [w for w in words if not w.startswith(("<", ">"))]
    try:
        with contextlib.redirect_stderr(io.StringIO()) as err:
            _parser().parse_args(words[1:])
    except SystemExit as exit:
        assert exit.code == 0, f"{example.id}: `{line}` is refused: {err.getvalue()}"


def test_examples_were_found() -> None:
    assert any(e.page.name == "README.md" and e.lang in ("python", "pycon") for e in ALL)
    assert len([e for e in ALL if e.lang in ("python", "pycon")]) >= 8
    assert len(COMMANDS) >= 8


# -- the generated parts of the site ---------------------------------------------------------


def _docgen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docgen", ROOT / "tools" / "docgen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("docgen", module)
    spec.loader.exec_module(module)
    return module


def test_every_generated_marker_has_a_generator() -> None:
    docgen = _docgen()
    used = {m for page in PAGES for m in docgen.MARKER.findall(page.read_text(encoding="utf-8"))}
    assert used, "no generated parts found in docs/"
    assert used <= set(docgen.GENERATORS), sorted(used - set(docgen.GENERATORS))
    with pytest.raises(KeyError, match="no docs generator"):
        docgen.expand("<!-- generated: nothing-such -->")


def test_generated_field_reference_lists_every_field() -> None:
    from newsparse import Article

    table = _docgen().article_fields()
    for field in attrs.fields(Article):
        assert f"| `{field.name}` |" in table


def test_generated_cli_reference_has_every_subcommand() -> None:
    text = _docgen().cli_reference()
    parser = _parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in sub.choices:
        assert f"## newsparse {name}" in text


def test_generated_sites_table_lists_every_builtin_adapter() -> None:
    from newsparse import Registry

    registry = Registry()
    registry.discover_builtins()
    table = _docgen().supported_sites()
    for entry in registry:
        assert f"| `{entry.adapter.name}` |" in table


# -- help() on the public API -----------------------------------------------------------------


def test_help_of_parse_reads_well() -> None:
    import pydoc

    import newsparse

    text = pydoc.render_doc(newsparse.parse, renderer=pydoc.plaintext)
    assert "source: 'str | bytes | os.PathLike[str]'" in text  # spelled out, not an alias
    assert "pathlib.Path" in text and "never taken as a file name" in text
    assert "Raises:" in text and "NotAnArticleError" in text


def test_public_docstrings_have_no_sphinx_roles() -> None:
    import inspect

    import newsparse

    role = re.compile(r":(class|meth|func|attr|mod|exc|data):`")
    for name in newsparse.__all__:
        obj = getattr(newsparse, name)
        docs = [inspect.getdoc(obj) or ""]
        if inspect.isclass(obj):
            docs += [
                inspect.getdoc(member) or "" for _, member in inspect.getmembers(obj)
                if callable(member)
                and (getattr(member, "__module__", "") or "").startswith("newsparse")
            ]
        for doc in docs:
            assert not role.search(doc), f"{name}: a raw Sphinx role shows in help(): {doc[:80]}"
