"""Issue 14: sentences are phrased per language in one place (domain/phrasing.py, or Qt translation where
reports show them); no English sentence is assembled in domain/, storage/ or reports/.

An AST walk over every string constant of three or more English words in those folders. Not counted:
docstrings; texts given to Qt's translation (`QCoreApplication.translate`, `QT_TRANSLATE_NOOP`); texts of
a `raise` and of log calls; SQL and markup. What is left must be listed in `STAYS_ENGLISH` below, by
module and function, with why; a new English sentence anywhere else fails the test.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "dermacounsel"
FOLDERS = ("domain", "storage", "reports")
PHRASING = PACKAGE / "domain" / "phrasing.py"

#: (module, function) → why its English texts stay English (reported, not phrased per language)
STAYS_ENGLISH: dict[tuple[str, str], str] = {
    # kinds of entry as the code names them ("stem cell source"), not as a message says them: an error
    # names a kind through its kind_… template (domain.keys.kind_words)
    ("storage/queries.py", "<module>"): "kinds of entry as identifiers",
    # catalogue data in both languages, not interface text: the source a clinic's edit is stored under
    ("storage/editing.py", "_clinic_source"): "catalogue data: the clinic-edit source's title and citation",
    # English month names for English dates (Japanese dates are written 2026年12月1日)
    ("reports/common.py", "printed_date"): "English month names",
}

_WORD = re.compile(r"^[(“\"']?[A-Za-z][a-z'’]*[)”\"',.;:!?]*$")
_CODE = re.compile(r"^\s*(SELECT|UPDATE|PRAGMA|INSERT|DELETE|CREATE|ALTER|WITH)\b| IN \(|[<>{}]|%\(|\\[dsw]|^\^")


def english_sentence(text: str) -> bool:
    """Three or more English words separated by spaces (not a key, a path, SQL or markup)."""
    if _CODE.search(text) and not re.search(r"\{[a-z_]+(:[^}]*)?\}", text):
        return False
    return sum(bool(_WORD.match(token)) for token in text.split()) >= 3


def _exempt(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.Raise):
            return True
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in ("translate", "QT_TRANSLATE_NOOP", "debug", "info", "warning", "error", "exception"):
                return True
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Module):
            return False
    return False


def english_below_the_interface() -> list[tuple[str, str, int, str]]:
    found = []
    for folder in FOLDERS:
        for path in sorted((PACKAGE / folder).glob("*.py")):
            if path == PHRASING:
                continue
            module = f"{folder}/{path.name}"
            tree = ast.parse(path.read_text(encoding="utf-8"))
            parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
            docstrings = {
                id(node.body[0].value)
                for node in ast.walk(tree)
                if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
                and node.body
                and isinstance(node.body[0], ast.Expr)
                and isinstance(node.body[0].value, ast.Constant)
            }
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in docstrings:
                    continue
                if not english_sentence(node.value) or _exempt(node, parents):
                    continue
                function, up = "<module>", node
                while up in parents:
                    up = parents[up]
                    if isinstance(up, ast.FunctionDef | ast.AsyncFunctionDef):
                        function = up.name
                        break
                found.append((module, function, node.lineno, node.value))
    return found


def test_the_detector_sees_english_sentences_and_not_keys_or_code() -> None:
    assert english_sentence("This setting is longer than the skin")
    assert english_sentence("Backing up the catalogue first…")
    assert english_sentence("{product} lists no components.")
    assert not english_sentence("progress_backing_up")
    assert not english_sentence("stem-cell-culture-medium")
    assert not english_sentence("SELECT version_num FROM alembic_version")
    assert not english_sentence('<table width="100%" cellspacing="0">')
    assert not english_sentence("成長因子を含みます")


def test_no_english_sentence_is_built_in_domain_storage_or_reports() -> None:
    left = [
        f"{module}:{line} ({function}): {text[:70]!r}"
        for module, function, line, text in english_below_the_interface()
        if (module, function) not in STAYS_ENGLISH
    ]
    assert left == [], "English built below the interface; phrase it in domain/phrasing.py:\n" + "\n".join(left)


def test_every_exception_listed_still_holds_english() -> None:
    """An entry of STAYS_ENGLISH whose English has gone (moved to phrasing) is taken off the list."""
    places = {(module, function) for module, function, _line, _text in english_below_the_interface()}
    assert sorted(set(STAYS_ENGLISH) - places) == []
