"""A proposal that travels as a dossier (hồ sơ đề nghị): its roles, its status at the receiving
level, and which workflow steps each side may still take.

    cấp xã: đã trình ──gửi hồ sơ──▶ đã gửi
    cấp tỉnh:  đã nhận ──xét──▶ đang xét ──quyết định──▶ đã quyết định
                  │                 │
                  └──── trả lại (lý do) ───▶ back to the sender, who corrects and sends again
    each answer of the receiving level travels back down as a package (kết quả xét hồ sơ)

The sending office keeps its proposal as it sent it: the receiving level's council reviews and
decides it, so the sender never takes those steps itself (the decision arrives in the answer), and
while the dossier is up it cannot withdraw it either — the receiving level returns it, with a
reason, and the sender corrects it and sends it again, which replaces the earlier dossier. (A
dossier that never arrived is simply sent again, unchanged.) The receiving office holds the
sender's dossier read-only: it reviews, returns or decides it, and only the sender corrects it.
"""

from __future__ import annotations

from enum import StrEnum

from thidua_desktop.domain.awards.types import ProposalStatus, Step

__all__ = ["DossierRole", "DossierStatus", "allowed_steps", "status_here"]


class DossierRole(StrEnum):
    SENT = "sent"  # this office proposed and sent it up
    RECEIVED = "received"  # this office received it from below

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


class DossierStatus(StrEnum):
    """The dossier at the receiving level, as the two offices know it."""

    SENT = "sent"
    RECEIVED = "received"
    REVIEWING = "reviewing"
    RETURNED = "returned"
    DECIDED = "decided"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def pending(self) -> bool:
        """Still with the receiving level (neither returned nor decided)."""
        return self in (DossierStatus.SENT, DossierStatus.RECEIVED, DossierStatus.REVIEWING)


_ROLE_LABELS = {DossierRole.SENT: "Gửi lên", DossierRole.RECEIVED: "Nhận từ cấp dưới"}
_STATUS_LABELS = {
    DossierStatus.SENT: "Đã gửi",
    DossierStatus.RECEIVED: "Đã nhận",
    DossierStatus.REVIEWING: "Đang xét",
    DossierStatus.RETURNED: "Trả lại",
    DossierStatus.DECIDED: "Đã quyết định",
}


def status_here(status: ProposalStatus, returned: bool) -> DossierStatus:
    """The receiving office's status of a dossier from its copy of the proposal."""
    if status in (ProposalStatus.DECIDED, ProposalStatus.AWARDED):
        return DossierStatus.DECIDED
    if status is ProposalStatus.REVIEWED:
        return DossierStatus.REVIEWING
    if status is ProposalStatus.DRAFT and returned:
        return DossierStatus.RETURNED
    return DossierStatus.RECEIVED


def allowed_steps(
    role: DossierRole, status: DossierStatus, steps: tuple[Step, ...]
) -> tuple[Step, ...]:
    """The workflow `steps` still open to this office for a proposal that travels."""
    if role is DossierRole.RECEIVED:
        return tuple(step for step in steps if step is not Step.SUBMIT)
    barred = {Step.REVIEW, Step.DECIDE} | ({Step.RETURN} if status.pending else set())
    return tuple(step for step in steps if step not in barred)


def refused_step(role: DossierRole, status: DossierStatus, step: Step) -> bool:
    return step not in allowed_steps(role, status, (step,))
