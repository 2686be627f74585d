"""Every fixture folder: the whole serialised article must equal expected.json.

Regenerate after a deliberate change with ``pytest tests/test_fixtures.py --regen`` and review
the result with ``git diff fixtures/``.
"""

from __future__ import annotations

import json

import pytest
from conftest import skip_unless_present
from fixture_cases import Case, cases

from newsparse.testing import builtin_registry

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture(case: Case, regen: bool) -> None:
    skip_unless_present(case.path)
    got = case.run()
    if regen or not case.expected_path.exists():
        case.expected_path.write_text(
            json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        if not regen:
            pytest.fail(f"wrote missing {case.expected_path}; review it and commit")
        return
    expected = json.loads(case.expected_path.read_text(encoding="utf-8"))
    assert got == expected, (
        f"{case.id} differs from expected.json; if the change is intended, run "
        f"`pytest tests/test_fixtures.py --regen -k '{case.id}'` and review `git diff fixtures/`"
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture_routes_to_declared_adapter(case: Case) -> None:
    skip_unless_present(case.path)
    assert case.resolve().adapter.name == case.meta["adapter"]


def test_fixture_meta_is_complete() -> None:
    for case in CASES:
        assert {"adapter", "source"} <= case.meta.keys(), case.id
        assert "url" in case.meta, case.id


def test_every_builtin_adapter_has_a_fixture() -> None:
    covered = {case.meta["adapter"] for case in CASES}
    builtin = {e.adapter.name for e in builtin_registry()}
    assert builtin <= covered, f"adapters without a fixture: {sorted(builtin - covered)}"
