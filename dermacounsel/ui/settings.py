"""The clinic's settings (name, address, logo, paper, default products, the order equally suited products
are shown in), kept with QSettings, and the dialog that edits them. Nothing about patients is ever stored
here."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImageReader, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.reports.common import ClinicHeader
from dermacounsel.ui import language
from dermacounsel.ui.file_dialogs import open_file_name

PAPERS = ("a4", "letter")
DATABASE_KEY = "catalogue/location"
MAX_LOGO_BYTES = 5 * 1024 * 1024
LOGO_HEIGHT = 72  # pixels in the dialog's preview; the sheet scales the logo to 18 mm high


def chosen_database() -> str:
    """The catalogue chosen in Settings ("" for this computer's own), readable before the application
    object exists (the command line asks before the window opens)."""
    return str(QSettings("DermaCounsel", "DermaCounsel").value(DATABASE_KEY, "") or "")


def logo_problem(path: str) -> str | None:
    """Why `path` cannot be the clinic's logo, or None if it can."""
    file = Path(path)
    if not file.is_file():
        return f"{path}: no such file"
    if file.stat().st_size > MAX_LOGO_BYTES:
        return f"{path}: larger than {MAX_LOGO_BYTES // (1024 * 1024)} MB; choose a smaller image"
    reader = QImageReader(str(file))
    if not reader.canRead():
        return f"{path}: not an image DermaCounsel can read (use PNG, JPEG or SVG)"
    return None


def _string_list(value: object) -> list[str]:
    """A list setting as QSettings gives it back: a list of one comes as the bare string, none as ""."""
    if isinstance(value, str):
        return [value] if value else []
    return [str(item) for item in value] if isinstance(value, list) else []


@dataclass
class ClinicSettings:
    """What the printed sheets say about the clinic, and the comparer's defaults.

    Attributes:
        logo: path of an image file, or "" for none.
        paper: "a4" or "letter".
        default_products: the products the comparer opens with.
        language: the interface's and the catalogue's language, "ja" or "en" (see ui.language).
        preferred_order: product keys in the order the clinic shows equally suited products (counselling,
            its printout and `advise`); empty: alphabetically.
    """

    name: str = ""
    address: str = ""
    logo: str = ""
    paper: str = "a4"
    default_products: list[str] = field(default_factory=list)
    language: str = ""
    #: The catalogue the app opens when neither --db nor $DERMACOUNSEL_DB names one: "" for this
    #: computer's file, a file's path, or a chain's server URL (never with a password: see save).
    database: str = ""
    preferred_order: list[str] = field(default_factory=list)

    def header(self) -> ClinicHeader:
        """The clinic as the printouts head it."""
        return ClinicHeader(self.name, self.address, self.logo)

    @classmethod
    def load(cls) -> ClinicSettings:
        settings = QSettings()
        paper = str(settings.value("print/paper", "a4"))
        return cls(
            name=str(settings.value("clinic/name", "")),
            address=str(settings.value("clinic/address", "")),
            logo=str(settings.value("clinic/logo", "")),
            paper=paper if paper in PAPERS else "a4",
            default_products=_string_list(settings.value("compare/default_products", [])),
            language=language.chosen_language(),
            database=str(settings.value(DATABASE_KEY, "")),
            preferred_order=_string_list(settings.value("counsel/preferred_order", [])),
        )

    def save(self) -> None:
        """Keep the settings. A server's password is first moved into the system keyring, or the whole
        save is refused (DatabaseError) before anything is written: it never reaches this file."""
        from dermacounsel.services.catalogue import location_to_keep

        database = location_to_keep(self.database)
        settings = QSettings()
        settings.setValue("clinic/name", self.name)
        settings.setValue("clinic/address", self.address)
        settings.setValue("clinic/logo", self.logo)
        settings.setValue("print/paper", self.paper)
        settings.setValue("compare/default_products", list(self.default_products))
        settings.setValue("counsel/preferred_order", list(self.preferred_order))
        if self.language in language.LANGUAGES:
            language.remember_language(self.language)
        settings.setValue(DATABASE_KEY, database)
        settings.sync()


class SettingsDialog(QDialog):
    """Edits ClinicSettings; OK saves, Cancel leaves everything as it was."""

    def __init__(
        self,
        settings: ClinicSettings,
        products: list[str],
        parent: QWidget | None = None,
        product_keys: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)  # the catalogue URL and its notes need the room
        self.name = QLineEdit(settings.name)
        self.name.setPlaceholderText(self.tr("e.g. Smart Skin Clinic"))
        self.address = QPlainTextEdit(settings.address)
        self.address.setPlaceholderText(self.tr("Street, city, telephone"))
        self.address.setFixedHeight(90)
        self.logo = QLineEdit(settings.logo)
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.logo.textChanged.connect(self._check_logo)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_logo)
        clear = QPushButton(self.tr("Remove"))
        clear.clicked.connect(self.logo.clear)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(clear)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.logo_error = QLabel()
        self.logo_error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a path
        self.logo_error.setObjectName("fieldError")
        self.logo_error.setStyleSheet("color: #9b1c1c;")
        self.logo_error.setWordWrap(True)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(PAPERS.index(settings.paper))
        self.language = QComboBox()
        self.language.setObjectName("languageSetting")
        for code, name in language.LANGUAGES.items():  # each named in itself, as users look for their own
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language or language.current_language()), 0))
        self.database = QLineEdit(settings.database)
        self.database.setObjectName("databaseSetting")
        self.database.setPlaceholderText(self.tr("This computer's catalogue (default)"))
        self.database.setToolTip(
            self.tr(
                "A file's path, or a clinic chain's server: postgresql+psycopg://user@host:5432/catalogue. "
                "Used from the next start, unless --db or DERMACOUNSEL_DB names another."
            )
        )
        self.database.textChanged.connect(self._check_database)
        self.database_note = QLabel(self.tr("Used from the next start. Passwords are not kept here (see ~/.pgpass)."))
        self.database_note.setObjectName("footnote")
        self.database_note.setWordWrap(True)
        self.database_error = QLabel()
        self.database_error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the URL
        self.database_error.setObjectName("fieldError")
        self.database_error.setStyleSheet("color: #9b1c1c;")
        self.database_error.setWordWrap(True)
        self.products = QListWidget()
        self.products.setMaximumHeight(120)  # about four products; it scrolls
        for name in products:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name in settings.default_products
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.products.addItem(item)

        # The order equally suited products are shown in: alphabetical, or the clinic's own (drag or ▲ ▼).
        keys = product_keys or list(products)
        name_of = dict(zip(keys, products, strict=True))
        self.order_rule = QComboBox()
        self.order_rule.setObjectName("tieOrderRule")
        self.order_rule.addItem(self.tr("Alphabetically"), "alphabetical")
        self.order_rule.addItem(self.tr("In the clinic's preferred order"), "preferred")
        self.order = QListWidget()
        self.order.setObjectName("tieOrder")
        self.order.setAccessibleName(self.tr("The clinic's preferred order of products"))
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        known = [key for key in settings.preferred_order if key in name_of]
        for key in known + [key for key in keys if key not in known]:
            item = QListWidgetItem(name_of[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.order.addItem(item)
        self.order_up, self.order_down = QPushButton("▲"), QPushButton("▼")
        for button, tip, step in ((self.order_up, self.tr("Earlier"), -1), (self.order_down, self.tr("Later"), 1)):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setFixedWidth(44)
            button.clicked.connect(lambda _checked=False, step=step: self._move_product(step))
        rows = max(self.order.count(), 1)
        self.order.setFixedHeight((self.fontMetrics().lineSpacing() + 6) * rows + 8)  # every product, no more
        self.order_rule.currentIndexChanged.connect(self._order_rule_changed)
        self.order_rule.setCurrentIndex(1 if known else 0)
        self._order_rule_changed()
        order_buttons = QVBoxLayout()
        order_buttons.addWidget(self.order_up)
        order_buttons.addWidget(self.order_down)
        order_buttons.addStretch(1)
        order_row = QHBoxLayout()
        order_row.addWidget(self.order, 1)
        order_row.addLayout(order_buttons)
        order_hint = self.tr(
            "Counselling, its printed summary and advise list equally suited products in this order (one "
            "with a caution still after an equal one without)."
        )
        for widget in (self.order_rule, self.order):
            widget.setToolTip(order_hint)

        self.form = form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Clinic name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow("", self.logo_preview)
        form.addRow("", self.logo_error)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Compare by default"), self.products)
        form.addRow(self.tr("Catalogue"), self.database)
        form.addRow("", self.database_note)
        form.addRow("", self.database_error)
        form.addRow(self.tr("Equally suited products"), self.order_rule)
        form.addRow("", order_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # wrapped labels make the layout's height depend on its width: the dialog is never shorter than
        # the layout needs at its width (a plain minimum size is computed for the narrowest width and let
        # the buttons overlap the list above them)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._check_logo(self.logo.text())
        self._check_database(self.database.text())

    def _check_database(self, text: str) -> None:
        from dermacounsel.services.catalogue import PASSWORD_REFUSED, location_problem

        problem = location_problem(text)
        self.database_error.setText(
            self.tr("A password is never kept in the settings: leave it out and use ~/.pgpass (see the README).")
            if problem == PASSWORD_REFUSED
            else language.said(problem or "")
        )
        self.database_error.setVisible(problem is not None)
        self._update_ok()
        if self.isVisible():
            self._fit_height()  # room for the message, however it wraps

    def _fit_height(self) -> None:
        """At least as tall as the layout needs at the dialog's width; no taller than that when it shrinks."""
        layout = self.layout()
        assert layout is not None
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        self.setMinimumHeight(needed)
        self.resize(self.width(), needed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.setMinimumHeight(max(layout.totalHeightForWidth(self.width()), layout.totalMinimumSize().height()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_height()

    def _update_ok(self) -> None:
        ok = not self.logo_error.text() and not self.database_error.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _order_rule_changed(self, _index: int = 0) -> None:
        preferred = self.order_rule.currentData() == "preferred"
        for widget in (self.order, self.order_up, self.order_down):
            widget.setEnabled(preferred)

    def _move_product(self, step: int) -> None:
        row = self.order.currentRow()
        if 0 <= row < self.order.count() and 0 <= row + step < self.order.count():
            item = self.order.takeItem(row)
            self.order.insertItem(row + step, item)
            self.order.setCurrentRow(row + step)

    def preferred_order(self) -> list[str]:
        """The product keys in the order shown, or [] for alphabetical."""
        if self.order_rule.currentData() != "preferred":
            return []
        return [str(self.order.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.order.count())]

    def _choose_logo(self) -> None:
        path, _ = open_file_name(self, self.tr("Clinic logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.svg)"))
        if path:
            self.logo.setText(path)

    def _check_logo(self, path: str) -> None:
        problem = logo_problem(path) if path else None
        self.logo_error.setText(problem or "")
        self._update_ok()
        shown = bool(path) and problem is None
        if shown:
            pixmap = QPixmap(path)
            self.logo_preview.setPixmap(pixmap.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.clear()
        # no logo (or one that cannot be read): the preview's row and the error's collapse, leaving no gap;
        # the field's own "No logo" placeholder says what is chosen
        self.form.setRowVisible(self.logo_preview, shown)
        self.form.setRowVisible(self.logo_error, bool(problem))
        if self.isVisible():
            self._fit_height()

    def result_settings(self) -> ClinicSettings:
        return ClinicSettings(
            name=self.name.text().strip(),
            address=self.address.toPlainText().strip(),
            logo=self.logo.text().strip(),
            paper=str(self.paper.currentData()),
            language=str(self.language.currentData()),
            database=self.database.text().strip(),
            default_products=[
                self.products.item(row).text()
                for row in range(self.products.count())
                if self.products.item(row).checkState() == Qt.CheckState.Checked
            ],
            preferred_order=self.preferred_order(),
        )

    @classmethod
    def ask(
        cls,
        settings: ClinicSettings,
        products: list[str],
        parent: QWidget | None = None,
        product_keys: list[str] | None = None,
    ) -> ClinicSettings | None:
        """Show the dialog; the edited settings if OK was pressed, else None. Tests replace this."""
        dialog = cls(settings, products, parent, product_keys)
        return dialog.result_settings() if dialog.exec() == QDialog.DialogCode.Accepted else None
