"""Issue 13 and issue 8 findings: cleaning that settles (idempotent), bidi controls, linear
NFC, an attribute-count limit checked before parsing, Limits refusing an impossible depth, a
``str`` path, and a broken plugin under ``python -W error``."""

from __future__ import annotations

import random
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import LimitExceededError, Limits, UnsupportedInputError, parse
from newsparse.nfc import nfc
from newsparse.text import clean, repair_mojibake

PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>Heavy rain and gusts of up to 120 km/h reached the coast on Tuesday night, officials "
    "said, and more than 4,000 homes lost power.{extra}</p></article></body></html>"
)


def _mangle(text: str, rng: random.Random, times: int) -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode(rng.choice(["cp1252", "latin-1"]), errors="ignore")
    return text


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="³é’€😀пaÂÃƒ\u00a0\u200b\u0301ß…»\x81\x85\u202e \t", max_size=12))
@example("Â³")
@example("Ã\u00a0")
@example("Ãƒ" + "ƒ" * 20)
def test_clean_and_repair_are_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once
    fixed = repair_mojibake(text)
    assert repair_mojibake(fixed) == fixed


def test_clean_is_idempotent_on_layered_mojibake() -> None:
    rng = random.Random(2)
    alphabet = ["³", "é", "’", "€", "😀", "п", "a", " ", "\u00a0", "\u200b", "Ã", "\u0301", "»"]
    for _ in range(5000):
        text = "".join(
            _mangle("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))), rng,
                    rng.choice([0, 1, 2, 3, 4]))
            for _ in range(rng.randint(1, 4))
        )
        once = clean(text)
        assert clean(once) == once, text


def test_mojibake_still_repaired() -> None:
    assert clean("donâ€™t stop at the cafÃ©") == "don’t stop at the café"
    assert clean("Ã\u00a0 la carte") == "à la carte"  # NBSP is the second byte of "à"
    assert clean("Â³") == "³"


def test_bidi_controls_leave_title_and_body() -> None:
    title = "Storm \u202ehits\u202c the \u2066coast\u2069"
    article = parse(PAGE.format(title=title, extra=" \u202dSee\u202c \u2067more\u2069."))
    assert article.title == "Storm hits the coast"
    controls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    assert not any(c in article.text for c in controls)


def test_nfc_equals_unicodedata() -> None:
    rng = random.Random(1)
    pool = [chr(c) for c in range(0x300, 0x370)] + ["\u0344", "\u0f73", "\u05b0", "a", "e",
                                                    "\u1100", "\u1161", "\u11a8", " "]
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 150)))
        assert nfc(text) == unicodedata.normalize("NFC", text)


def test_too_many_attributes_refused_before_parsing() -> None:
    many = " ".join(f"a{i}=1" for i in range(1001))
    with pytest.raises(LimitExceededError) as caught:
        parse(PAGE.format(title="Storm hits the coast", extra=f"<span {many}>x</span>"))
    assert caught.value.limit == "max_attributes"
    assert "--limit max_attributes=N" in str(caught.value)
    fewer = " ".join(f"a{i}=1" for i in range(1000))
    assert parse(PAGE.format(title="Storm hits the coast", extra=f"<span {fewer}>x</span>")).title


def test_max_depth_above_the_parser_ceiling_is_refused() -> None:
    with pytest.raises(ValueError, match="max_depth must be at most 2048"):
        Limits(max_depth=2049)
    assert Limits(max_depth=2048).max_depth == 2048


def test_a_str_naming_an_existing_file_is_refused_with_advice(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(title="Storm hits the coast", extra=""), encoding="utf-8")
    with pytest.raises(UnsupportedInputError, match=r"pass pathlib\.Path"):
        parse(str(page))
    assert parse(page).title == "Storm hits the coast"


def test_broken_plugin_under_warnings_as_errors_does_not_stop_parse() -> None:
    script = """
import importlib.metadata as metadata
real = metadata.entry_points
def entry_points(**kwargs):
    if kwargs.get("group") == "newsparse.adapters":
        return [metadata.EntryPoint("broken", "no_such_module_xyz:Adapter", "newsparse.adapters")]
    return real(**kwargs)
metadata.entry_points = entry_points
import newsparse
page = "<html><head><title>Storm hits the coast</title></head><body><h1>Storm hits the coast"
page += "</h1><p>Heavy rain and gusts reached the coast on Tuesday night, officials said.</p>"
print(newsparse.parse(page + "</body></html>").title)
print(len(newsparse.default_registry().problems))
"""
    done = subprocess.run([sys.executable, "-W", "error", "-c", script], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["Storm hits the coast", "1"]
