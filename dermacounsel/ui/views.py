"""The views the main window offers, in navigation order. A new view is one more entry here: the main
window builds its navigation from this list and creates each view the first time it is opened."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from dermacounsel.services.catalogue import Catalogue


@dataclass(frozen=True)
class ViewSpec:
    """One entry of the navigation.

    Attributes:
        key: stable name, used by the command line (`render KEY`) and saved settings.
        title: the navigation label (translated when shown).
        description: the navigation tooltip.
        target: "module:Class" of the widget, imported only when the view is first opened.
    """

    key: str
    title: str
    description: str
    target: str
    editing: bool = False  # shown only in "Edit catalogue" mode, never to patients
    plain_title: str = ""  # the navigation label in presentation mode, in a patient's words
    menu_title: str = ""  # the View menu's item: the title with its access key ("&Compare", 比較(&C))

    def translated_title(self) -> str:
        return QCoreApplication.translate("views", self.title)

    def translated_plain_title(self) -> str:
        return QCoreApplication.translate("views", self.plain_title) if self.plain_title else self.translated_title()

    def translated_menu_title(self) -> str:
        return QCoreApplication.translate("views", self.menu_title) if self.menu_title else self.translated_title()

    def translated_description(self) -> str:
        return QCoreApplication.translate("views", self.description)

    def create(self, catalogue: Catalogue, parent: QWidget | None = None) -> QWidget:
        module_name, class_name = self.target.split(":")
        widget_class = getattr(importlib.import_module(module_name), class_name)
        widget: QWidget = widget_class(catalogue, parent)
        return widget


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec(
        "explorer",
        QT_TRANSLATE_NOOP("views", "Skin explorer"),
        QT_TRANSLATE_NOOP(
            "views", "A cross-section of facial skin: what acts at each layer, and how deep procedures reach"
        ),
        "dermacounsel.ui.explorer.view:ExplorerView",
        plain_title=QT_TRANSLATE_NOOP("views", "Your skin"),
        menu_title=QT_TRANSLATE_NOOP("views", "&Skin explorer"),
    ),
    ViewSpec(
        "growth-factors",
        QT_TRANSLATE_NOOP("views", "Growth factors"),
        QT_TRANSLATE_NOOP("views", "Radar charts of the article's ratings, for growth factors and for products"),
        "dermacounsel.ui.growth_factors_view:GrowthFactorsView",
        plain_title=QT_TRANSLATE_NOOP("views", "How growth factors work"),
        menu_title=QT_TRANSLATE_NOOP("views", "&Growth factors"),
    ),
    ViewSpec(
        "compare",
        QT_TRANSLATE_NOOP("views", "Compare"),
        QT_TRANSLATE_NOOP("views", "Two to four products side by side, and the printed comparison sheet"),
        "dermacounsel.ui.compare_view:CompareView",
        plain_title=QT_TRANSLATE_NOOP("views", "Compare products"),
        menu_title=QT_TRANSLATE_NOOP("views", "&Compare"),
    ),
    ViewSpec(
        "counsel",
        QT_TRANSLATE_NOOP("views", "Counselling"),
        QT_TRANSLATE_NOOP("views", "From the patient's concerns to ranked, explained recommendations"),
        "dermacounsel.ui.counsel_view:CounselView",
        plain_title=QT_TRANSLATE_NOOP("views", "Your plan"),
        menu_title=QT_TRANSLATE_NOOP("views", "Co&unselling"),
    ),
    ViewSpec(
        "ingredients",
        QT_TRANSLATE_NOOP("views", "Ingredients"),
        QT_TRANSLATE_NOOP("views", "Functional and cell-derived ingredients: growth factors, stem cells, exosomes"),
        "dermacounsel.ui.ingredients_view:IngredientsView",
        plain_title=QT_TRANSLATE_NOOP("views", "Ingredients"),
        menu_title=QT_TRANSLATE_NOOP("views", "&Ingredients"),
    ),
    ViewSpec(
        "procedures",
        QT_TRANSLATE_NOOP("views", "Procedures"),
        QT_TRANSLATE_NOOP("views", "The four delivery procedures side by side"),
        "dermacounsel.ui.procedures_view:ProceduresView",
        plain_title=QT_TRANSLATE_NOOP("views", "Treatments"),
        menu_title=QT_TRANSLATE_NOOP("views", "&Procedures"),
    ),
    ViewSpec(
        "edit",
        QT_TRANSLATE_NOOP("views", "Edit catalogue"),
        QT_TRANSLATE_NOOP("views", "Change ratings, products, ingredients and descriptions (clinic staff only)"),
        "dermacounsel.ui.editor_view:EditorView",
        editing=True,
    ),
)
