"""How long a second start for a database already open takes, from the process's start
to its exit (it brings the first window forward and exits).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/second_start.py [RUNS]

The first program runs offscreen against a new database in a temporary folder (it waits
at its setup dialog); each second start is ``python -m safehouse.cli --db`` that file.
Measured (median of 5, load 2.0-2.5): 1.3-1.7 s before the guard came first, 0.18-0.27 s after.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from safehouse.ui.single_instance import instance_name


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o700)
        db = os.path.join(folder, "one.db")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=folder)
        program = [sys.executable, "-m", "safehouse.cli", "--lang", "en", "--db", db]
        first = subprocess.Popen(program, env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        try:
            socket = os.path.join(folder, instance_name(db))
            deadline = time.monotonic() + 120
            while not os.path.exists(socket):
                if first.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("the first program did not start its guard")
                time.sleep(0.1)
            times = []
            # The first program answers once its event loop runs (at its setup dialog):
            # the first ask waits for that, and is not counted.
            for _ in range(runs + 1):
                started = time.monotonic()
                second = subprocess.run(program, env=env, capture_output=True, text=True,
                                        timeout=120, check=False)
                times.append(time.monotonic() - started)
                if second.returncode != 0 or "already open" not in second.stderr:
                    raise SystemExit("the second start did not stop: " + second.stderr[-500:])
            print(f"first ask {times.pop(0):.2f} s; second start (s):",
                  " ".join(f"{t:.2f}" for t in times),
                  f"median {sorted(times)[len(times) // 2]:.2f}")
        finally:
            first.kill()
            first.wait(timeout=30)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
