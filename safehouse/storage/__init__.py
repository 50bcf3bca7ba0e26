"""Where the data lives. The modules, lowest first (none imports one above it):

- ``sqlcipher``: every raw SQLCipher call (keyed connections, encrypted copies, re-key,
  checks)
- ``grants``: the database key, the confidential key and the integrity key, granted to
  slots' public keys (the way a password manager shares a vault's key), in generations
  during a rotation
- ``keys``: key slots, each *wrapping* a private key under a password or the recovery
  key, in a key file changed only under its lock; ``records``: the failed logins, owed
  audit lines and audit anchor kept beside the slots, sealed by whoever holds the key;
  ``keyring``: the keys a login unlocked with their slots and records
- ``sealed_values``, ``sealed``: *sealing* the confidential column values under the
  confidential key, on both kinds of database (the only "seal")
- ``db``: ``Database``, built with its keys (read-only; changed only by a rotation)
- ``rotation``: new keys after a revocation: re-key, seal again, forget the old ones
- ``copies``, ``migrate``: consistent copies; Alembic migrations after a copy
- ``vault``: the way in, a password opening its slot, giving a keyed ``Database``
- ``anchors``: the audit trail's length and head, kept in the key file and beside
  every backup, so that cutting off its newest entries is seen
- ``backup``, ``backup_keys``, ``backup_stream``, ``pg_backup``: backups, checked and
  rotated (a backup's key file holds the administrators' and the recovery key's slots)
"""
