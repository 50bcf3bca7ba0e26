"""What the bundle does on Windows, tried here on Linux: the Windows branches of the
file code, with ``os.name`` pretended (the bundle itself was built and run on Linux
only; see the README's "Installing on an office computer")."""

from __future__ import annotations

import os

import platformdirs
import pytest

from safehouse import files, logs
from safehouse.storage import key_file_io, location


def _never(*args, **kwargs):
    raise AssertionError("a POSIX-only call on Windows")


@pytest.fixture
def windows(monkeypatch):
    """``os.name == "nt"`` for the code under test; no Path may be made meanwhile (pathlib
    would make a WindowsPath), so the tests make theirs first."""
    monkeypatch.setattr(os, "open", _never)
    monkeypatch.setattr(os, "kill", _never)
    monkeypatch.setattr(os, "name", "nt")


def test_folders_are_not_opened_to_be_flushed(tmp_path, windows):
    folder = tmp_path  # made before os.name changed
    files.fsync_folder(folder)  # NTFS logs renames: nothing to do, and no os.open
    key_file_io._sync_folder(folder)


def test_another_program_is_never_signalled(windows):
    # os.kill(pid, 0) would end the process on Windows: only our own pid is known alive
    assert files._running(os.getpid() + 1) is False
    assert files._running(os.getpid()) is True


def test_the_database_and_logs_live_in_the_per_user_folder(monkeypatch):
    # on Windows platformdirs gives %LOCALAPPDATA%\Safehouse, whose ACL admits only the
    # user (the files' chmod 0600 changes nothing there); no Linux path is assumed
    local = r"C:\Users\kim\AppData\Local\Safehouse"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda name, appauthor: local)
    monkeypatch.setattr(platformdirs, "user_log_dir", lambda name, appauthor: local + r"\Logs")
    monkeypatch.delenv(location.DB_ENV, raising=False)
    assert str(location.default_database_path()).startswith(local)
    assert str(logs.log_folder()).startswith(local)


def test_a_file_is_flushed_through_a_handle_that_may_write(tmp_path, monkeypatch):
    # Windows' _commit (os.fsync) refuses a read-only handle; the content stays as it was
    path = tmp_path / "copy.db"
    path.write_bytes(b"kept")
    opened: list[int] = []
    real_open = os.open

    def recording_open(p, flags, *args):
        opened.append(flags)
        return real_open(p, flags, *args)

    monkeypatch.setattr(os, "open", recording_open)
    files.fsync_file(path)
    assert len(opened) == 1 and opened[0] & os.O_ACCMODE == os.O_RDWR
    assert not opened[0] & (os.O_TRUNC | os.O_APPEND)
    assert path.read_bytes() == b"kept"
