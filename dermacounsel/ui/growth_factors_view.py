"""The Growth factors view: radar charts of the article's ratings, for factors or for products, with
cards that explain each selected factor.

matplotlib is imported here (through ChartWidget), so it loads only when this view is first opened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.charts.profile_series import colours, series_for
from dermacounsel.charts.radar import RadarChart, Series, save_figure
from dermacounsel.charts.small_multiples import SmallMultiples
from dermacounsel.domain.profiles import Profile, factor_profile, product_profile, rank_on_effect
from dermacounsel.domain.records import GrowthFactorCard, ProductLinks
from dermacounsel.domain.scale import RatingScale
from dermacounsel.reports.radar_words import radar_wording
from dermacounsel.services.catalogue import Catalogue, ProductIdentity, UnknownEntry
from dermacounsel.ui import provenance
from dermacounsel.ui.chart_widget import ChartWidget
from dermacounsel.ui.file_dialogs import save_file_name
from dermacounsel.ui.language import label_colon, system_reason
from dermacounsel.ui.name_search import NameSearchList, names_of, product_names_of
from dermacounsel.ui.plain_text import literal
from dermacounsel.ui.settings import ClinicSettings
from dermacounsel.ui.view_header import ViewHeader

FACTORS, PRODUCTS = "factors", "products"
DEFAULT_FACTORS = ("EGF", "FGF")
#: products mode opens with the clinic's default products, else this many of the first drawable ones
DEFAULT_PRODUCT_COUNT = 3
#: QSettings key: one small radar per series instead of all overlaid
SMALL_MULTIPLES_KEY = "growth_factors/small_multiples"


class SaveChartDialog:
    """Asks where to save the chart; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: str) -> Path | None:
        path, chosen_filter = save_file_name(
            parent,
            QCoreApplication.translate("growth_factors", "Save chart"),
            suggested,
            QCoreApplication.translate(
                "growth_factors", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
            ),
        )
        if not path:
            return None
        chosen = Path(path)
        if chosen.suffix.lower() not in (".png", ".svg", ".pdf"):
            chosen = chosen.with_suffix("." + chosen_filter.split("*.")[-1].rstrip(")"))
        return chosen


def swatch(colour: str, dashed: bool = False) -> QIcon:
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawRoundedRect(3, 3, 16, 16, 4, 4)
    if dashed:
        painter.setPen(QColor("white"))
        painter.drawLine(6, 11, 9, 11)
        painter.drawLine(12, 11, 15, 11)
    painter.end()
    return QIcon(pixmap)


