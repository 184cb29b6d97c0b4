"""Cụm, khối thi đua: a group of peer units that sign a giao ước thi đua, score themselves
against a scoring table (bảng chấm điểm), are cross-reviewed by the cluster and ranked; the
ranking proposes the Cờ thi đua and Bằng khen (Luật TĐKT 2022 Điều 16; DOMAIN §1.2, §5.4).

The scoring table is a tree of criteria. A criterion with sub-items is worth at most its own
points: no sub-item may be worth more than its parent, nor all of them together. Bonus (điểm
thưởng) and deduction (điểm trừ) items stand at the top level, beside the tree. A member's
total is the points of its scored leaves, plus bonuses, minus deductions, each as reviewed by
the cluster (the self-score where the cluster kept it). Ties are broken by the table's declared
rule: the criteria named first, in order (more points ranks higher), then fewer deduction
points; members still equal share a rank.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import format_number

__all__ = [
    "ClusterKind",
    "ClusterRole",
    "Criterion",
    "CriterionKind",
    "Ranked",
    "SuggestionSource",
    "check_points",
    "check_table",
    "rank",
    "totals",
]

MAX_POINTS = Decimal(1000)
CENT = Decimal("0.01")
MAX_DEPTH = 3
_CODE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.\-]{0,19}", re.ASCII)


class ClusterKind(StrEnum):
    CLUSTER = "cum"  # of localities: communes, wards
    BLOCK = "khoi"  # of agencies: sở, ban, ngành, đoàn thể

    @property
    def label(self) -> str:
        return {ClusterKind.CLUSTER: "Cụm thi đua", ClusterKind.BLOCK: "Khối thi đua"}[self]


class ClusterRole(StrEnum):
    HEAD = "head"
    DEPUTY = "deputy"
    MEMBER = "member"

    @property
    def label(self) -> str:
        return {
            ClusterRole.HEAD: "Trưởng cụm, khối",
            ClusterRole.DEPUTY: "Phó cụm, khối",
            ClusterRole.MEMBER: "Thành viên",
        }[self]


class CriterionKind(StrEnum):
    SCORE = "score"
    BONUS = "bonus"
    DEDUCTION = "deduction"

    @property
    def label(self) -> str:
        return {
            CriterionKind.SCORE: "Tiêu chí chấm điểm",
            CriterionKind.BONUS: "Điểm thưởng",
            CriterionKind.DEDUCTION: "Điểm trừ",
        }[self]


class SuggestionSource(StrEnum):
    """Where the application suggests a criterion's points from, out of its own records."""

    SECURITY = "antt"  # the member recognised "an toàn về an ninh, trật tự" that year: all
    RURAL = "ntm"  # the member holds a nông thôn mới recognition in force: all
    TARGETS = "targets"  # the share of the member's evaluated targets met or exceeded

    @property
    def label(self) -> str:
        return {
            SuggestionSource.SECURITY: "Công nhận an toàn về ANTT",
            SuggestionSource.RURAL: "Công nhận nông thôn mới",
            SuggestionSource.TARGETS: "Tỷ lệ chỉ tiêu đạt, vượt",
        }[self]


@dataclass(frozen=True, slots=True)
class Criterion:
    """One line of the scoring table; `parent` is the code of the criterion it details."""

    code: str
    title: str
    max_points: Decimal
    kind: CriterionKind = CriterionKind.SCORE
    parent: str | None = None
    evidence: str = ""
    source: SuggestionSource | None = None


def _points(value: Decimal) -> str:
    return format_number(value)


