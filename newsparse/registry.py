"""The adapter registry: built-in discovery, entry-point plugins, and page-to-adapter resolution.

Resolution order: the adapter named by the caller; then the URL's host (the caller's URL, else
the page's canonical link or ``og:url``; the longest registered domain suffix wins); then content
sniffing (each adapter scores the page); then the generic adapter.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.metadata
import inspect
import pkgutil
import warnings
from collections.abc import Iterable, Iterator
from typing import Literal

import attrs

from newsparse.adapter import Adapter
from newsparse.decode import Kind
from newsparse.errors import (
    AdapterNotFoundError,
    AmbiguousAdapterError,
    NewsparseError,
    UnsupportedInputError,
)
from newsparse.page import Page

__all__ = [
    "ENTRY_POINT_GROUP", "PluginWarning", "Registry", "RegistryError", "Resolution",
    "default_registry", "register",
]

ENTRY_POINT_GROUP = "newsparse.adapters"
SNIFF_THRESHOLD = 0.5
Rule = Literal["named", "url", "sniff", "fallback"]


class RegistryError(NewsparseError):
    """An adapter cannot be registered (bad or duplicate name, domain already owned)."""


class PluginWarning(UserWarning):
    """A third-party adapter failed to load; newsparse carries on without it."""


@attrs.frozen
class Entry:
    """A registered adapter class and where it came from (``builtin``, ``plugin:DIST``, ...)."""

    adapter: type[Adapter]
    origin: str


@attrs.frozen
class Resolution:
    """The adapter chosen for a page and the rule that chose it."""

    adapter: type[Adapter]
    rule: Rule


class Registry:
    """A set of adapters keyed by name. Tests build their own; `default_registry` holds
    the built-in adapters plus every installed plugin."""

    def __init__(self, adapters: Iterable[type[Adapter]] = ()) -> None:
        self._entries: dict[str, Entry] = {}
        self._sniffers: dict[Kind, tuple[type[Adapter], ...]] = {}
        """Per input kind, the adapters that sniff it (`_sniffing`), found once."""
        self._domains: dict[str, dict[str, type[Adapter]]] = {}
        """Per input kind, each lower-cased domain of the adapters that read it and its
        adapter (`_domain_index`), made once: `by_host` looks up the host's suffixes."""
        self.problems: list[str] = []
        """Plugins that could not be loaded, one message each (also warned)."""
        for adapter in adapters:
            self.add(adapter)

    def add(self, adapter: type[Adapter], origin: str = "registered") -> type[Adapter]:
        """Register ``adapter``; re-adding the same class is a no-op."""
        if not (isinstance(adapter, type) and issubclass(adapter, Adapter)):
            raise RegistryError(origin, f"{adapter!r} is not a newsparse.Adapter subclass")
        if not adapter.name or not adapter.name.replace("_", "").isalnum():
            raise RegistryError(origin, f"{adapter.__qualname__} needs a name like 'nknews'")
        existing = self._entries.get(adapter.name)
        if existing is not None:
            if existing.adapter is adapter:
                return adapter
            raise RegistryError(
                origin,
                f"adapter name {adapter.name!r} is already taken by "
                f"{existing.adapter.__module__}.{existing.adapter.__qualname__} "
                f"({existing.origin})",
            )
        for domain in adapter.domains:
            owner = self.owner_of(domain)
            if owner is not None:
                raise RegistryError(
                    origin, f"domain {domain!r} of {adapter.name!r} is already owned by {owner!r}"
                )
        self._entries[adapter.name] = Entry(adapter, origin)
        self._sniffers.clear()
        self._domains.clear()
        return adapter

    def owner_of(self, domain: str) -> str | None:
        """The name of the adapter that owns exactly ``domain``, if any."""
        domain = domain.lower()
        for name, entry in self._entries.items():
            if domain in (d.lower() for d in entry.adapter.domains):
                return name
        return None

    def discover_builtins(self, package: str = "newsparse.adapters") -> None:
        """Import every module of ``package`` and add the adapters defined in it."""
        pkg = importlib.import_module(package)
        for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
            module = importlib.import_module(f"{package}.{info.name}")
            for obj in vars(module).values():
                if (
                    isinstance(obj, type) and issubclass(obj, Adapter)
                    and obj.__module__ == module.__name__ and obj.name
                ):
                    self.add(obj, origin="builtin")

    def load_plugins(
        self, entry_points: Iterable[importlib.metadata.EntryPoint] | None = None
    ) -> None:
        """Add adapters from the ``newsparse.adapters`` entry-point group.

        A plugin that fails to import or register is reported as a `PluginWarning` that
        names its distribution; it never stops the others.
        """
        if entry_points is None:
            entry_points = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
        for ep in entry_points:
            dist = ep.dist.name if ep.dist is not None else "unknown distribution"
            try:
                self.add(ep.load(), origin=f"plugin:{dist}")
            except Exception as exc:  # noqa: BLE001 - a broken plugin must never crash the host
                problem = (
                    f"newsparse: skipping adapter plugin {ep.name!r} ({ep.value}) from "
                    f"distribution {dist!r}: {type(exc).__name__}: {exc}"
                )
                self.problems.append(problem)
                # Under `python -W error` the warning is raised: parsing must go on all the
                # same (the problem stays listed in ``problems``).
                with contextlib.suppress(PluginWarning):
                    warnings.warn(problem, PluginWarning, stacklevel=2)

    def __iter__(self) -> Iterator[Entry]:
        return iter(sorted(self._entries.values(), key=lambda e: e.adapter.name))

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def get(self, name: str, source: str = "<registry>") -> type[Adapter]:
        """The adapter called ``name``; `AdapterNotFoundError` lists the known ones."""
        entry = self._entries.get(name)
        if entry is None:
            known = ", ".join(sorted(self._entries)) or "none"
            raise AdapterNotFoundError(
                source, f"no adapter named {name!r} (known: {known}; see `newsparse adapters`)"
            )
        return entry.adapter

    def by_host(self, host: str, kind: str) -> type[Adapter] | None:
        """The adapter whose domain is the longest suffix of ``host`` (``host`` itself, or
        what follows one of its dots) and reads ``kind``: the host's suffixes, longest first,
        looked up among the domains."""
        domains = self._domains.get(kind)
        if domains is None:
            domains = self._domains[kind] = self._domain_index(kind)
        suffix = host
        while True:
            found = domains.get(suffix)
            if found is not None:
                return found
            dot = suffix.find(".")
            if dot < 0:
                return None
            suffix = suffix[dot + 1:]

    def _domain_index(self, kind: str) -> dict[str, type[Adapter]]:
        """Each lower-cased domain of the adapters that read ``kind`` and its adapter (the
        first registered, should two adapters list one domain)."""
        index: dict[str, type[Adapter]] = {}
        for entry in self._entries.values():
            if kind in entry.adapter.kinds:
                for domain in entry.adapter.domains:
                    index.setdefault(domain.lower(), entry.adapter)
        return index

    def resolve(self, page: Page, adapter: str | None = None) -> Resolution:
        """Choose the adapter for ``page`` (see the module docstring for the order)."""
        if adapter is not None:
            chosen = self.get(adapter, page.source)
            if page.kind not in chosen.kinds:
                raise UnsupportedInputError(
                    page.source,
                    f"adapter {adapter!r} reads {'/'.join(sorted(chosen.kinds))}, "
                    f"but this input is {page.kind}",
                )
            return Resolution(chosen, "named")
        host = page.host
        if host:
            by_url = self.by_host(host, page.kind)
            if by_url is not None:
                return Resolution(by_url, "url")
        sniffers = self._sniffers.get(page.kind)
        if sniffers is None:
            sniffers = self._sniffers[page.kind] = self._sniffing(page.kind)
        if len(sniffers) == 1:
            # Every other adapter's score is the base 0: the one that sniffs wins if it scores
            # at least the threshold (no tie), and it may stop looking once it does.
            if sniffers[0].claims(page, SNIFF_THRESHOLD):
                return Resolution(sniffers[0], "sniff")
            return Resolution(self.get("generic", page.source), "fallback")
        scores = [
            (entry.adapter.sniff(page), entry.adapter)
            for entry in self._entries.values()
            if page.kind in entry.adapter.kinds
        ]
        top = max((score for score, _ in scores), default=0.0)
        if top >= SNIFF_THRESHOLD:
            best = [cls for score, cls in scores if score == top]
            if len(best) > 1:
                names = ", ".join(sorted(cls.name for cls in best))
                raise AmbiguousAdapterError(
                    page.source, f"adapters {names} claim this page equally; pass adapter=NAME"
                )
            return Resolution(best[0], "sniff")
        return Resolution(self.get("generic", page.source), "fallback")

    def _sniffing(self, kind: Kind) -> tuple[type[Adapter], ...]:
        """The adapters for ``kind`` that override `Adapter.sniff` (the others score 0)."""
        base = inspect.getattr_static(Adapter, "sniff")
        return tuple(
            entry.adapter for entry in self._entries.values()
            if kind in entry.adapter.kinds
            and inspect.getattr_static(entry.adapter, "sniff") is not base
        )


_DEFAULT: Registry | None = None
_REGISTERED: list[type[Adapter]] = []


def default_registry() -> Registry:
    """The process-wide registry: built-in adapters, plugins, and classes added with `register`."""
    global _DEFAULT
    if _DEFAULT is None:
        registry = Registry()
        registry.discover_builtins()
        registry.load_plugins()
        for adapter in _REGISTERED:
            registry.add(adapter)
        _DEFAULT = registry
    return _DEFAULT


def register(adapter: type[Adapter]) -> type[Adapter]:
    """Class decorator: add an adapter defined in your own code to the default registry."""
    _REGISTERED.append(adapter)
    if _DEFAULT is not None:
        _DEFAULT.add(adapter)
    return adapter
