"""SIGKILL during edits, imports, merges (in-process, through the `import` command, and two writers at
once) never leaves a damaged database, half a transaction, or a lost acknowledged change (a short run;
tests/stress/crash_safety.py runs longer). And the check can fail: a worker that acknowledges merges it
never writes is caught."""

from __future__ import annotations

from tests.stress.crash_safety import MODES, run


def test_killing_the_process_mid_change_loses_nothing() -> None:
    outcome = run(kills=len(MODES), seed=7)  # one of each kind
    assert outcome.kills == len(MODES)
    assert outcome.transactions_acknowledged > 0  # the kills did interrupt real work
    assert (outcome.unsound, outcome.half_applied, outcome.lost) == (0, 0, 0), outcome.notes


def test_the_check_catches_a_worker_that_acknowledges_what_it_never_wrote() -> None:
    """The review's mutated worker scored "0 lost" under the old check, whose allowed set always held both
    import states; the merges' check looks for each acknowledged import's own rows."""
    outcome = run(kills=2, seed=3, modes=("merges", "two-writers"), worker_mode="lying-merges")
    assert outcome.lost > 0 and outcome.transactions_acknowledged >= outcome.lost
    assert all("not there" in note for note in outcome.notes)


def test_the_check_catches_a_worker_that_acknowledges_imports_it_never_made() -> None:
    """The same for whole catalogues (--replace and restore): with four states in turn, the one a lost
    import leaves is neither the acknowledged state nor the next."""
    outcome = run(kills=3, seed=5, modes=("imports",), worker_mode="lying-imports", window=(0.5, 1.5))
    assert outcome.lost > 0, outcome
    assert all("acknowledged W" in note for note in outcome.notes)
