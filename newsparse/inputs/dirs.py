"""Walking directories: which files are read (see :func:`walk`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

__all__ = ["NOT_PAGE_SUFFIXES", "walk"]

NOT_PAGE_SUFFIXES = frozenset(
    """.css .js .mjs .map .json .csv .tsv .parquet .png .jpg .jpeg .gif .webp .avif .svg .ico
    .bmp .tif .tiff .pdf .zip .tar .bz2 .xz .7z .rar .zst .woff .woff2 .ttf .otf .eot .mp3 .mp4
    .m4a .webm .ogg .wav .avi .mov .mkv .exe .dll .so .bin .wasm .pyc .db .sqlite""".split()  # noqa: SIM905 - a word list reads better as text
)
"""Suffixes of files a directory walk skips (and counts) without reading them."""


def walk(root: str) -> Iterator[tuple[str, str | None]]:
    """Yield ``(path, reason)`` for every file under ``root``, in sorted order, recursively.

    Hidden files and directories (names starting with ``.``) are not visited. ``reason`` is
    ``None`` for a file to read (it is then sniffed: a WARC archive, a feed, a page, or a binary
    file that is skipped), or says why the file is skipped without reading it (a suffix in
    :data:`NOT_PAGE_SUFFIXES`, or not a regular file). Symbolic links to files are followed;
    links to directories are not, so a walk cannot loop.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda entry: entry.name)
    except OSError as exc:
        yield root, f"cannot list the directory ({exc.strerror or exc})"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(root, entry.name)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from walk(path)
                continue
            regular = entry.is_file()
        except OSError:
            regular = False
        if not regular:
            yield path, "not a regular file"
            continue
        suffixes = Path(entry.name.lower()).suffixes
        suffix = suffixes[-2] if suffixes[-1:] == [".gz"] and len(suffixes) > 1 else (
            suffixes[-1] if suffixes else "")
        yield path, (f"a {suffix} file, not a page" if suffix in NOT_PAGE_SUFFIXES else None)
