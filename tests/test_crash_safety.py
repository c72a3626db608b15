"""SIGKILL during edits and imports never leaves a damaged database, half a transaction, or a lost
acknowledged change (a short run; tests/stress/crash_safety.py runs longer)."""

from __future__ import annotations

from tests.stress.crash_safety import run


def test_killing_the_process_mid_change_loses_nothing() -> None:
    outcome = run(kills=8, seed=7)
    assert outcome.kills == 8
    assert outcome.transactions_acknowledged > 0  # the kills did interrupt real work
    assert (outcome.unsound, outcome.half_applied, outcome.lost) == (0, 0, 0), outcome.notes
