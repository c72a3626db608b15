"""A rating edit seen by a second client: one client (no window) changes a rating; a second client's
window, watching for changes as the app does (every 2 s), shows it in its editor's ratings grid. Prints
the medians, in milliseconds, of the write, of the time until the second window shows it, and of one
look at the catalogue's change mark. Usage: python second_client.py LOCATION [REPEATS]"""

from __future__ import annotations

import statistics
import sys
import time


def main(location: str, repeats: int) -> None:
    from PySide6.QtCore import QEventLoop, Qt

    from dermacounsel.services.catalogue import Catalogue
    from dermacounsel.ui.app import make_application
    from dermacounsel.ui.main_window import MainWindow

    app = make_application()
    desk, watching = Catalogue.open(location), Catalogue.open(location)
    window = MainWindow(watching)
    window.resize(1280, 800)
    window.show()
    window.set_edit_mode(True)
    app.processEvents()
    editor = window.current_view()
    editor.tabs.setCurrentWidget(editor.ratings)
    window.watch_for_changes()
    marks = []
    for _ in range(20):
        start = time.perf_counter()
        watching.change_mark()
        marks.append((time.perf_counter() - start) * 1000)
    writes, seen = [], []
    for index in range(repeats):
        level = (3, 0)[index % 2]
        deadline = time.perf_counter() + 0.7  # the watcher's baseline is read; edits start at varied phases
        while time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        start = time.perf_counter()
        desk.editor.set_rating("EGF", "angiogenesis", level)
        writes.append((time.perf_counter() - start) * 1000)
        cell = editor.ratings.cell_index  # the grid's model index of a cell; its edit role holds the level
        while cell("EGF", "angiogenesis").data(Qt.ItemDataRole.EditRole) != level:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
            if time.perf_counter() - start > 10:
                raise SystemExit("the second client never showed the edit")
        seen.append((time.perf_counter() - start) * 1000)
    print("write", statistics.median(writes))
    print("seen", statistics.median(seen))
    print("mark", statistics.median(marks))
    window.watcher.stop()
    window.close()
    desk.close()
    watching.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5)
