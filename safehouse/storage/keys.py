"""Key slots: the random database key, wrapped once per user and once for recovery.

The database key (256 random bits) never touches the disk in the clear. Each user's
password derives a wrapping key with Argon2id; the database key is wrapped under it with
AES-GCM, the slot's label (``user:<name>`` or ``recovery``) as associated data so a slot
cannot be moved to another name. A wrong password fails the GCM tag check: nothing is
learnt, nothing is opened.

The slots are stored where the program can read them before the database opens: beside
an SQLite file as ``<name>.keys`` (JSON, mode 0600). Every change to it is a
read-modify-write under an exclusive lock on ``<name>.keys.lock`` (the ``filelock``
library: ``fcntl.flock`` on POSIX, ``LockFileEx`` on Windows) that reads the file afresh
and replaces it atomically (a temporary file, fsynced, renamed over it), so two
processes never lose each other's changes (:meth:`KeyFile.editing`).

"Wrap" is this module's word: a slot wraps the key. "Seal" means only the encryption
of column values (:mod:`safehouse.storage.sealed`).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from filelock import FileLock, Timeout

from safehouse.errors import AuthenticationFailed, DatabaseError, translate

KEY_BYTES = 32
FORMAT_VERSION = 1
RECOVERY_LABEL = "recovery"
_B32_GROUP = 4
# How long a change waits for another process's change to the key file (each holds the
# lock for one key derivation at most).
LOCK_TIMEOUT = 30.0


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters (RFC 9106's second recommended option, in KiB)."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


@dataclass(frozen=True)
class Slot:
    label: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams

    # The stored field keeps its first name, "sealed": key files (and the backups that
    # carry them) stay readable by every version.
    def to_json(self) -> dict[str, Any]:
        return {
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "sealed": _b64(self.wrapped),
            "kdf": asdict(self.kdf),
        }

    @classmethod
    def from_json(cls, label: str, data: dict[str, Any]) -> Slot:
        return cls(
            label=label,
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["sealed"]),
            kdf=KdfParams(**data["kdf"]),
        )


# What new slots are wrapped with; tests lower it to keep the suite quick.
DEFAULT_KDF = KdfParams()


def wrap(key: bytes, secret: str, label: str, params: KdfParams | None = None) -> Slot:
    """A slot that holds ``key``, opened by ``secret`` (a password or the recovery key)."""
    params = params or DEFAULT_KDF
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(derive(secret, salt, params)).encrypt(nonce, key, label.encode("utf-8"))
    return Slot(label=label, salt=salt, nonce=nonce, wrapped=wrapped, kdf=params)


def unwrap(slot: Slot, secret: str) -> bytes:
    """The key a slot holds; AuthenticationFailed when ``secret`` is not its own."""
    try:
        return AESGCM(derive(secret, slot.salt, slot.kdf)).decrypt(
            slot.nonce, slot.wrapped, slot.label.encode("utf-8")
        )
    except InvalidTag:
        raise AuthenticationFailed(
            translate("errors", "The user name or the password is not right.")) from None


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_code() -> str:
    """A recovery key to write down: 32 base32 characters in groups of four."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(raw[i : i + _B32_GROUP] for i in range(0, len(raw), _B32_GROUP))


def normalise_recovery_code(code: str) -> str:
    compact = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(compact[i : i + _B32_GROUP] for i in range(0, len(compact), _B32_GROUP))


def user_label(username: str) -> str:
    return f"user:{username}"


class SlotStore:
    """Slots and small pre-login records, wherever they are kept (see subclasses)."""

    def __init__(
        self,
        slots: dict[str, Slot] | None = None,
        records: dict[str, Any] | None = None,
    ) -> None:
        self.slots: dict[str, Slot] = dict(slots or {})
        # Small records that must be readable before the database opens: failed-login
        # counts, the audit lines they owe, the audit trail's anchor; authenticated as
        # far as their writers allow (:mod:`safehouse.storage.records`). Never
        # passwords, never personal data.
        self.records: dict[str, Any] = dict(records or {})

    def save(self) -> None:
        raise NotImplementedError

    def has_user(self, username: str) -> bool:
        return user_label(username) in self.slots

    def usernames(self) -> frozenset[str]:
        """The accounts that have a slot."""
        prefix = user_label("")
        return frozenset(label[len(prefix):] for label in self.slots
                         if label.startswith(prefix))

    def unlock(self, username: str, password: str) -> bytes:
        slot = self.slots.get(user_label(username))
        if slot is None:
            # Same cost and same message as a wrong password.
            derive(password, b"\0" * 16, DEFAULT_KDF)
            raise AuthenticationFailed(
                translate("errors", "The user name or the password is not right."))
        return unwrap(slot, password)

    def unlock_with_recovery(self, code: str) -> bytes:
        slot = self.slots.get(RECOVERY_LABEL)
        if slot is None:
            raise AuthenticationFailed(translate("errors", "This database has no recovery key."))
        try:
            return unwrap(slot, normalise_recovery_code(code))
        except AuthenticationFailed:
            raise AuthenticationFailed(
                translate("errors", "The recovery key is not right.")) from None

    def set_user(self, key: bytes, username: str, password: str) -> None:
        label = user_label(username)
        self.slots[label] = wrap(key, password, label)

    def remove_user(self, username: str) -> None:
        self.slots.pop(user_label(username), None)

    def set_recovery(self, key: bytes) -> str:
        code = new_recovery_code()
        self.slots[RECOVERY_LABEL] = wrap(key, code, RECOVERY_LABEL)
        return code


