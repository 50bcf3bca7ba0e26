"""An SQLite file on a network share is refused with a message that points to
PostgreSQL; a file on the computer's own disk opens as before. The mount table and the
Windows drive type are passed in, so every case runs on any machine."""

from __future__ import annotations

import pytest

from safehouse.errors import DatabaseError
from safehouse.storage import network_share
from safehouse.storage.network_share import read_mounts, refuse_network_share, share_kind
from safehouse.storage.vault import Vault
from tests.conftest import sqlite_vault

MOUNTS = read_mounts("""\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
tmpfs /tmp tmpfs rw 0 0
fileserver:/export/office /mnt/office nfs4 rw,vers=4.2 0 0
//nas/shared\\040docs /mnt/shared\\040docs cifs rw,vers=3.0 0 0
//nas/smb3 /media/smb3 smb3 rw 0 0
kim@laptop:/home/kim /home/kim/remote fuse.sshfs rw,nosuid 0 0
data /mnt/wsl-share 9p rw 0 0
/dev/sdb1 /mnt/office/local ext4 rw 0 0
""")


@pytest.mark.parametrize(("path", "kind"), [
    ("/mnt/office/safehouse.db", "nfs4"),
    ("/mnt/shared docs/safehouse/safehouse.db", "cifs"),
    ("/media/smb3/safehouse.db", "smb3"),
    ("/home/kim/remote/safehouse.db", "fuse.sshfs"),
    ("/mnt/wsl-share/safehouse.db", "9p"),
    ("/home/kim/safehouse.db", None),  # ext4, the computer's own disk
    ("/mnt/office/local/safehouse.db", None),  # a disk mounted inside the share
    ("/mnt/officer/safehouse.db", None),  # a look-alike name is not the share
    ("/tmp/safehouse.db", None),
])
def test_the_file_system_of_the_path_decides(path, kind):
    assert share_kind(path, mounts=MOUNTS, windows=False) == kind


def test_the_refusal_names_the_share_and_points_to_postgresql():
    with pytest.raises(DatabaseError) as refused:
        refuse_network_share("/mnt/office/safehouse.db", mounts=MOUNTS, windows=False)
    assert "network share (nfs4)" in refused.value.message
    assert "PostgreSQL" in refused.value.message and "postgresql://" in refused.value.message
    refuse_network_share("/home/kim/safehouse.db", mounts=MOUNTS, windows=False)  # no error


@pytest.mark.parametrize(("path", "drive", "kind"), [
    (r"\\nas\office\safehouse.db", 3, "UNC"),
    ("//nas/office/safehouse.db", 3, "UNC"),
    (r"Z:\Safehouse\safehouse.db", network_share.DRIVE_REMOTE, "network drive"),
    (r"C:\Users\kim\safehouse.db", 3, None),  # DRIVE_FIXED
    (r"E:\safehouse.db", 2, None),  # DRIVE_REMOVABLE: a USB stick is the computer's own
])
def test_windows_asks_the_drive_type_and_knows_unc_paths(path, drive, kind):
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return drive

    assert share_kind(path, drive_type=drive_type, windows=True) == kind
    if kind != "UNC":
        assert asked == [path[:2] + "\\"]


def test_the_vault_refuses_a_file_on_a_share_before_anything_is_written(
        tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(network_share, "system_mounts", lambda: [
        ("/", "ext4"), (str(share), "nfs")])
    vault: Vault = sqlite_vault(share)
    with pytest.raises(DatabaseError, match="network share"):
        vault.state()
    with pytest.raises(DatabaseError, match="network share"):
        vault.create()
    assert list(share.iterdir()) == []


def test_this_computers_own_mount_table_is_read(tmp_path):
    """Where /proc/mounts is, it is read, and the test's own folder is no share."""
    if not network_share.MOUNTS_FILE.exists():
        pytest.skip("no /proc/mounts here")
    assert network_share.system_mounts()
    assert share_kind(tmp_path / "x.db", windows=False) is None
