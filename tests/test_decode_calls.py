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
