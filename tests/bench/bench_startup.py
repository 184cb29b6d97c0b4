"""Start-up benchmark: our main window vs a bare PySide6 QMainWindow, as whole processes.

Run on demand (not part of the test run):  .venv/bin/python tests/bench/bench_startup.py [RUNS]
Prints one line per measurement: name, median wall time, the floor measured in the same run, ratio.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 760)
window.show()
app.processEvents()
"""


def wall_ms(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def median_ms(args: list[str], env: dict[str, str], runs: int) -> float:
    wall_ms(args, env)  # warm the file cache
    return statistics.median(wall_ms(args, env) for _ in range(runs))


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "demo")
        # The console script, as users start it (python -m adds runpy's own ~20 ms).
        script = Path(sys.executable).with_name("thidua-desktop")
        app = [str(script), "--data-dir", data]
        subprocess.run([*app, "init", "--demo"], env=env, check=True, stdout=subprocess.DEVNULL)
        floor = median_ms([sys.executable, "-c", BARE_WINDOW], env, runs)
        shown = median_ms([*app, "--startup-probe", "shown"], env, runs)
        ready = median_ms([*app, "--startup-probe", "ready"], env, runs)
    print(f"{'operation':<44} {'ours ms':>9} {'floor ms':>9} {'ratio':>6}")
    for name, ours in (
        ("start-up to shown main window (demo db)", shown),
        ("start-up to first page with its data (demo)", ready),
    ):
        print(f"{name:<44} {ours:9.0f} {floor:9.0f} {ours / floor:6.2f}")
    print(
        f"(median of {runs} runs; floor = bare PySide6 QMainWindow shown, same machine, same run)"
    )


if __name__ == "__main__":
    main()
