"""The Skin explorer view: the cross-section, a procedure overlay with the dermapen's depth, and the
side panel of what acts at the selected layer or structure."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.domain.anatomy import boundary_range, layers_reached
from dermacounsel.domain.explorer import describe_region, product_criteria, reach_phrase, read_depth
from dermacounsel.domain.records import ProcedureCard, ProductLinks
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.ui import provenance
from dermacounsel.ui.explorer.canvas import SkinCanvas
from dermacounsel.ui.explorer.drawing import Overlay, SkinSection
from dermacounsel.ui.explorer.panel import LINK_SCHEME, STYLE, keyboard_hint, region_html, welcome_html
from dermacounsel.ui.flow_layout import FlowLayout, fixed_width
from dermacounsel.ui.plain_text import literal, plain_label

NO_PROCEDURE = ""
#: products the panel lists for a region; the rest are counted
PRODUCTS_LISTED = 25


class ExplorerView(QWidget):
    """The skin cross-section with its procedure bar and side panel.

    Attributes:
        canvas: the drawing; click, hover and keyboard select its regions.
        panel: what the selected region is and what acts there.
        procedure_buttons: one checkable button per procedure, and "None".
        depth_slider: the dermapen's needle depth in tenths of a millimetre (2 to 30).
        reach_label: the layers the chosen procedure reaches, in words.

    Signals:
        navigate(str): a link to another view was followed, e.g. "ingredients/growth-factors/EGF".
    """

    navigate = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explorerView")
        self.catalogue = catalogue
        self.panel_more = False  # the panel opens short: what it is, what acts there, what reaches it
        self._read_catalogue()

        self.procedure_buttons = QButtonGroup(self)
        self.procedure_buttons.setExclusive(True)
        bar = FlowLayout(spacing=6)
        for key in [NO_PROCEDURE, *(p.key for p in self.content.procedures)]:
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName("procedureButton")
            button.setProperty("procedure", key)
            self.procedure_buttons.addButton(button)
            bar.addWidget(fixed_width(button))
            if key == NO_PROCEDURE:
                button.setChecked(True)

        self.depth_slider = QSlider(Qt.Orientation.Horizontal)
        self.depth_slider.setObjectName("depthSlider")
        dermapen = self.procedures.get("dermapen")
        depth = dermapen.needle_depth_mm if dermapen else None
        low, high, step = depth if depth else (0.2, 3.0, 0.1)
        self._depth_step = step
        self.depth_slider.setRange(round(low / step), round(high / step))
        self.depth_slider.setSingleStep(1)
        self.depth_slider.setPageStep(5)
        self.depth_slider.setValue(round(1.0 / step))
        self.depth_label = QLabel()
        self.depth_label.setObjectName("depthLabel")
        self.depth_label.setMinimumWidth(170)
        self.depth_label.setWordWrap(True)  # never cut: the setting and what the guide targets there
        self.depth_slider.setMinimumWidth(200)
        depth_row = QHBoxLayout()
        depth_row.addWidget(self.depth_label, 3)
        depth_row.addWidget(self.depth_slider, 2)
        self.depth_row = QWidget()
        self.depth_row.setLayout(depth_row)
        depth_row.setContentsMargins(0, 0, 0, 0)

        self.reach_label = QLabel()
        self.reach_label.setTextFormat(Qt.TextFormat.RichText)  # its names are escaped in _reach_text
        self.reach_label.setObjectName("reachLabel")
        self.reach_label.setWordWrap(True)

        self.canvas = SkinCanvas(self.section, self._descriptions())
        self.footnote = plain_label()  # it quotes the catalogue's citations
        self.footnote.setObjectName("footnote")
        self.footnote.setWordWrap(True)

        self.panel = QTextBrowser()
        self.panel.setObjectName("explorerPanel")
        self.panel.setOpenLinks(False)
        self.panel.document().setDefaultStyleSheet(STYLE)
        self.panel.setMinimumWidth(290)
        self.panel.anchorClicked.connect(self._follow)

        left = QVBoxLayout()
        left.setSpacing(8)
        # No title row: the navigation names the view, and every pixel of height goes to the drawing.
        left.addLayout(bar)
        # the depth row keeps its room when hidden, and the reach sentence sits beside the drawing:
        # choosing a procedure never shrinks the picture
        keep = self.depth_row.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.depth_row.setSizePolicy(keep)
        left.addWidget(self.depth_row)
        left.addWidget(self.canvas, 1)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.reach_label)
        right.addWidget(self.panel, 1)
        right.addWidget(self.footnote)  # under the panel: the drawing keeps the height
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(18)
        # the side panel grows with the window (a third of it), the drawing takes the rest
        layout.addLayout(left, 2)
        layout.addLayout(right, 1)

        self.canvas.selection_changed.connect(self._show_region)
        self.procedure_buttons.buttonToggled.connect(self._procedure_toggled)
        self.depth_slider.valueChanged.connect(lambda _value: self._update_overlay())
        self._translate()
        self._show_region("")
        self._update_overlay()

    def _read_catalogue(self) -> None:
        """What the view shows from the catalogue, in its language (read again by `retranslate`)."""
        #: per region, the first products acting there and how many do (read, like the rest, once)
        self._products: dict[str, tuple[list[ProductLinks], int]] = {}
        self.content = self.catalogue.explorer_catalogue()
        self.scale = self.catalogue.rating_scale()
        self.glosses = self.catalogue.glossary()
        self.section = SkinSection(self.content.layers)
        self.bands = {band.key: band for band in self.section.bands}
        self.procedures: dict[str, ProcedureCard] = {p.key: p for p in self.content.procedures}

    def _descriptions(self) -> dict[str, str]:
        return {layer.key: layer.description for layer in self.content.layers}

    def _translate(self) -> None:
        """The view's own words and the procedures' names, in the interface's language."""
        for button in self.procedure_buttons.buttons():
            key = str(button.property("procedure"))
            card = self.procedures.get(key)
            name = card.name if card is not None else self.tr("None")
            button.setText(name)
            button.setAccessibleName(self.tr("Show the reach of {name}").format(name=name) if card else name)
        self.depth_slider.setAccessibleName(self.tr("Needle depth"))
        self.canvas.setAccessibleDescription(keyboard_hint())
        self.footnote.setText(self._scale_note())
        self.panel.setAccessibleName(self.tr("What acts here"))

    def retranslate(self) -> None:
        """Show the same drawing in the language the catalogue and the interface now speak, in place (a live
        language switch): the catalogue's texts are read again, the drawing named anew and the view's words
        translated, without building the widgets again; the layer or structure selected, the procedure, the
        needle depth, the panel's length and the keyboard focus stay."""
        self._read_catalogue()
        self.canvas.set_section(self.section, self._descriptions())
        self._translate()
        self._update_overlay()
        self._show_region(self.canvas.selected or "")

    # --- what is set up here, across a rebuild (a language switch) ---------------------------------------

    def view_state(self) -> dict[str, object]:
        """The layer or structure selected, the procedure shown, the needle depth and the panel's length."""
        return {
            "region": self.canvas.selected,
            "procedure": self.procedure(),
            "depth_mm": self.depth_mm(),
            "more": self.panel_more,
        }

    def restore_view_state(self, state: dict[str, object]) -> None:
        depth = state.get("depth_mm")
        if isinstance(depth, float | int):
            self.set_depth(float(depth))
        procedure = state.get("procedure")
        if isinstance(procedure, str) and (procedure in self.procedures or procedure == NO_PROCEDURE):
            self.set_procedure(procedure)
        self.panel_more = bool(state.get("more"))
        region = state.get("region")
        if isinstance(region, str) and region in self.canvas.handles:
            self.select_region(region)
        else:
            self._show_region(self.canvas.selected or "")

    # --- selection ------------------------------------------------------------------------------------

    def select_region(self, key: str | None) -> None:
        self.canvas.select(key)

    def show_more(self, more: bool) -> None:
        """The whole entry (sizes, reasons, words explained) or only what matters most (the default)."""
        self.panel_more = more
        self._show_region(self.canvas.selected or "")

    def _show_region(self, key: str) -> None:
        if not key:
            self.panel.setHtml(welcome_html(self.scale))
            return
        if key not in self._products:
            criteria = product_criteria(self.content, key)
            products = self.catalogue.product_links(acting=criteria, limit=PRODUCTS_LISTED)
            acting = len(products)
            if acting == PRODUCTS_LISTED:
                acting = self.catalogue.count_acting_products(criteria)
            self._products[key] = (products, acting)
        report = describe_region(self.content, key, *self._products[key])
        self.panel.setHtml(region_html(report, self.scale, self.bands.get(key), self.glosses, more=self.panel_more))

    def _follow(self, url: QUrl) -> None:
        if provenance.open_link(self.panel, url):
            return
        if url.scheme() != LINK_SCHEME:
            return
        path = url.path()
        if path.startswith("explorer/"):
            self.open_link(path.removeprefix("explorer/"))
        else:
            self.navigate.emit(path)

    def open_link(self, path: str) -> None:
        """`region/KEY` selects a region; `procedure/KEY` shows a procedure's reach."""
        kind, _, key = path.partition("/")
        if kind in ("more", "less"):
            self.show_more(kind == "more")
        elif kind == "region" and key in self.canvas.handles:
            self.select_region(key)
        elif kind == "procedure" and key in self.procedures:
            self.set_procedure(key)

    # --- procedures -----------------------------------------------------------------------------------

    def procedure(self) -> str:
        button = self.procedure_buttons.checkedButton()
        return str(button.property("procedure")) if button is not None else NO_PROCEDURE

    def set_procedure(self, key: str) -> None:
        for button in self.procedure_buttons.buttons():
            if button.property("procedure") == key:
                button.setChecked(True)
                return
        raise KeyError(f"no procedure {key!r}")

    def depth_mm(self) -> float:
        return round(self.depth_slider.value() * self._depth_step, 1)

    def set_depth(self, depth_mm: float) -> None:
        self.depth_slider.setValue(round(depth_mm / self._depth_step))

    def _procedure_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._update_overlay()

    def reached_layers(self) -> list[str]:
        """The keys of the layers the chosen procedure reaches (all of them for a systemic one)."""
        card = self.procedures.get(self.procedure())
        if card is None:
            return []
        if card.systemic:
            return [band.key for band in self.section.bands]
        if card.needle_depth_mm is not None:
            return layers_reached(self.depth_mm(), self.section.bands)
        return [reach.layer_key for reach in card.reach]

    def _update_overlay(self) -> None:
        card = self.procedures.get(self.procedure())
        self.depth_row.setVisible(card is not None and card.needle_depth_mm is not None)
        target = read_depth(self.depth_mm(), self.content.layers, self.catalogue.language).target
        self.depth_label.setText(
            self.tr("Needle setting: {depth:.1f} mm\nguide targets {target}").format(
                depth=self.depth_mm(), target=target
            )
        )
        if card is None:
            self.canvas.set_overlay(None)
            self.reach_label.setText(self.tr("Choose a procedure to see how deep it reaches."))
            return
        depth = self.depth_mm() if card.needle_depth_mm is not None else None
        self.canvas.set_overlay(Overlay(card, depth))
        self.reach_label.setText(self._reach_text(card, depth))

    def _reach_text(self, card: ProcedureCard, depth: float | None) -> str:
        if card.systemic:
            return self.tr("<b>{name}</b>: systemic. It reaches the whole body through the bloodstream.").format(
                name=escape(card.name)
            )
        if depth is not None:
            reading = read_depth(depth, self.content.layers, self.catalogue.language)
            text = self.tr(
                "<b>{name}</b> set to {depth:.1f} mm: the clinic's depth guide targets {target} at this setting. "
                "The drawn needle is the setting, not a measured penetration: skin gives under the pen and "
                "needles go less deep than their setting."
            ).format(name=escape(card.name), depth=depth, target=escape(reading.target))
            fat = boundary_range(self.content.layers, "subcutaneous")
            if fat is not None:
                text += " " + self.tr(
                    "The fat begins {low:.2f} to {high:.2f} mm deep, depending on where on the face."
                ).format(low=fat[0], high=fat[1])
            for caution in reading.cautions:
                text += f' <span style="color:#9b1c1c; font-weight:bold;">⚠ {escape(caution)}</span>'
            return text
        return self.tr("<b>{name}</b> reaches {layers}, with no gap: a needle passes every layer above.").format(
            name=escape(card.name), layers=escape(reach_phrase(card, self.catalogue.language))
        )

    def _scale_note(self) -> str:
        """One line under the drawing; the full citations are its tooltip."""
        citations = sorted({layer.thickness_source.citation for layer in self.content.layers if layer.thickness_source})
        self.footnote.setToolTip(literal("\n".join(citations)))
        short = [re.sub(r"^([^,]+),.*?((?:19|20)\d\d).*$", r"\1 \2", citation) for citation in citations]
        return self.tr(
            "To scale at typical facial thickness; the epidermis is drawn {factor:.0f}× thicker to be seen; "
            "muscle and bone are not measured. Thickness: {sources}."
        ).format(factor=self.section.exaggeration, sources="; ".join(short))

    def focus_filter(self) -> None:
        """The explorer has no filter box; Ctrl+F moves to the drawing instead."""
        first = next(iter(self.canvas.handles.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
