"""The self-test: every view opened offscreen on a scratch copy of the catalogue, exercised once through
what its user would do, and timed. `dermacounsel selftest` runs it; a failing view is named."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: What each view is asked to do once it is open: what a doctor or receptionist would do first.
EXERCISES: dict[str, Callable[[Any], object]] = {
    "explorer": lambda v: (v.set_procedure("dermapen"), v.set_depth(1.5), v.select_region("dermis")),
    "growth-factors": lambda v: (
        v.set_selection(["EGF", "FGF", "IGF-1"]),
        v.rank_effect(4),
        v.chart_widget.canvas.draw(),
    ),
    "compare": lambda v: v.set_products(v.all_names[:3]),
    "counsel": lambda v: v.set_concerns(["deep-wrinkles", "dryness"]),
    "ingredients": lambda v: v.filter_box.setText("acid"),
    "procedures": lambda v: v.filter_box.setText("depth"),
    "edit": lambda v: v.tabs.setCurrentIndex(1),
}


def selftest(source: Path) -> int:
    """Run every view on a copy of the catalogue at `source` (never the real one); 0 when all pass."""
    # offscreen, keeping the options of an offscreen platform chosen already ("offscreen:configfile=…"):
    # the application made here is the process's only one, and a caller that goes on (a test session)
    # keeps the screen and window-system behaviour it configured
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from dermacounsel.services.catalogue import Catalogue
    from dermacounsel.ui.app import make_application, quiet_qt_noise
    from dermacounsel.ui.main_window import MainWindow

    quiet_qt_noise()
    app = make_application()
    failed: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        with Catalogue.open(source) as original:
            scratch = original.back_up("manual", to=Path(folder) / "selftest.sqlite3").path
        with Catalogue.open(scratch) as catalogue:
            window = MainWindow(catalogue)
            window.resize(1280, 800)
            window.show()
            app.processEvents()
            print(f"{'view':<16} {'open':>9} {'exercise':>9}")
            for key in window.view_keys():
                try:
                    if key == "edit":
                        window.set_edit_mode(True)
                    start = time.perf_counter()
                    view = window.view(key)  # created here, not in a signal handler, so a failure is caught
                    window.show_view(key)
                    app.processEvents()
                    opened = time.perf_counter()
                    EXERCISES.get(key, lambda v: None)(view)
                    app.processEvents()
                    view.grab()  # paint it
                    done = time.perf_counter()
                    print(f"{key:<16} {(opened - start) * 1000:>7.0f}ms {(done - opened) * 1000:>7.0f}ms")
                except Exception:  # report which view failed, and go on with the others
                    failed.append(key)
                    print(f"{key:<16} FAILED\n{traceback.format_exc()}", file=sys.stderr)
            window.set_edit_mode(False)
            window.close()
            window.deleteLater()  # closing hides a window; a caller that goes on (a test) should not keep it
            count = len(window.view_keys())
    if failed:
        print(f"selftest failed: {', '.join(failed)}")
        return 1
    print(f"selftest passed: {count} views")
    return 0
