"""The lowest declared versions of newsparse's dependencies, for CI's lowest-versions job.

``python .ci/lowest_versions.py`` prints a pip constraints file pinning every core dependency
and every requirement of the ``test`` extra (what the test suite needs) to the floor that
pyproject.toml declares (``lxml>=6.0.2`` -> ``lxml==6.0.2``). A requirement without a ``>=``
floor is an error: every dependency must declare the lowest version it works with.

``python .ci/lowest_versions.py --check`` (run by the venv the constraints installed) checks
that the installed versions are those floors, so the tests really ran on them.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

import tomllib

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
_FLOOR = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*>=\s*([0-9][0-9A-Za-z.]*)")


def floors() -> dict[str, str]:
    """Distribution name -> declared lowest version, for the core and ``test`` requirements."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    requirements = project["dependencies"] + project["optional-dependencies"]["test"]
    out: dict[str, str] = {}
    for requirement in requirements:
        match = _FLOOR.fullmatch(requirement.strip())
        if match is None:
            raise SystemExit(f"pyproject.toml: {requirement!r} declares no '>=' floor")
        out[match.group(1)] = match.group(2)
    return out


def _padded(version: str) -> tuple[int, ...]:
    parts = [int(p) for p in re.findall(r"\d+", version.split("post")[0])][:3]
    return tuple(parts + [0] * (3 - len(parts)))


def main(argv: list[str]) -> int:
    wanted = floors()
    if argv[1:] == ["--check"]:
        wrong = {
            name: metadata.version(name) for name, floor in wanted.items()
            if _padded(metadata.version(name)) != _padded(floor)
        }
        for name, floor in wanted.items():
            print(f"{name} {metadata.version(name)} (floor {floor})")
        if wrong:
            print(f"installed versions are not the declared floors: {wrong}", file=sys.stderr)
            return 1
        return 0
    for name, floor in wanted.items():
        print(f"{name}=={floor}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
