"""Storage and server errors are classified for the person without depending on the language the
server writes its messages in: PostgreSQL's SQLSTATE first, its English words only as fallback."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError, ProgrammingError

from thidua_desktop.store.errors import server_problem, without_values


class DriverError(Exception):
    """A driver error as psycopg raises it: a message and, from the server, a SQLSTATE."""

    def __init__(self, text: str, sqlstate: str | None) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("sqlstate", "text", "said"),
    [
        # A server set to German messages (lc_messages): only the SQLSTATE says what it is.
        ("25006", "kann INSERT nicht in einer Read-only-Transaktion ausführen", "chỉ cho đọc"),
        ("42501", "keine Berechtigung für Tabelle unit", "chưa được cấp quyền"),
        ("53100", "konnte Datei nicht erweitern", "đã đầy"),
        ("40P01", "Verklemmung (Deadlock) entdeckt", "đang bận"),
        ("55P03", "konnte Sperre nicht setzen", "đang bận"),
        ("57P01", "Verbindung wird abgebrochen", "Mất kết nối"),
        ("08006", "Verbindung fehlgeschlagen", "Mất kết nối"),
        # libpq's own errors carry no SQLSTATE: the English words are the fallback.
        (None, "server closed the connection unexpectedly", "Mất kết nối"),
        (None, "cannot execute UPDATE in a read-only transaction", "chỉ cho đọc"),
    ],
)
def test_server_errors_are_known_by_their_state(sqlstate: str | None, text: str, said: str) -> None:
    error = ProgrammingError("UPDATE …", {}, DriverError(text, sqlstate))
    message = server_problem("may-chu/thidua", error)
    assert message is not None and said in message
    assert "may-chu/thidua" in message


def test_a_connection_sqlalchemy_found_dead_is_lost_whatever_the_words() -> None:
    error = OperationalError("SELECT 1", {}, DriverError("Verbindung weg", None))
    error.connection_invalidated = True
    message = server_problem("may-chu/thidua", error)
    assert message is not None and "Mất kết nối" in message


def test_a_data_error_is_not_a_server_problem() -> None:
    # A unique or check violation is the data's (or a bug's) concern: not dressed as the server's.
    for state in ("23505", "23514", "22P02"):
        error = ProgrammingError("INSERT …", {}, DriverError("doppelter Schlüssel", state))
        assert server_problem("may-chu/thidua", error) is None


def test_values_the_server_quotes_never_leave_the_error() -> None:
    detail = 'new row violates check constraint "x"\nDETAIL:  Failing row contains (Nguyễn Văn A).'
    assert "Nguyễn" not in without_values(detail)
    quoted = 'duplicate key value violates unique constraint "u" Key (name)=(Lê B)'
    assert without_values(quoted) == 'duplicate key value violates unique constraint "u"'
