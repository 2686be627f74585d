"""Registry: built-in discovery, entry-point plugins (simulated distributions), resolution order."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest

from newsparse import (
    Adapter,
    AdapterNotFoundError,
    AmbiguousAdapterError,
    Page,
    Registry,
    UnsupportedInputError,
    default_registry,
)
from newsparse.adapters.generic import Generic
from newsparse.registry import PluginWarning, RegistryError

HTML = (
    "<html><head><title>A headline | Example</title>"
    '<link rel="canonical" href="https://www.sub.example.com/2024/01/a-headline/"></head>'
    "<body><article><h1>A headline</h1><p>First paragraph of the story, long enough.</p>"
    "</article></body></html>"
)


class Example(Adapter):
    name = "example"
    domains = ("example.com",)


class SubExample(Adapter):
    name = "subexample"
    domains = ("sub.example.com",)


class Sniffer(Adapter):
    name = "sniffer"
    kinds = frozenset({"text"})

    @classmethod
    def sniff(cls, page: Page) -> float:
        return 0.9 if "SNIFF-ME" in page.text else 0.0


class OtherSniffer(Sniffer):
    name = "othersniffer"


def _write_dist(root: Path, dist: str, module: str, source: str, entry: str) -> None:
    """A minimal installed distribution: a module plus a .dist-info with an entry point."""
    (root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = root / f"{dist}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        f"[newsparse.adapters]\n{entry}\n", encoding="utf-8"
    )


PLUGIN = """
from newsparse import Adapter

class Demo(Adapter):
    name = "demo"
    domains = ("demo-news.test",)
    publisher = "Demo News"
