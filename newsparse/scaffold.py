"""``newsparse new-adapter``: a new site adapter module and its first fixture, from a saved page.

``newsparse new-adapter NAME --domain DOMAIN --from PAGE [--url URL] [--root DIR]`` writes

* ``DIR/newsparse/adapters/NAME.py``: a :class:`~newsparse.kit.SiteAdapter` with the routing
  facts filled in (name, domain, the publisher the page names) and a ``body_path`` drafted from
  the page (the element holding most of its paragraphs, named by a stable attribute where it
  has one), for the author to review and extend;
* ``DIR/fixtures/NAME/CASE/``: the page as ``input.html`` (or ``input.txt``), ``meta.json``
  and ``expected.json`` generated with the new adapter, for review in ``git diff``.

Nothing existing is overwritten.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

import lxml.html

from newsparse.adapter import Adapter
from newsparse.api import read_page
from newsparse.errors import NewsparseError
from newsparse.testing import FixtureCase, builtin_registry, registry_with

__all__ = ["ScaffoldError", "add_command", "draft_body_path", "load_adapter", "new_adapter"]

_NAME = re.compile(r"^[a-z][a-z0-9_]{1,40}$")
_DOMAIN = re.compile(r"^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_STABLE = ("id", "itemprop", "data-component", "data-testid", "data-gu-name", "role")
_GENERATED = re.compile(r"\d|[a-z][A-Z]|__|^(?:sc|css|jsx)-")
_BLOCKS = "/*[self::p or self::h2 or self::h3 or self::blockquote]"
_MAX_VALUE = 40


class ScaffoldError(NewsparseError):
    """The scaffold cannot run: a bad name or domain, a taken name, an existing file."""


def _quote(value: str) -> str:
    return "'" + value.replace("'", "") + "'"


def draft_body_path(tree: lxml.html.HtmlElement) -> str | None:
    """An XPath for the blocks of the element that holds most of the page's paragraphs,
    named by a stable attribute (``id``, ``itemprop``, ``data-*``), else by a class token
    that does not look generated; ``None`` when no element holds three paragraphs."""
    counts = Counter(p.getparent() for p in tree.iter("p") if p.getparent() is not None)
    if not counts:
        return None
    parent, count = counts.most_common(1)[0]
    if count < 3:
        return None
    for attribute in _STABLE:
        value = parent.get(attribute)
        if value and len(value) <= _MAX_VALUE and not _GENERATED.search(value):
            return f"//{parent.tag}[@{attribute}={_quote(value)}]{_BLOCKS}"
    for token in (parent.get("class") or "").split():
        if len(token) <= _MAX_VALUE and not _GENERATED.search(token):
            return f"//{parent.tag}[contains(concat(' ', @class, ' '), ' {token} ')]{_BLOCKS}"
    return None


def _module(name: str, domain: str, publisher: str | None, body_path: str | None,
            case: str) -> str:
    cls = name.title().replace("_", "")
    lines = [
        f'"""{publisher or domain} ({domain}).',
        "",
        f"Layout eras: the layout of ``fixtures/{name}/{case}`` (scaffolded; say which years",
        "it covers). Other layouts fall back to the generic extraction field by field, with a",
        "``site_fallback`` warning.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from newsparse import kit",
        "",
        f'__all__ = ["{cls}"]',
        "",
        "",
        f"class {cls}(kit.SiteAdapter):",
        f'    """{publisher or domain}: declare a selector for each field the generic',
        '    extraction gets wrong (see docs/adapters.md); the rest falls back to it."""',
        "",
        f'    name = "{name}"',
        f'    domains = ("{domain}",)',
    ]
    if publisher:
        lines.append(f"    site_name = {json.dumps(publisher, ensure_ascii=False)}")
    if body_path:  # container and blocks on two lines: within the 100-column limit
        container = body_path.removesuffix(_BLOCKS)
        lines += ["    body_path = (", f"        {json.dumps(container)}",
                  f"        {json.dumps(_BLOCKS)}", "    )"]
    return "\n".join(lines) + "\n"


