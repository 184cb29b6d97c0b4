"""Which database engine the suite runs on.

By default every test gets a SQLite file. With `THIDUA_TEST_ENGINE=postgresql` (and
`THIDUA_TEST_POSTGRES`, a superuser connection to a throw-away server; `.ci/test` starts one) the
same tests run on PostgreSQL instead: every test's data folder names a database of its own on
the server, copied from a template made once per session (CREATE DATABASE … TEMPLATE takes a
fraction of a second; loading the demonstration takes seconds). Those databases use a
Vietnamese ICU collation, so a query that relies on the server's ordering of text instead of
the application's sort key gives a wrong order and cannot hide.

Tests of the SQLite file itself (its format, its write-ahead log, the single-writer lock file,
crash points counted in SQLite statements) are marked `sqlite_only` and skipped on the server.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.setup import prepare
from thidua_desktop.store.engine import Database
from thidua_desktop.store.schema import open_database

ENGINE = os.environ.get("THIDUA_TEST_ENGINE", "sqlite")
ADMIN = os.environ.get("THIDUA_TEST_POSTGRES")
ON_SERVER = ENGINE == "postgresql"

if ENGINE not in ("sqlite", "postgresql"):
    raise RuntimeError(f"THIDUA_TEST_ENGINE={ENGINE!r}: expected sqlite or postgresql")
if ON_SERVER and not ADMIN:
    raise RuntimeError("THIDUA_TEST_ENGINE=postgresql needs THIDUA_TEST_POSTGRES (a server URL)")

# Every database of the suite on the server: Vietnamese ICU collation, UTF-8, C for the rest.
VIETNAMESE = (
    "TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN' LOCALE 'C.UTF-8'"
)


class ServerDatabases:
    """Databases on the test server: made (from templates), replaced, dropped at the end."""

    def __init__(self, root: Path) -> None:
        assert ADMIN is not None
        self.root = root
        self.engine = create_engine(
            make_url(ADMIN).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
        )
        self.made: list[str] = []
        self.templates: dict[str, str] = {}
        self._base: str | None = None

    def sql(self, statement: str) -> Any:
        with self.engine.connect() as conn:
            result = conn.execute(text(statement))
            return result.all() if result.returns_rows else None

    def url(self, name: str) -> str:
        assert ADMIN is not None
        return make_url(ADMIN).set(database=name).render_as_string(hide_password=False)

    def new(self, *, template: str | None = None, options: str = "") -> str:
        """A new database: empty (the Vietnamese base), from `template`, or as `options` say."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        self.create(name, template=template, options=options)
        self.made.append(name)
        return self.url(name)

    def create(self, name: str, *, template: str | None = None, options: str = "") -> None:
        if not options:
            options = f"TEMPLATE {template or self.base()}"
        self.sql(f"CREATE DATABASE {name} {options}")

    def base(self) -> str:
        """An empty database with the Vietnamese collation, from which the others are copied."""
        if self._base is None:
            self._base = f"t_base_{uuid.uuid4().hex[:8]}"
            self.sql(f"CREATE DATABASE {self._base} {VIETNAMESE}")
            self.made.append(self._base)
        return self._base

    def replace(self, url: str, *, template: str) -> None:
        """The database `url` names, made again as a copy of `template`."""
        name = make_url(url).database
        assert name is not None
        self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.create(name, template=template)

    def template(self, kind: str, build: Any) -> str:
        """A database made once by `build(url)` and kept as the source of copies."""
        if kind not in self.templates:
            url = self.new()
            build(url)
            name = make_url(url).database
            assert name is not None
            self.templates[kind] = name
        return self.templates[kind]

    def drop_all(self) -> None:
        for name in reversed(self.made):
            self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.engine.dispose()


def use_server_database(root: Path, url: str) -> None:
    """Point the data folder `root` at the server database `url`, as Settings › Máy chủ dữ liệu
    does: the command line and the window given `--data-dir root` then work on it."""
    root.mkdir(parents=True, exist_ok=True)
    DataDir(root).server_setting.write_text(url + "\n", encoding="utf-8")


def dump(db: Any) -> list[str]:
    """Every row of every table of the application, as text in a stable order: compared
    before and after a refusal to show nothing changed (on either engine)."""
    from thidua_desktop.store.base import Base

    rows: list[str] = []
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            key = list(table.primary_key.columns) or list(table.columns)
            ordered = select(table).order_by(*key)
            for row in conn.execute(ordered):
                rows.append(f"{table.name}: {tuple(row)!r}")
    return rows


class Templates:
    """Databases prepared once per test session and copied for each test that asks for one:
    copying a file takes about a millisecond, loading the demonstration takes seconds."""

    def __init__(self, root: Path, servers: ServerDatabases | None) -> None:
        self._root = root
        self._servers = servers
        self._made: dict[str, Path] = {}

    def _fill(self, kind: str, data_dir: DataDir) -> None:
        template = open_database(data_dir, upgrade_server=True)
        try:
            if kind != "empty":
                prepare(template, demo=kind == "demo")
        finally:
            template.close()

    def database(self, kind: str) -> Path:
        if kind not in self._made:
            data_dir = DataDir(self._root / kind)
            self._fill(kind, data_dir)
            # Closing the last connection checkpoints the write-ahead log into the file.
            assert not data_dir.database.with_name(data_dir.database.name + "-wal").exists()
            self._made[kind] = data_dir.database
        return self._made[kind]

    def server_template(self, kind: str) -> str:
        """The name of the server database holding `kind` (THIDUA_TEST_ENGINE=postgresql)."""
        assert self._servers is not None
        return self._servers.template(
            kind, lambda url: self._fill(kind, DataDir(self._root / f"server-{kind}", url))
        )

    def open_copy(self, kind: str, data_dir: DataDir) -> Database:
        data_dir.ensure()
        if data_dir.server is not None:
            assert self._servers is not None
            self._servers.replace(data_dir.server, template=self.server_template(kind))
        else:
            shutil.copyfile(self.database(kind), data_dir.database)
        return open_database(data_dir)


def staff(db: Database, name: str) -> Database:
    """`db` as the staff member `name` uses it: on a file, the profile's operator (one PC, one
    operator); on a server, that person's own login to the same database."""
    if db.server:
        return Database(path=None, engine=db.engine, where=db.where, operator=name)
    from thidua_desktop.services.core.profile import set_profile

    set_profile(db, operator=name)
    return db
