"""Keys granted to slots: the database key and the confidential key, each wrapped for
every slot that may hold it, the way a password manager shares a vault's key.

Every slot (an account's, or the recovery key's) has an X25519 key pair; its private key
is wrapped under its password (:mod:`safehouse.storage.keys`) and its public key is in
the clear. A *grant* is a key sealed to one slot's public key: an ephemeral X25519 key
agreement, HKDF-SHA256, AES-256-GCM, with the key's name, the slot's label and both
public keys as associated data, so a grant moved to another slot or another key does not
open. Anyone may grant a key she holds to any public key, without the other's password:
that is what lets a rotation re-wrap new keys for everyone who keeps them.

A *generation* is one value of one key with its grants. A key has one generation, or two
while a rotation is under way (the current one, then the next): see
:mod:`safehouse.storage.rotation`. A generation is named by its key id, derived from the
key, so an opened grant is checked against the generation it came from.

The confidential key's generation also *certifies* slots: a tag (HMAC under a subkey of
that confidential key) over a slot's label and public key, written by someone who held
the key when the slot was made. Only a certified slot is given the confidential key when
its role is raised, or when the key is rotated: a public key written into the key file
by someone without the confidential key receives nothing.

A *next* generation is *endorsed* by the current one: a tag (HMAC under the current key)
over the key's name and the next generation's id, written by the rotation that made it.
A next generation without it, or with a tag the current key did not make, is refused
(:func:`open_all`, :func:`endorsed_by_any`): else someone who can write the key file
(or, on a server, the slots' table) but holds no key could plant a next generation of
keys she chose, granted to every slot's public key, and the next login would finish
that "rotation" under her keys (re-encrypt the database, seal the confidential fields).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safehouse.errors import DatabaseError, translate

# The database key: SQLCipher's key on SQLite; on PostgreSQL the key of the encrypted
# backups and the key file's records. Every account that logs in holds it.
DATABASE = "database"
# The confidential key: seals the confidential fields (storage.sealed) on both kinds of
# database. Only the roles that may read those fields hold it, and the recovery key.
CONFIDENTIAL = "confidential"
# The integrity key: keys the audit chain and its anchors. It is the database's first
# database key and is never rotated, so the chain stays verifiable across rotations;
# held by everyone who holds the database key. (It can write no entry without the
# database key in use: on SQLite, a rotated one.)
INTEGRITY = "integrity"
KEY_NAMES = (DATABASE, CONFIDENTIAL, INTEGRITY)

_GRANT_INFO = b"safehouse grant v2"
_CERTIFY_INFO = b"safehouse slot certificate v2"
_KEY_ID_INFO = b"safehouse key id v2"
_ENDORSE_INFO = b"safehouse next generation v2"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_id(key: bytes) -> str:
    """A short public name for a key (16 hex digits), derived from it one way."""
    return hmac.new(key, _KEY_ID_INFO, hashlib.sha256).hexdigest()[:16]


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public), 32 bytes each."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


@dataclass(frozen=True)
class Grant:
    """One key sealed to one slot's public key."""

    ephemeral: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, str]:
        return {"ephemeral": _b64(self.ephemeral), "nonce": _b64(self.nonce),
                "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Grant:
        return cls(ephemeral=_unb64(data["ephemeral"]), nonce=_unb64(data["nonce"]),
                   wrapped=_unb64(data["wrapped"]))


def _grant_cipher(shared: bytes, ephemeral: bytes, public: bytes) -> AESGCM:
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                       info=_GRANT_INFO + ephemeral + public).derive(shared))


def _grant_ad(name: str, label: str, public: bytes) -> bytes:
    return f"{name}|{label}|".encode() + public


def seal_grant(key: bytes, name: str, label: str, public: bytes) -> Grant:
    """``key`` (the key called ``name``) sealed to the slot ``label`` with ``public``."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    nonce = secrets.token_bytes(12)
    wrapped = _grant_cipher(shared, ephemeral_public, public).encrypt(
        nonce, key, _grant_ad(name, label, public))
    return Grant(ephemeral=ephemeral_public, nonce=nonce, wrapped=wrapped)


def open_grant(grant: Grant, name: str, label: str, private: bytes) -> bytes:
    """The key a grant holds; DatabaseError when it is not this slot's (moved, edited)."""
    me = X25519PrivateKey.from_private_bytes(private)
    public = me.public_key().public_bytes_raw()
    try:
        shared = me.exchange(X25519PublicKey.from_public_bytes(grant.ephemeral))
        return _grant_cipher(shared, grant.ephemeral, public).decrypt(
            grant.nonce, grant.wrapped, _grant_ad(name, label, public))
    except (InvalidTag, ValueError):
        raise DatabaseError(translate(
            "errors", "The key file is damaged or was changed by hand: a key given to "
            "your account does not open. Restore the key file from a backup, or ask an "
            "administrator for a new password.")) from None


