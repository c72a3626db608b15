"""The radar's words in the interface's language: charts have no Qt (an import contract), so its one
fixed sentence is translated here, for every chart the app draws (screen, sheet, command line)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dermacounsel.reports.pages import document_language


def radar_wording() -> dict[str, Any]:
    """Keyword arguments for RadarChart: its language (typefaces, wrapping), the inferred-column note and
    the legend's note on identical profiles."""
    return {
        "language": document_language(),
        "inferred_note": QCoreApplication.translate(
            "RadarChart", "dashed: a column inferred from the article's text, not printed in its table"
        ),
        "same_profile": QCoreApplication.translate("RadarChart", "{series} (same profile as {other})"),
    }