def check_table(criteria: Sequence[Criterion]) -> None:
    """Refuse a table no cluster could mean: codes repeated or malformed, a parent that is not
    in the table, a cycle or a tree deeper than three levels, points out of range, a bonus or
    deduction inside the tree, or sub-items worth more than their parent."""
    if not criteria:
        raise InvalidInput(msg("Bảng chấm điểm chưa có tiêu chí nào."))
    by_code: dict[str, Criterion] = {}
    for item in criteria:
        if not _CODE.fullmatch(item.code):
            raise InvalidInput(
                msg(
                    "Mã tiêu chí “{code}” không hợp lệ: dùng chữ, số, dấu chấm hoặc gạch "
                    "ngang (ví dụ 1, 1.2, II.3), tối đa 20 ký tự.",
                    code=item.code,
                )
            )
        if item.code in by_code:
            raise InvalidInput(msg("Mã tiêu chí {code} có hai lần.", code=item.code))
        if not item.title.strip():
            raise InvalidInput(msg("Tiêu chí {code} chưa có nội dung.", code=item.code))
        if (
            not item.max_points.is_finite()
            or not Decimal(0) < item.max_points <= MAX_POINTS
            or item.max_points != item.max_points.quantize(CENT)
        ):
            raise InvalidInput(
                msg(
                    "Điểm tối đa của tiêu chí {code} phải lớn hơn 0, không quá {limit}, nhiều "
                    "nhất 2 chữ số thập phân.",
                    code=item.code,
                    limit=_points(MAX_POINTS),
                )
            )
        by_code[item.code] = item
    children: dict[str, list[Criterion]] = {}
    for item in criteria:
        if item.parent is None:
            continue
        parent = by_code.get(item.parent)
        if parent is None:
            raise InvalidInput(
                msg(
                    "Tiêu chí {code} thuộc tiêu chí {parent}, nhưng bảng không có tiêu chí "
                    "{parent}.",
                    code=item.code,
                    parent=item.parent,
                )
            )
        if item.kind is not CriterionKind.SCORE or parent.kind is not CriterionKind.SCORE:
            raise InvalidInput(
                msg(
                    "Điểm thưởng, điểm trừ là mục riêng ở cấp đầu của bảng, không nằm trong tiêu "
                    "chí khác (tiêu chí {code}).",
                    code=item.code,
                )
            )
        if item.max_points > parent.max_points:
            raise InvalidInput(
                msg(
                    "Tiêu chí con {code} ({points} điểm) vượt điểm tối đa của tiêu chí {parent} "
                    "({limit} điểm).",
                    code=item.code,
                    points=_points(item.max_points),
                    parent=parent.code,
                    limit=_points(parent.max_points),
                )
            )
        children.setdefault(parent.code, []).append(item)
    for code in children:
        if by_code[code].source is not None:
            raise InvalidInput(
                msg(
                    "Tiêu chí {code} có tiêu chí con: điểm gợi ý từ dữ liệu đặt ở từng tiêu chí "
                    "con.",
                    code=code,
                )
            )
    for item in criteria:
        if item.source is not None and item.kind is CriterionKind.DEDUCTION:
            raise InvalidInput(msg("Điểm trừ {code} không lấy gợi ý từ dữ liệu.", code=item.code))
    for code, items in children.items():
        total = sum((i.max_points for i in items), Decimal(0))
        parent = by_code[code]
        if total > parent.max_points:
            raise InvalidInput(
                msg(
                    "Các tiêu chí con của {parent} cộng lại {total} điểm, vượt điểm tối đa "
                    "{limit} của tiêu chí {parent}.",
                    parent=code,
                    total=_points(total),
                    limit=_points(parent.max_points),
                )
            )
    for item in criteria:
        depth, seen, at = 1, {item.code}, item
        while at.parent is not None:
            at = by_code[at.parent]
            if at.code in seen:
                raise InvalidInput(
                    msg("Tiêu chí {code} thuộc chính nó (vòng lặp).", code=item.code)
                )
            seen.add(at.code)
            depth += 1
        if depth > MAX_DEPTH:
            raise InvalidInput(
                msg(
                    "Tiêu chí {code} nằm ở cấp {depth}: bảng chấm điểm có tối đa {limit} cấp.",
                    code=item.code,
                    depth=depth,
                    limit=MAX_DEPTH,
                )
            )


def check_tie_break(criteria: Sequence[Criterion], codes: Sequence[str]) -> None:
    """The criteria that break a tie: in the table, and not deductions (more points of a tie
    criterion rank higher; fewer deduction points always do)."""
    by_code = {c.code: c for c in criteria}
    for code in codes:
        item = by_code.get(code)
        if item is None:
            raise InvalidInput(
                msg("Tiêu chí {code} (xét khi bằng điểm) không có trong bảng.", code=code)
            )
        if item.kind is CriterionKind.DEDUCTION:
            raise InvalidInput(
                msg(
                    "Tiêu chí {code} là điểm trừ: khi bằng điểm, đơn vị ít điểm trừ hơn đã được "
                    "xếp trên; hãy chọn tiêu chí chấm điểm hoặc điểm thưởng.",
                    code=code,
                )
            )
    if len(set(codes)) != len(codes):
        raise InvalidInput(msg("Một tiêu chí có hai lần trong danh sách xét khi bằng điểm."))


