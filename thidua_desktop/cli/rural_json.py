"""The `rural --json` output: stable English codes with the Vietnamese labels beside them."""

from __future__ import annotations

from typing import Any

from thidua_desktop.cli.json_rows import iso as _iso
from thidua_desktop.cli.json_rows import number as _number


def _level(level: Any) -> dict[str, object]:
    return {
        "level": None if level is None else level.value,
        "level_label": "chưa đạt chuẩn" if level is None else level.label,
    }


def set_json(s: Any, *, criteria: bool = False) -> dict[str, object]:
    found: dict[str, object] = {
        "code": s.code.value,
        "label": s.code.label,
        "title": s.title,
        "version": s.version,
        "legal_basis": s.legal_basis or None,
        "first_year": s.first_year,
        "last_year": s.last_year,
        "total": s.total,
    }
    if criteria:
        found["groups"] = [{"code": code, "name": name} for code, name in s.groups]
        found["criteria"] = [
            {
                "code": c.code,
                "group": c.group_code,
                "group_name": c.group_name,
                "name": c.name,
                "indicators": c.indicators or None,
                "revocation_key": c.revocation_key,
                "note": c.note or None,
            }
            for c in s.criteria
        ]
    return found


def recognition_json(r: Any) -> dict[str, object]:
    return {
        "unit_code": r.unit_code,
        "unit_name": r.unit_name,
        **_level(r.level),
        "year": r.year,
        "decision_number": r.decision_number,
        "decision_date": _iso(r.decision_date),
        "issuer": r.issuer or None,
        "announced_on": _iso(r.announced_on),
        "revoked": r.revoked,
        "revocation": (
            {
                "date": _iso(r.revoked_on),
                "decision_number": r.revocation_number or None,
                "issuer": r.revocation_issuer or None,
                "reason": r.revocation_reason or None,
            }
            if r.revoked
            else None
        ),
        "source": r.source,
        "note": r.note or None,
    }


def _plan_json(p: Any) -> dict[str, object]:
    return {
        **_level(p.level),
        "planned": p.planned,
        "achieved_planned": p.achieved_planned,
        "new": p.new,
        "target": _number(p.target),
        "target_source": p.target_source,
        "status": p.status.value if p.status is not None else None,
        "status_label": p.status.label if p.status is not None else None,
    }


def summary_json(s: Any) -> dict[str, object]:
    return {
        "unit_code": s.unit_code,
        "unit_name": s.unit_name,
        "communes": s.communes,
        "by_level": {"none": s.none, "ntm": s.ntm, "nang_cao": s.nang_cao, "kieu_mau": s.kieu_mau},
        "at_least": {level.value: s.at_least(level) for level in _levels()},
        "recorded": s.recorded,
        "with_warnings": s.warnings,
        "plan_vs_achieved": [_plan_json(p) for p in s.plans],
    }


def _levels() -> tuple[Any, ...]:
    from thidua_desktop.domain.rural import Level

    return tuple(Level)


def commune_json(c: Any) -> dict[str, object]:
    return {
        "unit_code": c.unit_code,
        "unit_name": c.unit_name,
        "district_code": c.district_code,
        "district_name": c.district_name,
        **_level(c.level),
        "criteria": {
            s.set_code.value: {
                "label": s.set_code.label,
                "met": s.met_count,
                "total": s.total,
                "text": s.text,
                "not_met": list(s.not_met),
                "not_assessed": s.pending,
            }
            for s in c.scores
        },
        "next_level": None if c.next_level is None else c.next_level.value,
        "next_level_label": None if c.next_level is None else c.next_level.label,
        "missing": [
            {
                "set": m.set_code.value,
                "code": m.code,
                "name": m.name,
                "assessed": m.assessed,
            }
            for m in c.missing
        ],
        "plan": None if c.plan is None else c.plan.value,
        "plan_label": None if c.plan is None else c.plan.label,
        "plan_achieved": c.plan_achieved,
        "newly_recognised": [level.value for level in c.new_levels],
        "recognitions": [recognition_json(r) for r in c.recognitions],
        "warnings": list(c.warnings),
        "read_only": not c.editable,
    }


def overview_json(o: Any) -> dict[str, object]:
    return {
        "year": o.year,
        "unit_code": o.scope_code,
        "unit_name": o.scope_name,
        "demo": o.demo,
        "has_data": o.has_data,
        "criteria_sets": [set_json(s) for s in o.sets],
        "summary": summary_json(o.total),
        "districts": [summary_json(d) for d in o.districts],
        "newly_recognised": {
            level.value: [
                {"unit_code": c.unit_code, "unit_name": c.unit_name}
                for c in o.newly_recognised(level)
            ]
            for level in _levels()
        },
        "communes": [commune_json(c) for c in o.communes],
    }
