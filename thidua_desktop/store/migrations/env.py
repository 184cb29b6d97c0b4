"""Alembic environment: runs on the connection the application hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from thidua_desktop.store import models  # noqa: F401  (registers every table on Base.metadata)
from thidua_desktop.store.base import Base, UtcDateTime

config = context.config


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    # Migrations must not depend on application types that may change later: a UtcDateTime
    # column is a plain DateTime in the schema (the model adds the zone when reading).
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime()"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("thidua_desktop migrations run only through thidua_desktop.store.schema")
_run(connection)
