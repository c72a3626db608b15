"""Importing a catalogue file (merging by key and name, or replacing), and writing a whole catalogue
document into the database in one transaction.

Everything is validated before anything is written: the file on its own (catalogue_file), then the
catalogue that would result. A failure leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from dermacounsel.domain.phrasing import Phrasing, Said
from dermacounsel.domain.progress import SILENT, Progress
from dermacounsel.storage import catalogue_file as f
from dermacounsel.storage import models as m
from dermacounsel.storage.catalogue_db import insert_catalogue, read_catalogue_document
from dermacounsel.storage.sqlite_file import DatabaseError

#: Sections merged entry by entry, with how an entry is identified.
MERGED_SECTIONS: tuple[tuple[str, Callable[[Any], str]], ...] = (
    ("sources", lambda e: e.key),
    ("scale", lambda e: str(e.level)),
    ("effects", lambda e: e.key),
    ("layers", lambda e: e.key),
    ("growth_factors", lambda e: e.key),
    ("preparations", lambda e: e.key),
    ("ingredient_families", lambda e: e.key),
    ("cell_derived_classes", lambda e: e.key),
    ("stem_cell_sources", lambda e: e.key),
    ("exosome_origins", lambda e: e.key),
    ("ingredient_categories", lambda e: e.key),
    ("procedures", lambda e: e.key),
    ("products", lambda e: e.key.casefold()),
    ("concerns", lambda e: e.key),
    ("statements", lambda e: e.key),
)


#: At most this many changed fields are named for one entry (the rest are counted): the report stays short.
MOST_FIELDS = 4


@dataclass(frozen=True)
class ImportedEntry:
    """One entry an import adds, changes, leaves alone or removes: its section and names (phrased per
    language by domain/phrasing.py, "product Benev" / 製品「ベネブ」)."""

    section: str
    identity: str
    names: tuple[tuple[str, str], ...] = ()
    #: for a changed entry, the fields that differ, in the file's order ("notes", "components")
    fields: tuple[str, ...] = ()

    def name(self, language: str = "en") -> str:
        names = dict(self.names)
        return names.get(language) or names.get("en") or self.identity

    def phrase(self, language: str = "en", most_fields: int = MOST_FIELDS) -> str:
        """ "product Benev", or for a changed entry what changed in it: "product Benev (notes,
        components)", at most `most_fields` named and the rest counted."""
        say = Phrasing(language)
        entry = say.say("import_entry", section=say.say(f"section_{self.section}"), name=self.name(language))
        if not self.fields:
            return entry
        shown = [say.say(f"field_{name}") for name in self.fields[:most_fields]]
        rest = len(self.fields) - len(shown)
        fields = say.say("field_comma").join(shown)
        if rest:
            fields = say.say("import_fields_more", fields=fields, rest=rest)
        return say.say("import_entry_fields", entry=entry, fields=fields)

    def __str__(self) -> str:
        return self.phrase()


@dataclass
class ImportReport:
    """What an import did, or would do: the entries added, changed, left alone and removed."""

    added: list[ImportedEntry] = field(default_factory=list)
    changed: list[ImportedEntry] = field(default_factory=list)
    unchanged: list[ImportedEntry] = field(default_factory=list)
    removed: list[ImportedEntry] = field(default_factory=list)
    written: bool = False

    def summary(self, language: str = "en") -> str:
        counts = {
            "added": len(self.added),
            "changed": len(self.changed),
            "unchanged": len(self.unchanged),
            "removed": len(self.removed),
        }
        return Phrasing(language).say("import_summary_removed" if self.removed else "import_summary", **counts)

    def lines(self, most: int | None = None, language: str = "en") -> list[str]:
        """The summary, then a line for each of added, changed and removed, naming at most `most`
        entries each (all of them if None) and counting the rest; in `language`."""
        say = Phrasing(language)
        summary = self.summary(language)
        out = [summary if self.written else say.say("import_not_written", summary=summary)]
        for key, entries in (
            ("import_added", self.added),
            ("import_changed", self.changed),
            ("import_removed", self.removed),
        ):
            if entries:
                shown = entries if most is None else entries[:most]
                rest = len(entries) - len(shown)
                names = say.say("comma").join(entry.phrase(language) for entry in shown)
                out.append(say.say(key, names=say.say("import_more", names=names, rest=rest) if rest else names))
        return out


