"""How long `dermacounsel sheet` takes for three products, in-process, with the first write (which
loads matplotlib and the fonts) reported apart. Run `python benchmarks/sheet_write.py [--runs N]`."""

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
    parser.add_argument("--runs", type=int, default=10, help="sheets to write after the first (default 10)")
    args = parser.parse_args()

    from dermacounsel.reports import comparison_sheet
    from dermacounsel.reports.common import CAVEAT_KEY, Caveat, ClinicHeader
    from dermacounsel.storage import reference
    from dermacounsel.storage.database import open_database
    from dermacounsel.ui.app import make_application, quiet_qt_noise

    quiet_qt_noise()
    make_application()
    products = ["Benev", "AmnioGenics", "REJURAN"]
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite3")
        times = []
        for run in range(args.runs + 1):
            start = time.perf_counter()
            with database.reading() as session:  # what `dermacounsel sheet` reads for the sheet
                source = reference.statement_source(session, CAVEAT_KEY)
                content = comparison_sheet.compose(
                    details=reference.product_details(session, products),
                    links=reference.product_links(session, names=products),
                    cards=reference.growth_factor_cards(session),
                    every_product=reference.product_names(session),
                    scale=reference.rating_scale(session),
                    caveat=Caveat(reference.statement(session, CAVEAT_KEY), source.citation if source else ""),
                    clinic=ClinicHeader("Clinic", "Address"),
                    patient="Patient",
                )
            pages = comparison_sheet.write_pdf(content, "a4", Path(folder) / f"sheet{run}.pdf")
            times.append((time.perf_counter() - start) * 1000)
        database.close()
    print(f"{'figure':<40} {'value':>10}")
    print(f"{f'first sheet (3 products, {pages} pages)':<40} {times[0]:>8.1f}ms")
    print(f"{'later sheets, median':<40} {statistics.median(times[1:]):>8.1f}ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
