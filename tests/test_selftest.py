"""`dermacounsel selftest` opens every view, exercises it and names the one that fails."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dermacounsel.cli import main
from dermacounsel.ui.views import VIEWS


def test_selftest_passes_and_times_every_view(database_path: Path, capsys) -> None:
    before = hashlib.sha256(database_path.read_bytes()).hexdigest()
    assert main(["--db", str(database_path), "selftest"]) == 0
    out = capsys.readouterr().out
    for spec in VIEWS:
        assert f"\n{spec.key}" in out
    assert f"selftest passed: {len(VIEWS)} views" in out
    assert hashlib.sha256(database_path.read_bytes()).hexdigest() == before  # it works on a copy


def test_selftest_names_the_view_that_fails(database_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    from dermacounsel.ui.counsel_view import CounselView

    def broken(self, keys):
        raise RuntimeError("a broken view")

    monkeypatch.setattr(CounselView, "set_concerns", broken)
    assert main(["--db", str(database_path), "selftest"]) == 1
    captured = capsys.readouterr()
    assert "selftest failed: counsel" in captured.out and "a broken view" in captured.err
