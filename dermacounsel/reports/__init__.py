"""Printable documents (comparison sheets, consultation summaries), built as QTextDocument/HTML."""

from dermacounsel import qt_binding as _qt_binding  # noqa: F401  (first: PySide6 without its source cache)
