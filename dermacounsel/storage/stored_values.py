"""Numbers stored in a catalogue database that the app cannot use, found with the sqlite3 module alone.

An import refuses a non-finite or out-of-range number, but a database can hold one anyway: written
before the import checked, by another program, or by hand. SQLite stores a NaN as NULL, so a NaN shows
up as one half of a measurement missing. Each problem names the table, the row and the field.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from dermacounsel.domain.measurements import (
    MAX_NEEDLE_POSITIONS,
    NEEDLE_DEPTH_RANGE_MM,
    NEEDLE_STEP_RANGE_MM,
    THICKNESS_RANGE_MM,
)
from dermacounsel.domain.phrasing import Said
from dermacounsel.domain.scale import HIGHEST_LEVEL, LOWEST_LEVEL

#: The largest finite double: SQLite stores +-Infinity as a REAL beyond it.
_LARGEST = 1.7976931348623157e308


@dataclass(frozen=True)
class Measurement:
    """A measurement stored over several columns of one table: all of them set, or none.

    Attributes:
        table: the table.
        what: the phrasing key of the measurement in words, for the message.
        ranges: each number's column and its allowed range (low, high) in mm.
        source: the column naming its source.
        step: the column of the step, whose number of positions is bounded, if there is one.
    """

    table: str
    what: str
    ranges: tuple[tuple[str, tuple[float, float]], ...]
    source: str
    step: str | None = None


MEASUREMENTS = (
    Measurement(
        "layer",
        "check_what_thickness",
        (("thickness_min_mm", THICKNESS_RANGE_MM), ("thickness_max_mm", THICKNESS_RANGE_MM)),
        "thickness_source_id",
    ),
    Measurement(
        "procedure",
        "check_what_needle_depth",
        (
            ("needle_depth_min_mm", NEEDLE_DEPTH_RANGE_MM),
            ("needle_depth_max_mm", NEEDLE_DEPTH_RANGE_MM),
            ("needle_depth_step_mm", NEEDLE_STEP_RANGE_MM),
        ),
        "needle_depth_source_id",
        step="needle_depth_step_mm",
    ),
)


def _number(value: object) -> str:
    if isinstance(value, float) and math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return repr(value) if isinstance(value, str | bytes) else f"{value:g}" if isinstance(value, float) else str(value)


def _row(table: str, rowid: int, key: object) -> Said:
    """A table's row in words, with its key when it has one."""
    return (
        Said("check_row_key", table=table, rowid=rowid, key=key) if key else Said("check_row", table=table, rowid=rowid)
    )


def _place(table: str, rowid: int, key: object, column: str) -> Said:
    return Said("check_row_column", row=_row(table, rowid, key if isinstance(key, str) else None), column=column)


class Rows(Protocol):
    """What the measurement rules read through: an sqlite3 connection, or a server's (see storage.server)."""

    def execute(self, sql: str, /) -> Iterable[Sequence[Any]]: ...


def measurement_problems(connection: Rows, limit: int = 20) -> list[str]:
    """Every measurement that is incomplete (a NaN stored as empty), not a number, not finite, outside
    its range, running from high to low, or stepping in more positions than a slider can hold. (The row
    named is the table's id, SQLite's rowid.)"""
    found: list[str] = []
    for measurement in MEASUREMENTS:
        columns = [column for column, _ in measurement.ranges]
        rows = connection.execute(
            f"SELECT id, key, {', '.join(columns)}, {measurement.source} FROM {measurement.table} ORDER BY id"
        )
        for rowid, key, *values in rows:
            numbers = values[:-1]
            if all(value is None for value in values):
                continue  # not measured
            place = _row(measurement.table, rowid, key)
            what = Said(measurement.what)
            empty = [
                column for column, value in zip([*columns, measurement.source], values, strict=True) if value is None
            ]
            if empty:
                found.append(Said("check_half_empty", place=place, columns=", ".join(empty), what=what))
            outside = set()
            for (column, (low, high)), value in zip(measurement.ranges, numbers, strict=True):
                if value is None:
                    continue
                outside.add(column)
                at = _place(measurement.table, rowid, key, column)
                if isinstance(value, bool) or not isinstance(value, int | float):
                    found.append(Said("check_not_number", place=at, value=_number(value)))
                elif not math.isfinite(value):
                    found.append(Said("check_not_finite", place=at, value=_number(value)))
                elif low <= value <= high:
                    outside.discard(column)
                else:
                    found.append(Said("check_outside", place=at, value=_number(value), low=low, high=high))
            usable = [
                value
                if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
                else None
                for value in numbers
            ]
            low_value, high_value = usable[0], usable[1]
            if low_value is not None and high_value is not None and low_value > high_value:
                found.append(
                    Said(
                        "check_runs_down",
                        place=place,
                        low_column=columns[0],
                        high_column=columns[1],
                        what=what,
                        low=low_value,
                        high=high_value,
                    )
                )
            if measurement.step is not None and measurement.step not in outside:
                step = usable[columns.index(measurement.step)]
                if low_value is not None and high_value is not None and step is not None and step > 0:
                    if (high_value - low_value) / step > MAX_NEEDLE_POSITIONS:
                        found.append(
                            Said(
                                "check_too_many_positions",
                                place=_place(measurement.table, rowid, key, measurement.step),
                                step=step,
                                most=MAX_NEEDLE_POSITIONS,
                            )
                        )
            if len(found) >= limit:
                return found[:limit]
    return found