def certificate(confidential_key: bytes, label: str, public: bytes) -> bytes:
    """The tag by which a holder of the confidential key vouches for a slot."""
    tag_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                   info=_CERTIFY_INFO).derive(confidential_key)
    return hmac.new(tag_key, label.encode("utf-8") + b"|" + public, hashlib.sha256).digest()


@dataclass
class Generation:
    """One value of one key: its id, the slots it is granted to, and (for the
    confidential key) the slots it certifies."""

    id: str
    grants: dict[str, Grant] = field(default_factory=dict)
    certified: dict[str, bytes] = field(default_factory=dict)
    endorsed: bytes | None = None  # by the generation before it (see the module's text)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "grants": {label: g.to_json() for label, g in sorted(self.grants.items())},
        }
        if self.certified:
            data["certified"] = {label: _b64(tag)
                                 for label, tag in sorted(self.certified.items())}
        if self.endorsed is not None:
            data["endorsed"] = _b64(self.endorsed)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Generation:
        endorsed = data.get("endorsed")
        return cls(
            id=str(data["id"]),
            grants={label: Grant.from_json(g) for label, g in data["grants"].items()},
            certified={label: _unb64(t) for label, t in data.get("certified", {}).items()},
            endorsed=None if endorsed is None else _unb64(str(endorsed)),
        )

    def endorsed_by(self, key: bytes, name: str) -> bool:
        """True when the generation whose key is ``key`` made this one its next."""
        return self.endorsed is not None and hmac.compare_digest(
            self.endorsed, endorsement(key, name, self.id))

    def vouches_for(self, key: bytes, label: str, public: bytes) -> bool:
        """True when this generation (its key: ``key``) certifies ``public`` for ``label``."""
        tag = self.certified.get(label)
        return tag is not None and hmac.compare_digest(tag, certificate(key, label, public))


Generations = dict[str, list[Generation]]  # by key name: the current, then a pending next


def endorsement(current_key: bytes, name: str, next_id: str) -> bytes:
    """The current generation's word for its next one (of the key ``name``)."""
    return hmac.new(current_key, _ENDORSE_INFO + b"|" + name.encode("ascii") + b"|"
                    + next_id.encode("ascii"), hashlib.sha256).digest()


def endorsed_by_any(gen: Generation, name: str, keys: tuple[bytes, ...]) -> bool:
    """Whether one of ``keys`` (earlier generations of the key ``name``) made ``gen``."""
    return any(gen.endorsed_by(key, name) for key in keys)


@dataclass(frozen=True)
class Keys:
    """The keys one slot opens: of each key, every generation it was granted (the
    current one first, then a pending next one; see :mod:`safehouse.storage.rotation`).
    ``legacy``: opened by a slot of the first format, which holds the database key
    only."""

    database: tuple[bytes, ...]
    confidential: tuple[bytes, ...] = ()
    integrity: tuple[bytes, ...] = ()
    legacy: bool = False

    def of(self, name: str) -> tuple[bytes, ...]:
        return {DATABASE: self.database, CONFIDENTIAL: self.confidential,
                INTEGRITY: self.integrity}[name]

    def key_for(self, name: str, generation_id: str) -> bytes | None:
        """The key of this generation, if these keys hold it."""
        return next((k for k in self.of(name) if key_id(k) == generation_id), None)

    def with_key(self, name: str, keys: tuple[bytes, ...]) -> Keys:
        held = {n: self.of(n) for n in KEY_NAMES}
        held[name] = keys
        return Keys(database=held[DATABASE], confidential=held[CONFIDENTIAL],
                    integrity=held[INTEGRITY], legacy=self.legacy)


def fresh_keys() -> Keys:
    """The keys of a new database: the integrity key is its first database key."""
    database = secrets.token_bytes(32)
    return Keys(database=(database,), confidential=(secrets.token_bytes(32),),
                integrity=(database,))


# --- what a key file's generations are changed and read with (keys.SlotStore) ------


def open_all(gens: Generations, label: str, private: bytes) -> Keys:
    """Every generation of every key granted to the slot ``label``."""
    opened: dict[str, tuple[bytes, ...]] = {}
    for name in KEY_NAMES:
        found = []
        before: bytes | None = None  # the key of the generation before, if this slot has it
        for n, gen in enumerate(gens.get(name, [])):
            grant = gen.grants.get(label)
            if grant is None:
                before = None
                continue
            key = open_grant(grant, name, label, private)
            if key_id(key) != gen.id:
                raise _changed_by_hand()
            # a next generation: made by a holder of the current one, who granted it
            # only to the slots that hold the current one (begin_rotation)
            if n and (before is None or not gen.endorsed_by(before, name)):
                raise _changed_by_hand()
            found.append(key)
            before = key
        opened[name] = tuple(found)
    if not opened[DATABASE]:
        raise DatabaseError(translate(
            "errors", "Your account has no key to this database. Ask an administrator "
            "for a new password."))
    return Keys(database=opened[DATABASE], confidential=opened[CONFIDENTIAL],
                integrity=opened[INTEGRITY])


