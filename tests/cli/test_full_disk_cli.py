"""A disk that fills up mid-write (issue 12, item 3): the command says so plainly (in
the user's language), the transaction is rolled back, nothing half-written is left, and
the database is usable once there is room again. Injected where the machine allows no
small filesystem (tests/full_disk.py); on a real, full tmpfs where it does."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from safehouse import files
from safehouse.services import member_csv
from tests.cli.test_backup_cli import PASSWORD, member_names, run
from tests.cli.test_backup_cli import dbfile as dbfile  # noqa: F401 (a fixture)
from tests.full_disk import fill_up, namespace_with_tmpfs

ROOT = Path(__file__).resolve().parents[2]
DB_FULL = "The disk that holds the database is full: nothing was saved"
DB_FULL_KO = "데이터베이스가 있는 디스크가 가득 찼습니다"


def members_csv(folder: Path, rows: int = 300) -> Path:
    path = folder / "members.csv"
    lines = ["code,name,alias,sex,birth_year,status,joined_on,left_on,referred_by"]
    lines += [f"M-{n:04d},가상 인물 {n},,female,1990,active,2025-01-0{1 + n % 9},,"
              for n in range(1, rows + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _filling_import(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills as the import begins (after the login has written its line)."""
    real = member_csv.import_members

    def on_a_full_disk(db, *args, **kwargs):  # type: ignore[no-untyped-def]
        free = fill_up(db)
        try:
            return real(db, *args, **kwargs)
        finally:
            free()

    monkeypatch.setattr(member_csv, "import_members", on_a_full_disk)


@pytest.mark.parametrize("lang, said", [("en", DB_FULL), ("ko", DB_FULL_KO)])
def test_an_import_when_the_disk_fills_says_so_and_keeps_nothing(
        dbfile, tmp_path, monkeypatch, capsys, lang, said):  # noqa: F811
    source = members_csv(tmp_path)
    with monkeypatch.context() as m:
        _filling_import(m)
        assert run(dbfile, "--lang", lang, "import", "members", str(source)) == 1
    err = capsys.readouterr().err
    assert said in err
    assert "Traceback" not in err and "did not expect" not in err
    assert member_names(dbfile) == []  # rolled back: not one of the 300
    # the file is sound, the audit trail whole, and the same import goes in now
    assert run(dbfile, "check") == 0
    assert run(dbfile, "import", "members", str(source)) == 0
    assert len(member_names(dbfile)) == 300


def _no_space(path: Path) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))


@pytest.mark.parametrize("into", ["folder", "file"])
def test_a_backup_onto_a_full_disk_says_so_and_leaves_no_partial_file(
        dbfile, tmp_path, monkeypatch, capsys, into):  # noqa: F811
    folder = dbfile.parent / "backups"
    target = tmp_path / "elsewhere" / "copy.db"
    args = ["backup"] if into == "folder" else ["backup", "--out", str(target)]
    with monkeypatch.context() as m:
        m.setattr(files, "fsync_file", _no_space)  # the disk fills as the copy is flushed
        assert run(dbfile, *args) == 1
    err = capsys.readouterr().err
    where = folder if into == "folder" else target
    assert f"The disk is full: {where} could not be written, and nothing of it was " \
        "left there." in err
    left = folder if into == "folder" else target.parent
    assert sorted(p.name for p in left.iterdir()) == []
    assert run(dbfile, *args) == 0  # with room again
    assert run(dbfile, "check") == 0


# --- a real full disk: a tmpfs in a private mount namespace ---------------------------------

SCRIPT = """
import contextlib, io, json, shutil, sys
from pathlib import Path
from tests.crash.writer import cheap_key_derivation
from safehouse import cli
cheap_key_derivation()
dbfile, mnt, csv = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
ROOM = 48 * 1024  # what is left free: the login's writes fit, the import's do not
seen = {}

def run(name, *args, db=dbfile):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["--db", str(db), "--user", "admin", *args])
    seen[name] = [code, err.getvalue(), sorted(
        p.name for p in mnt.iterdir() if p.name not in ("db", "filler"))]

# a copy of the database on the tmpfs, which is then filled to its last few KB
(mnt / "db").mkdir()
for name in (dbfile.name, dbfile.name + ".keys", dbfile.name + "-wal"):
    if (dbfile.parent / name).exists():
        shutil.copy(dbfile.parent / name, mnt / "db" / name)
moved = mnt / "db" / dbfile.name
run("login", "check", db=moved)
with open(mnt / "filler", "wb", buffering=0) as filler:
    with contextlib.suppress(OSError):
        while True:
            filler.write(b"\\0" * 4096)
(mnt / "filler").write_bytes(b"\\0" * (len((mnt / "filler").read_bytes()) - ROOM))
# a backup (of the database on the real disk) onto the full tmpfs
run("backup", "backup", "--out", str(mnt / "copy.db"))
# an import into the database on the full tmpfs
run("import", "import", "members", csv, db=moved)
(mnt / "filler").unlink()
run("exported", "export", "members", str(dbfile.parent / "export.csv"), db=moved)
seen["members_after_refusal"] = len((dbfile.parent / "export.csv").read_text().splitlines()) - 1
run("after", "import", "members", csv, db=moved)
run("check", "check", db=moved)
print(json.dumps(seen))
"""


def test_on_a_real_full_disk_the_commands_say_so_and_the_data_stay_whole(
        dbfile, tmp_path):  # noqa: F811
    mnt = tmp_path / "small-disk"
    if not namespace_with_tmpfs(mnt):
        pytest.skip("no private mount namespace here (unshare -rm): the injected full "
                    "disk above stands in for it")
    source = members_csv(tmp_path, rows=400)
    command = (f"mount -t tmpfs -o size=1m tmpfs '{mnt}' && exec '{sys.executable}' -c "
               f"\"$SCRIPT\" '{dbfile}' '{mnt}' '{source}'")
    done = subprocess.run(["unshare", "-rm", "sh", "-c", command], cwd=ROOT,
                          env=dict(os.environ, SCRIPT=SCRIPT, SAFEHOUSE_PASSWORD=PASSWORD),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    code, err, left = seen["backup"]
    assert code == 1 and "The disk is full:" in err and "nothing of it was left" in err
    assert left == [], left  # no partial backup, no key file, no temporary file
    assert seen["login"][0] == 0, seen["login"][1]
    code, err, _ = seen["import"]
    assert code == 1 and "The disk that holds the database is full" in err, err
    assert "Traceback" not in err and "did not expect" not in err
    assert seen["members_after_refusal"] == 0  # rolled back: not one of the 400
    assert seen["after"][0] == 0, seen["after"][1]
    assert seen["check"][0] == 0, seen["check"][1]