class GrowthFactorsView(QWidget):
    """Checkable lists of factors and products, the radar, and cards for what is selected.

    Attributes:
        chart: the radar (RadarChart) on `chart_widget`, every series overlaid.
        small_multiples: one small radar per series (SmallMultiples) on `multiples_widget`, made when first
            asked for; `multiples_button` switches to it, and the choice is remembered.
        factor_list, product_list: the checkable lists; one shows at a time, by mode.
        hover_label: the rating under the mouse, in words.
        ranking_label: the factors ranked on the effect whose name was last clicked.
        cards: the selected factors' full entries.

    Signals:
        navigate(str): a link to another view was followed.
    """

    navigate = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.setObjectName("growthFactorsView")
        self._ranked_effect: int | None = None  # the effect the factors were last ranked on
        #: what was read in each language (`_read_catalogue`), and the names searched in every language
        self._reads: dict[
            str, tuple[RatingScale, list[GrowthFactorCard], list[ProductLinks], list[ProductIdentity]]
        ] = {}
        self._words: tuple[Callable[[str], str], Callable[[str], str]] | None = None
        self._read_catalogue()

        self.header = header = ViewHeader("")
        self.mode_buttons = QButtonGroup(self)
        # "Show: Factors | Products", a segmented control: a state, drawn unlike the action buttons
        self.mode_caption = QLabel()
        self.mode_caption.setObjectName("segmentCaption")
        header.row.addWidget(self.mode_caption)
        segments = QHBoxLayout()
        segments.setSpacing(0)
        for mode, end in ((FACTORS, "first"), (PRODUCTS, "last")):
            button = QPushButton()
            button.setObjectName("segmentButton")
            button.setProperty("segment", end)
            button.setCheckable(True)
            button.setProperty("mode", mode)
            self.mode_buttons.addButton(button)
            segments.addWidget(button)
            button.setChecked(mode == FACTORS)
        header.row.addLayout(segments)
        self.multiples_button = QPushButton()
        self.multiples_button.setObjectName("procedureButton")
        self.multiples_button.setCheckable(True)
        header.row.addSpacing(12)
        header.row.addWidget(self.multiples_button)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("admin", True)
        header.row.addSpacing(12)
        header.row.addWidget(self.save_button)

        self.factor_list = self._make_list()
        self.product_list = self._make_list()
        self._fill_lists()
        self.rule_label = QLabel()
        self.rule_label.setObjectName("footnote")
        self.rule_label.setWordWrap(True)
        self.list_note = QLabel()
        self.list_note.setObjectName("footnote")
        self.list_note.setWordWrap(True)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        # each list as tall as its rows (at most the room there is), its notes just under it
        left.addWidget(self.factor_list)
        left.addWidget(self.product_list)
        left.addWidget(self.list_note)
        left.addWidget(self.rule_label)
        left.addStretch(1)

        self.chart = RadarChart(
            self.effect_names,
            self.scale,
            animated=True,
            **radar_wording(),
        )
        self.chart_widget = ChartWidget(self.chart.figure, chart=self.chart)
        self.chart_widget.set_dynamic(self.chart.dynamic_artists)
        self.chart.mark_labels(clickable=True)
        self._hovered_effect: int | None = None
        self.small_multiples: SmallMultiples | None = None
        self.multiples_widget: ChartWidget | None = None
        self.chart_stack = QStackedWidget()
        self.chart_stack.addWidget(self.chart_widget)
        self.hover_label = QLabel()
        self.hover_label.setObjectName("hoverLabel")
        self.hover_label.setTextFormat(Qt.TextFormat.PlainText)  # it names growth factors and products
        self.hover_label.setWordWrap(True)
        self.ranking_label = QLabel()
        self.ranking_label.setTextFormat(Qt.TextFormat.RichText)  # escaped in rank_effect
        self.ranking_label.setObjectName("rankingLabel")
        self.ranking_label.setWordWrap(True)
        # both lines keep room for two lines of text, so that a ranking or a longer hover text does not
        # push the chart up (the radar keeps its place when an effect's name is clicked)
        self._reserve_lines()
        centre = QVBoxLayout()
        centre.addWidget(self.chart_stack, 1)
        centre.addWidget(self.hover_label)
        centre.addWidget(self.ranking_label)

        self.cards = QTextBrowser()
        self.cards.setObjectName("details")
        self.cards.setOpenLinks(False)
        self.cards.anchorClicked.connect(lambda url: provenance.open_link(self.cards, url))
        self.cards.setMinimumWidth(280)
        self.cards.setMaximumWidth(380)
        self.cards.document().setDefaultStyleSheet(
            "h2 { color: #1f4e5c; margin-bottom: 0; } p.small { color: #4b5d68; font-size: small; }"
            " p.inferred { color: #7a4b00; } p.note { color: #7a4b00; }"
        )

        body = QHBoxLayout()
        body.setSpacing(16)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setFixedWidth(230)
        body.addWidget(left_widget)
        body.addLayout(centre, 1)
        body.addWidget(self.cards)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(header)
        layout.addLayout(body, 1)

        self.mode_buttons.buttonToggled.connect(self._mode_toggled)
        self.factor_list.itemChanged.connect(lambda _item: self.refresh())
        self.product_list.itemChanged.connect(lambda _item: self.refresh())
        self.save_button.clicked.connect(self.save_chart)
        self.multiples_button.toggled.connect(self._multiples_toggled)
        QShortcut(
            QKeySequence.StandardKey.Save, self, self.save_chart, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.chart_widget.canvas.mpl_connect("motion_notify_event", self._hover)
        self.chart_widget.canvas.mpl_connect("pick_event", self._picked)
        self.chart_widget.canvas.mpl_connect("figure_leave_event", self._left_chart)
        self._translate()
        self._check(self.product_list, self._default_products())
        self.multiples_button.blockSignals(True)
        self.multiples_button.setChecked(_remembered_multiples())
        self.multiples_button.blockSignals(False)
        self._show_chart_kind()
        self.set_selection(DEFAULT_FACTORS)
        self._mode_changed()

    # --- lists ----------------------------------------------------------------------------------------

    def _reserve_lines(self) -> None:
        for label in (self.hover_label, self.ranking_label):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # the room kept below
            # rich text adds its document's margins (4 px above and below)
            label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + 10)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if getattr(self, "ranking_label", None) is None:  # a style set while it is being built
            return
        if event.type() == QEvent.Type.FontChange:  # presentation type
            self._reserve_lines()

    @staticmethod
    def _make_list() -> QListWidget:
        widget = NameSearchList()
        widget.setObjectName("choiceList")
        widget.setWordWrap(True)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # as tall as its rows (no empty box under six factors); a long list keeps to the room and scrolls
        widget.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        return widget

    def _read_catalogue(self) -> None:
        """What the view shows from the catalogue, in its language (read again by `retranslate`). What was
        read in a language is kept for the view's life, so that switching back to it reads nothing: the
        view never outlives a change to the catalogue (the main window builds it again after an edit, an
        import or a change made elsewhere)."""
        language = self.catalogue.language
        if language not in self._reads:
            self._reads[language] = (
                self.catalogue.rating_scale(),
                self.catalogue.growth_factor_cards(),
                self.catalogue.product_links(),
                self.catalogue.products(),
            )
        self.scale, self.factors, self.products, self.identities = self._reads[language]
        rated = next(card for card in self.factors if card.rated)
        self.effect_keys = [r.effect_key for r in rated.ratings]
        self.effect_names = [r.effect for r in rated.ratings]
        self.profiles: dict[str, Profile] = {c.key: factor_profile(c, self.effect_keys) for c in self.factors}
        self.product_profiles: dict[str, Profile] = {
            p.name: product_profile(p, self.factors, self.effect_keys) for p in self.products
        }
        self.colours = colours(self.factors, [p.name for p in self.products])
        #: each product's name in the view's language and its stable key
        self.product_key = {p.name(language): p.key for p in self.identities}

    def _fill_lists(self) -> None:
        """The growth factors and the products, each picked by typing its name in either language (or its
        key), in the lists (emptied first)."""
        if self._words is None:  # every language's names: read once
            self._words = (names_of(self.catalogue, "growth factor"), product_names_of(self.catalogue))
        factor_words, product_words = self._words
        self._fill_list(
            self.factor_list,
            [
                (c.key, c.name + (" *" if c.inference_note else ""), self.profiles[c.key], factor_words(c.key))
                for c in self.factors
            ],
        )
        self._fill_list(
            self.product_list,
            [
                (p.name, p.name, self.product_profiles[p.name], product_words(self.product_key.get(p.name, p.name)))
                for p in self.products
            ],
        )

    def _fill_list(self, widget: QListWidget, rows: Iterable[tuple[str, str, Profile, str]]) -> None:
        widget.blockSignals(True)
        widget.clear()
        for key, label, profile, words in rows:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            NameSearchList.set_words(item, words)
            if profile.levels is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEnabled)
                said = (
                    self.tr("{name} (not rated)")
                    if key in self.profiles
                    else self.tr("{name} (no rated growth factor)")
                )
                item.setText(said.format(name=label))  # one template per language: Japanese writes （）
                item.setToolTip(self.tr("The article does not rate it, so there is nothing to draw."))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setIcon(swatch(self.colours[key], profile.inferred))
            widget.addItem(item)
        widget.blockSignals(False)

    def _translate(self) -> None:
        """The view's own words, in the interface's language."""
        # (the main window titles the page with its name in the navigation, "Growth factors")
        self.header.title.setText(self.tr("Growth factors"))
        self.mode_caption.setText(self.tr("Show:"))
        for button in self.mode_buttons.buttons():
            # not "Growth factors" again beside the title of that name
            button.setText(self.tr("Factors") if button.property("mode") == FACTORS else self.tr("Products"))
        self.multiples_button.setText(self.tr("One chart each"))
        self.multiples_button.setToolTip(
            self.tr("Draw each one in its own small chart, side by side, instead of all on one chart")
        )
        self.save_button.setText(self.tr("Save chart…"))
        self.save_button.setToolTip(self.tr("Save the chart as PNG, SVG or PDF (Ctrl+S)"))
        self.factor_list.setAccessibleName(self.tr("Growth factors to show"))
        self.product_list.setAccessibleName(self.tr("Products to show"))
        self.rule_label.setText(
            self.tr(
                "A product's profile is drawn from the growth factors it lists, not a rating of the product (the "
                "article rates growth factors only): for each effect, the strongest rating among the rated growth "
                'factors it lists. Its lists are main components and may end in "etc."; products that list no rated '
                "growth factor have no profile."
            )
            + " "
            + self.tr("bFGF counts as FGF.")
        )
        self.list_note.setText(self.tr("* inferred from the article's text"))
        self.hover_label.setText(self.tr("Point at a dot to read its rating."))
        self.ranking_label.setText(self._ranking_hint())
        self.cards.setAccessibleName(self.tr("About the selected growth factors"))

    def retranslate(self) -> None:
        """Show the same selection in the language the catalogue and the interface now speak, in place (a
        live language switch): the catalogue's texts are read again, the lists filled anew, the view's words
        translated and the radar relabelled, without building the widgets or the figure again. The small
        radars, if made, are made again when next shown."""
        # laid out once, by its canvas before it draws, at the size the new words settle on: not at each
        # `show` here, while the labels around it still have the old words' heights
        lazy, self.chart.lazy = self.chart.lazy, True
        try:
            state = self.view_state()
            self._read_catalogue()
            self._fill_lists()
            self._translate()
            self.chart.relabel(self.effect_names, self.scale, **radar_wording())
            if self.multiples_widget is not None:
                self.chart_stack.removeWidget(self.multiples_widget)
                self.multiples_widget.hide()
                self.multiples_widget.setParent(None)
                self.multiples_widget.deleteLater()
                self.small_multiples = self.multiples_widget = None
            self._show_chart_kind()
            self.restore_view_state(state)
        finally:
            self.chart.lazy = lazy

    def mode(self) -> str:
        button = self.mode_buttons.checkedButton()
        return str(button.property("mode")) if button is not None else FACTORS

    def set_mode(self, mode: str) -> None:
        for button in self.mode_buttons.buttons():
            if button.property("mode") == mode:
                button.setChecked(True)

    def _current_list(self) -> QListWidget:
        return self.factor_list if self.mode() == FACTORS else self.product_list

    def _mode_toggled(self, _button: object, checked: bool) -> None:
        if checked:  # the button turned on; the one turned off reports too
            self._mode_changed()

    def _mode_changed(self) -> None:
        products = self.mode() == PRODUCTS
        self.factor_list.setVisible(not products)
        self.product_list.setVisible(products)
        self.rule_label.setVisible(products)
        self.list_note.setVisible(not products)
        self.refresh()

    def selected_keys(self) -> list[str]:
        return self._checked(self._current_list())

    def set_selection(self, keys: Sequence[str]) -> None:
        """Check exactly `keys` in the current mode's list (unknown or unrated ones are ignored)."""
        self._check(self._current_list(), keys)
        self.refresh()

    @staticmethod
    def _check(widget: QListWidget, keys: Sequence[str]) -> None:
        widget.blockSignals(True)
        for row in range(widget.count()):
            item = widget.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = item.data(Qt.ItemDataRole.UserRole) in keys
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.blockSignals(False)

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [
            str(widget.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    # --- what is set up here, across a rebuild (a language switch) ---------------------------------------

    def view_state(self) -> dict[str, object]:
        """The mode, what is ticked in both lists and the entry selected in each (products by key, since
        their names change with the language), and the effect the factors were last ranked on."""
        key_of = self.product_key  # the names the lists hold, in the language the view was last shown in

        def current(widget: QListWidget) -> str | None:
            item = widget.currentItem()
            return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

        product = current(self.product_list)
        return {
            "mode": self.mode(),
            "factors": self._checked(self.factor_list),
            "products": [key_of[name] for name in self._checked(self.product_list) if name in key_of],
            "current_factor": current(self.factor_list),
            "current_product": key_of.get(product) if product else None,
            "ranked_effect": self._ranked_effect,
        }

    def restore_view_state(self, state: dict[str, object]) -> None:
        name_of = {p.key: p.name(self.catalogue.language) for p in self.identities}
        factors, products = state.get("factors"), state.get("products")
        self._check(self.factor_list, [str(k) for k in factors] if isinstance(factors, list) else [])
        self._check(
            self.product_list, [name_of[k] for k in products if k in name_of] if isinstance(products, list) else []
        )
        for widget, key in (
            (self.factor_list, state.get("current_factor")),
            (self.product_list, name_of.get(str(state.get("current_product")))),
        ):
            rows = [widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(widget.count())]
            if key in rows:
                widget.blockSignals(True)
                widget.setCurrentRow(rows.index(key))
                widget.blockSignals(False)
        self.mode_buttons.blockSignals(True)
        self.set_mode(str(state.get("mode", FACTORS)))
        self.mode_buttons.blockSignals(False)
        self._mode_changed()
        ranked = state.get("ranked_effect")
        if isinstance(ranked, int) and 0 <= ranked < len(self.effect_keys):
            self.rank_effect(ranked)

    def _default_products(self) -> list[str]:
        """What products mode opens with: the clinic's default products (Settings) that have a profile to
        draw, else the first few products that list a rated growth factor."""
        names = {p.key: p.name for p in self.products}
        drawable = [p.name for p in self.products if self.product_profiles[p.name].levels is not None]
        wanted = ClinicSettings.load().default_products
        try:
            keys = self.catalogue.product_keys(wanted) if wanted else []
        except UnknownEntry:  # one was deleted since it was chosen: look the others up one by one
            keys = []
            for text in wanted:
                try:
                    keys.append(self.catalogue.product_key(text))
                except UnknownEntry:
                    continue
        chosen = {names.get(key) for key in keys}
        return [name for name in drawable if name in chosen] or drawable[:DEFAULT_PRODUCT_COUNT]

    # --- chart ----------------------------------------------------------------------------------------

    def series(self) -> list[Series]:
        profiles = self.profiles if self.mode() == FACTORS else self.product_profiles
        return series_for([profiles[key] for key in self.selected_keys()], self.colours)

    def refresh(self) -> None:
        """Update the chart shown (overlaid or one each) and the cards to the current selection."""
        if self.small_multiples is not None and self.multiples_widget is not None and self.showing_multiples():
            self.small_multiples.show(self.series())
            self.multiples_widget.redraw()
        else:
            self.chart.show(self.series())
            self.chart_widget.redraw()
        self._show_cards()

    def showing_multiples(self) -> bool:
        """Whether each series has its own small radar (else all are overlaid on one)."""
        return self.multiples_button.isChecked()

    def set_multiples(self, on: bool) -> None:
        self.multiples_button.setChecked(on)

    def _multiples_toggled(self, on: bool) -> None:
        QSettings().setValue(SMALL_MULTIPLES_KEY, on)
        self._show_chart_kind()
        self.refresh()

    def _show_chart_kind(self) -> None:
        if not self.showing_multiples():
            self.chart_stack.setCurrentWidget(self.chart_widget)
            return
        if self.small_multiples is None or self.multiples_widget is None:
            self.small_multiples = SmallMultiples(self.effect_names, self.scale, **radar_wording())
            self.multiples_widget = ChartWidget(self.small_multiples.figure, chart=self.small_multiples)
            self.multiples_widget.canvas.mpl_connect("motion_notify_event", self._hover)
            self.multiples_widget.canvas.mpl_connect("pick_event", self._picked)
            self.chart_stack.addWidget(self.multiples_widget)
        self.chart_stack.setCurrentWidget(self.multiples_widget)

    def shown_chart(self) -> RadarChart | SmallMultiples:
        """The chart on screen: the overlay, or the small radars."""
        if self.showing_multiples() and self.small_multiples is not None:
            return self.small_multiples
        return self.chart

    def shown_canvas(self) -> Any:
        widget = self.multiples_widget if self.showing_multiples() and self.multiples_widget else self.chart_widget
        return widget.canvas

    def _show_cards(self) -> None:
        if self.mode() == FACTORS:
            by_key = {c.key: c for c in self.factors}
            html = "".join(self._factor_card(by_key[key]) for key in self.selected_keys())
        else:
            html = "".join(self._product_card(self.product_profiles[name]) for name in self.selected_keys())
        tick_one_or_text = self.tr("Tick one or more to compare them.")
        self.cards.setHtml(html or f"<p>{escape(tick_one_or_text)}</p>")

    def _factor_card(self, card: GrowthFactorCard) -> str:
        colour = self.colours[card.key]
        parts = [f'<h2><span style="color:{colour}">■</span> {escape(card.name)}</h2>']
        if card.full_name:
            parts.append(f'<p class="small">{escape(card.full_name)}</p>')
        # how the article was read (an inferred column, text and table disagreeing) is for the doctor:
        # behind the badge; the card only marks an inferred entry as such
        notes: list[tuple[str, str]] = []
        if card.inference_note:
            inferred_text = self.tr("Inferred")
            parts.append(
                f'<p class="inferred"><b>{escape(inferred_text)}{label_colon()}</b>'
                f"{escape(provenance.inferred_mark())}</p>"
            )
            notes.append((inferred_text, card.inference_note))
        if card.reading_note:
            notes.append((self.tr("Text and table"), card.reading_note))
        if card.feature:
            signature_feature_text = self.tr("Signature feature")
            parts.append(f"<p><b>{escape(signature_feature_text)}{label_colon()}</b>{escape(card.feature)}</p>")
        if card.target_cells:
            target_cells_text = self.tr("Target cells")
            parts.append(
                f"<p><b>{escape(target_cells_text)}{label_colon()}</b>{escape(', '.join(card.target_cells))}</p>"
            )
        if card.expected_effects:
            items = "".join(f"<li>{escape(effect)}</li>" for effect in card.expected_effects)
            expected_effects_text = self.tr("Expected effects")
            parts.append(f"<p><b>{escape(expected_effects_text)}</b></p><ul>{items}</ul>")
        parts.append(
            provenance.badge_html(provenance.with_notes(f"{card.source.title}. {card.source.citation}", notes))
        )
        return "".join(parts)

    def _product_card(self, profile: Profile) -> str:
        names = {c.key: c.name for c in self.factors}
        colour = self.colours[profile.key]
        basis = ", ".join(names.get(key, key) for key in profile.basis)
        drawn_from_the_text = self.tr("Drawn from the growth factors it lists")
        not_a_rating_text = self.tr("Not a rating of the product: the article rates growth factors.")
        parts = [
            f'<h2><span style="color:{colour}">■</span> {escape(profile.label)}</h2>',
            f"<p><b>{escape(drawn_from_the_text)}{label_colon()}</b>{escape(basis)}</p>",
            f'<p class="small">{escape(not_a_rating_text)}</p>',
        ]
        if profile.unrated:
            also_lists_not_text = self.tr("Also lists, not rated by the article")
            parts.append(
                f'<p class="small">{escape(also_lists_not_text)}{label_colon()}{escape(", ".join(profile.unrated))}</p>'
            )
        return "".join(parts)

    # --- interaction ----------------------------------------------------------------------------------

    def describe_vertex(self, x: float, y: float) -> str | None:
        chart = self.shown_chart()
        vertex = chart.vertex_near(x, y)
        if vertex is None:
            series = chart.series_at(x, y) if isinstance(chart, SmallMultiples) else None
            return series.label if series is not None else None  # a small radar: whose it is
        step = self.scale.step(vertex.level)
        return f"{vertex.series.label} · {self.effect_names[vertex.effect_index]}: {step.symbol} {step.meaning}"

    def _effect_name_at(self, x: float, y: float) -> int | None:
        """The effect whose name (on the radar, or on a small radar) is under display point (x, y)."""
        chart = self.shown_chart()
        cells = chart.cells[: len(chart.shown)] if isinstance(chart, SmallMultiples) else [chart]
        for cell in cells:
            index = cell.label_at(x, y)
            if index is not None:
                return index
        return None

    def _hover(self, event: Any) -> None:
        canvas = self.shown_canvas()
        if event.x is None or event.y is None:
            canvas.unsetCursor()
            return
        # a name that can be clicked: the pointing hand, and (on the radar) a tinted ground behind it
        over = self._effect_name_at(event.x, event.y)
        if over is not None:
            canvas.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            canvas.unsetCursor()
        if over != self._hovered_effect:
            self._hovered_effect = over
            self._mark_effect_names()
        text = self.describe_vertex(event.x, event.y)
        if text is not None:
            self.hover_label.setText(text)
            QToolTip.showText(QCursor.pos(), literal(text), self.shown_canvas())

    def _left_chart(self, _event: Any) -> None:
        self.shown_canvas().unsetCursor()
        if self._hovered_effect is not None:
            self._hovered_effect = None
            self._mark_effect_names()

    def _picked(self, event: Any) -> None:
        index = self.shown_chart().effect_of_label(event.artist)
        if index is not None:
            self.rank_effect(index)

    def rank_effect(self, index: int) -> None:
        """Show every rated factor ranked on one effect, strongest first."""
        self._ranked_effect = index
        self._mark_effect_names()
        ranked = rank_on_effect(self.effect_keys[index], self.factors)
        listing = ", ".join(f"{self.scale.symbol(level)} {card.name}" for card, level in ranked)
        self.ranking_label.setText(
            self.tr("<b>{effect}</b>, strongest first: {listing}").format(
                effect=escape(self.effect_names[index]), listing=escape(listing)
            )
        )

    def _ranking_hint(self) -> str:
        """What the ranking's line says until an effect's name is clicked (rich text, like the ranking)."""
        return escape(self.tr("Click an effect's name to rank the growth factors on it."))

    def _mark_effect_names(self) -> None:
        if self.chart.mark_labels(clickable=True, chosen=self._ranked_effect, hovered=self._hovered_effect):
            self.chart_widget.redraw()

    def save_chart(self) -> None:
        suggested = "growth-factors.png" if self.mode() == FACTORS else "products.png"
        path = SaveChartDialog.ask(self, suggested)
        if path is None:
            return
        try:
            save_figure(self.shown_chart().figure, path)
        except (OSError, ValueError) as error:
            QMessageBox.warning(
                self,
                self.tr("Chart not saved"),
                self.tr("{path}: {error}").format(path=path, error=system_reason(error)),
            )
            return
        self.hover_label.setText(self.tr("Saved the chart to {path}").format(path=path))

    def open_link(self, path: str) -> None:
        """`factor/KEY` adds a growth factor to the chart; `product/NAME` a product."""
        kind, _, key = path.partition("/")
        mode = {"factor": FACTORS, "product": PRODUCTS}.get(kind)
        if mode is None:
            return
        self.set_mode(mode)
        self.set_selection([*self.selected_keys(), key])

    def focus_filter(self) -> None:
        self._current_list().setFocus(Qt.FocusReason.ShortcutFocusReason)


def _remembered_multiples() -> bool:
    """Whether the user last chose one small radar each (QSettings gives a bool back as "true"/"false")."""
    value = QSettings().value(SMALL_MULTIPLES_KEY, False)
    return value is True or str(value).lower() == "true"
