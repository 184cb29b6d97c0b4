"""Bulk inserts of plain rows without SQLAlchemy's per-row parameter bookkeeping.

`connection.execute(insert(table), rows)` builds a parameter dictionary per row and runs every
value through the type's bind processor one call at a time; for the tens of thousands of rows of a
province's packages that costs more than the database's own work. `insert_rows` compiles the
statement once for the connection's dialect, turns each row into a tuple (the same bind processors,
looked up once per column) and hands the list to the driver's executemany. It stays portable: the
SQL is SQLAlchemy's, compiled for whatever dialect the engine has (positional parameters for SQLite,
named ones for psycopg, whose executemany pipelines the rows); another parameter style, or a table
whose missing columns have Python-side defaults, takes the ordinary path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT every row (all with the same keys) in one executemany."""
    if not rows:
        return
    keys = list(rows[0])
    plan = _compiled(connection, table, keys)
    if plan is None:
        connection.execute(insert(table), list(rows))
        return
    sql, columns = plan
    get = itemgetter(*(key for key, _ in columns))
    # As SQLAlchemy does: every value, None included, through its type's bind processor.
    processed = [(i, process) for i, (_key, process) in enumerate(columns) if process is not None]
    # A column often holds one object in every row (the operator's time, the year): processed
    # once, by identity (equal values may still differ in what they become: Decimal "1.0").
    last: list[tuple[object, object]] = [(_NOTHING, None) for _ in processed]
    params: list[tuple[Any, ...]] = []
    for row in rows:
        values = get(row)
        if len(columns) == 1:
            values = (values,)
        if processed:
            changed = list(values)
            for n, (i, process) in enumerate(processed):
                value = changed[i]
                seen, done = last[n]
                if value is not seen:
                    done = process(value)
                    last[n] = (value, done)
                changed[i] = done
            values = tuple(changed)
        params.append(values)
    if connection.dialect.positional:
        connection.exec_driver_sql(sql, params)
    else:  # named parameters (psycopg's %(name)s): the same values, keyed by their names
        names = [key for key, _ in columns]
        connection.exec_driver_sql(
            sql, [dict(zip(names, values, strict=True)) for values in params]
        )


Processor = Callable[[Any], Any] | None
_NOTHING = object()


def _compiled(
    connection: Connection, table: Table, keys: list[str]
) -> tuple[str, list[tuple[str, Processor]]] | None:
    dialect = connection.dialect
    if not dialect.positional and dialect.paramstyle != "pyformat":
        return None
    given = set(keys)
    for column in table.columns:
        if column.key not in given and (column.default is not None or column.onupdate is not None):
            return None  # a Python-side default the ordinary path computes per row
    compiled = insert(table).inline().compile(dialect=dialect, column_keys=keys)
    order = (compiled.positiontup or []) if dialect.positional else list(compiled.binds)
    if sorted(order) != sorted(keys):
        return None
    columns: list[tuple[str, Processor]] = []
    for name in order:
        bind = compiled.binds[name]
        process = bind.type.dialect_impl(dialect).bind_processor(dialect)
        columns.append((name, process))
    return compiled.string, columns
