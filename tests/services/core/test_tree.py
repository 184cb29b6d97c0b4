"""The unit tree shared by "3 không"/ANTT, nông thôn mới and the dashboard (services/core/tree)."""

from __future__ import annotations

from sqlalchemy import select

from thidua_desktop.domain.units import Level, UnitKind
from thidua_desktop.services.core.tree import UnitTree
from thidua_desktop.services.rural.data import ScopeTree
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit


def _id(db: Database, code: str) -> int:
    with db.reading() as session:
        return session.scalars(select(AdminUnit.id).where(AdminUnit.code == code)).one()


def test_a_subtree_holds_its_units_and_the_units_above(db: Database) -> None:
    phong_dien = _id(db, "926")
    with db.reading() as session:
        tree = UnitTree(session, roots=[phong_dien])
        whole = UnitTree(session)
    below = tree.subtree(phong_dien)
    assert below[0].code == "926"
    assert {u.level for u in below[1:]} == {Level.COMMUNE}
    assert len(below) == len([u for u in whole.subtree(phong_dien)])
    city = next(u for u in tree.by_id.values() if u.code == "92")  # read as an ancestor
    commune = below[1]
    assert tree.ancestors(commune.id) == [commune.id, phong_dien, city.id]
    assert tree.district_of(commune) == tree.by_id[phong_dien]
    assert tree.group_of(commune, city) == tree.by_id[phong_dien]
    assert tree.group_of(commune, tree.by_id[phong_dien]) == tree.by_id[phong_dien]


def test_the_nong_thon_moi_scope_counts_only_xa(db: Database) -> None:
    with db.reading() as session:
        scope = ScopeTree(session, _id(db, "926"))
        missing = ScopeTree(session, 10**9)
    communes = scope.communes(2023)
    assert communes and all(UnitKind(u.kind) is UnitKind.COMMUNE for u in communes)
    assert missing.communes(2023) == []
