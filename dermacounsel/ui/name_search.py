"""Finding an entry by what the user types, whichever language the screen shows: its key, or its name in
any language the catalogue holds ("hyaluronic" finds ヒアルロン酸 on a Japanese screen, "ベネブ" finds
Benev on an English one). The one place filter boxes, completers and type-ahead lists get their words."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QWidget

if TYPE_CHECKING:
    from dermacounsel.services.catalogue import Catalogue

#: Custom role of a list item or table cell: every word it is found by (see `search_words`). The filtering
#: proxy of `table_model` filters on it; `NameSearchList` searches it as the user types.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def fold(text: str) -> str:
    """Text as compared: case, full-width letters (ＥＧＦ) and Unicode normalisation ignored."""
    return unicodedata.normalize("NFKC", text).casefold()


def search_words(key: str, names: Iterable[str]) -> str:
    """An entry's key and its names, one a line, each once."""
    return "\n".join(dict.fromkeys(word for word in (key, *names) if word))


def names_of(catalogue: Catalogue, kind: str) -> Callable[[str], str]:
    """For a kind of entry ("layer", "procedure", "concern", "growth factor", "ingredient", "stem cell
    source", "exosome origin"): each key's search words, its key and its names in every language, read once."""
    by_key = catalogue.names(kind)
    return lambda key: search_words(key, by_key.get(key, ()))


def product_names_of(catalogue: Catalogue) -> Callable[[str], str]:
    """Like `names_of`, for products (their names are read with their identities)."""
    by_key = {product.key: list(product.names.values()) for product in catalogue.products()}
    return lambda key: search_words(key, by_key.get(key, ()))


def matches(typed: str, words: str) -> bool:
    """Whether what was typed is part of any of the words (ignoring case and width)."""
    return fold(typed.strip()) in fold(words)


def keys_matching(typed: str, words_of: dict[str, str]) -> list[str]:
    """The keys whose words contain what was typed, in order."""
    return [key for key, words in words_of.items() if typed.strip() and matches(typed, words)]


class NameSearchList(QListWidget):
    """A list the user picks from by typing: the first entry whose key or name in any language begins with
    what was typed (else contains it) becomes current, as Qt's own type-ahead does with the shown text
    only. Each item's words are its `SEARCH_ROLE` data (`set_words`), else its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    @staticmethod
    def set_words(item: QListWidgetItem, words: str) -> None:
        item.setData(SEARCH_ROLE, words)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt's name)
        if not search:
            return
        going_on = self._since.isValid() and self._since.elapsed() < QApplication.keyboardInputInterval()
        self._typed = self._typed + search if going_on else search
        self._since.start()
        found = self.find_entry(self._typed, from_row=self.currentRow() if going_on else self.currentRow() + 1)
        if found is not None:
            self.setCurrentItem(found)
            self.scrollToItem(found)

    def find_entry(self, typed: str, from_row: int = 0) -> QListWidgetItem | None:
        """The first item from `from_row` on (wrapping) with a word that begins with `typed`, else the
        first with a word that contains it; hidden and disabled items are passed over."""
        count = self.count()
        if not count or not typed.strip():
            return None
        start = min(max(from_row, 0), count)
        items = [self.item(row) for row in (*range(start, count), *range(start))]
        items = [i for i in items if not i.isHidden() and i.flags() & Qt.ItemFlag.ItemIsEnabled]
        wanted = fold(typed.strip())

        def words(item: QListWidgetItem) -> list[str]:
            data = item.data(SEARCH_ROLE)
            return [fold(word) for word in (data if isinstance(data, str) else item.text()).splitlines()]

        return next((i for i in items if any(w.startswith(wanted) for w in words(i))), None) or next(
            (i for i in items if any(wanted in w for w in words(i))), None
        )
