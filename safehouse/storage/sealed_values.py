"""The sealed form of one value: sealing under the confidential key, opening any form
a database may hold (see :mod:`safehouse.storage.sealed`, which seals whole columns)."""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safehouse.errors import DatabaseError, translate
from safehouse.storage.grants import key_id

PREFIX = "sealed:"
V1 = "sealed:v1:"
V2 = "sealed:v2:"
HKDF_INFO = b"safehouse column seal v1"
_NONCE_BYTES = 12
# Columns of first-format keep-away entries packed into ``entry`` by migration 0007,
# each perhaps sealed under the database key (``sealed:v1:``) with its old column name.
PACKED_V1 = {("keep_aways", "entry"): ("person_name", "description")}


@dataclass(frozen=True)
class SealingKeys:
    """What a database's sessions seal and open with, as it is now.

    ``confidential``: the generations of the confidential key this login holds (the
    newest last; it seals). ``exists``: the database has a confidential key at all (if
    not, values are still in their earlier forms). ``database``: the database key, for
    values of the earlier PostgreSQL form (None on SQLite)."""

    confidential: tuple[bytes, ...] = ()
    exists: bool = False
    database: bytes | None = None
    transition: bool = False  # in seal_all: the earlier forms may be read, to seal them


@lru_cache(maxsize=8)
def _aead(key: bytes) -> AESGCM:
    return AESGCM(key)


@lru_cache(maxsize=8)
def _key_id(key: bytes) -> str:
    """:func:`~safehouse.storage.grants.key_id`, once per key (as :func:`_aead`): a
    list of thousands of sealed values asks it for each."""
    return key_id(key)


def subkey(key: bytes) -> bytes:
    """The earlier column-sealing key (format v1): derived from the database key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO).derive(key)


def associated_data(table: str, column: str, row_id: object) -> bytes:
    return f"{table}.{column}.{row_id}".encode("ascii")


def _damaged(table: str, column: str, row_id: object) -> DatabaseError:
    return DatabaseError(translate(
        "errors", "A record in the database is damaged or was moved from elsewhere "
        "({table}.{column}, row {row}): it does not open with this database's key."
    ).format(table=table, column=column, row=row_id))


def seal_value(key: bytes, plain: str, table: str, column: str, row_id: object) -> str:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    sealed = _aead(key).encrypt(nonce, plain.encode("utf-8"),
                                associated_data(table, column, row_id))
    return f"{V2}{_key_id(key)}:" + base64.b64encode(nonce + sealed).decode("ascii")


def _decrypt(key: bytes, body: str, table: str, column: str, row_id: object) -> str:
    try:
        raw = base64.b64decode(body.encode("ascii"), validate=True)
        plain = _aead(key).decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:],
                                   associated_data(table, column, row_id))
        return plain.decode("utf-8")
    except (InvalidTag, binascii.Error, ValueError):  # UnicodeError is a ValueError
        raise _damaged(table, column, row_id) from None


def open_value(keys: SealingKeys, stored: str, table: str, column: str,
               row_id: object) -> str:
    """The plain text of a stored value of any form, with keys that can open it."""
    if stored.startswith(V2):
        kid, _, body = stored[len(V2):].partition(":")
        key = next((k for k in keys.confidential if _key_id(k) == kid), None)
        if key is None:
            raise _damaged(table, column, row_id)
        return _decrypt(key, body, table, column, row_id)
    if keys.confidential and not keys.transition:
        raise _damaged(table, column, row_id)  # planted in the clear, or garbled
    if stored.startswith(V1):
        if keys.database is None:
            raise _damaged(table, column, row_id)
        return _decrypt(subkey(keys.database), stored[len(V1):], table, column, row_id)
    return stored


def open_any(keys: SealingKeys, stored: str, table: str, column: str, row_id: object) -> str:
    """:func:`open_value`, and the earlier values packed inside a keep-away entry."""
    plain = open_value(keys, stored, table, column, row_id)
    inner = PACKED_V1.get((table, column))
    if inner and not stored.startswith(V2) and plain.startswith("{"):
        try:
            fields = json.loads(plain)
        except ValueError:
            raise _damaged(table, column, row_id) from None
        for name in inner:
            value = fields.get(name)
            if isinstance(value, str) and value.startswith(V1):
                fields[name] = open_value(keys, value, table, name, row_id)
        plain = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    return plain


def held_key(keys: SealingKeys, stored: str) -> bool:
    """Whether ``keys`` hold the key a value of the current form names (a value of
    another form: True)."""
    if not stored.startswith(V2):
        return True
    kid = stored[len(V2):].partition(":")[0]
    return any(_key_id(k) == kid for k in keys.confidential)