def _changed_by_hand() -> DatabaseError:
    return DatabaseError(translate(
        "errors", "The key file is damaged or was changed by hand: a key given to "
        "your account does not open. Restore the key file from a backup, or ask an "
        "administrator for a new password."))


def start(gens: Generations, held: Keys) -> None:
    """The first generation of each key in ``held`` (a new database, or the first
    administrator login after the confidential key came)."""
    for name in KEY_NAMES:
        if held.of(name) and not gens.get(name):
            gens[name] = [Generation(id=key_id(held.of(name)[-1]))]


def admit(gens: Generations, label: str, public: bytes, held: Keys, *,
          confidential: bool) -> None:
    """A new slot: granted every generation of the database key ``held`` holds, and of
    the confidential key too when ``confidential``; certified by the confidential key
    when ``held`` holds it."""
    for name in KEY_NAMES:
        for gen in gens.get(name, []):
            key = held.key_for(name, gen.id)
            if key is None:
                continue
            if name == CONFIDENTIAL:
                gen.certified[label] = certificate(key, label, public)
            if name != CONFIDENTIAL or confidential:
                gen.grants[label] = seal_grant(key, name, label, public)


def grant_confidential(gens: Generations, label: str, public: bytes, held: Keys) -> bool:
    """Give an existing slot the confidential key; only a slot that a holder of the key
    certified (made by an administrator, or by its owner while she held the key) is
    given it. True when it holds every generation now."""
    confidential = gens.get(CONFIDENTIAL, [])
    if not confidential:
        return False
    for gen in confidential:
        key = held.key_for(CONFIDENTIAL, gen.id)
        if key is None or not gen.vouches_for(key, label, public):
            return False
    for gen in confidential:
        key = held.key_for(CONFIDENTIAL, gen.id)
        assert key is not None
        gen.grants[label] = seal_grant(key, CONFIDENTIAL, label, public)
    return True


def revoke(gens: Generations, label: str, name: str) -> None:
    """The slot no longer holds the key ``name`` (any generation)."""
    for gen in gens.get(name, []):
        gen.grants.pop(label, None)


def forget(gens: Generations, label: str) -> None:
    """Nothing is granted to, or vouched for, the slot ``label`` any more."""
    for generations in gens.values():
        for gen in generations:
            gen.grants.pop(label, None)
            gen.certified.pop(label, None)


def begin_rotation(gens: Generations, publics: Mapping[str, bytes], name: str, held: Keys,
                   new: bytes) -> None:
    """A next generation of the key ``name``: ``new``, granted to every slot (of
    ``publics``: label → public key) that holds the current one; the confidential key
    only to slots it certifies. (The integrity key is never rotated.)"""
    assert name in (DATABASE, CONFIDENTIAL)
    current = gens[name][0]
    current_key = held.key_for(name, current.id)
    assert current_key is not None, "a rotation needs the current key"
    nxt = Generation(id=key_id(new), endorsed=endorsement(current_key, name, key_id(new)))
    for label, public in publics.items():
        vouched = current.vouches_for(current_key, label, public)
        if name == CONFIDENTIAL and vouched:
            nxt.certified[label] = certificate(new, label, public)
        if label in current.grants and (name == DATABASE or vouched):
            nxt.grants[label] = seal_grant(new, name, label, public)
    gens[name] = [current, nxt]


def restricted(gens: Generations, labels: set[str]) -> Generations:
    """The generations with the grants and certificates of ``labels`` only."""
    return {
        name: [Generation(id=g.id,
                          grants={lb: v for lb, v in g.grants.items() if lb in labels},
                          certified={lb: v for lb, v in g.certified.items() if lb in labels},
                          endorsed=g.endorsed)
               for g in generations]
        for name, generations in gens.items()
    }


def parse(data: object) -> Generations:
    """A key file's ``keys`` from its JSON. ValueError (or KeyError, TypeError) when it
    has not the shape Safehouse writes: the caller reports the key file damaged."""
    if not isinstance(data, dict) or not set(data) <= set(KEY_NAMES):
        raise ValueError("keys")
    gens: Generations = {}
    for name, generations in data.items():
        if not isinstance(generations, list) or not 1 <= len(generations) <= 2:
            raise ValueError("generations")
        gens[name] = [Generation.from_json(g) for g in generations]
        for gen in gens[name]:
            for grant in gen.grants.values():
                if len(grant.ephemeral) != 32 or len(grant.nonce) != 12 or not grant.wrapped:
                    raise ValueError("grant")
    return gens