def _describe(section: str, entry: Any, before: Any = None) -> ImportedEntry:
    """`entry` as the report names it; with `before` (the entry it replaces), the fields that differ."""
    names = entry.name if hasattr(entry, "name") and isinstance(entry.name, dict) else {}
    identity = dict(MERGED_SECTIONS)[section](entry)
    changed = (
        tuple(name for name in type(entry).model_fields if getattr(entry, name) != getattr(before, name, None))
        if before is not None
        else ()
    )
    return ImportedEntry(section, identity, tuple((str(k), str(v)) for k, v in names.items() if v), changed)


def merge(current: f.CatalogueDocument, incoming: f.CatalogueDocument) -> tuple[f.CatalogueDocument, ImportReport]:
    """The current catalogue with the incoming entries laid over it: same key (or product name) replaces,
    new ones are added after the existing ones; nothing is removed."""
    report = ImportReport()
    sections: dict[str, list[Any]] = {}
    for section, identify in MERGED_SECTIONS:
        merged: list[Any] = list(getattr(current, section))
        position = {identify(entry): index for index, entry in enumerate(merged)}
        for entry in getattr(incoming, section):
            identity = identify(entry)
            if identity not in position:
                position[identity] = len(merged)
                merged.append(entry)
                report.added.append(_describe(section, entry))
            elif merged[position[identity]] != entry:
                report.changed.append(_describe(section, entry, before=merged[position[identity]]))
                merged[position[identity]] = entry
            else:
                report.unchanged.append(_describe(section, entry))
        sections[section] = merged
    return current.model_copy(update=sections), report


def compare_whole(current: f.CatalogueDocument, incoming: f.CatalogueDocument) -> ImportReport:
    """What replacing `current` by `incoming` changes, entry by entry."""
    report = ImportReport()
    for section, identify in MERGED_SECTIONS:
        before = {identify(e): e for e in getattr(current, section)}
        after = {identify(e): e for e in getattr(incoming, section)}
        for identity, entry in after.items():
            if identity not in before:
                report.added.append(_describe(section, entry))
            elif before[identity] != entry:
                report.changed.append(_describe(section, entry, before=before[identity]))
            else:
                report.unchanged.append(_describe(section, entry))
        report.removed += [_describe(section, e) for identity, e in before.items() if identity not in after]
    return report


def check_document(document: f.CatalogueDocument, file: str) -> None:
    """Raise CatalogueFileError for the first broken reference or duplicate in a whole catalogue."""
    problems = list(f.reference_problems(document))
    if problems:
        place, problem = problems[0]
        raise f.CatalogueFileError(file, place, problem)


def clear_catalogue(session: Session) -> None:
    """Delete every catalogue row (inside the caller's transaction)."""
    session.flush()
    session.execute(text("UPDATE layer SET parent_id = NULL"))
    session.execute(text("UPDATE component SET parent_id = NULL"))
    for table in reversed(m.Base.metadata.sorted_tables):
        session.execute(table.delete())
    session.expunge_all()


def write_document(session: Session, document: f.CatalogueDocument, progress: Progress = SILENT) -> None:
    """Make the database hold exactly `document` (inside the caller's transaction).

    Every versioned row comes back with a version above any it had before: a form (or an undo) made
    against the catalogue as it was is refused as stale, instead of overwriting what the import wrote."""
    versioned = [table for table in m.Base.metadata.sorted_tables if "version" in table.c]
    newer = {table.name: (session.scalar(select(func.max(table.c.version))) or 0) + 1 for table in versioned}
    progress(0.0, "progress_clearing")
    clear_catalogue(session)
    insert_catalogue(session, document, progress.part(0.05, 1.0))
    for table in versioned:
        session.execute(table.update().values(version=newer[table.name]))


