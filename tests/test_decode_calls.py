"""The byte checks of decode.py made by single calls (a tuple of prefixes for ``startswith``,
the control-byte scans mapped from C) answer as the loops they replace: held on seeded bytes
with and without each control byte, BOM and binary signature, at the start and elsewhere."""

from __future__ import annotations

import gzip
import random

import pytest

from newsparse import decode
from newsparse.decode import CONTROL_BYTES, has_control_bytes
from newsparse.errors import UnsupportedInputError
from newsparse.limits import DEFAULT_LIMITS

_SIGNATURES = [magic for magic, _ in decode._MAGIC] + [bom for bom, _ in decode._BOMS]


def _unwrap_refusal(data: bytes) -> str | None:
    try:
        decode.unwrap(data, "<bytes>", DEFAULT_LIMITS)
    except UnsupportedInputError as exc:
        return str(exc)
    return None


def _earlier_refusal(data: bytes) -> str | None:
    """The earlier loop of ``unwrap`` over the signatures (no gzip data here)."""
    for magic, what in decode._MAGIC:
        if data.startswith(magic):
            return str(UnsupportedInputError("<bytes>", f"this is {what}, not a web page or text"))
    if data[4:8] == b"ftyp":
        return str(UnsupportedInputError(
            "<bytes>", "this is an MP4/QuickTime media file, not a web page"))
    return None


@pytest.mark.parametrize("seed", [61, 62])
def test_the_single_calls_answer_as_the_loops(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = [b"<p>", b"text ", b"\t", b"\n", b"\r", b"\x0c", b"\x7f", b"\xc3\xa9", b"\xff",
                *CONTROL_BYTES]
    refused = flagged = 0
    for _ in range(3000):
        body = b"".join(rng.choices(alphabet, k=rng.randint(0, 40)))
        if rng.random() < 0.5:
            body = b"".join(rng.choices(alphabet[:9], k=rng.randint(0, 40)))
        head = rng.choice([b"", b"<html>", *_SIGNATURES, *(s[:-1] for s in _SIGNATURES)])
        data = head + body
        assert has_control_bytes(data) == any(c in data for c in CONTROL_BYTES)
        assert data.startswith(decode._BOM_PREFIXES) == any(
            data.startswith(bom) for bom, _ in decode._BOMS)
        if data[:2] != b"\x1f\x8b":  # (gzip data is inflated first)
            assert _unwrap_refusal(data) == _earlier_refusal(data)
        assert _unwrap_refusal(gzip.compress(data, mtime=0)) == _earlier_refusal(data)
        refused += _earlier_refusal(data) is not None
        flagged += has_control_bytes(data)
    assert refused > 300 and flagged > 300


def _earlier_html_markup(data: bytes) -> bool:
    """``decode.html_markup(data, None)`` in its earlier order (the control-byte scan before
    the head's tests)."""
    if not decode._PARSER_CHECKS_UTF8 or data.startswith(decode._BOM_PREFIXES):
        return False
    if decode._looks_utf16(data) is not None or has_control_bytes(data):
        return False
    head = data[: decode._HEAD_BYTES]
    declared = decode._declared_charset(head)
    if declared and declared not in decode._IGNORED_DECLARED:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    end = decode._html_head_end(text)
    return end is not None and end < len(text) and head[: end + 1].isascii()


@pytest.mark.parametrize("seed", [63, 64])
def test_html_markup_answers_as_in_its_earlier_order(seed: int) -> None:
    rng = random.Random(seed)
    heads = [b"", b"<html>", b"<!doctype html><html>", b"<p>", b"  <!-- c -->\n<body class=x>",
             b'<meta charset="latin-1"><p>', b'<meta charset="utf-8"><p>', b"<h1>caf\xc3\xa9",
             b"<html\xc3\xa9>", b"<\x00h\x00t\x00m\x00l\x00>\x00", b"Headline | NK News\n",
             b"\xef\xbb\xbf<html>", b"<div\xff>", b"text <b>bold</b>"]
    alphabet = [b"<p>", b"text ", b"\t", b"\n", b"\x0c", b"\xc3\xa9", b"\xff", *CONTROL_BYTES]
    accepted = scanned_out = 0
    for _ in range(3000):
        body = b"".join(rng.choices(alphabet[:6], k=rng.randint(0, 40)))
        if rng.random() < 0.4:
            at = rng.randint(0, len(body))
            body = body[:at] + rng.choice(alphabet[6:]) + body[at:]
        data = rng.choice(heads) + body
        earlier = _earlier_html_markup(data)
        assert decode.html_markup(data, None) == earlier
        assert not decode.html_markup(data, "text")
        accepted += earlier
        scanned_out += not earlier and has_control_bytes(data) and data[:1] == b"<"
    assert accepted > 300 and scanned_out > 300


def test_a_text_dump_is_scanned_for_control_bytes_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsparse.api import read_page

    scans: list[int] = []
    real = decode.has_control_bytes

    def counted(data: bytes) -> bool:
        scans.append(len(data))
        return real(data)

    monkeypatch.setattr(decode, "has_control_bytes", counted)
    read_page("Headline | NK News\n\nBy Colin Zwirko March 4, 2024\n\nText é.\n".encode())
    assert len(scans) == 1
