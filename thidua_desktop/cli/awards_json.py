"""JSON of the khen thưởng commands: stable English field names, codes beside Vietnamese labels."""

from __future__ import annotations

from typing import Any

from thidua_desktop.cli.json_rows import iso, number

__all__ = ["iso", "number"]


def rules_json(r: Any) -> dict[str, object]:
    return {
        "version": r.code,
        "label": r.label,
        "period": r.period,
        "valid_from": iso(r.valid_from),
        "valid_to": iso(r.valid_to),
        "catalogue_version": r.catalogue_version,
        "legal_basis": list(r.legal_basis),
        "ballot_min_percent": number(r.ballot_min_percent),
        "quotas": [
            {
                "award_code": q.award_code,
                "award_name": q.award_name,
                "base_code": q.base_code,
                "base_name": q.base_name,
                "max_percent": number(q.max_percent),
                "rounding": q.rounding,
                "rounding_label": q.rounding_label,
            }
            for q in r.quotas
        ],
    }


def entry_json(e: Any) -> dict[str, object]:
    return {
        "award_code": e.code,
        "award_name": e.name,
        "short_name": e.short_name,
        "kind": e.kind.value,
        "kind_label": e.kind.label,
        "recipients": [r.value for r in e.recipients],
        "types": [t.value for t in e.types],
        "levels": [level.value for level in e.levels],
        "deciders": e.deciders,
        "ballot": e.ballot,
        "prerequisites": [
            {"kind": p.kind, "text": p.text, "note": p.note} for p in e.prerequisites
        ],
        "note": e.note,
    }


def warning_json(w: Any) -> dict[str, object]:
    return {
        "code": w.code.value,
        "label": w.code.label,
        "message": w.message,
        "proposal_id": w.proposal_id,
        "line_id": w.line_id,
        "unit_code": w.unit_code,
    }


def proposal_json(p: Any) -> dict[str, object]:
    return {
        "id": p.id,
        "unit_code": p.unit_code,
        "unit_name": p.unit_name,
        "year": p.year,
        "title": p.title,
        "number": p.number or None,
        "proposal_date": iso(p.proposal_date),
        "campaign_code": p.campaign_code,
        "to_level": p.to_level.value,
        "to_level_label": p.to_level.label,
        "status": p.status.value,
        "status_label": p.status_label,
        "returned": p.returned,
        "return_reason": p.return_reason or None,
        "submitted_on": iso(p.submitted_on),
        "review_date": iso(p.review_date),
        "council_members": p.council_members,
        "members_present": p.members_present,
        "awarded_on": iso(p.awarded_on),
        "lines": p.lines,
        "decided_lines": p.decided_lines,
        "warnings": p.warnings,
        "rules_version": p.rules_version,
        "read_only": not p.editable,
        "next_steps": [s.value for s in p.steps],
        "demo": p.demo,
    }


def recipient_json(r: Any) -> dict[str, object]:
    return {
        "id": r.id,
        "kind": r.kind.value,
        "kind_label": r.kind.label,
        "name": r.name,
        "unit_code": r.unit_code,
        "unit_name": r.unit_name,
        "gender": r.gender.value if r.gender else None,
        "birth_year": r.birth_year,
        "position": r.position or None,
        "category": r.category.value if r.category else None,
        "category_label": r.category_label or None,
        "stat_class": r.stat_class.value if r.stat_class else None,
    }


def line_json(line: Any) -> dict[str, object]:
    return {
        "id": line.id,
        "position": line.position,
        "recipient": recipient_json(line.recipient),
        "award_code": line.award_code,
        "award_name": line.award_name,
        "award_type": line.award_type.value,
        "award_type_label": line.award_type.label,
        "ad_hoc": line.ad_hoc,
        "achievement": line.achievement or None,
        "members": line.members,
        "qualified": line.qualified,
        "needs_ballot": line.needs_ballot,
        "votes_agree": line.votes_agree,
        "decision_id": line.decision_id,
        "decision_number": line.decision_number or None,
        "decision_date": iso(line.decision_date),
        "warnings": list(line.warnings),
    }


def detail_json(d: Any) -> dict[str, object]:
    return {
        "proposal": proposal_json(d.proposal),
        "rules": rules_json(d.rules),
        "lines": [line_json(line) for line in d.lines],
        "decisions": [
            {
                "id": x.id,
                "number": x.number,
                "date": iso(x.day),
                "issuer": x.issuer,
                "signer_name": x.signer_name,
                "signer_position": x.signer_position,
                "rules_version": x.rules_version,
                "legal_basis": list(x.legal_basis),
                "lines": x.lines,
            }
            for x in d.decisions
        ],
        "warnings": [warning_json(w) for w in d.warnings],
    }


def overview_json(o: Any) -> dict[str, object]:
    return {
        "year": o.year,
        "unit_code": o.scope_code,
        "unit_name": o.scope_name,
        "demo": o.demo,
        "rules": rules_json(o.rules),
        "counts": [
            {
                "award_code": c.award_code,
                "award_name": c.award_name,
                "short_name": c.short_name,
                "kind": c.kind.value if c.kind else None,
                "proposed": c.proposed,
                "decided": c.decided,
                "collectives": c.collectives,
                "individuals": c.individuals,
                "households": c.households,
                "ad_hoc": c.ad_hoc,
            }
            for c in o.counts
        ],
        "by_unit": [
            {
                "unit_code": u.unit_code,
                "unit_name": u.unit_name,
                "proposed": u.proposed,
                "decided": u.decided,
            }
            for u in o.by_unit
        ],
        "quotas": [
            {
                "unit_code": q.unit_code,
                "unit_name": q.unit_name,
                "award_code": q.award_code,
                "base_code": q.base_code,
                "count": q.count,
                "base_count": q.base_count,
                "limit": q.limit,
                "max_percent": number(q.max_percent),
                "rounding": q.rounding,
                "exceeded": q.exceeded,
            }
            for q in o.quotas
        ],
        "totals": {
            "proposed": o.proposed,
            "decided": o.decided,
            "decided_individuals": o.decided_individuals,
            "direct_workers": o.direct_workers,
            "direct_workers_percent": number(o.direct_workers_percent),
            "ad_hoc": o.ad_hoc,
            "ad_hoc_percent": number(o.ad_hoc_percent),
        },
        "proposals": [proposal_json(p) for p in o.proposals],
        "warnings": [warning_json(w) for w in o.warnings],
    }


def eligibility_json(e: Any) -> dict[str, object]:
    return {
        "recipient": recipient_json(e.recipient),
        "year": e.year,
        "award_code": e.award_code,
        "award_name": e.award_name,
        "basis": e.basis,
        "already_proposed": e.already_proposed,
        "rules_version": e.rules_version,
    }


def history_json(h: Any) -> dict[str, object]:
    return {
        "recipient": recipient_json(h.recipient),
        "awards": [
            {
                "year": i.year,
                "award_code": i.award_code,
                "award_name": i.award_name,
                "award_type": i.award_type.value,
                "proposal_id": i.proposal_id,
                "status": i.proposal_status.value,
                "decided": i.decided,
                "decision_number": i.decision_number or None,
                "decision_date": iso(i.decision_date),
                "issuer": i.issuer or None,
            }
            for i in h.items
        ],
        "eligible": [eligibility_json(e) for e in h.eligible],
    }
