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
    from dermacounsel.reports.common import Caveat, ClinicHeader
    from dermacounsel.services.catalogue import Catalogue
    from dermacounsel.ui.app import make_application, quiet_qt_noise

    quiet_qt_noise()
    make_application()
    products = ["benev", "amniogenics", "rejuran"]
    with tempfile.TemporaryDirectory() as folder:
        catalogue = Catalogue.open(Path(folder) / "bench.sqlite3")
        times = []
        for run in range(args.runs + 1):
            start = time.perf_counter()
            content = comparison_sheet.compose(  # what `dermacounsel sheet` reads for the sheet
                details=catalogue.product_details(products),
                links=catalogue.product_links(keys=products),
                cards=catalogue.growth_factor_cards(),
                every_product=catalogue.product_names(),
                scale=catalogue.rating_scale(),
                caveat=Caveat(*catalogue.caveat()),
                clinic=ClinicHeader("Clinic", "Address"),
                patient="Patient",
            )
            pages = comparison_sheet.write_pdf(content, "a4", Path(folder) / f"sheet{run}.pdf")
            times.append((time.perf_counter() - start) * 1000)
        catalogue.close()
    print(f"{'figure':<40} {'value':>10}")
    print(f"{f'first sheet (3 products, {pages} pages)':<40} {times[0]:>8.1f}ms")
    print(f"{'later sheets, median':<40} {statistics.median(times[1:]):>8.1f}ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
