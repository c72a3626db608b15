"""Kill a process that is changing the catalogue with SIGKILL at random moments, reopen the database,
and check it: sound (integrity_check), holding exactly the state before or after the interrupted
transaction, and every acknowledged change still there. Used by tests/test_crash_safety.py (a few kills)
and runnable for longer: `python tests/stress/crash_safety.py --kills 200`."""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

WORKER = Path(__file__).with_name("crash_worker.py")


@dataclass
class Outcome:
    kills: int = 0
    transactions_acknowledged: int = 0
    half_applied: int = 0
    lost: int = 0
    unsound: int = 0
    notes: list[str] = field(default_factory=list)


def _catalogue_files(folder: Path) -> tuple[Path, Path]:
    """Two whole catalogues that differ: A is the article's, B adds a product and changes a rating."""
    from dermacounsel import paths

    data = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    a = folder / "a.json"
    a.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    data["products"].append(
        {
            "name": "Crash Test Serum",
            "components": [{"kind": "functional", "name": "Urea", "ingredient": "urea"}],
            "source": "article",
        }
    )
    data["growth_factors"][0]["ratings"]["angiogenesis"] = 3
    b = folder / "b.json"
    b.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return a, b


def _export(database: Path) -> str:
    """The whole catalogue as the file format writes it, after reopening (which rolls back an
    interrupted transaction from its journal)."""
    from dermacounsel.storage.catalogue_db import read_catalogue_document
    from dermacounsel.storage.catalogue_file import dump_catalogue
    from dermacounsel.storage.database import open_database

    opened = open_database(database)
    try:
        with opened.reading() as session:
            return dump_catalogue(read_catalogue_document(session))
    finally:
        opened.close()


def _level(export: str) -> int:
    egf = next(g for g in json.loads(export)["growth_factors"] if g["key"] == "EGF")
    rating = egf["ratings"]["angiogenesis"]
    return int(rating if isinstance(rating, int) else rating["level"])


def run(kills: int, seed: int = 1) -> Outcome:
    from dermacounsel.storage.database import open_database

    rng = random.Random(seed)
    outcome = Outcome()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        file_a, file_b = _catalogue_files(folder)
        database = folder / "crash.sqlite3"
        open_database(database).close()
        exports = {}
        for name, source in (("A", file_a), ("B", file_b)):
            scratch = folder / f"{name}.sqlite3"
            open_database(scratch, seed=source).close()
            exports[name] = _export(scratch)
        before = _export(database)
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH", "")]),
        }
        for attempt in range(kills):
            mode = "edits" if attempt % 2 == 0 else "imports"
            worker = subprocess.Popen(
                [sys.executable, str(WORKER), str(database), mode, str(file_a), str(file_b)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                text=True,
                bufsize=1,
            )
            assert worker.stdout is not None
            assert worker.stdout.readline().strip() == "ready"
            acknowledged: list[str] = []
            deadline = time.monotonic() + rng.uniform(0.05, 0.8)
            while time.monotonic() < deadline:
                ready, _, _ = select.select([worker.stdout], [], [], max(0.0, deadline - time.monotonic()))
                if ready:
                    line = worker.stdout.readline()
                    if line.startswith("ack "):
                        acknowledged.append(line.split()[1])
            os.kill(worker.pid, signal.SIGKILL)
            worker.wait()
            for line in worker.stdout.read().splitlines():  # acknowledged before the kill, read after
                if line.startswith("ack "):
                    acknowledged.append(line.split()[1])
            outcome.kills += 1
            outcome.transactions_acknowledged += len(acknowledged)
            connection = sqlite3.connect(database)
            verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
            connection.close()
            if verdict != "ok":
                outcome.unsound += 1
                outcome.notes.append(f"kill {attempt}: integrity_check said {verdict}")
                continue
            after = _export(database)
            if mode == "imports":
                # the whole catalogue is one of the two files, or what it was before this run: never a mix
                wholes = {before, exports["A"], exports["B"]}
                if after not in wholes:
                    outcome.half_applied += 1
                    outcome.notes.append(f"kill {attempt} (imports): the catalogue is none of the whole states")
                    before = after
                    continue
                last = acknowledged[-1] if acknowledged else None
                allowed = {exports[last], exports["B" if last == "A" else "A"]} if last else {before, exports["A"]}
                state = "an acknowledged or the next state" if after in allowed else "an older state"
                expected = {"an acknowledged or the next state"}
            else:
                state = str(_level(after))
                last = acknowledged[-1] if acknowledged else None
                expected = {last, str((int(last) + 1) % 4)} if last else {str(_level(before)), "0"}
            if state not in expected:
                outcome.lost += 1
                outcome.notes.append(f"kill {attempt} ({mode}): acknowledged {last}, found {state}")
            before = after
    return outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    outcome = run(args.kills, args.seed)
    print(f"kills tried: {outcome.kills}")
    print(f"transactions acknowledged before the kills: {outcome.transactions_acknowledged}")
    print(f"databases failing integrity_check: {outcome.unsound}")
    print(f"half-applied transactions found: {outcome.half_applied}")
    print(f"acknowledged changes lost: {outcome.lost}")
    print(f"time: {time.monotonic() - started:.0f} s")
    for note in outcome.notes:
        print(note)
    return 0 if not (outcome.unsound or outcome.half_applied or outcome.lost) else 1


if __name__ == "__main__":
    sys.exit(main())
