"""Reading the audit trail (Nhật ký): filtered, newest first, with Vietnamese labels."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.text import clean, fold
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, AuditEntry

DEFAULT_LIMIT = 5000
_SUMMARY_LENGTH = 300

# Labels of the actions and entities services record; features add theirs here.
ACTION_LABELS: dict[str, str] = {
    "create": "Thêm",
    "update": "Sửa",
    "delete": "Xóa",
    "reference_load": "Nạp danh mục",
    "move_office": "Chuyển sang cơ quan kế thừa",
    "lock": "Khóa sổ",
    "unlock": "Mở khóa sổ",
    "restore": "Khôi phục dữ liệu",
    "resume_imports": "Cho phép nhập gói lại",
    "import": "Nhập gói dữ liệu",
    "demo_load": "Nạp dữ liệu minh họa",
    "approve": "Duyệt",
    "return": "Trả lại",
    "copy_previous_year": "Chép từ năm trước",
    "revoke": "Thu hồi",
    "submit": "Trình",
    "review": "Hội đồng xét",
    "decide": "Quyết định",
    "award": "Trao khen thưởng",
    "record_decided": "Ghi quyết định đã ban hành",
    "dossier_send": "Gửi hồ sơ lên cấp trên",
    "dossier_receive": "Nhận hồ sơ từ cấp dưới",
    "dossier_reply": "Gửi kết quả xét hồ sơ",
    "dossier_reply_receive": "Nhận kết quả xét hồ sơ",
    "set_members": "Đặt thành viên cụm, khối",
    "set_table": "Đặt bảng chấm điểm",
    "copy_table": "Chép bảng chấm điểm năm trước",
    "self_score": "Tự chấm điểm",
    "review_score": "Cụm, khối chấm điểm",
    "publish_ranking": "Công bố kết quả chấm điểm",
    "cluster_table_send": "Gửi bảng chấm điểm xuống các thành viên",
    "cluster_table_receive": "Nhận bảng chấm điểm của cụm, khối",
    "cluster_scores_send": "Gửi điểm tự chấm lên",
    "cluster_scores_receive": "Nhận điểm tự chấm của thành viên",
    "export": "Xuất gói dữ liệu",
    "import_create": "Nhập gói: thêm",
    "import_update": "Nhập gói: sửa",
    "import_replace": "Nhập gói: thay số liệu tại đây",
    "import_delete": "Nhập gói: xóa",
    "trust_key": "Tin cậy khóa ký của cơ quan gửi",
}
ENTITY_LABELS: dict[str, str] = {
    "profile": "Cơ quan sử dụng",
    "admin_unit": "Đơn vị hành chính",
    "ref_dataset": "Danh mục tham chiếu",
    "period_lock": "Khóa sổ năm",
    "database": "Cơ sở dữ liệu",
    "campaign": "Phong trào thi đua",
    "indicator": "Chỉ tiêu",
    "target": "Chỉ tiêu giao",
    "result": "Kết quả",
    "registration": "Đăng ký thi đua",
    "security_status": '"3 không", an toàn ANTT',
    "security_component": 'Tiêu chí "3 không"',
    "residential_area": "Khu dân cư",
    "rural": "Nông thôn mới",
    "rural_criteria": "Tiêu chí nông thôn mới",
    "rural_criteria_set": "Bộ tiêu chí nông thôn mới",
    "rural_plan": "Kế hoạch nông thôn mới",
    "rural_recognition": "Công nhận nông thôn mới",
    "award_recipient": "Đối tượng khen thưởng",
    "award_proposal": "Đề nghị khen thưởng",
    "award_line": "Dòng đề nghị khen thưởng",
    "award_decision": "Quyết định khen thưởng",
    "letterhead": "Thể thức văn bản",
    "package": "Gói dữ liệu",
    "producer_key": "Khóa ký của cơ quan gửi",
    "scale_demo": "Dữ liệu thử quy mô lớn",
    "attachment": "Tệp đính kèm",
    "emulation_cluster": "Cụm, khối thi đua",
    "certificate_calibration": "Căn chỉnh in phôi",
    "tdkt_body": "Tổ chức làm công tác thi đua, khen thưởng",
    "tdkt_staff": "Công chức làm công tác thi đua, khen thưởng",
    "initiative": "Sáng kiến",
    "recipient_case": "Tạm dừng xét khen thưởng",
    "fund_entry": "Sổ quỹ thi đua, khen thưởng",
    "fund_opening": "Số dư đầu năm của quỹ thi đua, khen thưởng",
    "fund_category": "Mục thu, chi của quỹ thi đua, khen thưởng",
}
# Fields holding figures: written the Vietnamese way ("5.200,5"), never as stored ("5200.5").
NUMBER_FIELDS = frozenset(
    {
        "value",
        "low",
        "high",
        "antt_recognised_share",
        "members",
        "qualified",
        "rows",
        "percent",
        "amount",
    }
)
# Derived fields (recomputed from others) say nothing to a person: left out of the summary.
HIDDEN_FIELDS = frozenset({"search_key", "sort_key"})
# Field names as people read them in the "old → new" summary.
FIELD_LABELS: dict[str, str] = {
    "office": "cơ quan",
    "operator": "người sử dụng",
    "demo": "dữ liệu minh họa",
    "name": "tên",
    "code": "mã",
    "kind": "loại",
    "parent_id": "trực thuộc",
    "valid_from": "hiệu lực từ",
    "valid_to": "hiệu lực đến",
    "note": "ghi chú",
    "locked": "khóa sổ",
    "version": "phiên bản",
    "added": "thêm",
    "updated": "sửa",
    "value": "giá trị",
    "low": "chỉ tiêu",
    "high": "cận trên",
    "titles": "danh hiệu",
    "status": "trạng thái",
    "title": "tên",
    "from": "từ tệp",
    "revision": "lược đồ",
    "safety_backup": "bản sao trước khi khôi phục",
    "paused": "tạm dừng nhập gói",
    "restored_from": "khôi phục từ",
    "locked_at": "khóa lúc",
    "locked_by": "người khóa",
    "criteria": "tiêu chí",
    "group_code": "nhóm",
    "rows": "số dòng",
    "units_per_year": "số đơn vị mỗi năm",
    "proposals": "số đề nghị",
    "rule_versions": "các phiên bản quy định",
    "number": "số",
    "decision_date": "ngày quyết định",
    "issuer": "cơ quan ban hành",
    "signer_name": "người ký",
    "signer_position": "chức vụ người ký",
    "rules_version": "phiên bản quy định",
    "lines": "các dòng",
    "year": "năm",
    "file_name": "tên tệp",
    "size": "dung lượng (byte)",
    "sha256": "mã kiểm tra SHA-256",
    "entry_date": "ngày chứng từ",
    "amount": "số tiền",
    "category_code": "mục thu, chi",
    "description": "nội dung",
    "decision_id": "quyết định khen thưởng",
}


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One audit entry as the Nhật ký page and the command line show it."""

    id: int
    at: dt.datetime  # aware, UTC
    operator: str
    action: str
    action_label: str
    entity: str
    entity_label: str
    key: str
    unit_code: str | None
    unit_name: str | None  # full name, e.g. "Quận Ninh Kiều"
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    change: str  # "cơ quan: 92 → 916; người sử dụng: Lan"
    reason: str | None
    package_ref: str | None

    @property
    def local_time_text(self) -> str:
        return f"{self.at.astimezone():%d/%m/%Y %H:%M}"


