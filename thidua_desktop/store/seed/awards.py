"""Read the khen thưởng catalogue file (versioned reference data) into a checked catalogue."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from thidua_desktop.domain.awards.catalogue import parse_catalogue
from thidua_desktop.domain.awards.rules import Catalogue
from thidua_desktop.domain.errors import InvalidInput


def read_catalogue(path: Path) -> Catalogue:
    """The catalogue in `path`; a file that is not valid JSON or breaks a rule is refused."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Không đọc được danh mục khen thưởng {path.name}: {exc}") from exc
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"Danh mục {path.name} không phải JSON hợp lệ: {exc}") from exc
    return parse_catalogue(data, name=path.name, sha256=hashlib.sha256(raw).hexdigest())
