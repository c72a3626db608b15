"""GUI test helpers: show a widget as the user would see it, with the app's style."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QWidget

from dermacounsel.ui import language
from dermacounsel.ui.app import make_application


@pytest.fixture
def show(qtbot) -> Callable[[QWidget], QWidget]:
    """Show `widget` at a laptop-window size with the app's fonts and style sheet, once it is exposed."""

    def shown(widget: QWidget, width: int = 1100, height: int = 760) -> QWidget:
        make_application()
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return shown


@pytest.fixture
def japanese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's and Qt's Japanese translations installed for the test, English again after it. (The
    application is made first: making it installs the saved language, which would undo Japanese.)"""
    make_application()
    language.install_translators("ja")
    yield
    language.install_translators("en")
