"""PySide6 widgets: the main window and one module per view."""
