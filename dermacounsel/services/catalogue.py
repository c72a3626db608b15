"""The catalogue service: the one door through which views, reports and the command line reach the
catalogue. It owns the open database (opening, recovering, migrating, closing), the display language,
reads as plain frozen records in that language, product identity by key, row-level edits, import and
export, backups and restore. Nothing above it sees a database session.

Storage modules are imported when first needed, so that a window can paint before SQLAlchemy loads.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from dermacounsel.domain.keys import fold
from dermacounsel.domain.phrasing import Said
from dermacounsel.domain.progress import SILENT, Progress
from dermacounsel.domain.text import SOURCE_LANGUAGE
from dermacounsel.storage.sqlite_file import DatabaseError as DatabaseError  # sqlite3 alone: cheap at start-up
from dermacounsel.storage.sqlite_file import start_quick_check as start_quick_check

if TYPE_CHECKING:
    from dermacounsel.domain.counselling import Concern, Recommendations
    from dermacounsel.domain.explorer import ExplorerCatalogue, ProductCriteria
    from dermacounsel.domain.glossary import Gloss
    from dermacounsel.domain.records import (
        GrowthFactorCard,
        IngredientGroup,
        LayerInfo,
        NamedEntry,
        ProcedureCard,
        ProductDetail,
        ProductLinks,
    )
    from dermacounsel.domain.scale import RatingScale
    from dermacounsel.storage.backups import Backup as Backup
    from dermacounsel.storage.catalogue_file import CatalogueFileError as CatalogueFileError
    from dermacounsel.storage.catalogue_import import ImportPlan as ImportPlan
    from dermacounsel.storage.catalogue_import import ImportReport as ImportReport
    from dermacounsel.storage.checks import CheckReport
    from dermacounsel.storage.database import CatalogueDatabase
    from dermacounsel.storage.editing import CatalogueEditor
    from dermacounsel.storage.editing import Change as Change
    from dermacounsel.storage.editing import EditError as EditError
    from dermacounsel.storage.editing import StaleEdit as StaleEdit
    from dermacounsel.storage.editing import edit_date as edit_date

T = TypeVar("T")

#: Names offered by this module but defined in storage modules that are slow to import (SQLAlchemy,
#: pydantic): they are imported on first use, so that the window paints first.
_LAZY = {
    "CatalogueFileError": "dermacounsel.storage.catalogue_file",
    "EditError": "dermacounsel.storage.editing",
    "StaleEdit": "dermacounsel.storage.editing",
    "Change": "dermacounsel.storage.editing",
    "Loaded": "dermacounsel.storage.editing",
    "edit_date": "dermacounsel.storage.editing",
    "Backup": "dermacounsel.storage.backups",
    "ImportPlan": "dermacounsel.storage.catalogue_import",
    "ImportReport": "dermacounsel.storage.catalogue_import",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    loaded = importlib.import_module(module)
    return getattr(loaded, name)


#: Languages the app speaks; the catalogue's texts fall back to English where a language has none.
LANGUAGES = ("en", "ja")


def _said(error: BaseException) -> str:
    """An error's message as it was phrased (a `Said`, to be said again in the reader's language), else
    its text."""
    return error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)


class UnknownEntry(LookupError):
    """A key or name the catalogue does not hold; the message (a `Said`) lists the valid ones."""


@dataclass(frozen=True)
class ProductIdentity:
    """A product's stable key and its names in every language the catalogue holds."""

    key: str
    names: dict[str, str]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get(SOURCE_LANGUAGE) or self.key


@dataclass(frozen=True)
class OfflineCopy:
    """The catalogue shown is this computer's copy, because the server could not be reached.

    Attributes:
        reason: what failed, in one line naming the server.
        taken_at: when the copy was last brought from the server (local time).
    """

    reason: str
    taken_at: datetime

    def age_seconds(self, now: datetime | None = None) -> float:
        return max(0.0, ((now or datetime.now()) - self.taken_at).total_seconds())