@dataclass
class ImportPlan:
    """A checked catalogue file and what importing it would do; nothing is written yet.

    `merged` is None when only replacing was asked for (merging was not worked out). `current` is the
    catalogue the plan was worked out against: if it has changed by the time the plan is applied, the
    plan is worked out again on what is there then."""

    path: Path
    incoming: f.CatalogueDocument
    replaced: ImportReport
    merged: tuple[f.CatalogueDocument, ImportReport] | None
    current: f.CatalogueDocument | None = None

    def outcome(self, replace: bool) -> tuple[f.CatalogueDocument, ImportReport]:
        if replace:
            return self.incoming, self.replaced
        if self.merged is None:
            raise ValueError("this plan was made for replacing the catalogue only")
        return self.merged


def plan_import(database: Any, path: Path, merging: bool = True, progress: Progress = SILENT) -> ImportPlan:
    """Read and check `path`, and work out what replacing the catalogue with it, and (if `merging`)
    merging it in, would change. Raises CatalogueFileError for a bad file or a merge that would break
    a reference."""
    incoming = f.read_catalogue(path, progress.part(0.0, 0.5 if merging else 0.7))
    with database.reading() as session:
        current = read_catalogue_document(session, progress.part(0.5 if merging else 0.7, 0.75 if merging else 0.95))
    replaced = compare_whole(current, incoming)
    merged = None
    if merging:
        progress(0.75, "progress_checking_merge")
        result, report = merge(current, incoming)
        check_document(result, Said("file_merged", path=path))
        merged = (result, report)
    progress(1.0, "progress_compared")
    return ImportPlan(path, incoming, replaced, merged, current)


def _outcome_on(
    current: f.CatalogueDocument, plan: ImportPlan, replace: bool
) -> tuple[f.CatalogueDocument, ImportReport]:
    """What the plan's file does to `current`, worked out again (someone wrote since it was planned)."""
    if replace:
        return plan.incoming, compare_whole(current, plan.incoming)
    result, report = merge(current, plan.incoming)
    check_document(result, Said("file_merged", path=plan.path))
    return result, report


def apply_import(
    database: Any,
    plan: ImportPlan,
    replace: bool,
    before_write: Callable[[], object] | None = None,
    progress: Progress = SILENT,
) -> ImportReport:
    """Write what `plan` worked out, in one transaction; `before_write` (the caller's backup) runs first.
    Nothing is written, and no backup made, when the file would change nothing.

    The catalogue is read again under SQLite's write lock, and the merge worked out again if another
    program changed it since the plan was made: two imports at once each see the other's result, and
    neither is lost."""
    result, report = plan.outcome(replace)
    if getattr(database, "read_only", False):
        server = getattr(database, "server", None)
        if server is not None:  # issue 17: a front desk's role, not a file
            raise DatabaseError(Said("import_role_read_only", server=server.describe()))
        raise DatabaseError(Said("import_read_only", path=database.path))
    with database.writing() as session:
        progress(0.0, "progress_checking_unchanged")
        current = read_catalogue_document(session)
        if plan.current is None or current != plan.current:
            result, report = _outcome_on(current, plan, replace)
        if not (report.added or report.changed or report.removed):
            return report
        if before_write is not None:
            progress(0.05, "progress_backing_up")
            before_write()  # under the lock, so the backup holds exactly what is replaced
        write_document(session, result, progress.part(0.1, 0.95))
        progress(0.95, "progress_saving")
    progress(1.0, "progress_imported")
    report.written = True
    return report


def import_catalogue(
    database: Any,
    path: Path,
    replace: bool = False,
    dry_run: bool = False,
    before_write: Callable[[], object] | None = None,
    progress: Progress = SILENT,
) -> ImportReport:
    """Validate `path`, then merge it into (or replace) the catalogue in one transaction.

    `before_write` runs after validation and before anything is written (the caller's backup)."""
    plan = plan_import(database, path, merging=not replace, progress=progress.part(0.0, 0.4))
    if dry_run:
        return plan.outcome(replace)[1]
    return apply_import(database, plan, replace, before_write, progress.part(0.4, 1.0))


def export_text(database: Any, progress: Progress = SILENT) -> str:
    """The whole catalogue as a catalogue file's text (the same format `import` reads)."""
    with database.reading() as session:
        document = read_catalogue_document(session, progress.part(0.0, 0.85))
    return f.dump_catalogue(document)
