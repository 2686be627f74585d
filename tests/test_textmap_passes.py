"""The text map skips passes whose result is known: its masses equal the ones a map that
adds them up again after the markers are applied has (seeded random pages)."""

from __future__ import annotations

import random

import pytest

from newsparse.extract.body import textmap
from newsparse.htmlparse import parse_html
from newsparse.limits import Limits

_TAGS = ["div", "p", "section", "aside", "li", "ul", "span", "a", "h2", "td"]
_CLASSES = ["", "text", "share-bar", "comments", "related", "cookie-consent", "story", "hidden"]
_WORDS = ["", "short", "a sentence long enough to count as prose in the map, with words.",
          "zwölf Wörter über die Stadt und den Fluss, die nicht kurz sind.", "東京の話が長く続く。" * 3]


def _soup(rng: random.Random, depth: int = 0) -> str:
    parts = [rng.choice(_WORDS)]
    for _ in range(rng.randint(0, 4 if depth < 5 else 0)):
        tag = rng.choice(_TAGS)
        mark = rng.choice(_CLASSES)
        attribute = f' class="{mark}"' if mark else ""
        parts.append(f"<{tag}{attribute}>{_soup(rng, depth + 1)}</{tag}>{rng.choice(_WORDS)}")
    return "".join(parts)


def _state(mapped: textmap.TextMap) -> list[tuple[str, float, bool, bool]]:
    return [(n.tag, n.mass, n.dead, n.marked) for n in mapped.nodes.values()]


@pytest.mark.parametrize("seed", range(4))
def test_masses_equal_a_map_that_adds_up_again(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(4000 + seed)
    apply = textmap.TextMap._apply_markers
    killed = spared = 0
    for _ in range(40):
        page = f"<html><body>{_soup(rng)}</body></html>"
        root = parse_html(page, source="soup", limits=Limits())
        fast = textmap.TextMap(root, titles=("short",))
        monkeypatch.setattr(textmap.TextMap, "_apply_markers",
                            lambda self, guard: apply(self, guard) or True)
        full = textmap.TextMap(root, titles=("short",))
        monkeypatch.undo()
        assert _state(fast) == _state(full)
        assert fast.total == full.total
        dead = any(n.dead for n in fast.nodes.values() if n.marked)
        killed += dead
        spared += not dead
    assert killed and spared  # both ways were taken
