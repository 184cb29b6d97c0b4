"""Plain rows of attachments (no database imports: the window imports them at start)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from thidua_desktop.domain.attachments import AttachmentKind, size_text


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    uid: str
    kind: AttachmentKind
    file_name: str
    size: int
    sha256: str
    added_at: dt.datetime
    added_by: str
    note: str = ""
    owner_label: str = ""  # in a dossier: "Hồ sơ đề nghị", "Dòng 2: Nguyễn Văn An", "QĐ 12/QĐ-UBND"

    @property
    def size_text(self) -> str:
        return size_text(self.size)
