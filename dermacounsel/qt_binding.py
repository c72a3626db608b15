"""Loading PySide6 without its hidden cost: imported first by every package that uses Qt (ui, reports).

PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``. After each import it
asks whether the new module mentions "PySide6" by calling ``inspect.getsource(module)`` (PYSIDE-2029),
and ``inspect`` keeps every file it reads in ``linecache``, for good. In DermaCounsel that is the
source of ~700 modules (SQLAlchemy, numpy, matplotlib, pydantic...): ~40 MiB held for nothing, and
~50 ms more for each of the SQLAlchemy and matplotlib imports (docs/performance.md).

`install()` keeps PySide6's question and its answer, and only changes how the file is read: as bytes,
not kept. Modules without a ``.py`` file go to PySide6's own check, as before. If a PySide6 version
no longer has the check, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401  (loading it installs the import hook that `install` adjusts)

_MARK = "_dermacounsel_reads_bytes"


def install() -> bool:
    """Make PySide6's per-import check read module files without caching them; True if it is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None:
        return False
    if getattr(upstream, _MARK, False):
        return True

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not (isinstance(path, str) and path.endswith(".py")):
            return bool(upstream(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(upstream(module))

    setattr(mod_uses_pyside, _MARK, True)
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]
    return True


install()
