"""An office's calibration of each certificate layout to its printer and its blanks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from thidua_desktop.store.base import Base, UtcDateTime


class CertificateCalibration(Base):
    """The whole page's shift (mm) and each field's (JSON: {field: {dx, dy, size, hidden}})
    for one layout (`resources/data/certificate_layouts.json`)."""

    __tablename__ = "certificate_calibration"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    layout_code: Mapped[str] = mapped_column(String(40), unique=True)
    dx: Mapped[float] = mapped_column(Float, default=0.0)
    dy: Mapped[float] = mapped_column(Float, default=0.0)
    fields: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[str] = mapped_column(String(120))