def _damaged() -> DatabaseError:
    return DatabaseError(translate(
        "errors", "The key file for this database is damaged: it is not in the form "
        "Safehouse writes. Restore the database with its key file from a backup."))


def _kdf(data: object) -> KdfParams:
    """Argon2 parameters within what any version of Safehouse writes (not a memory cost
    that would exhaust the computer)."""
    if not isinstance(data, dict) or set(data) != {"time_cost", "memory_cost", "parallelism"}:
        raise _damaged()
    params = KdfParams(**data)
    values = (params.time_cost, params.memory_cost, params.parallelism)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values) or not (
        1 <= params.time_cost <= 64 and 1 <= params.parallelism <= 64
        and 8 * params.parallelism <= params.memory_cost <= 4 * 1024 * 1024
    ):
        raise _damaged()
    return params


def parse_slot(label: object, data: object) -> Slot:
    """A slot from its JSON; DatabaseError (the key file is damaged) when it has not the
    shape Safehouse writes."""
    if not isinstance(label, str) or not isinstance(data, dict):
        raise _damaged()
    try:
        fields = [data[name] for name in ("salt", "nonce", "sealed")]
        if not all(isinstance(f, str) for f in fields):
            raise _damaged()
        salt, nonce, wrapped = (base64.b64decode(f.encode("ascii"), validate=True)
                                for f in fields)
        kdf = _kdf(data["kdf"])
    except (KeyError, TypeError, ValueError):  # binascii.Error is a ValueError
        raise _damaged() from None
    if len(salt) < 8 or len(nonce) != 12 or not wrapped:
        raise _damaged()
    return Slot(label=label, salt=salt, nonce=nonce, wrapped=wrapped, kdf=kdf)


def parse_key_file(data: object) -> tuple[dict[str, Slot], dict[str, Any]]:
    """The slots and records of a key file's JSON, checked for the shape Safehouse
    writes; DatabaseError with a message a person can act on otherwise (a newer
    version's file, or a damaged one)."""
    if not isinstance(data, dict):
        raise _damaged()
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise DatabaseError(translate(
            "errors", "The key file was written by a newer version of Safehouse."))
    slots, records = data.get("slots"), data.get("records", {})
    if version != FORMAT_VERSION or not isinstance(slots, dict) or not isinstance(records, dict):
        raise _damaged()
    logins, pending = records.get("logins", {}), records.get("pending_audit", [])
    if not (isinstance(logins, dict) and all(isinstance(v, dict) for v in logins.values())
            and isinstance(pending, list) and all(isinstance(v, dict) for v in pending)):
        raise _damaged()
    return {label: parse_slot(label, slot) for label, slot in slots.items()}, records


class KeyFile(SlotStore):
    """The slots of an SQLite database, kept in a JSON file beside it."""

    def __init__(
        self,
        path: Path,
        slots: dict[str, Slot] | None = None,
        records: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(slots, records)
        self.path = path

    @staticmethod
    def path_for(database_file: Path) -> Path:
        return database_file.with_name(database_file.name + ".keys")

    @classmethod
    @contextmanager
    def editing(cls, path: Path, *, new: bool = False) -> Iterator[KeyFile]:
        """The key file read afresh under its lock, which is held until the block ends:
        change it and :meth:`save` it inside the block. ``new``: start from an empty
        one (it is created)."""
        with locked(path):
            yield cls(path) if new else cls.load(path)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DatabaseError(translate(
                "errors", "The key file for this database is missing; without it the "
                "database cannot be opened. Restore it from a backup."
            )) from None
        except (OSError, ValueError):
            raise DatabaseError(
                translate("errors", "The key file for this database cannot be read.")) from None
        slots, records = parse_key_file(data)
        return cls(path, slots, records)

    def save(self) -> None:
        data = {
            "version": FORMAT_VERSION,
            "slots": {label: slot.to_json() for label, slot in sorted(self.slots.items())},
            "records": self.records,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=self.path.name, dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _sync_folder(self.path.parent)


def lock_path(path: Path) -> Path:
    """The lock file beside a key file (it stays there, empty)."""
    return path.with_name(path.name + ".lock")


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the exclusive lock of the key file at ``path`` (never nested in one thread)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path(path), timeout=LOCK_TIMEOUT, mode=0o600)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseError(translate(
            "errors", "The key file is busy: another Safehouse has been changing it for "
            "too long. Try again in a moment.")) from None
    try:
        yield
    finally:
        lock.release()


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
