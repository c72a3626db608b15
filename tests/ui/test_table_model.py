"""The shared table model behaves as Qt's model tester expects, and filters on any column."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from dermacounsel.ui.table_model import ROW_ROLE, Column, RowTableModel, filtering_proxy


@dataclass(frozen=True)
class Item:
    name: str
    effect: str


ROWS = [Item("Hyaluronic acid", "Moisturizing"), Item("Arbutin", "Brightening"), Item("Urea", "Moisturizing")]
COLUMNS = [
    Column[Item]("Name", lambda i: i.name, lambda i: f"about {i.name}"),
    Column[Item]("Effect", lambda i: i.effect),
]


def test_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = RowTableModel(COLUMNS, ROWS)
    qtmodeltester.check(model)
    assert model.data(model.index(1, 0)) == "Arbutin"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "about Arbutin"
    assert model.data(model.index(2, 1), ROW_ROLE) is ROWS[2]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Effect"


def test_proxy_filters_on_any_column_ignoring_case(qtmodeltester) -> None:
    model = RowTableModel(COLUMNS, ROWS)
    proxy = filtering_proxy(model)
    proxy.setFilterFixedString("moist")
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Hyaluronic acid", "Urea"]
    model.set_rows(ROWS[:1])
    assert proxy.rowCount() == 1
