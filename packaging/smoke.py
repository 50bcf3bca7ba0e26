"""``make dist-smoke``: unpack the built archive into an empty folder and run its program.

    python packaging/smoke.py [ARCHIVE] [--remove PATH ...] [--time-start N]

The bundle's own executable runs with an environment that cannot see the development
tree or its virtual environment (``PATH=/usr/bin:/bin``, ``HOME`` a temporary folder,
the offscreen Qt platform), each step with a time limit:

* every resource file the spec lists (``bundle_manifest.bundled_files``) is in the folder;
* ``--version`` prints the package's version (once the command line has it);
* ``init``, ``demo --members 50`` and ``check`` on temporary databases; ``check --lang ko``
  speaks Korean (the catalogue's ``.ts`` is found);
* ``report roster`` writes a PDF, with NanumGothic embedded (when ``pdffonts`` is there);
* the window: the setup dialog in Korean and the login in English, each taken as a
  picture by ``SAFEHOUSE_SMOKE_SCREENSHOT`` — the title must be Korean (the ``.qm``
  is found) and the picture must not be blank;
* ``install-desktop.sh`` (Linux) writes a menu entry that starts the unpacked program,
  valid for ``desktop-file-validate`` where it is installed; ``uninstall-desktop.sh``
  removes it;
* an upgrade: the previous release's database (tests/migrations/fixtures/release-*) is
  opened by ``check``, which migrates it after the automatic copy into ``backups/``,
  and its members are exported and counted against the fixture's manifest.

``--remove PATH`` deletes a file from the unpacked copy first (relative to its folder),
to see the smoke fail when a resource is missing. ``--time-start N`` also times N
starts to the first window for the bundle and for the development program
(``.venv/bin/safehouse``), and prints the medians.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from build import DIST, archive_name  # noqa: E402
from bundle_manifest import bundled_files  # noqa: E402

STEP_TIMEOUT = 120  # seconds, for each run of the program
PASSWORD = "smoke test password"  # fictional, for the temporary databases only
HANGUL = re.compile("[\uac00-\ud7a3]")
FIXTURES = ROOT / "tests" / "migrations" / "fixtures"


class SmokeError(Exception):
    pass


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8",
           # no system time zones, as on Windows: the bundle's tzdata must serve
           "PYTHONTZPATH": ""}
    if sys.platform == "win32":  # what Windows programs need to start at all
        keep = ("SYSTEMROOT", "WINDIR", "COMSPEC", "PATHEXT", "TEMP", "TMP")
        env.update({k: os.environ[k] for k in keep if k in os.environ})
        env["PATH"] = os.environ.get("SYSTEMROOT", r"C:\Windows") + r"\System32"
        env["USERPROFILE"] = env["LOCALAPPDATA"] = env["APPDATA"] = str(home)
    env.update(extra)
    return env


class Bundle:
    def __init__(self, folder: Path, home: Path) -> None:
        self.folder = folder
        self.home = home
        name = "safehouse.exe" if sys.platform == "win32" else "safehouse"
        self.program = folder / name

    def run(self, *args: str, password: str = PASSWORD, expect: int = 0,
            **env: str) -> str:
        started = time.monotonic()
        try:
            done = subprocess.run(
                [str(self.program), *args], capture_output=True, text=True,
                encoding="utf-8", errors="replace", timeout=STEP_TIMEOUT, cwd=self.home,
                env=_clean_env(self.home, SAFEHOUSE_PASSWORD=password, **env))
        except subprocess.TimeoutExpired as why:
            raise SmokeError(f"`safehouse {' '.join(args)}` ran over {STEP_TIMEOUT} s") from why
        took = time.monotonic() - started
        print(f"  safehouse {' '.join(args)}: exit {done.returncode} in {took:.1f} s")
        if done.returncode != expect:
            raise SmokeError(f"`safehouse {' '.join(args)}` ended with {done.returncode}, "
                             f"not {expect}:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
        return done.stdout


def unpack(archive: Path, into: Path) -> Path:
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as packed:
            packed.extractall(into)
    else:
        with tarfile.open(archive) as packed:
            if hasattr(tarfile, "data_filter"):
                packed.extractall(into, filter="data")
            else:  # pragma: no cover - Python before 3.11.4
                packed.extractall(into)
    folders = [p for p in into.iterdir() if p.is_dir()]
    if len(folders) != 1:
        raise SmokeError(f"the archive should hold one folder, not {len(folders)}")
    return folders[0]


def check_resources(folder: Path) -> None:
    contents = folder / "_internal"
    missing = [f"{target}/{source.name}" for source, target in bundled_files(ROOT)
               if not (contents / target / source.name).is_file()]
    if missing:
        raise SmokeError("missing from the bundle: " + ", ".join(missing))
    print("  every resource file of the spec is in the bundle")


def _knows_version_option() -> bool:
    from safehouse.cli import build_parser  # the source the bundle was built from

    return any("--version" in action.option_strings for action in build_parser()._actions)


def check_version(bundle: Bundle) -> None:
    version = importlib.metadata.version("safehouse")
    if not _knows_version_option():
        print("  --version: not in this version's command line yet (skipped)")
        return
    out = bundle.run("--version")
    if version not in out:
        raise SmokeError(f"--version said {out.strip()!r}, not {version}")


def check_commands(bundle: Bundle, work: Path) -> Path:
    common = ("--user", "admin")
    bundle.run("init", "--db", str(work / "init.db"), *common, "--org", "Smoke test")
    demo = work / "demo.db"
    bundle.run("demo", "--db", str(demo), *common, "--members", "50", "--seed", "1")
    bundle.run("check", "--db", str(demo), *common)
    korean = bundle.run("check", "--db", str(demo), *common, "--lang", "ko")
    if not HANGUL.search(korean):
        raise SmokeError("check --lang ko printed no Korean (the .ts catalogue is missing?)")
    pdf = work / "roster.pdf"
    bundle.run("report", "roster", "--out", str(pdf), "--db", str(demo), *common)
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-"):
        raise SmokeError("report roster wrote no PDF")
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                               timeout=30, check=True).stdout
        embedded = [line for line in fonts.splitlines()
                    if "NanumGothic" in line and " yes " in line]
        if not embedded:
            raise SmokeError(f"NanumGothic is not embedded in the roster:\n{fonts}")
        print("  the roster embeds NanumGothic")
    return demo


def distinct_colours(png: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if image.isNull():
        raise SmokeError(f"{png.name} is not a picture")
    step = max(1, image.width() * image.height() // 40_000)  # a sample is enough
    seen = {image.pixel(i % image.width(), i // image.width())
            for i in range(0, image.width() * image.height(), step)}
    return len(seen)


def check_window(bundle: Bundle, work: Path, demo: Path) -> None:
    for name, args, want_korean in (
            ("setup-ko.png", ("--db", str(work / "new.db"), "--lang", "ko"), True),
            ("login-en.png", ("--db", str(demo), "--lang", "en"), False)):
        shot = work / name
        out = bundle.run(*args, SAFEHOUSE_SMOKE_SCREENSHOT=str(shot),
                         SAFEHOUSE_SMOKE_DELAY_MS="2000")
        title = next((line for line in out.splitlines() if line.startswith("window: ")), "")
        if not shot.is_file():
            raise SmokeError(f"the window was not taken ({name}): {out[-500:]}")
        if want_korean and not HANGUL.search(title):
            raise SmokeError(f"the window's title is not Korean (the .qm is missing?): {title}")
        colours = distinct_colours(shot)
        if colours < 16:
            raise SmokeError(f"{name} looks blank: {colours} colours")
        print(f"  {title} ({name}: {colours} colours)")


def check_upgrade(bundle: Bundle, work: Path) -> None:
    from safehouse.storage.migrate import quick_head  # the source the bundle was built from

    fixtures = sorted(FIXTURES.glob("release-*/manifest.json"))
    if not fixtures:
        raise SmokeError(f"no release fixture in {FIXTURES}")
    for manifest_file in fixtures:
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        folder = work / manifest_file.parent.name
        folder.mkdir()
        for name in ("safehouse.db", "safehouse.db.keys"):
            shutil.copy2(manifest_file.parent / name, folder / name)
        db = str(folder / "safehouse.db")
        user = ("--db", db, "--user", manifest["user"])
        out = bundle.run("check", *user, password=manifest["password"])
        due = manifest["revision"] != quick_head()  # a fixture of this release: no upgrade
        if "is the latest" not in out or (due and manifest["revision"] in out):
            raise SmokeError(f"release {manifest['version']} was not upgraded:\n{out}")
        if due and not list((folder / "backups").glob("*.db")):
            raise SmokeError("the upgrade made no copy of the database in backups/")
        exported = work / f"members-{manifest['version']}.csv"
        bundle.run("export", "members", str(exported), *user, password=manifest["password"])
        with exported.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.DictReader(stream))
        want = manifest["counts"]["members"]
        if len(rows) != want:
            raise SmokeError(f"release {manifest['version']}: {len(rows)} members after "
                             f"the upgrade, not {want}")
        codes = [row["code"] for row in rows]
        for code, _name, _status in manifest["first_members"]:
            if code not in codes:
                raise SmokeError(f"member {code} is missing after the upgrade")
        how = (f"upgraded from {manifest['revision']}, a copy in backups/" if due
               else f"opened at {manifest['revision']}, this release's schema")
        print(f"  release {manifest['version']} {how}: {len(rows)} members")


def check_menu_entry(bundle: Bundle, work: Path) -> None:
    """install-desktop.sh writes an entry starting the unpacked program; uninstall
    removes it (Linux only: the scripts are in the bundle there)."""
    script = bundle.folder / "install-desktop.sh"
    if not sys.platform.startswith("linux"):
        return
    if not script.is_file():
        raise SmokeError("install-desktop.sh is missing from the bundle")
    share = work / "share"
    env = _clean_env(bundle.home, XDG_DATA_HOME=str(share))
    for name in ("install-desktop.sh", "uninstall-desktop.sh"):
        subprocess.run([str(bundle.folder / name)], env=env, capture_output=True,
                       timeout=STEP_TIMEOUT, check=True)
        entry = share / "applications" / "safehouse.desktop"
        if name.startswith("install"):
            text = entry.read_text(encoding="utf-8") if entry.is_file() else ""
            if f"Exec={bundle.program}" not in text:
                raise SmokeError(f"the menu entry does not start the bundle:\n{text}")
            if not list(share.glob("icons/hicolor/*/apps/safehouse.*")):
                raise SmokeError("install-desktop.sh put no icon in place")
            if shutil.which("desktop-file-validate"):
                subprocess.run(["desktop-file-validate", str(entry)], timeout=30, check=True)
        elif entry.exists():
            raise SmokeError("uninstall-desktop.sh left the menu entry")
    print("  install-desktop.sh: the menu entry starts the bundle; uninstall removes it")


def time_starts(bundle: Bundle, work: Path, runs: int) -> None:
    venv = ROOT / ".venv" / ("Scripts/safehouse.exe" if sys.platform == "win32"
                             else "bin/safehouse")
    for label, program, env_extra in (("bundle", bundle.program, {}),
                                      ("make run (.venv)", venv, {})):
        times, cpu = [], []
        for i in range(runs):
            shot = work / f"time-{i}.png"
            env = _clean_env(bundle.home, SAFEHOUSE_SMOKE_SCREENSHOT=str(shot),
                             SAFEHOUSE_SMOKE_DELAY_MS="0", **env_extra)
            cpu_before = _children_cpu()
            started = time.monotonic()
            subprocess.run([str(program), "--db", str(work / "new.db")], env=env,
                           capture_output=True, timeout=STEP_TIMEOUT, check=True)
            times.append(time.monotonic() - started)
            cpu.append(_children_cpu() - cpu_before)
        print(f"  start to the first window and out, {label}: median "
              f"{statistics.median(times):.2f} s (runs: "
              f"{', '.join(f'{t:.2f}' for t in times)}); processor time, median "
              f"{statistics.median(cpu):.2f} s")


def _children_cpu() -> float:
    """Processor time of the finished children (0 where the system does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path)
    parser.add_argument("--remove", action="append", default=[], metavar="PATH")
    parser.add_argument("--time-start", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    archive = args.archive or DIST / archive_name(importlib.metadata.version("safehouse"))
    if not archive.is_file():
        print(f"no archive {archive}: run make dist first", file=sys.stderr)
        return 1
    started = time.monotonic()
    temp = Path(tempfile.mkdtemp(prefix="safehouse-smoke-"))
    try:
        print(f"smoke test of {archive.name} in {temp}")
        folder = unpack(archive, temp / "unpacked")
        for removed in args.remove:
            (folder / removed).unlink()
            print(f"  removed {removed} (to see the smoke fail)")
        home = temp / "home"
        home.mkdir()
        work = temp / "work"
        work.mkdir()
        bundle = Bundle(folder, home)
        check_resources(folder)
        check_version(bundle)
        demo = check_commands(bundle, work)
        check_window(bundle, work, demo)
        check_upgrade(bundle, work)
        check_menu_entry(bundle, work)
        if args.time_start:
            time_starts(bundle, work, args.time_start)
    except SmokeError as why:
        print(f"SMOKE TEST FAILED: {why}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    print(f"smoke test passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