def check_change(
    old: Sequence[Criterion], new: Sequence[Criterion], scored: Mapping[str, Decimal]
) -> None:
    """A table changed after members scored (`scored`: each scored code's highest points so
    far): a scored criterion stays scored directly, keeps its kind, and keeps a maximum no lower
    than the points given."""
    before = {c.code: c for c in old}
    after = {c.code: c for c in new}
    parents = {c.parent for c in new if c.parent}
    for code, highest in scored.items():
        item = after.get(code)
        if item is None:
            raise InvalidInput(
                msg(
                    "Tiêu chí {code} đã có điểm của thành viên: không bỏ khỏi bảng được.",
                    code=code,
                )
            )
        if code in parents:
            raise InvalidInput(
                msg(
                    "Tiêu chí {code} đã có điểm của thành viên: không thêm tiêu chí con được.",
                    code=code,
                )
            )
        was = before.get(code)
        if was is not None and was.kind is not item.kind:
            raise InvalidInput(
                msg("Tiêu chí {code} đã có điểm của thành viên: không đổi loại được.", code=code)
            )
        if item.max_points < highest:
            raise InvalidInput(
                msg(
                    "Tiêu chí {code} đã có thành viên được {points} điểm: điểm tối đa không "
                    "thấp hơn được.",
                    code=code,
                    points=_points(highest),
                )
            )


def leaves(criteria: Iterable[Criterion]) -> list[Criterion]:
    """The criteria that are scored directly: those without sub-items."""
    items = list(criteria)
    parents = {i.parent for i in items if i.parent is not None}
    return [i for i in items if i.code not in parents]


def check_points(criterion: Criterion, points: Decimal) -> None:
    """A score of one criterion: from 0 to its maximum (a deduction too is given as the points
    taken off, at most its maximum)."""
    if not points.is_finite() or points < 0 or points > criterion.max_points:
        raise InvalidInput(
            msg(
                "Điểm của tiêu chí {code} phải từ 0 đến {limit}; đã nhập {points}.",
                code=criterion.code,
                limit=_points(criterion.max_points),
                points=_points(points) if points.is_finite() else str(points),
            )
        )
    if points != points.quantize(CENT):
        raise InvalidInput(
            msg("Điểm của tiêu chí {code} có nhiều nhất 2 chữ số thập phân.", code=criterion.code)
        )


@dataclass(frozen=True, slots=True)
class Totals:
    scored: Decimal
    bonus: Decimal
    deduction: Decimal

    @property
    def total(self) -> Decimal:
        return self.scored + self.bonus - self.deduction


def totals(criteria: Sequence[Criterion], points: Mapping[str, Decimal]) -> Totals:
    """A member's points by kind: its scored leaves, bonuses, deductions (a criterion without
    points counts 0)."""
    sums = {kind: Decimal(0) for kind in CriterionKind}
    for item in leaves(criteria):
        sums[item.kind] += points.get(item.code, Decimal(0))
    return Totals(
        sums[CriterionKind.SCORE], sums[CriterionKind.BONUS], sums[CriterionKind.DEDUCTION]
    )


def subtotal(criteria: Sequence[Criterion], points: Mapping[str, Decimal], code: str) -> Decimal:
    """The points of one criterion: its own when it is a leaf, else its sub-items' sum."""
    below = [c for c in criteria if c.parent == code]
    if not below:
        return points.get(code, Decimal(0))
    return sum((subtotal(criteria, points, c.code) for c in below), Decimal(0))


@dataclass(frozen=True, slots=True)
class Ranked:
    key: str  # the member (its unit code)
    rank: int  # 1 = first; members still equal after the tie-break share a rank
    totals: Totals
    tied: bool  # shares its rank with another member


def rank(
    criteria: Sequence[Criterion],
    members: Mapping[str, Mapping[str, Decimal]],
    tie_break: Sequence[str] = (),
) -> list[Ranked]:
    """Members ordered by total, then by the tie-break criteria (more points first), then by
    fewer deduction points; those still equal share a rank (1, 2, 2, 4)."""

    def key(member: str) -> tuple[Decimal, ...]:
        points = members[member]
        made = totals(criteria, points)
        return (
            -made.total,
            *(-subtotal(criteria, points, code) for code in tie_break),
            made.deduction,
        )

    ordered = sorted(members, key=lambda m: (key(m), m))
    keys = {m: key(m) for m in ordered}
    result: list[Ranked] = []
    for position, member in enumerate(ordered, start=1):
        previous = result[-1] if result else None
        same = previous is not None and keys[previous.key] == keys[member]
        place = previous.rank if same and previous is not None else position
        result.append(Ranked(member, place, totals(criteria, members[member]), same))
    shared = {r.rank for r in result if r.tied}
    return [Ranked(r.key, r.rank, r.totals, r.rank in shared) for r in result]
