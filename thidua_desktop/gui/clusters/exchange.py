"""The cụm, khối page's Trao đổi menu: send the table (and the published ranking) down to the
members' offices, send this office's self-scores up to the organiser, receive either. What a
package carries, or what receiving one does, is shown and confirmed first; the work runs off the
GUI thread, one service call per step."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from thidua_desktop.gui.common import domain_labels, file_dialogs

if TYPE_CHECKING:
    from thidua_desktop.exchange.clusters.receive import ReceivePreview
    from thidua_desktop.exchange.clusters.send import SendPreview
    from thidua_desktop.gui.clusters.page import ClustersPage

PURPOSE = "goi-cum-khoi"


def tr(text: str) -> str:
    return QCoreApplication.translate("ClusterExchange", text)


def _filters() -> str:
    return tr("Gói dữ liệu thi đua (*.tdkt)")


def send(page: ClustersPage, *, scores: bool, path: Path | None = None) -> None:
    """Preview the package, confirm, choose where to save it, write it."""
    detail, db = page.detail, page.main.db
    if detail is None or db is None:
        return
    cluster_id = detail.cluster.id

    def preview(_progress: object) -> SendPreview:
        from thidua_desktop.exchange.clusters import send as sending

        return (sending.preview_scores if scores else sending.preview_table)(db, cluster_id)

    def shown(p: SendPreview) -> None:
        title = tr("Gửi điểm tự chấm") if scores else tr("Gửi bảng chấm điểm")
        if not page.confirm(title, send_text(p)):
            return
        target = path or file_dialogs.save_file(
            page, page.main.settings, PURPOSE, title, p.default_name, _filters(), suffix=".tdkt"
        )
        if target is None:
            return
        write(target)

    def write(target: Path) -> None:
        data_dir = page.main.data_dir

        def work(_progress: object) -> Any:
            from thidua_desktop.exchange.clusters import send as sending

            writer = sending.send_scores if scores else sending.send_table
            return writer(db, data_dir, cluster_id, out=target)

        def done(report: Any) -> None:
            page.last_saved = report.path
            page.main.statusBar().showMessage(
                tr("Đã ghi gói số {n}: {name}.").format(n=report.sequence, name=report.path.name),
                10000,
            )
            page.document_written.emit(str(report.path))
            page.reload()

        page.main.background.run(work, on_success=done, on_failure=page._failed)

    page.main.background.run(preview, on_success=shown, on_failure=page._failed)


def send_text(p: SendPreview) -> str:
    lines = [
        tr("{name} ({code}), năm {year}.").format(
            name=escape(p.cluster_name), code=escape(p.cluster_code), year=p.year
        ),
        tr("Gửi: {who}.").format(who=escape(p.receiver_name)),
        tr("Đơn vị ({n}): {names}.").format(n=len(p.units), names=escape(", ".join(p.units))),
    ]
    if p.kind == "cluster_table":
        lines.append(tr("Bảng chấm điểm: {n} tiêu chí.").format(n=p.criteria))
        if p.published:
            lines.append(
                tr("Kết quả đã công bố: gửi kèm điểm của các thành viên ({n} dòng).").format(
                    n=p.scores
                )
            )
    else:
        lines.append(tr("Điểm tự chấm: {n} tiêu chí.").format(n=p.scores))
    lines.append(tr("Tệp đính kèm: {n}.").format(n=len(p.papers)))
    for paper in p.papers:
        where = tr(", tiêu chí {code}").format(code=paper.criterion) if paper.criterion else ""
        lines.append(
            f"&nbsp;&nbsp;– {escape(paper.file_name)} "
            f"({escape(domain_labels.label(paper.kind.label))}{escape(where)})"
        )
    return "<br>".join(lines)


def receive(page: ClustersPage, path: Path | None = None) -> None:
    """Choose a package, show what receiving it does, confirm, receive it."""
    db = page.main.db
    if db is None:
        return
    chosen = path or file_dialogs.open_file(
        page, page.main.settings, PURPOSE, tr("Nhận gói cụm, khối thi đua"), _filters()
    )
    if chosen is None:
        return
    data_dir = page.main.data_dir

    def preview(_progress: object) -> ReceivePreview:
        from thidua_desktop.exchange.clusters.receive import preview_cluster_package

        return preview_cluster_package(db, chosen)

    def shown(p: ReceivePreview) -> None:
        page.received_preview.emit(p)
        if p.already_at is not None:
            page.main.statusBar().showMessage(
                tr("Gói này đã được nhận lúc {when}: không thay đổi gì.").format(
                    when=f"{p.already_at.astimezone():%d/%m/%Y %H:%M}"
                ),
                10000,
            )
            return
        if not page.confirm(tr("Nhận gói cụm, khối thi đua"), receive_text(p)):
            return

        def work(_progress: object) -> Any:
            from thidua_desktop.exchange.clusters.receive import receive_cluster_file

            return receive_cluster_file(db, data_dir, chosen)

        def done(_report: Any) -> None:
            page.main.statusBar().showMessage(tr("Đã nhận gói {name}.").format(name=p.file_name))
            page.reload()
            page.changed.emit()

        page.main.background.run(work, on_success=done, on_failure=page._failed)

    page.main.background.run(preview, on_success=shown, on_failure=page._failed)


def receive_text(p: ReceivePreview) -> str:
    lines = [
        tr("Gói {kind} số {n} của {producer} ({signature}).").format(
            kind=escape(domain_labels.label(p.kind_label)),
            n=p.sequence,
            producer=escape(p.producer_name),
            signature=escape(p.signature_label),
        ),
        tr("{name} ({code}), năm {year}.").format(
            name=escape(p.cluster_name), code=escape(p.cluster_code), year=p.year
        ),
        tr("Đơn vị: {names}.").format(names=escape(", ".join(p.units))),
    ]
    if p.papers:
        lines.append(tr("Tệp đính kèm: {names}.").format(names=escape(", ".join(p.papers))))
    lines.extend(f"<b>{escape(change)}</b>" for change in p.changes)
    return "<br>".join(lines)
