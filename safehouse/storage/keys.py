"""Key slots: what each password (and the recovery key) opens. The keys themselves
(the database key, the confidential key, the integrity key) are random, granted to
slots (see :mod:`safehouse.storage.grants`), and never on disk in the clear.

A slot belongs to one account (``user:<name>``) or to the recovery key (``recovery``).
It holds an X25519 key pair: the public key in the clear, the private key wrapped under
a key derived from the password with Argon2id (AES-GCM, the slot's label and public key
as associated data, so a slot cannot be moved to another name). A wrong password fails
the GCM tag check: nothing is learnt, nothing is opened.

Format 1 (before the confidential key) had slots that wrapped the database key itself;
they are still read (:attr:`Slot.public` is None), replaced at their owner's next login,
or dropped by a rotation. The slots are kept where the program can read them before the
database opens: beside an SQLite file as ``<name>.keys`` (JSON, mode 0600, changed only
under its lock and replaced atomically: :mod:`safehouse.storage.key_file_io`,
:meth:`KeyFile.editing`), in the ``key_slots`` table of a PostgreSQL database.

"Wrap" is this module's word (a slot wraps a private key); "seal" means only the
encryption of column values (:mod:`safehouse.storage.sealed`)."""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safehouse.errors import AuthenticationFailed, DatabaseError, translate
from safehouse.storage import grants
from safehouse.storage.grants import CONFIDENTIAL, DATABASE, Generations
from safehouse.storage.grants import Keys as Keys
from safehouse.storage.key_file_io import lock_path as lock_path
from safehouse.storage.key_file_io import locked as locked
from safehouse.storage.key_file_io import write_private_json
from safehouse.storage.recovery_code import new_recovery_code as new_recovery_code
from safehouse.storage.recovery_code import normalise_recovery_code

KEY_BYTES = 32
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)  # 1: slots that wrap the database key itself
RECOVERY_LABEL = "recovery"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters (RFC 9106's second recommended option, in KiB)."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


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
    """``wrapped``: the slot's private key (format 1: the database key itself), wrapped
    under its password; ``public``: its public key (None in a slot of format 1)."""

    label: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams
    public: bytes | None = None

    @property
    def legacy(self) -> bool:
        return self.public is None

    # The stored field keeps its first name, "sealed": key files (and the backups that
    # carry them) stay readable by every version.
    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "sealed": _b64(self.wrapped),
            "kdf": asdict(self.kdf),
        }
        if self.public is not None:
            data["public"] = _b64(self.public)
        return data


# What new slots are wrapped with; tests lower it to keep the suite quick.
DEFAULT_KDF = KdfParams()


def _slot_ad(label: str, public: bytes | None) -> bytes:
    return label.encode("utf-8") + (b"|" + public if public is not None else b"")


def new_slot(secret: str, label: str, params: KdfParams | None = None) -> tuple[Slot, bytes]:
    """A new slot with a new key pair, opened by ``secret``: (the slot, its private key)."""
    params = params or DEFAULT_KDF
    private, public = grants.new_key_pair()
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(derive(secret, salt, params)).encrypt(nonce, private,
                                                           _slot_ad(label, public))
    return Slot(label=label, salt=salt, nonce=nonce, wrapped=wrapped, kdf=params,
                public=public), private


def unwrap(slot: Slot, secret: str) -> bytes:
    """What a slot wraps (its private key; format 1: the database key);
    AuthenticationFailed when ``secret`` is not its own."""
    try:
        return AESGCM(derive(secret, slot.salt, slot.kdf)).decrypt(
            slot.nonce, slot.wrapped, _slot_ad(slot.label, slot.public)
        )
    except InvalidTag:
        raise AuthenticationFailed(
            translate("errors", "The user name or the password is not right.")) from None


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def user_label(username: str) -> str:
    return f"user:{username}"


