"""The product comparer: two to four products side by side, shared and unique components marked, their
radar and summaries beside the table, and the printed comparison sheet (Ctrl+P, Export PDF, through
`ui.printing`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any
from urllib.parse import unquote

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.charts.profile_series import colours, series_for
from dermacounsel.charts.radar import RadarChart
from dermacounsel.domain.comparison import GROUPS, SHARED, SOME, UNIQUE, Comparison, Row, compare, summary
from dermacounsel.domain.glossary import Gloss, gloss_of, terms_in
from dermacounsel.domain.profiles import product_profile
from dermacounsel.domain.records import (
    GrowthFactorCard,
    IngredientGroup,
    ProductDetail,
    ProductLinks,
    SourceNote,
)
from dermacounsel.domain.scale import RatingScale
from dermacounsel.reports import comparison_sheet
from dermacounsel.reports.common import Caveat, caution_line, listing
from dermacounsel.reports.pages import Printout
from dermacounsel.reports.radar_words import radar_wording
from dermacounsel.services.catalogue import Catalogue, ProductIdentity, UnknownEntry
from dermacounsel.ui import printing
from dermacounsel.ui.chart_widget import ChartWidget
from dermacounsel.ui.flow_layout import FlowLayout
from dermacounsel.ui.plain_text import literal, plain_label
from dermacounsel.ui.provenance import SourceBadge
from dermacounsel.ui.settings import ClinicSettings, logo_problem
from dermacounsel.ui.table_model import PaddedItemDelegate
from dermacounsel.ui.view_header import ViewHeader

MIN_PRODUCTS, MAX_PRODUCTS = 2, 4
AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_STYLE = "color:#1f6f82; font-weight:600; text-decoration:none;"
# The domain's GROUPS headings, marked here so that pyside6-lupdate finds them (translated where shown).
GROUP_HEADINGS: dict[str, str] = {
    "growth-factor": QT_TRANSLATE_NOOP("compare", "Growth factors"),
    "stem-cell": QT_TRANSLATE_NOOP("compare", "Stem cell or culture components"),
    "exosome": QT_TRANSLATE_NOOP("compare", "Exosomes"),
    "other": QT_TRANSLATE_NOOP("compare", "Other actives"),
    "functional": QT_TRANSLATE_NOOP("compare", "Functional ingredients"),
}


NO_LINE_START = "ァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎーゝゞヽヾ・、。，．）」』】〕"


def two_lines(name: str) -> str:
    """A name broken into two lines near its middle: at a space when it has one, else where a capital
    starts a part of the word (Amnio|Genics), else between characters (Japanese names have no spaces)."""
    middle = len(name) / 2
    spaces = [i for i, character in enumerate(name) if character == " "]
    if spaces:
        cut = min(spaces, key=lambda i: abs(i - middle))
        return name[:cut] + "\n" + name[cut + 1 :]
    capitals = [i for i in range(1, len(name)) if name[i].isupper() and name[i - 1].islower()]
    if capitals:
        cut = min(capitals, key=lambda i: abs(i - middle))
        return name[:cut] + "\n" + name[cut:]
    cut = round(middle)
    # a line never starts with a small kana, a long-vowel mark or closing punctuation (kinsoku):
    # アムニオ / ジェニックス, not アムニオジ / ェニックス
    while 0 < cut < len(name) - 1 and name[cut] in NO_LINE_START:
        cut -= 1
    return name[:cut] + "\n" + name[cut:]


class CompareModel(QAbstractTableModel):
    """The comparison as a table: a label column, then one column per product.

    Rows are ("group", heading), ("row", Row), ("cautions",) or ("maker",): the cautions and the maker
    only where some product has them, its cells empty for the others (no "None listed" or "Not known"
    filler on the patient's screen). Where the texts come from is the view's source badge, not a row.
    """

    SHARED_BACKGROUND = QColor("#e3f1ee")
    UNIQUE_BACKGROUND = QColor("#fbf0d9")
    GROUP_BACKGROUND = QColor("#e9f0f2")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison = Comparison((), ())
        self.only_differences = False
        self._rows: list[tuple[Any, ...]] = []
        self.two_line: set[int] = set()  # the header sections shown on two lines
        self.glosses: dict[str, str] = {}  # a row's label: its plain gloss, from the catalogue

    def set_two_line(self, sections: set[int]) -> None:
        if sections != self.two_line:
            self.two_line = sections
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))

    def set_comparison(
        self, comparison: Comparison, only_differences: bool, glosses: dict[str, str] | None = None
    ) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.only_differences = only_differences
        self.glosses = glosses or {}
        rows: list[tuple[Any, ...]] = []
        for group in GROUPS:
            shown = [r for r in comparison.rows_in(group) if not (only_differences and r.mark == SHARED)]
            if shown:
                rows.append(("group", QCoreApplication.translate("compare", GROUP_HEADINGS[group])))
                rows.extend(("row", r) for r in shown)
        about = [("cautions",)] if any(p.cautions for p in comparison.products) else []
        about += [("maker",)] if any(p.maker for p in comparison.products) else []
        if about:
            rows.append(("group", QCoreApplication.translate("compare", "About the products")))
            rows += about
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.comparison.products) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if section == 0:
                # the key to the rows' marks, under the column's name: the rows carry only the symbol
                # ("in some" only where it can happen: two products share everything or one has it)
                marks = (SHARED, SOME, UNIQUE) if len(self.comparison.products) > 2 else (SHARED, UNIQUE)
                return "\n".join(
                    (
                        QCoreApplication.translate("compare", "Component"),
                        " · ".join(self.mark_words(mark) for mark in marks),
                    )
                )
            name = self.comparison.products[section - 1].name
            if role == Qt.ItemDataRole.DisplayRole and section in self.two_line:
                return two_lines(name)
            return name
        return None

    @staticmethod
    def mark_words(mark: str) -> str:
        """The symbol a row's mark is shown with and what it means ("◆ only one", "◐ in some")."""
        if mark == SHARED:
            return QCoreApplication.translate("compare", "● in all")
        if mark == UNIQUE:
            return QCoreApplication.translate("compare", "◆ only one")
        if mark == SOME:
            return QCoreApplication.translate("compare", "◐ in some")
        return ""

    @staticmethod
    def not_listed() -> str:
        """A product's cell for a component the article does not list for it: short enough for one line
        in each of four products' columns (its tooltip says that the product may contain it all the same)."""
        return QCoreApplication.translate("compare", "not listed")

    def row_entry(self, row: int) -> tuple[Any, ...]:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        kind = entry[0]
        if kind == "group":
            if role == Qt.ItemDataRole.DisplayRole:
                return entry[1] if column == 0 else ""
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.GROUP_BACKGROUND
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if kind == "row":
            return self._row_data(entry[1], column, role)
        product = self.comparison.products[column - 1] if column else None
        if kind == "cautions":
            if role == Qt.ItemDataRole.DisplayRole:
                if column == 0:
                    return QCoreApplication.translate("compare", "Cautions")
                assert product is not None
                return "\n".join(f"⚠ {c}" for c in product.cautions)
            if role == Qt.ItemDataRole.ForegroundRole and product is not None and product.cautions:
                return QColor("#9b1c1c")
            if role == Qt.ItemDataRole.FontRole and product is not None and product.cautions:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return QCoreApplication.translate("compare", "Maker")
            assert product is not None
            return product.maker
        if role == Qt.ItemDataRole.ToolTipRole and product is not None and product.maker_source is not None:
            return literal(product.maker_source.citation)
        return None

    def _row_data(self, row: Row, column: int, role: int) -> Any:
        cell = row.cells[column - 1] if column else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                label = (
                    QCoreApplication.translate("compare", "Others, not named (“etc.”)") if row.open_list else row.label
                )
                gloss = "" if row.open_list else self.glosses.get(row.label, "")
                if gloss:
                    # the name, then the catalogue's plain words for it: "EGF — Skin turnover"
                    label = QCoreApplication.translate("compare", "{name} — {gloss}").format(name=label, gloss=gloss)
                # only the mark's symbol before the name (its words are the header's key and the tooltip),
                # so that a row is one line where its name and gloss fit
                mark = self.mark_words(row.mark)[:1]
                return f"{mark} {label}" if mark else label
            assert cell is not None
            if not cell.present:
                return self.not_listed()
            return QCoreApplication.translate("compare", "✓ more listed") if row.open_list else f"✓ {cell.text}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return {SHARED: self.SHARED_BACKGROUND, UNIQUE: self.UNIQUE_BACKGROUND}.get(row.mark)
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None and not cell.present:
            return QColor("#7d8c96")
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            if row.mark == SOME:  # how many of them: "◐ in 2 of 4"
                return QCoreApplication.translate("compare", "◐ in {count} of {total}").format(
                    count=row.present_in, total=len(row.cells)
                )
            return self.mark_words(row.mark) or None
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None:
            product = self.comparison.products[column - 1].name
            if not cell.present:
                return literal(
                    QCoreApplication.translate(
                        "compare",
                        "The article does not list it among {product}'s main components; that is not to say the "
                        "product does not contain it",
                    ).format(product=product)
                )
            if cell.component is not None and cell.component.note:
                return literal(cell.component.note)
        if role == ROW_ROLE:
            return row
        return None


class CompactItemDelegate(PaddedItemDelegate):
    """The table's cells with less than the usual room above and below: more rows of four products fit."""

    VERTICAL = 4


@dataclass
class _Reads:
    """What the comparer read from the catalogue in one language (CompareView._read_catalogue)."""

    identities: list[ProductIdentity]
    cards: list[GrowthFactorCard]
    categories: list[IngredientGroup]
    classes: list[IngredientGroup]
    scale: RatingScale
    glossary: tuple[Gloss, ...]
    details: dict[str, ProductDetail] = field(default_factory=dict)  # by name, as products are compared
    links: dict[str, ProductLinks] = field(default_factory=dict)


class ProductChip(QFrame):
    """A selected product's name with buttons to move it left or right and to remove it."""

    def __init__(self, name: str, colour: str, view: CompareView) -> None:
        super().__init__()
        self.setObjectName("productChip")
        self.name = name
        swatch = QLabel("■")
        swatch.setStyleSheet(f"color: {colour}; font-size: 16pt;")
        label = plain_label(name)
        label.setObjectName("chipName")
        self.left = QPushButton("◀")
        self.right = QPushButton("▶")
        self.remove = QPushButton("✕")
        for button, tip in (
            (self.left, self.tr("Move {name} left")),
            (self.right, self.tr("Move {name} right")),
            (self.remove, self.tr("Remove {name}")),
        ):
            button.setObjectName("chipButton")
            button.setToolTip(literal(tip.format(name=name)))
            button.setAccessibleName(tip.format(name=name))
            button.setFixedWidth(30)
        self.left.clicked.connect(lambda: view.move_product(name, -1))
        self.right.clicked.connect(lambda: view.move_product(name, +1))
        self.remove.clicked.connect(lambda: view.remove_product(name))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.setSpacing(4)
        layout.addWidget(swatch)
        layout.addWidget(label)
        layout.addWidget(self.left)
        layout.addWidget(self.right)
        layout.addWidget(self.remove)


class CompareView(QWidget):
    """Products side by side, with their radar, summaries and cautions.

    Attributes:
        picker: type a product's name (search as you type) and press Enter to add it.
        table: the comparison (CompareModel).
        differences: when checked, rows found in every product are hidden.
        caution_banner: every caution of the products shown, in red above the table.

    Signals:
        navigate(str): a link to another view was followed.
        printable_changed(): what `print_hint` says may have changed (the main window's Print follows it).
    """

    navigate = Signal(str)
    printable_changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.catalogue = catalogue
        self._reads: dict[str, _Reads] = {}  # by language
        self.products: list[str] = []
        self._read_catalogue()

        self.header = header = ViewHeader("")
        self.picker = QLineEdit()
        self.picker.setObjectName("filterBox")
        self.picker.setMinimumWidth(220)
        self.completer = QCompleter(QStringListModel(self._completions(), self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.setCompleter(self.completer)
        self.add_button = QPushButton()
        self.add_button.setObjectName("procedureButton")
        self.differences = QCheckBox()
        self.print_button = QPushButton()
        self.print_button.setObjectName("saveButton")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("saveButton")
        for button in (self.print_button, self.pdf_button):
            button.setProperty("admin", True)
        for widget in (self.picker, self.add_button, self.print_button, self.pdf_button):
            header.row.addWidget(widget)
        header.row.insertSpacing(header.row.indexOf(self.print_button), 18)

        # the chips wrap onto a second row rather than make four products wider than a laptop screen
        # In presentation the chips (the doctor's controls for what is compared), the picker and its hint
        # are hidden: the products are named in the table's header and the chart's key, and the rows get
        # the height (at 1280x720 a row of chips cost two component rows).
        chips_box = QWidget()
        chips_box.setProperty("admin", True)
        self.chips = FlowLayout(chips_box, spacing=8)
        self.hint = plain_label()  # it quotes what was typed and product names
        self.hint.setObjectName("reachLabel")
        self.hint.setWordWrap(True)
        self.hint.setProperty("admin", True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.picker.setProperty("admin", True)
        self.add_button.setProperty("admin", True)
        # the hint answers the picker, beside it in the title's row: the chips get the whole width, so
        # that four products' chips fit on one row at 1280x720 (a second row cost a component row)
        # (it takes nearly all of the title row's free room, so that it stays on one or two lines)
        header.row.insertWidget(header.row.indexOf(self.picker), self.hint, 20)
        self.caution_banner = plain_label()  # names and cautions are catalogue text
        self.caution_banner.setObjectName("cautionBanner")
        self.caution_banner.setWordWrap(True)

        self.model = CompareModel(self)
        self.table = QTableView()
        self.table.setObjectName("compareTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(CompactItemDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # a click selects the component's row across the products, not the one cell clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # Rows are sized to their wrapped text once per change of the comparison or of the column widths
        # (ResizeToContents re-sized every row each time any column settled: several passes per change).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._rows_unfitted = False
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self._fit_row_heights)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows.start())
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # a product's name wider than its column goes onto two lines rather than being cut
        self._wrap_headers = QTimer(self)
        self._wrap_headers.setSingleShot(True)
        self._wrap_headers.setInterval(0)
        self._wrap_headers.timeout.connect(self._fit_headers)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._wrap_headers.start())
        self.table.horizontalHeader().setMinimumSectionSize(90)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the component column is as wide as its names and glosses need, within a share of the table
        # (set as the table is resized, in the same turn, so that the header and rows follow at once)
        self.table.viewport().installEventFilter(self)
        self.detail = QLabel()
        self.detail.setObjectName("detailLine")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.linkActivated.connect(self._follow)

        self.chart = RadarChart(
            self.effect_names,
            self.scale,
            animated=True,
            **radar_wording(),
        )
        self.chart_widget = ChartWidget(self.chart.figure, chart=self.chart)
        self.chart_widget.set_dynamic(self.chart.dynamic_artists)
        self.summaries = QTextBrowser()
        self.summaries.setObjectName("details")
        self.summaries.setMinimumHeight(140)
        self.chart_caption = QLabel()
        self.chart_caption.setObjectName("footnote")
        self.chart_caption.setWordWrap(True)
        self.chart_caption.setTextFormat(Qt.TextFormat.PlainText)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.chart_caption)
        right.addWidget(self.summaries, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        right_widget.setMinimumWidth(260)
        right_widget.setMaximumWidth(460)

        # Two pages, each with the whole width: the table (four products' names and cells readable at
        # 1366x768 and at 1.5x scale) and the radar (large enough to read, beside one sentence per product).
        table_page = QWidget()
        centre = QVBoxLayout(table_page)
        centre.setContentsMargins(0, 6, 0, 0)
        centre.addWidget(self.table, 1)
        # where the compared products' texts come from: a discreet badge beside the line under the table
        self.source_badge = SourceBadge("")
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.detail, 1)
        below.addWidget(self.source_badge, 0, Qt.AlignmentFlag.AlignTop)
        centre.addLayout(below)
        chart_page = QWidget()
        chart_row = QHBoxLayout(chart_page)
        chart_row.setContentsMargins(0, 6, 0, 0)
        chart_row.setSpacing(16)
        chart_row.addWidget(self.chart_widget, 3)
        chart_row.addWidget(right_widget, 2)
        self.pages = QTabWidget()
        self.pages.setObjectName("comparePages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(table_page, "")
        self.pages.addTab(chart_page, "")
        # beside the tabs rather than on a row of its own: the table keeps that height
        self.pages.setCornerWidget(self.differences, Qt.Corner.TopRightCorner)
        # it filters the table's rows: offered beside the table only
        self.pages.currentChanged.connect(lambda index: self.differences.setVisible(index == 0))
        body = QVBoxLayout()
        body.setSpacing(8)
        body.addWidget(self.caution_banner)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(header)
        layout.addWidget(chips_box)
        layout.addLayout(body, 1)

        self.picker.returnPressed.connect(self._add_from_picker)
        self.completer.activated.connect(lambda text: self._add_from_picker(text))
        self.add_button.clicked.connect(self._add_from_picker)
        self.differences.toggled.connect(lambda _on: self.refresh())
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.table.selectionModel().currentChanged.connect(lambda current, _previous: self._show_detail(current))

        self._translate()
        defaults = [n for n in map(self._name_of, ClinicSettings.load().default_products) if n is not None]
        self.set_products(defaults if len(defaults) >= MIN_PRODUCTS else self.all_names[:MIN_PRODUCTS])

    def _read_catalogue(self) -> None:
        """What the view shows from the catalogue, in its language (read again by `retranslate`). What was
        read in a language is kept for the view's life, so that switching back to it reads nothing: the
        view never outlives a change to the catalogue (the main window builds it again after an edit, an
        import or a change made elsewhere)."""
        language = self.catalogue.language
        reads = self._reads.get(language)
        if reads is None:
            reads = self._reads[language] = _Reads(
                self.catalogue.products(),
                self.catalogue.growth_factor_cards(),
                self.catalogue.ingredient_categories(),
                self.catalogue.cell_derived_groups(),
                self.catalogue.rating_scale(),
                self.catalogue.glossary(),
            )
        identities = self.identities = reads.identities
        self.all_names = [p.name(language) for p in identities]
        #: the display name of each product (unique within a language) and its stable key
        self.key_of = {p.name(language): p.key for p in identities}
        self.cards, self.categories, self.classes = reads.cards, reads.categories, reads.classes
        self.scale, self.glossary = reads.scale, reads.glossary
        # a product's components and links are read when it is first compared, not all up front: a
        # catalogue may hold thousands of products
        self.details: dict[str, ProductDetail] = reads.details
        self.links: dict[str, ProductLinks] = reads.links
        rated = next(card for card in self.cards if card.rated)
        self.effect_keys = [r.effect_key for r in rated.ratings]
        self.effect_names = [r.effect for r in rated.ratings]
        self.colours = colours(self.cards, self.all_names)

    def _completions(self) -> list[str]:
        """Every product's names in every language: "ben" finds Benev on a Japanese screen, and adds it as
        ベネブ."""
        return list(dict.fromkeys([*self.all_names, *(n for p in self.identities for n in p.names.values())]))

    def _translate(self) -> None:
        """The view's own words, in the interface's language."""
        self.header.title.setText(self.tr("Compare products"))
        self.picker.setPlaceholderText(self.tr("Add a product…"))
        self.picker.setAccessibleName(self.tr("Add a product"))
        self.add_button.setText(self.tr("Add"))
        self.differences.setText(self.tr("Show only differences"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print preview of the comparison sheet (Ctrl+P)"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.table.setAccessibleName(self.tr("Products compared"))
        self.summaries.setAccessibleName(self.tr("The products in one sentence each"))
        self.chart_caption.setText(
            self.tr("Profiles drawn from the growth factors each product lists: not a rating of the product.")
        )
        self.pages.setTabText(0, self.tr("Side by side"))
        self.pages.setTabText(1, self.tr("Chart"))
        self._show_detail(self.table.currentIndex())

    def retranslate(self) -> None:
        """Show the same comparison in the language the catalogue and the interface now speak, in place (a
        live language switch): the catalogue's texts are read again, the view's words translated anew and
        the radar relabelled, without building the widgets or the figure again."""
        # laid out once, by its canvas before it draws, at the size the new words settle on: not at each
        # `show` here, while the labels around it still have the old words' heights
        lazy, self.chart.lazy = self.chart.lazy, True
        try:
            state = self.view_state()
            self._read_catalogue()
            self.completer.model().setStringList(self._completions())  # type: ignore[attr-defined]
            self._translate()
            while self.chips.count():  # their tooltips name the products, in the old language
                item = self.chips.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()
                    widget.setParent(None)
                    widget.deleteLater()
            self.chart.relabel(self.effect_names, self.scale, **radar_wording())
            self.hint.setText("")
            self.restore_view_state(state)
            self._show_detail(self.table.currentIndex())
        finally:
            self.chart.lazy = lazy

    # --- what is set up here, across a rebuild (a language switch) ---------------------------------------

    def view_state(self) -> dict[str, object]:
        """The products compared (by key), "only differences", the page shown and the component selected."""
        current = self.table.currentIndex()
        return {
            "products": [self.key_of[name] for name in self.products],
            "only_differences": self.differences.isChecked(),
            "page": self.pages.currentIndex(),
            "cell": (current.row(), current.column()) if current.isValid() else None,
        }

    def restore_view_state(self, state: dict[str, object]) -> None:
        products = state.get("products")
        self.differences.blockSignals(True)  # one refresh, below
        self.differences.setChecked(bool(state.get("only_differences")))
        self.differences.blockSignals(False)
        self.set_products([str(key) for key in products] if isinstance(products, list) else self.products)
        page = state.get("page")
        if isinstance(page, int):
            self.pages.setCurrentIndex(page)
        cell = state.get("cell")
        if isinstance(cell, tuple) and self.model.index(*cell).isValid():
            self.table.setCurrentIndex(self.model.index(*cell))

    # --- products -------------------------------------------------------------------------------------

    def set_products(self, products: list[str]) -> None:
        """Compare these products (keys, or names in any language), in this order."""
        names = [name for name in map(self._name_of, products) if name is not None]
        self.products = list(dict.fromkeys(names))[:MAX_PRODUCTS]
        self.refresh()

    def _name_of(self, text: str) -> str | None:
        """The display name of the product `text` names (its key, or its name in any language)."""
        try:
            key = self.catalogue.product_key(text)
        except UnknownEntry:
            return None
        return next((name for name, k in self.key_of.items() if k == key), None)

    def add_product(self, typed: str) -> bool:
        """Add a product by its key, its name in any language or part of its name; False with a hint if
        it cannot be added."""
        found = self._name_of(typed)
        if found is not None:
            name = found
        else:
            part = typed.strip().casefold()
            # part of a name in any language ("rejur" on a Japanese screen), each product once
            matches = list(
                dict.fromkeys(
                    shown
                    for p in self.identities
                    for n in p.names.values()
                    if part in n.casefold() and (shown := p.name(self.catalogue.language)) in self.key_of
                )
            )
            if len(matches) != 1:
                self.hint.setText(self.tr("No single product matches “{typed}”.").format(typed=typed))
                return False
            name = matches[0]
        if name in self.products:
            self.hint.setText(self.tr("{name} is already compared.").format(name=name))
            return False
        if len(self.products) >= MAX_PRODUCTS:
            self.hint.setText(self.tr("Compare at most four products: remove one first."))
            return False
        self.products.append(name)
        self.refresh()
        return True

    def _add_from_picker(self, text: str | None = None) -> None:
        typed = text if isinstance(text, str) and text else self.picker.text()
        if typed.strip() and self.add_product(typed):
            self.picker.clear()

    def remove_product(self, name: str) -> None:
        self.products.remove(name)
        self.refresh()

    def move_product(self, name: str, step: int) -> None:
        index = self.products.index(name)
        target = index + step
        if 0 <= target < len(self.products):
            self.products[index], self.products[target] = self.products[target], self.products[index]
            self.refresh()

    # --- display --------------------------------------------------------------------------------------

    def _read(self, names: list[str]) -> None:
        """Read the components and links of the products among `names` not read yet."""
        missing = [name for name in names if name not in self.details]
        if missing:
            keys = [self.key_of[name] for name in missing]
            self.details.update((d.name, d) for d in self.catalogue.product_details(keys))
            self.links.update((p.name, p) for p in self.catalogue.product_links(keys=keys))

    def comparison(self) -> Comparison:
        self._read(self.products)
        return compare([self.details[name] for name in self.products])

    def refresh(self) -> None:
        self.printable_changed.emit()
        comparison = self.comparison()
        glosses = {row.label: gloss for row in comparison.rows if (gloss := self._gloss(row))}
        selected = self.table.currentIndex().data(ROW_ROLE)
        self.model.set_comparison(comparison, self.differences.isChecked(), glosses)
        # the model's reset drops the selection without a signal: select the same component again where
        # it is still compared, else the line under the table would go on explaining a row no longer there
        again = next(
            (
                r
                for r in range(self.model.rowCount())
                if isinstance(selected, Row)
                and self.model.row_entry(r)[0] == "row"
                and (self.model.row_entry(r)[1].group, self.model.row_entry(r)[1].label)
                == (selected.group, selected.label)
            ),
            None,
        )
        if again is not None:
            self.table.setCurrentIndex(self.model.index(again, 0))
        self._show_detail(self.table.currentIndex())
        self._wrap_headers.start()
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.row_entry(row)[0] == "group" and self.model.columnCount() > 1:
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        header = self.table.horizontalHeader()
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            self._fit_component_column()
        self._fit_rows.start()
        self._rebuild_chips()
        enough = len(self.products) >= MIN_PRODUCTS
        self.print_button.setEnabled(enough)
        self.pdf_button.setEnabled(enough)
        if not enough:
            self.hint.setText(self.tr("Add another product to compare."))
        elif len(self.products) == MAX_PRODUCTS:
            self.hint.setText(self.tr("Four products: the most a sheet compares."))
        else:
            self.hint.setText("")
        cautions = [(p.name, c) for p in comparison.products for c in p.cautions]
        self.caution_banner.setVisible(bool(cautions))
        self.caution_banner.setText("\n".join(f"⚠  {caution_line(name, text)}" for name, text in cautions))
        self.source_badge.set_source(self._sources(comparison))
        profiles = [product_profile(self.links[name], self.cards, self.effect_keys) for name in self.products]
        self.chart.show(series_for(profiles, self.colours))
        self.chart_widget.redraw()
        lines = []
        for name, profile in zip(self.products, profiles, strict=True):
            colour = self.colours[name]
            text = summary(self.details[name], profile, self.effect_names, self.catalogue.language)
            lines.append(f'<p><span style="color:{colour}">■</span> {escape(text)}</p>')
        self.summaries.setHtml("".join(lines))

    def _sources(self, comparison: Comparison) -> str:
        """Where the compared products' texts come from: each source once, with the products it covers."""
        covered: dict[str, tuple[SourceNote, list[str]]] = {}
        for product in comparison.products:
            for note in (product.source, product.maker_source):
                if note is not None:
                    covered.setdefault(note.key, (note, []))[1].append(product.name)
        line = self.tr("{title} ({products}): {citation}")
        return "\n".join(
            line.format(title=note.title, products=listing(names, self.catalogue.language), citation=note.citation)
            for note, names in covered.values()
        )

    def _gloss(self, row: Row) -> str:
        """The catalogue's plain words for a row, or "" where it has none: the glossary's entry for its
        name (IGFBP, Cytokines), else what its growth factor is known for (EGF: Skin turnover) or the
        category of its ingredient (Hyaluronic acid: Moisturizing), else the glossary's entry for a term
        in its name (the culture fluid of "Mesenchymal stem cell-derived culture fluid")."""
        if row.open_list:
            return ""
        own = gloss_of(row.label, self.glossary)
        if own is not None:
            return own.plain
        if row.link_kind == "growth_factor":
            card = next((c for c in self.cards if c.key == row.link_key), None)
            if card is not None and card.feature:
                return card.feature
        if row.link_kind == "ingredient":
            group = next((g for g in self.categories if row.link_key in g.member_keys), None)
            if group is not None:
                return group.name
        used = terms_in([row.label], self.glossary)
        return used[0].plain if used else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_component_column()
        if watched is self.table.viewport() and event.type() == QEvent.Type.Show and self._rows_unfitted:
            self._fit_row_heights()
        return super().eventFilter(watched, event)

    def _fit_component_column(self) -> None:
        """The component column as wide as its longest name-and-gloss line (so most fit on one line),
        at least 180 px and at most 42 % of the table, the products sharing the rest (so that four
        products' names fit their columns at 1366x768 in presentation type), and never so wide that a
        product's "not listed" wraps (a second line in every cell doubled every row's height)."""
        if not self.model.columnCount():
            return
        metrics = QFontMetrics(self.table.font())
        widest = max(
            (
                metrics.horizontalAdvance(line)
                for r in range(self.model.rowCount())
                if self.model.row_entry(r)[0] == "row"
                for line in str(self.model.index(r, 0).data()).split("\n")
            ),
            default=0,
        )
        room = self.table.viewport().width()
        unlisted = metrics.horizontalAdvance(self.model.not_listed()) + 2 * PaddedItemDelegate.HORIZONTAL + 8
        most = min(round(room * 0.42), room - (self.model.columnCount() - 1) * unlisted)
        width = max(180, min(widest + 2 * PaddedItemDelegate.HORIZONTAL + 8, most))
        if self.table.columnWidth(0) != width:
            self.table.setColumnWidth(0, width)
            self._fit_headers()  # the products' columns, narrower or wider now, may wrap differently

    def _fit_row_heights(self) -> None:
        """Each row as tall as its text needs. Not `resizeRowsToContents`: it also takes the hidden row
        header's section size (the style sheet's header padding), which made every one-line row ~40 px
        and left room for four component rows of four products at 1280x720."""
        # measured when seen: on the chart page (or another view) a language switch or a product added
        # leaves the hidden table for when it shows, rather than measuring every cell's text each time
        self._rows_unfitted = not self.table.isVisible()
        if self._rows_unfitted:
            return
        header = self.table.verticalHeader()
        for row in range(self.model.rowCount()):
            height = self.table.sizeHintForRow(row)
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)

    def _rebuild_chips(self) -> None:
        """Match the chips to the products: keep the chips still wanted (so the row never empties for a
        moment, which would resize the chart and force a full redraw), drop the others, add new ones."""
        existing: dict[str, ProductChip] = {}
        while self.chips.count():
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if isinstance(widget, ProductChip) and widget.name in self.products:
                existing[widget.name] = widget
            elif widget is not None:
                # gone from the screen now, not at the next turn of the event loop (an offscreen
                # render never reaches it, and would show the old chip floating over the view)
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for index, name in enumerate(self.products):
            chip = existing.get(name) or ProductChip(name, self.colours[name], self)
            chip.left.setEnabled(index > 0)
            chip.right.setEnabled(index < len(self.products) - 1)
            self.chips.addWidget(chip)

    def _fit_headers(self) -> None:
        """Two lines for each product name wider than its column (with the header's padding)."""
        header = self.table.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        # the products share what the component column leaves (their sections stretch, and the header
        # lays stretched sections out lazily: their sizes may still be the old ones here)
        products = self.model.columnCount() - 1
        share = (self.table.viewport().width() - self.table.columnWidth(0)) // max(products, 1) - 1
        wide = {
            section
            for section in range(1, self.model.columnCount())
            if metrics.horizontalAdvance(self.model.comparison.products[section - 1].name) + 28
            > min(share, header.sectionSize(section))
        }
        self.model.set_two_line(wide)

    def chip(self, name: str) -> ProductChip:
        for index in range(self.chips.count()):
            item = self.chips.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, ProductChip) and widget.name == name:
                return widget
        raise KeyError(name)

    def _acts_in(self, row: Row) -> list[tuple[str, str]]:
        """(layer key, name) where a row's linked entry acts."""
        if row.link_kind == "growth_factor":
            card = next((c for c in self.cards if c.key == row.link_key), None)
            return [(link.key, link.name) for link in card.layers] if card else []
        if row.link_kind == "ingredient":
            group = next((g for g in self.categories if row.link_key in g.member_keys), None)
            return [(link.key, link.name) for link in group.layers] if group else []
        if row.link_kind == "stem_cell_source":
            medium = next((g for g in self.classes if g.key == "stem-cell-culture-medium"), None)
            return [(link.key, link.name) for link in medium.layers] if medium else []
        return []

    def _show_detail(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if not isinstance(row, Row) or row.open_list:
            self.detail.setText(self.tr("Select a component to see what it is and where it acts."))
            return
        parts = [f"<b>{escape(row.label)}</b>"]
        target = {
            "growth_factor": f"growth-factors/factor/{row.link_key}",
            "ingredient": "ingredients/functional/"
            + next((g.key for g in self.categories if row.link_key in g.member_keys), ""),
            "stem_cell_source": "ingredients/stem-cells",
            "exosome_origin": f"ingredients/exosomes/{row.link_key}",
        }.get(row.link_kind)
        if target:
            explanation_text = self.tr("explanation")
            parts.append(f'<a href="{escape(target)}" style="{LINK_STYLE}">{escape(explanation_text)}</a>')
        layers = self._acts_in(row)
        if layers:
            links = ", ".join(
                f'<a href="explorer/region/{escape(key)}" style="{LINK_STYLE}">{escape(name.lower())}</a>'
                for key, name in layers
            )
            parts.append(escape(self.tr("acts in")) + " " + links)
        if len(parts) == 1:
            parts.append(escape(self.tr("the catalogue has no entry explaining it")))
        self.detail.setText(" · ".join(parts))

    def _follow(self, link: str) -> None:
        self.navigate.emit(link)

    def open_link(self, path: str) -> None:
        """`product/NAME` adds a product to the comparison; `products/A|B|C` compares exactly those."""
        kind, _, rest = path.partition("/")
        if kind == "product":
            self.add_product(unquote(rest))
        elif kind == "products":
            found = (self._name_of(unquote(part)) for part in rest.split("|"))
            names = [n for n in found if n is not None]
            if len(names) >= MIN_PRODUCTS:
                self.set_products(names)

    def focus_filter(self) -> None:
        self.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- printing -------------------------------------------------------------------------------------

    def printable(self) -> printing.PrintableDocument:
        """The comparison sheet of the products compared, for `ui.printing`."""
        return printing.PrintableDocument(self.tr("comparison sheet"), "comparison.pdf", self._printout)

    def _printout(self, patient: str) -> Printout:
        """The sheet from what this view has read, plus the article's caveat read now."""
        self._read(self.products)
        settings = ClinicSettings.load()
        problem = logo_problem(settings.logo) if settings.logo else None
        if problem:  # printed without it, rather than as a broken-image icon
            self.hint.setText(
                self.tr("The clinic logo is left out ({problem}): choose it again in Settings.").format(problem=problem)
            )
        content = comparison_sheet.compose(
            details=[self.details[name] for name in self.products],
            links=[self.links[name] for name in self.products],
            cards=self.cards,
            every_product=self.all_names,
            scale=self.scale,
            caveat=Caveat(*self.catalogue.caveat()),
            clinic=settings.header(),
            patient=patient,
            glosses=self.catalogue.glossary(),
        )
        return comparison_sheet.printout(content)

    def print_hint(self) -> str:
        """Why the sheet cannot be printed yet, or "" when it can (Ctrl+P, File → Print)."""
        if len(self.products) >= MIN_PRODUCTS:
            return ""
        return self.tr("Add a second product first: the sheet compares two to four products.")

    def print_preview(self) -> None:
        if len(self.products) >= MIN_PRODUCTS:
            printing.print_preview(self, self.printable())

    def export_pdf(self) -> None:
        if len(self.products) < MIN_PRODUCTS:
            return
        done = printing.export_pdf(self, self.printable())
        if done is not None:
            self.hint.setText(done)