def rating_problems(connection: sqlite3.Connection, limit: int = 20) -> list[str]:
    """Every rating that is not a whole number on the four-step scale."""
    rows = connection.execute(
        f"""SELECT r.rowid, g.key, e.key, r.level FROM rating r
            LEFT JOIN growth_factor g ON g.id = r.growth_factor_id LEFT JOIN effect e ON e.id = r.effect_id
            WHERE typeof(r.level) != 'integer' OR r.level NOT BETWEEN {LOWEST_LEVEL} AND {HIGHEST_LEVEL}
            ORDER BY r.rowid LIMIT {int(limit)}"""
    )
    return [
        Said(
            "check_rating_row_off_scale",
            rowid=rowid,
            factor=factor,
            effect=effect,
            level=_number(level),
            low=LOWEST_LEVEL,
            high=HIGHEST_LEVEL,
        )
        for rowid, factor, effect, level in rows
    ]


def unusable_values(connection: sqlite3.Connection, limit: int = 20) -> list[str]:
    """The stored numbers that would break the app's views (measurements and ratings): what opening a
    catalogue refuses. Quick: the tables are small whatever the number of products."""
    return (measurement_problems(connection, limit) + rating_problems(connection, limit))[:limit]


#: Declared column types, and what each may hold.
_NUMERIC_TYPES = ("INTEGER", "BOOLEAN", "FLOAT", "REAL")


def column_problems(connection: sqlite3.Connection, limit: int = 20) -> list[str]:
    """Every stored number, in every table, that does not fit its column: empty where the schema
    requires a value, text or a fraction in a whole-number column, a boolean other than 0 or 1, or a
    non-finite real. Found from the file's own schema, so no table is left out."""
    found: list[str] = []
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name"
        )
    ]
    for table in tables:
        names = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        key = "key" if "key" in names else "NULL"
        for _, column, declared, not_null, _, _ in connection.execute(f'PRAGMA table_info("{table}")').fetchall():
            kind = str(declared).upper()
            if kind not in _NUMERIC_TYPES:
                continue
            whole = kind in ("INTEGER", "BOOLEAN")
            wrong_type = (
                f"typeof(\"{column}\") NOT IN ('integer', 'null')"
                if whole
                else f"typeof(\"{column}\") NOT IN ('integer', 'real', 'null')"
            )
            conditions = [wrong_type]
            if not_null:
                conditions.append(f'"{column}" IS NULL')
            if kind == "BOOLEAN":
                conditions.append(f'"{column}" NOT IN (0, 1)')
            if not whole:
                conditions.append(f'abs("{column}") > {_LARGEST!r}')
            rows = connection.execute(
                f'SELECT rowid, {key}, "{column}" FROM "{table}" WHERE {" OR ".join(conditions)} '
                f"ORDER BY rowid LIMIT {int(limit)}"
            )
            for rowid, row_key, value in rows:
                place = _place(table, rowid, row_key, column)
                if value is None:
                    found.append(Said("check_required", place=place))
                elif kind == "BOOLEAN" and isinstance(value, int):
                    found.append(Said("check_not_yes_no", place=place, value=value))
                elif isinstance(value, float) and math.isinf(value):
                    found.append(Said("check_not_finite", place=place, value=_number(value)))
                else:
                    found.append(
                        Said("check_not_whole" if whole else "check_not_number", place=place, value=_number(value))
                    )
                if len(found) >= limit:
                    return found
    return found
