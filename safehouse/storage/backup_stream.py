"""The encrypted stream format of PostgreSQL backups: ``pg_dump``'s output cut into
AES-GCM frames under a key derived from the database key (see :func:`encrypt_stream`)."""

from __future__ import annotations

import secrets
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safehouse.errors import DatabaseError, translate

MAGIC = b"SAFEHOUSE-PGDUMP"
FORMAT_VERSION = 1
CHUNK = 1 << 20
_FRAME = struct.Struct(">IB")  # ciphertext length, flags
_FINAL = 0x01
_NONCE = 12
_FILE_ID = 16


def stream_key(key: bytes) -> bytes:
    """The backups' own AES key, derived from the database key (kept apart from the
    key that seals columns)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"safehouse backup stream v1").derive(key)


def _aad(header: bytes, index: int, flags: int) -> bytes:
    return header + struct.pack(">QB", index, flags)


def encrypt_stream(source: IO[bytes], out: IO[bytes], key: bytes) -> None:
    """Encrypt ``source`` into ``out``: a header, then frames.

    Header: ``MAGIC``, a version byte, 16 random bytes naming this file. Frame: a 4-byte
    big-endian ciphertext length, a flags byte (``0x01``: the last frame), a 12-byte
    random nonce, then the AES-GCM ciphertext of up to 1 MiB, authenticated with the
    header, the frame's index and its flags. A cut, reordered, or spliced file fails.
    """
    header = MAGIC + bytes([FORMAT_VERSION]) + secrets.token_bytes(_FILE_ID)
    aes = AESGCM(stream_key(key))
    out.write(header)
    index = 0
    pending = _read_full(source, CHUNK)
    while True:
        following = _read_full(source, CHUNK) if pending else b""
        flags = _FINAL if not following else 0
        nonce = secrets.token_bytes(_NONCE)
        sealed = aes.encrypt(nonce, pending, _aad(header, index, flags))
        out.write(_FRAME.pack(len(sealed), flags) + nonce + sealed)
        if flags & _FINAL:
            break
        pending, index = following, index + 1


def _read_full(source: IO[bytes], size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left:
        chunk = source.read(left)
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def decrypt_stream(source: IO[bytes], key: bytes) -> Iterator[bytes]:
    """The plaintext chunks of :func:`encrypt_stream`'s output; DatabaseError if any
    frame is wrong, missing, or out of place (chunks before it have been yielded)."""
    damaged = DatabaseError(translate(
        "errors", "The backup is damaged, or it was made of another database."))
    header = source.read(len(MAGIC) + 1 + _FILE_ID)
    if len(header) < len(MAGIC) + 1 + _FILE_ID or not header.startswith(MAGIC):
        raise DatabaseError(translate("errors", "This file is not a Safehouse PostgreSQL backup."))
    if header[len(MAGIC)] != FORMAT_VERSION:
        raise DatabaseError(translate(
            "errors", "This backup was written by a newer version of Safehouse."))
    aes = AESGCM(stream_key(key))
    index = 0
    while True:
        head = source.read(_FRAME.size)
        if len(head) < _FRAME.size:
            raise damaged  # cut short: the last frame is missing
        length, flags = _FRAME.unpack(head)
        if length > CHUNK + 16:
            raise damaged
        nonce = source.read(_NONCE)
        sealed = source.read(length)
        if len(nonce) < _NONCE or len(sealed) < length:
            raise damaged
        try:
            yield aes.decrypt(nonce, sealed, _aad(header, index, flags))
        except InvalidTag:
            raise damaged from None
        if flags & _FINAL:
            if source.read(1):
                raise damaged
            return
        index += 1


def is_encrypted_stream(path: Path) -> bool:
    """Whether a file starts as :func:`encrypt_stream` writes them."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False