class Catalogue:
    """An open catalogue and everything done with it.

    Attributes:
        language: the language reads are given in ("en" or "ja"); texts missing in it fall back to English.
        editor: the row-level editor of this catalogue.
    """

    def __init__(self, database: CatalogueDatabase, language: str = SOURCE_LANGUAGE) -> None:
        self._database = database
        #: Set when the server could not be reached and this is the local copy shown instead.
        self.offline: OfflineCopy | None = None
        self.language = language
        self._editor: CatalogueEditor | None = None
        #: The server an offline copy stands in for (None otherwise).
        self._origin: Any = None

    # --- opening and closing ------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        seed: Path | None = None,
        read_only: bool | None = None,
        language: str = SOURCE_LANGUAGE,
        recover: Callable[[Path, Path, Backup | None], str | None] | None = None,
        quick_check: Callable[[], list[str]] | None = None,
        offline_copy: bool = False,
    ) -> Catalogue:
        """Open the catalogue at `path`: create it from the bundled catalogue if there is none, migrate
        an older one after a verified backup, refuse a newer one (DatabaseError). With `recover`, a
        damaged file is first moved aside and `recover(path, moved_to, newest_backup)` decides: "backup"
        restores the newest verified backup, "fresh" starts a new catalogue, None gives up
        (RecoveryDeclined).

        `path` may be a server's URL (postgresql+psycopg://user@host/catalogue): the catalogue on that
        server is opened instead (a server has no file to recover). With `offline_copy`, a server that
        cannot be reached gives this computer's local copy of its catalogue (see `sync`), read-only, with
        `offline` saying why and how old the copy is."""
        from dermacounsel.storage.database import open_database
        from dermacounsel.storage.engines import parse_location

        location = parse_location(path)
        if isinstance(location, Path):
            if recover is not None:
                recover_if_damaged(location, recover, quick_check)
            return cls(open_database(location, seed=seed, read_only=read_only), language)
        try:
            return cls(open_database(location, seed=seed, read_only=read_only), language)
        except DatabaseError as error:
            if not offline_copy:
                raise
            from dermacounsel.storage.server import local_copy_path

            local = local_copy_path(location)
            if not local.is_file():
                raise DatabaseError(Said("offline_no_copy", error=_said(error))) from None
            catalogue = cls(open_database(local, read_only=True), language)
            catalogue.offline = OfflineCopy(_said(error), datetime.fromtimestamp(local.stat().st_mtime))
            catalogue._origin = location
            return catalogue

    def close(self) -> None:
        self._database.close()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._database.path

    @property
    def server(self) -> str | None:
        """The server holding the catalogue, as 'database X on host', or None for a file."""
        location = self._database.server
        return None if location is None else location.describe()

    @property
    def location(self) -> str:
        """What the catalogue was opened from, for display: the file, or the server's URL (no password)."""
        return str(self._database.server or self._database.path)

    @property
    def read_only(self) -> bool:
        return self._database.read_only

    @property
    def created(self) -> bool:
        return self._database.created

    @property
    def migration_backup(self) -> Path | None:
        """The copy made before this opening migrated the catalogue, if it did."""
        return self._database.backup

    @property
    def shared(self) -> bool:
        """Whether this is a chain's server catalogue (or this computer's copy of one, shown offline)."""
        return self._database.server is not None or self._origin is not None

    def sync_local_copy(self) -> tuple[Path, Backup | None]:
        """Bring the server's catalogue into this computer's local copy, as `dermacounsel sync` does (the
        copy shown when the server cannot be reached). DatabaseError naming the server if it fails."""
        from dermacounsel.storage.server import sync_to_local

        location = self._database.server or self._origin
        if location is None:
            raise DatabaseError(Said("sync_not_server", path=self.path))
        return sync_to_local(location)

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise UnknownEntry(Said("unknown_language", language=language, known=", ".join(LANGUAGES)))
        self.language = language

    # --- reads ------------------------------------------------------------------------------------------

    def _read(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self._database.reading() as session:
            return query(session, *args, **kwargs)

    def rating_scale(self) -> RatingScale:
        from dermacounsel.storage import queries

        return self._read(queries.rating_scale, self.language)

    def growth_factor_cards(self) -> list[GrowthFactorCard]:
        from dermacounsel.storage import queries

        return self._read(queries.growth_factor_cards, self.language)

    def functional_ingredients(self) -> list[Any]:
        from dermacounsel.storage import queries

        return self._read(queries.functional_ingredients, self.language)

    def preparations(self) -> list[Any]:
        from dermacounsel.storage import queries

        return self._read(queries.preparations, self.language)

    def stem_cell_sources(self) -> list[NamedEntry]:
        from dermacounsel.storage import queries

        return self._read(queries.stem_cell_sources, self.language)

    def exosome_origins(self) -> list[NamedEntry]:
        from dermacounsel.storage import queries

        return self._read(queries.exosome_origins, self.language)

    def ingredient_families(self) -> list[NamedEntry]:
        from dermacounsel.storage import queries

        return self._read(queries.ingredient_families, self.language)

    def cell_derived_classes(self) -> list[NamedEntry]:
        from dermacounsel.storage import queries

        return self._read(queries.cell_derived_classes, self.language)

    def ingredient_categories(self) -> list[IngredientGroup]:
        from dermacounsel.storage import queries

        return self._read(queries.ingredient_categories, self.language)

    def cell_derived_groups(self) -> list[IngredientGroup]:
        from dermacounsel.storage import queries

        return self._read(queries.cell_derived_groups, self.language)

    def procedure_cards(self) -> list[ProcedureCard]:
        from dermacounsel.storage import queries

        return self._read(queries.procedure_cards, self.language)

    def layers(self) -> list[LayerInfo]:
        from dermacounsel.storage import queries

        return self._read(queries.layers, self.language)

    def statement(self, key: str) -> str:
        from dermacounsel.storage import queries

        return self._read(queries.statement, key, self.language)

    def statement_citation(self, key: str) -> str:
        """Where a statement of the article comes from, as a citation ("" when the catalogue has none)."""
        from dermacounsel.storage import queries

        return self._read(queries.statement_citation, key, self.language)

    def caveat(self) -> tuple[str, str]:
        """The article's caveat that every printout ends with ("effects vary from person to person"),
        and the title of its source (a printout's footnote cites the article by its title; how the
        project read it stays in the citation, for the doctor's screens)."""
        from dermacounsel.storage import queries

        key = "individual-variation"
        return self.statement(key), self._read(queries.statement_source_title, key, self.language)

    def counts(self) -> dict[str, int]:
        from dermacounsel.storage import queries

        return self._read(queries.counts)

    def change_mark(self) -> tuple[int, ...]:
        """A fingerprint of the catalogue's state, cheap enough to read every two seconds: it differs as
        soon as anyone (this client, another desk, an import) changed the catalogue. DatabaseError naming
        the server or file when it cannot be read."""
        from dermacounsel.storage import queries

        try:
            return self._read(queries.change_mark)
        except DatabaseError:
            raise
        except Exception as error:  # the driver's own (a server gone away, a file replaced)
            server = self._database.server
            if server is not None:
                from dermacounsel.storage.engines import server_error

                raise server_error(server, error, Said("server_cannot_read")) from None
            raise DatabaseError(Said("db_unreadable", path=self.path, reason=str(error))) from None

    def explorer_catalogue(self) -> ExplorerCatalogue:
        from dermacounsel.storage import queries

        return self._read(queries.explorer_catalogue, self.language)

    def count_acting_products(self, criteria: ProductCriteria) -> int:
        from dermacounsel.storage import queries

        return self._read(queries.count_acting_products, criteria)

    def product_links(
        self, keys: Sequence[str] | None = None, acting: ProductCriteria | None = None, limit: int | None = None
    ) -> list[ProductLinks]:
        from dermacounsel.storage import queries

        return self._read(queries.product_links, self.language, keys=keys, acting=acting, limit=limit)

    def product_details(self, keys: Sequence[str] | None = None) -> list[ProductDetail]:
        from dermacounsel.storage import queries

        return self._read(queries.product_details, None if keys is None else list(keys), self.language)

    def products(self) -> list[ProductIdentity]:
        """Every product's key and names, in catalogue order (for pickers)."""
        from dermacounsel.storage import queries

        return [ProductIdentity(key, names) for key, names in self._read(queries.product_identities)]

    def product_names(self) -> list[str]:
        """Every product's name in the display language, in catalogue order."""
        return [product.name(self.language) for product in self.products()]

    def product_key(self, text: str) -> str:
        """The key of the product `text` names: its key, or its name in any language the catalogue holds
        (ignoring case, width and Unicode normalisation). UnknownEntry, listing the products, if none."""
        return self.product_keys([text])[0]

    def product_keys(self, texts: Sequence[str]) -> list[str]:
        products = self.products()
        known: dict[str, str] = {}
        for product in products:
            for name in product.names.values():
                known.setdefault(fold(name), product.key)
        for product in products:  # a key always wins over another product's name
            known[fold(product.key)] = product.key
        keys = []
        for text in texts:
            key = known.get(fold(text))
            if key is None:
                from dermacounsel.domain.keys import nearest, unknown

                named = [name for p in products for name in dict.fromkeys([p.name(self.language), p.key])]
                choices = [f"{p.key} ({p.name(self.language)})" for p in products[:20]]
                raise UnknownEntry(unknown("product", text, choices, nearest(text, named)))
            keys.append(key)
        return keys

    def names(self, kind: str) -> dict[str, list[str]]:
        """Each key of a kind of entry ("layer", "procedure", "concern", "growth factor", "ingredient")
        with its names in every language the catalogue holds, for matching what a user types."""
        from dermacounsel.storage import queries

        return self._read(queries.names_by_key, kind)

    def concerns(self) -> list[Concern]:
        from dermacounsel.storage import queries

        return self._read(queries.concerns, self.language)

    def recommendations(self, concern_keys: Sequence[str], preferred: Sequence[str] = ()) -> Recommendations:
        """The ranked recommendations for these concerns, most important first; equals in `preferred`'s
        order (the clinic's), else alphabetically."""
        from dermacounsel.storage import queries

        return self._read(queries.recommendations, list(concern_keys), self.language, preferred)

    def glossary(self) -> tuple[Gloss, ...]:
        """Plain words for the technical terms patients meet."""
        from dermacounsel.storage import queries

        return self._read(queries.glossary, self.language)

    # --- edits ------------------------------------------------------------------------------------------

    @property
    def editor(self) -> CatalogueEditor:
        if self._editor is None:
            from dermacounsel.storage.editing import CatalogueEditor

            self._editor = CatalogueEditor(self._database)
        return self._editor

    @property
    def changed(self) -> bool:
        """Whether this catalogue was edited since it was opened (for the after-session backup)."""
        return self._editor is not None and self._editor.changed

    # --- files ------------------------------------------------------------------------------------------

    def plan_import(self, path: Path, merging: bool = True, progress: Progress | None = None) -> ImportPlan:
        """Read and check a catalogue file and work out what importing it would change; writes nothing."""
        from dermacounsel.storage.catalogue_import import plan_import

        return plan_import(self._database, path, merging=merging, progress=progress or SILENT)

    def apply_import(self, plan: ImportPlan, replace: bool, progress: Progress | None = None) -> ImportReport:
        """Write what `plan` worked out, in one transaction, after a verified backup."""
        from dermacounsel.storage.backups import BEFORE_IMPORT
        from dermacounsel.storage.catalogue_import import apply_import

        return apply_import(
            self._database,
            plan,
            replace,
            before_write=lambda: self.back_up(BEFORE_IMPORT),
            progress=progress or SILENT,
        )

    def import_file(
        self, path: Path, replace: bool = False, dry_run: bool = False, progress: Progress | None = None
    ) -> ImportReport:
        """Check `path`, then merge it into (or replace) the catalogue, after a backup."""
        plan = self.plan_import(path, merging=not replace)
        if dry_run:
            return plan.outcome(replace)[1]
        return self.apply_import(plan, replace, progress)

    def export(self, path: Path, progress: Progress | None = None) -> Path:
        """Write the whole catalogue to `path` as a catalogue file, atomically."""
        from dermacounsel.storage.catalogue_file import write_text_atomically
        from dermacounsel.storage.catalogue_import import export_text

        progress = progress or SILENT
        text = export_text(self._database, progress.part(0.0, 0.85))
        progress(0.85, "progress_writing_file", name=path.name)
        write_text_atomically(path, text)
        progress(1.0, "progress_written")
        return path

    def export_text(self) -> str:
        """The whole catalogue as a catalogue file's text (for `export -`)."""
        from dermacounsel.storage.catalogue_import import export_text

        return export_text(self._database)

    def check(self) -> CheckReport:
        """The engine's own checks (SQLite's, or the server's) and the catalogue's rules, read-only."""
        if self._database.server is not None:
            from dermacounsel.storage.server import check_server

            return check_server(self._database.server, self.path)
        from dermacounsel.storage.checks import check_database

        return check_database(self.path)

    # --- backups ----------------------------------------------------------------------------------------

    def backups(self) -> list[Backup]:
        """This catalogue's verified-on-writing backups, newest first."""
        from dermacounsel.storage.backups import list_backups

        return list_backups(self.path)

    def back_up(self, reason: str = "manual", to: Path | None = None) -> Backup:
        """A verified copy made with SQLite's backup API, into the backups folder (or `to`). A catalogue on
        a server is copied table by table into an SQLite file of the same schema, checked before it is
        kept, in the backups folder beside the laptop's local copy."""
        if self._database.server is not None:
            from dermacounsel.storage.server import back_up_server

            return back_up_server(self._database.server, self._database.engine, self.path, reason, to=to)
        from dermacounsel.storage.backups import make_backup

        return make_backup(self.path, reason, to=to)

    def back_up_session(self) -> Backup | None:
        """At the end of a session with changes, a backup of what it changed; None when nothing was."""
        if not self.changed or self.read_only:
            return None
        from dermacounsel.storage.backups import SESSION

        return self.back_up(SESSION)

    def restore(self, backup: Path) -> Backup | None:
        """Put a backup back in place of the catalogue, after a backup of the current one (returned). The
        catalogue is closed while its file is replaced and opened again afterwards. On a server, the
        backup's catalogue replaces the server's in one transaction."""
        if self._database.server is not None:
            from dermacounsel.storage.server import restore_to_server

            result = restore_to_server(self._database, backup)
            self._editor = None
            return result
        from dermacounsel.storage.backups import restore_backup
        from dermacounsel.storage.database import open_database

        self._database.close()  # no connection may hold the old file while it is replaced
        try:
            return restore_backup(self.path, backup)
        finally:
            self._database = open_database(self.path)
            self._editor = None


def backup_companions(backup: Path) -> list[Path]:
    """What a server backup keeps beside its SQLite copy: the catalogue file (checked by importing it into
    a scratch database) and pg_dump's archive, those there are. Restore takes any of them."""
    from dermacounsel.storage.server import companions

    return companions(backup)


def describe_location(path: Path | str) -> str:
    """A file's path, or 'database X on host' for a server's URL."""
    from dermacounsel.storage.engines import parse_location

    location = parse_location(path)
    return str(location) if isinstance(location, Path) else location.describe()


#: Why a URL with a password cannot be kept in the settings when no keyring can take the password.
PASSWORD_REFUSED = Said("password_refused")


def location_problem(text: str) -> str | None:
    """Why `text` cannot be kept as the catalogue to open (in the app's settings), or None: a URL the app
    does not support, or a password that would have to be written down (no keyring to take it)."""
    from dermacounsel.storage.engines import parse_location
    from dermacounsel.storage.secrets import keyring_available

    if not text.strip():
        return None
    try:
        location = parse_location(text.strip())
    except DatabaseError as error:
        return _said(error)
    if isinstance(location, Path) or location.url.password is None or keyring_available():
        return None
    return PASSWORD_REFUSED


def location_to_keep(text: str) -> str:
    """What the settings keep for the catalogue `text` names: a path as given, a server's URL without its
    password (moved into the system keyring, which `Catalogue.open` reads it back from). DatabaseError
    when it cannot be kept (see location_problem)."""
    from dermacounsel.storage.engines import parse_location
    from dermacounsel.storage.secrets import store_password

    text = text.strip()
    problem = location_problem(text)
    if problem is not None:
        raise DatabaseError(problem)
    if not text:
        return ""
    location = parse_location(text)
    if isinstance(location, Path) or location.url.password is None:
        return text  # as typed
    try:
        store_password(location.url)
    except ValueError as error:
        raise DatabaseError(_said(error)) from None
    import re

    kept = re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*://[^:/@]*):[^@]*@", r"\1@", text)  # as typed, less the password
    remaining = parse_location(kept)
    if not isinstance(remaining, Path) and remaining.url.password is not None:
        raise DatabaseError(Said("password_not_removed"))
    return kept


def sync(url: str, local: Path | None = None) -> tuple[Path, Backup | None]:
    """Bring the catalogue on the server at `url` into this computer's local SQLite copy (or `local`):
    copied and checked beside it, the old copy backed up, then replaced in one step. Returns the copy
    and the backup of the old one (None when there was none)."""
    from dermacounsel.storage.engines import parse_location
    from dermacounsel.storage.server import sync_to_local

    location = parse_location(url)
    if isinstance(location, Path):
        raise DatabaseError(Said("sync_needs_url", url=url))
    return sync_to_local(location, local)


def check_file(path: Path | str) -> CheckReport:
    """SQLite's checks and the catalogue's rules on the file at `path`, read-only: nothing is created,
    migrated or recovered (DatabaseError when it cannot be read at all). A server URL: the server's
    checks and the catalogue's rules."""
    from dermacounsel.storage.engines import parse_location

    location = parse_location(path)
    if not isinstance(location, Path):
        from dermacounsel.storage.server import check_server

        return check_server(location)
    from dermacounsel.storage.checks import check_database

    return check_database(location)


def local_copy(path: Path | str) -> Path:
    """The file whose backups belong to the catalogue at `path`: the file itself, or for a server URL the
    laptop's local copy of that server's catalogue (server backups are kept beside it)."""
    from dermacounsel.storage.engines import parse_location

    location = parse_location(path)
    if isinstance(location, Path):
        return location
    from dermacounsel.storage.server import local_copy_path

    return local_copy_path(location)


def newest_verified_backup(database: Path | str) -> Backup | None:
    """The newest backup beside the catalogue at `database` that passes its checks, if any."""
    from dermacounsel.storage.backups import newest_verified_backup

    return newest_verified_backup(local_copy(database))


def restore_file(database: Path | str, backup: Path) -> Backup | None:
    """Put `backup` in place of the catalogue at `database` (which need not open), after a backup of the
    current file (returned, if there was one). On a server, the catalogue there is replaced."""
    from dermacounsel.storage.engines import parse_location

    location = parse_location(database)
    if not isinstance(location, Path):
        from dermacounsel.storage.database import open_database
        from dermacounsel.storage.server import restore_to_server

        opened = open_database(location)
        try:
            return restore_to_server(opened, backup)
        finally:
            opened.close()
    from dermacounsel.storage.backups import restore_backup

    return restore_backup(location, backup)


class RecoveryDeclined(Exception):
    """The catalogue was damaged and the user chose to quit rather than restore or start afresh."""


SQLITE_HEADER = b"SQLite format 3\x00"


def recover_if_damaged(
    path: Path,
    choose: Callable[[Path, Path, Backup | None], str | None],
    quick_check: Callable[[], list[str]] | None = None,
) -> None:
    """Before opening: if the file is a damaged (or emptied) SQLite database, move it aside and let `choose(path,
    moved_to, newest_verified_backup)` decide: "backup" restores that backup, "fresh" starts anew, None
    raises RecoveryDeclined. A file that is not an SQLite database is left alone (opening it gives a
    clear error)."""
    from dermacounsel.storage.backups import move_aside, newest_verified_backup, restore_backup
    from dermacounsel.storage.sqlite_file import quick_check as check_now

    if not path.is_file():
        return  # nothing there (created afresh), or a pipe or device: opening it gives a clear error
    if path.stat().st_size > 0:  # an empty catalogue (a failing disk emptied it) is recovered, never re-seeded
        with path.open("rb") as stream:
            if stream.read(16) != SQLITE_HEADER:
                return
        problems = quick_check() if quick_check is not None else check_now(path)
        if not problems:
            return
    moved = move_aside(path)
    newest = newest_verified_backup(path)
    print(f"dermacounsel: {path} is damaged; it was moved aside to {moved}", file=sys.stderr)
    choice = choose(path, moved, newest)
    if choice == "backup" and newest is not None:
        restore_backup(path, newest.path)
        return
    if choice != "fresh":
        raise RecoveryDeclined(f"{path}: damaged; moved aside to {moved}")
