"""Where the data lives. The modules, lowest first (none imports one above it):

- ``sqlcipher``: every raw SQLCipher call (keyed connections, encrypted copies, checks)
- ``keys``: key slots, each *wrapping* the database key under a password or the
  recovery key, in a key file changed only under its lock; ``records``: the failed
  logins, owed audit lines and audit anchor kept beside the slots, sealed by whoever
  holds the key; ``keyring``: the unlocked key with its slots and records
- ``sealed``: *sealing* sensitive column values on PostgreSQL (the only "seal")
- ``db``: ``Database``, built with its key, which never changes after
- ``copies``, ``migrate``: consistent copies; Alembic migrations after a copy
- ``vault``: the way in, a password unwrapping the key, giving a keyed ``Database``
- ``anchors``: the audit trail's length and head, kept in the key file and beside
  every backup, so that cutting off its newest entries is seen
- ``backup``, ``backup_stream``, ``pg_backup``: backups, checked and rotated
"""
