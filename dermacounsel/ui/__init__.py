"""PySide6 widgets: the main window and one module per view."""

from dermacounsel import qt_binding as _qt_binding  # noqa: F401  (first: PySide6 without its source cache)
