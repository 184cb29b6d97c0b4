"""The typed refusal of a package: one clear Vietnamese message, nothing changed."""

from __future__ import annotations

from thidua_desktop.domain.errors import UserError


class PackageRefused(UserError):
    """The package is not accepted here; the database was not touched."""

    def __init__(self, message: str) -> None:
        super().__init__(f"Gói dữ liệu bị từ chối: {message}")
        self.reason = message
