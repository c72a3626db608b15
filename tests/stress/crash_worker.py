"""A process that changes the catalogue over and over and says so after each commit, to be killed with
SIGKILL at a random moment by the crash-safety test.

Usage: python crash_worker.py DB {edits|imports} FILE_A FILE_B
Prints "ack <state>" after every committed transaction; <state> says what the database now holds.
"""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path

from dermacounsel.storage.catalogue_import import import_catalogue
from dermacounsel.storage.database import open_database
from dermacounsel.storage.editing import CatalogueEditor


def main() -> None:
    database_path, mode, file_a, file_b = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
    database = open_database(Path(database_path))
    editor = CatalogueEditor(database)
    print("ready", flush=True)
    for step in count():
        if mode == "edits":
            level = step % 4
            editor.set_rating("EGF", "angiogenesis", level)
            print(f"ack {level}", flush=True)
        else:
            name = "A" if step % 2 == 0 else "B"
            import_catalogue(database, file_a if name == "A" else file_b, replace=True)
            print(f"ack {name}", flush=True)


if __name__ == "__main__":
    main()