@dataclass(frozen=True)
class AuditFilter:
    """What the Nhật ký page asks for; every field is optional."""

    since: dt.date | None = None  # local dates, inclusive
    until: dt.date | None = None
    operator: str | None = None
    unit: str | None = None  # a unit code, or words of its name (diacritics optional)
    entity: str | None = None
    entity_key: str | None = None


@dataclass(frozen=True)
class AuditView:
    """One page load: the newest matching entries and the choices for the filter boxes."""

    rows: list[AuditRow]
    truncated: bool  # more entries matched than `limit`
    limit: int
    operators: list[str]
    entities: list[tuple[str, str]]  # (code, label)


def query_audit(
    db: Database,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    operator: str | None = None,
    unit: str | None = None,
    entity: str | None = None,
    entity_key: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[AuditRow]:
    """Matching entries, newest first, at most `limit` of them."""
    wanted = AuditFilter(since, until, operator, unit, entity, entity_key)
    with db.reading() as session:
        return _query(session, wanted, limit)


def audit_view(db: Database, wanted: AuditFilter, *, limit: int = DEFAULT_LIMIT) -> AuditView:
    """Entries for the Nhật ký page plus the operators and entities to filter by."""
    with db.reading() as session:
        rows = _query(session, wanted, limit + 1)
        operators = sorted(
            {str(op) for op in session.scalars(select(AuditEntry.operator).distinct())},
            key=fold,
        )
        codes = [str(e) for e in session.scalars(select(AuditEntry.entity).distinct())]
    entities = sorted(((code, entity_label(code)) for code in codes), key=lambda e: fold(e[1]))
    return AuditView(
        rows=rows[:limit],
        truncated=len(rows) > limit,
        limit=limit,
        operators=operators,
        entities=entities,
    )


def record_history(db: Database, entity: str, key: str) -> list[AuditRow]:
    """Every entry about one record (entity + key), newest first."""
    return query_audit(db, entity=entity, entity_key=key, limit=DEFAULT_LIMIT)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


def local_day_start(day: dt.date) -> dt.datetime:
    """The first instant of a local calendar day, in UTC (entries are stored in UTC)."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _query(session: Session, wanted: AuditFilter, limit: int) -> list[AuditRow]:
    unit = aliased(AdminUnit)
    query = select(AuditEntry, unit.code, unit.name, unit.kind).outerjoin(
        unit, unit.id == AuditEntry.unit_id
    )
    if wanted.since is not None:
        query = query.where(AuditEntry.at >= local_day_start(wanted.since))
    if wanted.until is not None:
        query = query.where(AuditEntry.at < local_day_start(wanted.until + dt.timedelta(days=1)))
    if wanted.operator:
        query = query.where(AuditEntry.operator == clean(wanted.operator))
    if wanted.entity:
        query = query.where(AuditEntry.entity == clean(wanted.entity))
    if wanted.entity_key is not None:
        query = query.where(AuditEntry.entity_key == clean(wanted.entity_key))
    if wanted.unit and clean(wanted.unit):
        ids, codes = _matching_units(session, wanted.unit)
        # Entries about a unit carry its id; reference-data entries name it by code instead.
        query = query.where(
            or_(
                AuditEntry.unit_id.in_(ids),
                and_(AuditEntry.entity == "admin_unit", AuditEntry.entity_key.in_(codes)),
            )
        )
    query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    return [_row(entry, code, name, kind) for entry, code, name, kind in session.execute(query)]


def _matching_units(session: Session, text: str) -> tuple[list[int], list[str]]:
    """Units whose code is `text`, else whose folded name contains all of its words."""
    wanted = clean(text)
    exact = session.execute(select(AdminUnit.id, AdminUnit.code).where(AdminUnit.code == wanted))
    found = list(exact)
    if not found:
        words = fold(wanted).split()
        if not words:
            return [], []
        query = select(AdminUnit.id, AdminUnit.code)
        for word in words:
            query = query.where(AdminUnit.search_key.contains(word, autoescape=True))
        found = list(session.execute(query))
    return [row.id for row in found], sorted({row.code for row in found})


def _decode(value: str | None) -> dict[str, Any] | None:
    if value is None:
        return None
    try:
        decoded = json.loads(value)
    except ValueError:
        return {"": value}
    return decoded if isinstance(decoded, dict) else {"": decoded}


_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _show(value: Any, key: str = "", depth: int = 0) -> str:
    if value is None or value == "":
        return "(trống)"
    if value is True:
        return "có"
    if value is False:
        return "không"
    if key in NUMBER_FIELDS and isinstance(value, str | int) and not isinstance(value, bool):
        text = str(value)
        if _NUMBER.fullmatch(text):
            return format_number(Decimal(text))
    if isinstance(value, dict):
        if depth >= 2:
            return "…"
        return (
            "("
            + "; ".join(
                f"{FIELD_LABELS.get(k, k)}: {_show(v, k, depth + 1)}"
                for k, v in value.items()
                if k not in HIDDEN_FIELDS
            )
            + ")"
        )
    if isinstance(value, list):
        return ", ".join(_show(item, key, depth + 1) for item in value) or "(trống)"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:  # ISO dates as people write them
            return f"{dt.date.fromisoformat(value):%d/%m/%Y}"
        except ValueError:
            return value
    return str(value)


def format_values(values: dict[str, Any] | None) -> str:
    """ "field: value; …" with people's names for the fields (for the detail of one entry)."""
    if not values:
        return "(trống)"
    return "; ".join(
        f"{FIELD_LABELS.get(key, key)}: {_show(value, key)}" if key else _show(value)
        for key, value in values.items()
        if key not in HIDDEN_FIELDS
    )


def summarize(old: dict[str, Any] | None, new: dict[str, Any] | None) -> str:
    """ "field: old → new; …" for the changed fields; just the values when one side is absent."""
    parts: list[str] = []
    keys = [k for k in dict.fromkeys([*(old or {}), *(new or {})]) if k not in HIDDEN_FIELDS]
    for key in keys:
        label = FIELD_LABELS.get(key, key)
        prefix = f"{label}: " if label else ""
        if old is not None and new is not None:
            if key in old and key in new:
                if old[key] == new[key]:
                    continue
                parts.append(f"{prefix}{_show(old[key], key)} → {_show(new[key], key)}")
            elif key in new:
                parts.append(f"{prefix}→ {_show(new[key], key)}")
            else:
                parts.append(f"{prefix}{_show(old[key], key)} → (bỏ)")
        elif new is not None:
            parts.append(f"{prefix}{_show(new[key], key)}")
        elif old is not None:
            parts.append(f"{prefix}{_show(old[key], key)}")
    text = "; ".join(parts)
    return text if len(text) <= _SUMMARY_LENGTH else text[: _SUMMARY_LENGTH - 1] + "…"


def _row(entry: AuditEntry, code: str | None, name: str | None, kind: str | None) -> AuditRow:
    old, new = _decode(entry.old_value), _decode(entry.new_value)
    unit_name = UnitKind(kind).full_name(name) if kind and name else name
    return AuditRow(
        id=entry.id,
        at=entry.at,
        operator=entry.operator,
        action=entry.action,
        action_label=action_label(entry.action),
        entity=entry.entity,
        entity_label=entity_label(entry.entity),
        key=entry.entity_key,
        unit_code=code,
        unit_name=unit_name,
        old=old,
        new=new,
        change=summarize(old, new),
        reason=entry.reason,
        package_ref=entry.package_ref,
    )
