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
    #: acknowledged transactions and kills by kind of work, and kills that left a hot journal to roll back
    acknowledged_by_mode: dict[str, int] = field(default_factory=dict)
    kills_by_mode: dict[str, int] = field(default_factory=dict)
    hot_journals: int = 0


def _catalogue_files(folder: Path, products: int = 0) -> tuple[Path, Path]:
    """Two whole catalogues that differ: A is the article's (with `products` generated products more, so
    that SQLite's cache spills into the file mid-transaction), B adds a product and changes a rating."""
    from dermacounsel import paths

    a = folder / "a.json"
    data = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    # short products, so that 20,000 of them stay well under the import's size limit (6 MiB)
    data["products"] += [
        {"name": f"Stress serum {index:05d}", "components": [{"kind": "other", "name": "Water"}], "source": "article"}
        for index in range(products)
    ]
    a.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    b = folder / "b.json"
    for level in range(WHOLE_STATES):  # W0..W3: each a rating level and a product of its own
        state = json.loads(json.dumps(data))
        state["products"].append(
            {
                "name": f"Crash Test Serum {level}",
                "components": [{"kind": "functional", "name": "Urea", "ingredient": "urea"}],
                "source": "article",
            }
        )
        state["growth_factors"][0]["ratings"]["angiogenesis"] = level
        (folder / f"w{level}.json").write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    b.write_bytes((folder / "w1.json").read_bytes())
    return a, b


#: How many whole catalogues the --replace and restore workers cycle through: with four, the state a lost
#: import leaves (the one before the acknowledged one) is neither the acknowledged state nor the next.
WHOLE_STATES = 4


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


#: The kinds of work killed, in turn: a rating edited, whole catalogues imported (--replace, in the library
#: and through the `import` command), merges that each add a product of their own, the same through the
#: `import` command (with its before-import backup and a `backup` now and then), two merging processes at
#: once, and `restore` of backups holding the two whole catalogues.
MODES = ("edits", "imports", "cli-replaces", "merges", "cli-merges", "two-writers", "restores")
#: The modes whose every step leaves one whole catalogue, A or B.
WHOLE = ("imports", "cli-replaces", "restores")


def _start(
    database: Path, mode: str, file_a: Path, file_b: Path, tag: str, env: dict[str, str]
) -> subprocess.Popen[str]:
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(database), mode, str(file_a), str(file_b), tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
        bufsize=1,
    )
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "ready"
    return worker


def _acknowledged_until_killed(workers: list[subprocess.Popen[str]], seconds: float) -> list[list[str]]:
    """Each worker's acknowledgements, read until `seconds` have passed and then after the SIGKILL."""
    acknowledged: list[list[str]] = [[] for _ in workers]
    streams = {worker.stdout: index for index, worker in enumerate(workers)}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select(list(streams), [], [], max(0.0, deadline - time.monotonic()))
        for stream in ready:
            line = stream.readline()  # type: ignore[union-attr]
            if line.startswith("ack "):
                acknowledged[streams[stream]].append(line.split()[1])
    for worker in workers:
        os.kill(worker.pid, signal.SIGKILL)
    for index, worker in enumerate(workers):
        worker.wait()
        assert worker.stdout is not None
        for line in worker.stdout.read().splitlines():  # acknowledged before the kill, read after
            if line.startswith("ack "):
                acknowledged[index].append(line.split()[1])
    return acknowledged


def _merged_products(export: str, tag: str) -> set[int]:
    """The steps of one worker whose products the catalogue holds (product `<tag>-<step>`)."""
    prefix = f"{tag}-"
    steps = set()
    for product in json.loads(export)["products"]:
        name = product["name"] if isinstance(product["name"], str) else product["name"]["en"]
        if name.startswith(prefix):
            steps.add(int(name.removeprefix(prefix)))
    return steps


