"""Floor for the comparison sheet: a bare QTextDocument table of comparable size printed to a PDF, and a
bare matplotlib radar of three series saved as PNG. Usage: python floor_sheet.py OUT_FOLDER"""

import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from matplotlib.figure import Figure  # noqa: E402
from PySide6.QtCore import QMarginsF  # noqa: E402
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

out = Path(sys.argv[1])
app = QApplication(sys.argv[:1])
rows = "".join(
    f"<tr><td>Component {r}</td>" + "".join(f"<td>✓ value {r}.{c}</td>" for c in range(3)) + "</tr>" for r in range(24)
)
document = QTextDocument()
document.setHtml(f"<h1>Comparison</h1><table border='1' cellpadding='4' width='100%'>{rows}</table>")
writer = QPdfWriter(str(out / "floor.pdf"))
writer.setPageLayout(
    QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(16, 14, 16, 16),
        QPageLayout.Unit.Millimeter,
    )
)
document.print_(writer)
figure = Figure(figsize=(7.2, 6.2), dpi=100)
axes = figure.add_subplot(projection="polar")
angles = [2 * math.pi * i / 6 for i in range(7)]
for series in ((3, 2, 3, 1, 2, 0), (3, 3, 3, 3, 1, 0), (2, 3, 2, 1, 0, 0)):
    values = [*series, series[0]]
    axes.plot(angles, values)
    axes.fill(angles, values, alpha=0.2)
figure.savefig(out / "floor.png", dpi=160)