def load_adapter(path: Path, name: str) -> type[Adapter]:
    """The adapter class called ``name`` defined in the module file ``path``."""
    spec = importlib.util.spec_from_file_location(f"newsparse_scaffold_{name}", path)
    if spec is None or spec.loader is None:
        raise ScaffoldError(str(path), "cannot import the generated module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = [v for v in vars(module).values()
             if isinstance(v, type) and issubclass(v, Adapter) and getattr(v, "name", "") == name]
    return found[0]


def new_adapter(name: str, domain: str, page_path: Path, *, url: str | None = None,
                root: Path = Path("."), case: str | None = None) -> tuple[Path, Path]:
    """Write the adapter module and its first fixture case; return both paths."""
    source = str(page_path)
    domain = domain.lower().removeprefix("www.")
    if not _NAME.match(name):
        raise ScaffoldError(source, f"adapter name {name!r} must match [a-z][a-z0-9_]+")
    if not _DOMAIN.match(domain):
        raise ScaffoldError(source, f"{domain!r} is not a domain like example-times.com")
    registry = builtin_registry()
    if name in registry or registry.owner_of(domain):
        raise ScaffoldError(source, f"{name!r} or {domain!r} already belongs to an adapter")
    page = read_page(page_path, url=url)
    stem = re.sub(r"[^a-z0-9]+", "-", page_path.name.split(".")[0].lower()).strip("-")
    case = case or (stem if stem not in ("", "input", "index", "page") else "first-page")
    module_path = root / "newsparse" / "adapters" / f"{name}.py"
    case_dir = root / "fixtures" / name / case
    for path in (module_path, case_dir):
        if path.exists():
            raise ScaffoldError(source, f"{path} exists already; nothing was written")
    publisher = page.meta_first("og:site_name")
    body_path = draft_body_path(page.tree) if page.kind == "html" else None
    module_path.parent.mkdir(parents=True, exist_ok=True)
    module_path.write_text(_module(name, domain, publisher[1] if publisher else None,
                                   body_path, case_dir.name), encoding="utf-8")
    case_dir.mkdir(parents=True)
    suffix = ".html" if page.kind == "html" else ".txt"
    shutil.copyfile(page_path, case_dir / f"input{suffix}{'.gz' if source.endswith('.gz') else ''}")
    meta: dict[str, object] = {"url": url or page.canonical_url, "adapter": name,
                               "source": f"{page_path.name} (saved page; say where it came from)"}
    if not meta["url"]:
        meta["force_adapter"] = True  # no URL to route by: the case names its adapter
    (case_dir / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    fixture = FixtureCase(case_dir, meta)
    fixture.check(registry_with(load_adapter(module_path, name)), regen=True)
    return module_path, case_dir


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        module, case = new_adapter(args.name, args.domain, Path(args.page), url=args.url,
                                   root=Path(args.root), case=args.case)
    except (NewsparseError, OSError) as exc:
        err.write(f"newsparse new-adapter: error: {exc}\n")
        return 2
    out.write(f"wrote {module}\nwrote {case}/ (input, meta.json, expected.json)\n"
              f"next: review {case / 'expected.json'}, declare selectors for the fields it gets "
              f"wrong, then `pytest tests/test_fixtures.py --regen -k {args.name}` and "
              "`git diff fixtures/`\n")
    return 0


def add_command(commands: Any) -> None:
    """Register ``newsparse new-adapter`` on the CLI's sub-command parsers."""
    new = commands.add_parser(
        "new-adapter", help="scaffold a site adapter module and its fixture from a saved page")
    new.add_argument("name", metavar="NAME", help="the adapter's name, e.g. exampletimes")
    new.add_argument("--domain", required=True, help="the site's domain, e.g. example-times.com")
    new.add_argument("--from", dest="page", required=True, metavar="PAGE",
                     help="a saved page of the site (HTML or text, .gz allowed)")
    new.add_argument("--url", help="the page's URL (default: its canonical link)")
    new.add_argument("--case", help="the fixture case's folder name (default: from PAGE)")
    new.add_argument("--root", default=".", help="the repository to write into (default: .)")
    new.set_defaults(func=_run)
