"""How long a selection change takes in the Growth factors view: updating the radar's artists, and the
redraw the user sees. Prints a small table; run `python benchmarks/radar_update.py [--runs N]`."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60, help="selection changes to time (default 60)")
    args = parser.parse_args()

    from dermacounsel.services.catalogue import Catalogue
    from dermacounsel.ui.app import make_application, quiet_qt_noise
    from dermacounsel.ui.growth_factors_view import GrowthFactorsView

    quiet_qt_noise()
    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        catalogue = Catalogue.open(Path(folder) / "bench.sqlite3")
        started = time.perf_counter()
        view = GrowthFactorsView(catalogue)
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        view.chart_widget.canvas.draw()
        opened = time.perf_counter() - started

        selections = [
            ["EGF", "FGF"],
            ["PDGF", "IGF-1", "TGF-β"],
            ["EGF", "FGF", "PDGF", "IGF-1", "TGF-β", "PRP+FGF"],
            ["IGF-1"],
            ["FGF", "PRP+FGF"],
        ]
        update, redraw = [], []
        for run in range(args.runs):
            keys = selections[run % len(selections)]
            start = time.perf_counter()
            view.set_selection(keys)  # updates the artists and blits them over the saved background
            middle = time.perf_counter()
            app.processEvents()
            view.repaint()  # the widget on screen shows the new chart
            end = time.perf_counter()
            update.append((middle - start) * 1000)
            redraw.append((end - start) * 1000)
        view.close()
        catalogue.close()

    print(f"{'figure':<44} {'median':>10} {'p90':>10}")
    print(f"{'first open of the view (incl. matplotlib)':<44} {opened * 1000:>8.1f}ms {'':>10}")
    for name, values in (
        ("selection change: chart and cards updated", update),
        ("selection change: until on screen", redraw),
    ):
        p90 = statistics.quantiles(values, n=10)[-1]
        print(f"{name:<44} {statistics.median(values):>8.1f}ms {p90:>8.1f}ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