def run(
    kills: int,
    seed: int = 1,
    modes: tuple[str, ...] = MODES,
    worker_mode: str | None = None,
    products: int = 0,
    window: tuple[float, float] = (0.05, 0.8),
) -> Outcome:
    """`kills` kills, going through `modes` in turn, each after a random `window` of seconds, on the
    article's catalogue plus `products` generated ones. `worker_mode` replaces the merging workers' mode
    (the tests pass "lying-merges" or "lying-imports", a worker that acknowledges what it never writes,
    to see the check fail)."""
    from dermacounsel.storage.database import open_database

    rng = random.Random(seed)
    outcome = Outcome()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        file_a, file_b = _catalogue_files(folder, products)
        database = folder / "crash.sqlite3"
        open_database(database, seed=file_a).close()
        exports = {}
        for level in range(WHOLE_STATES):
            scratch = folder / f"W{level}.sqlite3"
            open_database(scratch, seed=folder / f"w{level}.json").close()
            exports[f"W{level}"] = _export(scratch)
        before = _export(database)
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH", "")]),
        }
        for attempt in range(kills):
            mode = modes[attempt % len(modes)]
            merging = mode not in ("edits", *WHOLE)
            tags = [f"k{attempt}w{n}" for n in range(2 if mode == "two-writers" else 1)]
            started_mode = "merges" if mode == "two-writers" else mode
            if worker_mode is not None:
                started_mode = worker_mode
            workers = [_start(database, started_mode, file_a, file_b, tag, env) for tag in tags]
            acknowledged = _acknowledged_until_killed(workers, rng.uniform(*window))
            outcome.kills += 1
            outcome.transactions_acknowledged += sum(len(acks) for acks in acknowledged)
            outcome.kills_by_mode[mode] = outcome.kills_by_mode.get(mode, 0) + 1
            outcome.acknowledged_by_mode[mode] = outcome.acknowledged_by_mode.get(mode, 0) + sum(map(len, acknowledged))
            journal = database.with_name(database.name + "-journal")
            if journal.exists() and journal.stat().st_size > 0:
                outcome.hot_journals += 1
            connection = sqlite3.connect(database)
            verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
            connection.close()
            if verdict != "ok":
                outcome.unsound += 1
                outcome.notes.append(f"kill {attempt}: integrity_check said {verdict}")
                continue
            after = _export(database)
            if merging:
                # each acknowledged merge's own product is there; beyond them at most the one in flight
                for tag, acks in zip(tags, acknowledged, strict=True):
                    present = _merged_products(after, tag)
                    missing = [name for name in acks if int(name.rsplit("-", 1)[1]) not in present]
                    if missing:
                        outcome.lost += len(missing)
                        outcome.notes.append(f"kill {attempt} ({mode}): acknowledged {', '.join(missing)}, not there")
                    if not present <= set(range(len(acks) + 1)):
                        outcome.half_applied += 1
                        outcome.notes.append(f"kill {attempt} ({mode}): {tag} holds steps {sorted(present)}")
                before = after
                continue
            if mode in WHOLE:
                # the whole catalogue is one of the two files, or what it was before this run: never a mix
                wholes = {before, *exports.values()}
                if after not in wholes:
                    outcome.half_applied += 1
                    outcome.notes.append(f"kill {attempt} ({mode}): the catalogue is none of the whole states")
                    before = after
                    continue
                acks = acknowledged[0]
                last = acks[-1] if acks else None
                # the last acknowledged state, or the next one if its commit landed just before the kill;
                # with nothing acknowledged, the state before or the first import's
                following = f"W{(int(last[1:]) + 1) % WHOLE_STATES}" if last else "W0"
                allowed = {exports[last], exports[following]} if last else {before, exports["W0"]}
                state = "an acknowledged or the next state" if after in allowed else "an older state"
                expected = {"an acknowledged or the next state"}
            else:
                acks = acknowledged[0]
                state = str(_level(after))
                last = acks[-1] if acks else None
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
    parser.add_argument("--products", type=int, default=0, help="generated products added to the catalogue")
    parser.add_argument(
        "--window", type=float, nargs=2, default=(0.05, 0.8), metavar=("LOW", "HIGH"), help="seconds before a kill"
    )
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    args = parser.parse_args()
    started = time.monotonic()
    outcome = run(args.kills, args.seed, tuple(args.modes), products=args.products, window=tuple(args.window))
    print(f"catalogue: {args.products + 5:,} products; modes: {', '.join(args.modes)}")
    print(f"kills tried: {outcome.kills}")
    print(f"transactions acknowledged before the kills: {outcome.transactions_acknowledged}")
    for mode in args.modes:
        print(
            f"  {mode}: {outcome.kills_by_mode.get(mode, 0)} kills, "
            f"{outcome.acknowledged_by_mode.get(mode, 0)} acknowledged"
        )
    print(f"kills that left a hot journal (rolled back at the next opening): {outcome.hot_journals}")
    print(f"databases failing integrity_check: {outcome.unsound}")
    print(f"half-applied transactions found: {outcome.half_applied}")
    print(f"acknowledged changes lost: {outcome.lost}")
    print(f"time: {time.monotonic() - started:.0f} s")
    for note in outcome.notes:
        print(note)
    return 0 if not (outcome.unsound or outcome.half_applied or outcome.lost) else 1


if __name__ == "__main__":
    sys.exit(main())