class SlotStore:
    """Slots, the keys granted to them, and small pre-login records, wherever they are
    kept (see subclasses). The methods change only this object: ``save`` writes it."""

    def __init__(
        self,
        slots: dict[str, Slot] | None = None,
        records: dict[str, Any] | None = None,
        keys: Generations | None = None,
    ) -> None:
        self.slots: dict[str, Slot] = dict(slots or {})
        # Small records that must be readable before the database opens: failed-login
        # counts, the audit lines they owe, the audit trail's anchor; authenticated as
        # far as their writers allow (:mod:`safehouse.storage.records`). Never
        # passwords, never personal data.
        self.records: dict[str, Any] = dict(records or {})
        # Each key's generations: the current one, then a pending next one (if any).
        # Empty in a key file of the first format, whose slots hold the database key.
        self.keys: Generations = {n: list(g) for n, g in (keys or {}).items()}

    def save(self) -> None:
        raise NotImplementedError

    # --- reading -------------------------------------------------------------------

    def has_user(self, username: str) -> bool:
        return user_label(username) in self.slots

    def usernames(self) -> frozenset[str]:
        """The accounts that have a slot."""
        prefix = user_label("")
        return frozenset(label[len(prefix):] for label in self.slots
                         if label.startswith(prefix))

    @property
    def legacy(self) -> bool:
        """No confidential key yet (a key file of the first format, until an
        administrator's first login after the upgrade)."""
        return not self.keys.get(CONFIDENTIAL)

    def holders(self, name: str) -> frozenset[str]:
        """The labels the current generation of a key is granted to."""
        gens = self.keys.get(name)
        return frozenset(gens[0].grants) if gens else frozenset()

    def pending(self, name: str) -> bool:
        """A rotation of this key has begun and not finished."""
        return len(self.keys.get(name, [])) > 1

    def open_slot(self, label: str, secret: str) -> tuple[Keys, bytes | None]:
        """Every key the slot ``label`` opens with ``secret``, and the slot's private key
        (None: a slot of the first format): keys granted to the slot later (a rotation
        made elsewhere) open with it, without the password."""
        slot = self.slots[label]
        if slot.public is None:
            key = unwrap(slot, secret)
            return Keys(database=(key,), integrity=(key,), legacy=True), None
        private = unwrap(slot, secret)
        return grants.open_all(self.keys, label, private), private

    def unlock(self, username: str, password: str) -> Keys:
        return self.unlock_slot(username, password)[0]

    def unlock_slot(self, username: str, password: str) -> tuple[Keys, bytes | None]:
        if user_label(username) not in self.slots:
            # Same cost and same message as a wrong password.
            derive(password, b"\0" * 16, DEFAULT_KDF)
            raise AuthenticationFailed(
                translate("errors", "The user name or the password is not right."))
        return self.open_slot(user_label(username), password)

    def unlock_with_recovery(self, code: str) -> Keys:
        return self.unlock_recovery_slot(code)[0]

    def unlock_recovery_slot(self, code: str) -> tuple[Keys, bytes | None]:
        if RECOVERY_LABEL not in self.slots:
            raise AuthenticationFailed(translate("errors", "This database has no recovery key."))
        try:
            return self.open_slot(RECOVERY_LABEL, normalise_recovery_code(code))
        except AuthenticationFailed:
            raise AuthenticationFailed(
                translate("errors", "The recovery key is not right.")) from None

    # --- changing (see storage.grants) --------------------------------------------

    def put_slot(self, label: str, secret: str, held: Keys, *, confidential: bool) -> None:
        """A new slot (a new key pair) for ``label``, replacing any, given the keys
        ``held`` holds (the confidential key only when ``confidential``)."""
        slot, _private = new_slot(secret, label)
        assert slot.public is not None
        self.remove_slot(label)
        self.slots[label] = slot
        grants.admit(self.keys, label, slot.public, held, confidential=confidential)

    def grant_confidential(self, label: str, held: Keys) -> bool:
        slot = self.slots.get(label)
        if slot is None or slot.public is None:
            return False
        return grants.grant_confidential(self.keys, label, slot.public, held)

    def remove_slot(self, label: str) -> None:
        self.slots.pop(label, None)
        grants.forget(self.keys, label)

    def remove_user(self, username: str) -> None:
        self.remove_slot(user_label(username))

    def begin_rotation(self, name: str, held: Keys, new: bytes) -> None:
        """A next generation of the key ``name`` (see :func:`grants.begin_rotation`).
        Slots of the first format hold the old database key itself: they are dropped."""
        publics = {lb: s.public for lb, s in self.slots.items() if s.public is not None}
        grants.begin_rotation(self.keys, publics, name, held, new)
        if name == DATABASE:
            for label in [lb for lb, slot in self.slots.items() if slot.public is None]:
                del self.slots[label]

    def promote(self, name: str) -> None:
        """The pending generation becomes the only one: the old key is forgotten."""
        self.keys[name] = self.keys[name][-1:]

    def restricted_to(self, labels: set[str]) -> dict[str, Any]:
        """This store as JSON with only the slots ``labels`` (and their grants)."""
        kept = {label: slot for label, slot in self.slots.items() if label in labels}
        return _document(kept, grants.restricted(self.keys, set(kept)), self.records)