"""


@pytest.fixture
def plugin_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    _write_dist(tmp_path, "newsparse_demo", "newsparse_demo", PLUGIN, "demo = newsparse_demo:Demo")
    _write_dist(
        tmp_path, "broken_plugin", "broken_plugin", "raise ImportError('boom')\n",
        "broken = broken_plugin:Missing",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_builtins_are_discovered() -> None:
    registry = Registry()
    registry.discover_builtins()
    assert "generic" in registry
    assert all(entry.origin == "builtin" for entry in registry)


def test_plugin_entry_point_is_loaded_and_broken_plugin_warns(plugin_path: Path) -> None:
    registry = Registry()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        registry.load_plugins()
    assert "demo" in registry
    entry = next(e for e in registry if e.adapter.name == "demo")
    assert entry.origin == "plugin:newsparse_demo"
    messages = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    assert any("broken_plugin" in m and "boom" in m for m in messages), messages


def test_plugin_routes_by_domain(plugin_path: Path) -> None:
    registry = Registry([Generic])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PluginWarning)
        registry.load_plugins()
    page = Page(HTML, url="https://news.demo-news.test/story")
    assert registry.resolve(page).adapter.name == "demo"


def test_cli_lists_plugin_adapter(plugin_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(plugin_path))
    out = subprocess.run(
        [sys.executable, "-m", "newsparse", "adapters"],
        capture_output=True, text=True, env=env, check=True, timeout=120,
    )
    line = next(line for line in out.stdout.splitlines() if line.startswith("demo"))
    assert "demo-news.test" in line and "plugin:newsparse_demo" in line
    assert "broken_plugin" in out.stderr


def test_duplicate_name_and_domain_clash_are_errors() -> None:
    registry = Registry([Example])
    registry.add(Example)  # the same class again is fine
    clash = type("Clash", (Adapter,), {"name": "example", "domains": ()})
    with pytest.raises(RegistryError, match="already taken"):
        registry.add(clash)
    owner = type("Owner", (Adapter,), {"name": "owner", "domains": ("example.com",)})
    with pytest.raises(RegistryError, match="already owned"):
        registry.add(owner)
    with pytest.raises(RegistryError, match="needs a name"):
        registry.add(type("Nameless", (Adapter,), {}))


def test_resolution_order() -> None:
    registry = Registry([Generic, Example, SubExample, Sniffer])
    page = Page(HTML)  # routed by its canonical link
    assert registry.resolve(page).adapter is SubExample  # longest domain suffix wins
    assert registry.resolve(page).rule == "url"
    assert registry.resolve(Page(HTML, url="https://example.com/x")).adapter is Example
    assert registry.resolve(Page(HTML, url="https://notexample.com/x")).adapter is Generic
    named = registry.resolve(page, "example")
    assert (named.adapter, named.rule) == (Example, "named")
    sniffed = registry.resolve(Page("SNIFF-ME\n\nSome text here."))
    assert (sniffed.adapter, sniffed.rule) == (Sniffer, "sniff")
    fallback = registry.resolve(Page("Plain text\n\nwith a paragraph."))
    assert (fallback.adapter, fallback.rule) == (Generic, "fallback")


def test_sniff_tie_is_an_error_listing_candidates() -> None:
    registry = Registry([Generic, Sniffer, OtherSniffer])
    with pytest.raises(AmbiguousAdapterError, match="othersniffer, sniffer"):
        registry.resolve(Page("SNIFF-ME\n\ntext", source="dump.txt"))


def test_unknown_adapter_and_wrong_kind() -> None:
    registry = Registry([Generic, Sniffer])
    with pytest.raises(AdapterNotFoundError, match=r"page\.html: no adapter named 'nope'"):
        registry.resolve(Page(HTML, source="page.html"), "nope")
    with pytest.raises(UnsupportedInputError, match="reads text, but this input is html"):
        registry.resolve(Page(HTML), "sniffer")


def test_every_builtin_module_defines_the_adapter_named_after_it() -> None:
    """Style rule: adapter ``nknews`` lives in module ``nknews``; nothing else to edit."""
    names = {e.adapter.name for e in default_registry() if e.origin == "builtin"}
    modules = {
        p.stem for p in (Path(__file__).parent.parent / "newsparse" / "adapters").iterdir()
        if not p.name.startswith("_") and (p.suffix == ".py" or (p / "__init__.py").exists())
    }
    assert modules == names


def _longest_domain(registry: Registry, host: str, kind: str) -> type[Adapter] | None:
    """`Registry.by_host` as first written: every domain of every adapter reading ``kind``
    tried, the longest that is ``host`` or a suffix after a dot kept (the first on a tie)."""
    best: tuple[int, type[Adapter]] | None = None
    for entry in registry._entries.values():
        if kind not in entry.adapter.kinds:
            continue
        for domain in entry.adapter.domains:
            domain = domain.lower()
            if (host == domain or host.endswith("." + domain)) and (
                best is None or len(domain) > best[0]
            ):
                best = (len(domain), entry.adapter)
    return best[1] if best else None


def test_by_host_looks_up_the_host_s_suffixes_as_the_longest_domain_wins() -> None:
    rng = random.Random(41)
    labels = ["a", "b", "example", "co", "uk", "com", "news", "", "Ex", "www"]
    for round_ in range(60):
        registry = Registry()
        for number in range(rng.randint(0, 5)):
            domains = tuple(".".join(rng.choices(labels, k=rng.randint(1, 3)))
                            for _ in range(rng.randint(0, 3)))
            kinds = rng.choice([frozenset({"html"}), frozenset({"text"}),
                                frozenset({"html", "text"})])
            adapter = type(f"A{round_}x{number}", (Adapter,),
                           {"name": f"a{number}", "domains": domains, "kinds": kinds})
            try:
                registry.add(adapter)
            except RegistryError:  # (a domain another adapter owns)
                continue
        for _ in range(50):
            host = ".".join(rng.choices(labels, k=rng.randint(1, 4))).lower()
            for kind in ("html", "text"):
                assert registry.by_host(host, kind) is _longest_domain(registry, host, kind), (
                    host, kind, [(e.adapter.domains, e.adapter.kinds) for e in registry])
