"""Developer tool: write the sample packages of the format version this release writes (kept
under tests; the version 2 samples were written while every package was version 2).

    .venv/bin/python -m tests.exchange.make_samples

A sample is made once per format version and then never regenerated: the test that imports it
proves that packages written by an earlier release still import.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from thidua_desktop.exchange.manifest import FORMAT_VERSION
from thidua_desktop.exchange.operations import export_package
from thidua_desktop.exchange.status import own_public_key
from thidua_desktop.paths import DataDir
from thidua_desktop.services.campaigns.results import set_result
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.core.setup import prepare
from thidua_desktop.store.schema import open_database

SAMPLES = Path(__file__).resolve().parent / "samples"


def main() -> int:
    version = f"v{FORMAT_VERSION}"
    with tempfile.TemporaryDirectory() as scratch:
        for office, kind in (("916", "so-lieu"), ("92", "dinh-nghia")):
            data_dir = DataDir(Path(scratch) / office)
            db = open_database(data_dir)
            prepare(db, demo=True)
            set_profile(db, office_code=office, operator="Mẫu kiểm thử")
            if office == "916":
                set_result(
                    db,
                    campaign_code="KH97-2023",
                    indicator_code="CONG_TRINH",
                    unit_code="31117",
                    year=2023,
                    value="7",
                    note="Gói mẫu: số liệu của phường Cái Khế",
                )
            out = SAMPLES / f"{version}-{kind}-{office}-2023.tdkt"
            export_package(db, data_dir, year=2023, out=out, definitions=kind == "dinh-nghia")
            key = SAMPLES / f"{version}-khoa-{office}.json"
            key.write_bytes(own_public_key(db, data_dir).to_bytes())
            db.close()
            print(out, out.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