def _document(slots: dict[str, Slot], keys: Generations,
              records: dict[str, Any]) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "slots": {label: slot.to_json() for label, slot in sorted(slots.items())},
        "keys": {name: [g.to_json() for g in gens] for name, gens in sorted(keys.items())},
        "records": records,
    }


def damaged_key_file() -> DatabaseError:
    return DatabaseError(translate(
        "errors", "The key file for this database is damaged: it is not in the form "
        "Safehouse writes. Restore the database with its key file from a backup."))


def _kdf(data: object) -> KdfParams:
    """Argon2 parameters within what any version of Safehouse writes (not a memory cost
    that would exhaust the computer)."""
    if not isinstance(data, dict) or set(data) != {"time_cost", "memory_cost", "parallelism"}:
        raise damaged_key_file()
    params = KdfParams(**data)
    values = (params.time_cost, params.memory_cost, params.parallelism)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values) or not (
        1 <= params.time_cost <= 64 and 1 <= params.parallelism <= 64
        and 8 * params.parallelism <= params.memory_cost <= 4 * 1024 * 1024
    ):
        raise damaged_key_file()
    return params


def parse_slot(label: object, data: object) -> Slot:
    """A slot from its JSON; DatabaseError (the key file is damaged) when it has not the
    shape Safehouse writes."""
    if not isinstance(label, str) or not isinstance(data, dict):
        raise damaged_key_file()
    try:
        fields = [data[name] for name in ("salt", "nonce", "sealed")]
        if not all(isinstance(f, str) for f in fields):
            raise damaged_key_file()
        salt, nonce, wrapped = (base64.b64decode(f.encode("ascii"), validate=True)
                                for f in fields)
        kdf = _kdf(data["kdf"])
    except (KeyError, TypeError, ValueError):  # binascii.Error is a ValueError
        raise damaged_key_file() from None
    public = data.get("public")
    try:
        public_key = (None if public is None else
                      base64.b64decode(public.encode("ascii"), validate=True))
    except (AttributeError, ValueError):
        raise damaged_key_file() from None
    if len(salt) < 8 or len(nonce) != 12 or not wrapped or (
            public_key is not None and len(public_key) != 32):
        raise damaged_key_file()
    return Slot(label=label, salt=salt, nonce=nonce, wrapped=wrapped, kdf=kdf,
                public=public_key)


def parse_key_file(data: object) -> tuple[dict[str, Slot], dict[str, Any], Generations]:
    """The slots, records and key generations of a key file's JSON, checked for the
    shape Safehouse writes (this format or the first); DatabaseError with a message a
    person can act on otherwise (a newer version's file, or a damaged one)."""
    if not isinstance(data, dict):
        raise damaged_key_file()
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise DatabaseError(translate(
            "errors", "The key file was written by a newer version of Safehouse."))
    slots, records = data.get("slots"), data.get("records", {})
    if (version not in READABLE_VERSIONS or not isinstance(slots, dict)
            or not isinstance(records, dict)):
        raise damaged_key_file()
    logins, pending = records.get("logins", {}), records.get("pending_audit", [])
    if not (isinstance(logins, dict) and all(isinstance(v, dict) for v in logins.values())
            and isinstance(pending, list) and all(isinstance(v, dict) for v in pending)):
        raise damaged_key_file()
    try:
        generations = grants.parse(data.get("keys", {}))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise damaged_key_file() from None
    return ({label: parse_slot(label, slot) for label, slot in slots.items()}, records,
            generations)


class KeyFile(SlotStore):
    """The slots of an SQLite database, kept in a JSON file beside it."""

    def __init__(
        self,
        path: Path,
        slots: dict[str, Slot] | None = None,
        records: dict[str, Any] | None = None,
        keys: Generations | None = None,
    ) -> None:
        super().__init__(slots, records, keys)
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
        slots, records, generations = parse_key_file(data)
        return cls(path, slots, records, generations)

    def save(self) -> None:
        write_private_json(self.path, _document(self.slots, self.keys, self.records))
