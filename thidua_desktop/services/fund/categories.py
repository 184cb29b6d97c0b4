"""The office's list of mục thu and mục chi: the defaults until it adds or renames one."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.fund import DEFAULT_CATEGORIES, Category, EntryKind
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean, fold, slug
from thidua_desktop.services.core import audit
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.fund import FundCategory

ENTITY = "fund_category"
MAX_CODE, MAX_NAME = 40, 200
_CODE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-")


def categories_in(session: Session, *, active_only: bool = True) -> list[Category]:
    """The list in its order (thu first); the defaults while the office has not changed it."""
    rows = session.scalars(
        select(FundCategory).order_by(
            FundCategory.kind.desc(), FundCategory.position, FundCategory.id
        )
    ).all()
    if not rows:
        return list(DEFAULT_CATEGORIES)
    return [
        Category(EntryKind(row.kind), row.code, row.name, bool(row.active))
        for row in rows
        if row.active or not active_only
    ]


def list_categories(db: Database, *, active_only: bool = True) -> list[Category]:
    with db.reading() as session:
        return categories_in(session, active_only=active_only)


def save_category(
    db: Database, *, kind: EntryKind, code: str | None, name: str | None, active: bool = True
) -> list[Category]:
    """Add a category, rename one, or stop offering one (`active=False`: lines that have it
    keep it; `name` None keeps the name it has). `code` None adds one, its code made of its
    name (the dialog of the fund page, where nobody types a code)."""
    title = clean(name) if name is not None else None
    wanted = clean(code).lower() if code is not None else None
    if wanted is not None and (
        not wanted or len(wanted) > MAX_CODE or not set(wanted) <= _CODE_CHARS
    ):
        raise InvalidInput(
            msg(
                "Mã mục thu, chi gồm chữ thường không dấu, chữ số, dấu gạch (tối đa {n} ký tự), "
                "ví dụ ngan_sach.",
                n=MAX_CODE,
            )
        )
    if (title is not None or active or wanted is None) and (not title or len(title) > MAX_NAME):
        raise InvalidInput(msg("Hãy nhập tên mục thu, chi (tối đa {n} ký tự).", n=MAX_NAME))
    with db.transaction() as session:
        if not session.scalar(select(func.count()).select_from(FundCategory)):
            session.add_all(
                FundCategory(kind=c.kind.value, code=c.code, name=c.name, position=i, active=True)
                for i, c in enumerate(DEFAULT_CATEGORIES, start=1)
            )
            session.flush()
        if wanted is None:
            assert title is not None
            wanted = _new_code(session, kind, title)
        row = session.scalar(
            select(FundCategory).where(FundCategory.kind == kind.value, FundCategory.code == wanted)
        )
        if title is not None and (row is None or fold(row.name) != fold(title)):
            _refuse_same_name(session, kind, title, wanted)  # a new name only: retiring works
        values: dict[str, object] = {"active": active} | ({"name": title} if title else {})
        if row is None:
            if not active:
                raise InvalidInput(msg('Không có mục "{code}" để thôi dùng.', code=wanted))
            last = session.scalar(select(func.max(FundCategory.position))) or 0
            session.add(
                FundCategory(
                    kind=kind.value, code=wanted, name=title, position=last + 1, active=True
                )
            )
            audit.record(
                session, action="create", entity=ENTITY, key=f"{kind.value}/{wanted}",
                new=values,
            )  # fmt: skip
        else:
            old = {k: getattr(row, k) for k, v in values.items() if getattr(row, k) != v}
            for key in old:
                setattr(row, key, values[key])
            if old:
                audit.record(
                    session, action="update", entity=ENTITY, key=f"{kind.value}/{wanted}",
                    old=old, new={k: values[k] for k in old},
                )  # fmt: skip
        session.flush()
        return categories_in(session, active_only=False)


def _new_code(session: Session, kind: EntryKind, name: str) -> str:
    """The code of a category added by its name ("Hội nghị tổng kết" → hoi_nghi_tong_ket),
    numbered when the kind has the code already; refused when the kind has the name."""
    taken = set(session.scalars(select(FundCategory.code).where(FundCategory.kind == kind.value)))
    base = slug(name, "muc").replace("-", "_")[: MAX_CODE - 4]
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}_{n}"
    return code


def _refuse_same_name(session: Session, kind: EntryKind, name: str, code: str) -> None:
    """Two mục of a kind never share a name (folded: case, spaces, composed or not)."""
    wanted = fold(name)
    for row in session.scalars(
        select(FundCategory).where(FundCategory.kind == kind.value, FundCategory.code != code)
    ):
        if fold(row.name) == wanted:
            raise InvalidInput(
                msg('Đã có mục {kind} "{name}".', kind=kind.label.lower(), name=row.name)
            )
