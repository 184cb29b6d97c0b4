"""Alembic environment: runs on the connection the application hands over (no alembic.ini)."""

from __future__ import annotations

from typing import Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection
from sqlalchemy.types import TypeDecorator

from thidua_desktop.store.base import Base
from thidua_desktop.store.models import core as models  # noqa: F401  (registers every table on Base.metadata)

config = context.config


def _render_item(type_: str, obj: object, autogen_context: AutogenContext) -> str | Literal[False]:
    # Migrations must not depend on application types that may change later: our decorated
    # types (UtcDateTime, DecimalText) are written as the plain column type they store.
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
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
