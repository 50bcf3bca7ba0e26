"""Raw SQLCipher work lives in one module, ``safehouse.storage.sqlcipher``: nothing else
imports the driver or hands a key to a connection."""

from __future__ import annotations

from pathlib import Path

import pytest

import safehouse
from safehouse.storage import keys, sqlcipher

PACKAGE = Path(safehouse.__file__).parent
RAW = ("import sqlcipher3", "from sqlcipher3", "PRAGMA key", "PRAGMA rekey", "PRAGMA cipher",
       "sqlcipher_export(", " KEY \"")


def test_only_the_sqlcipher_module_does_raw_sqlcipher_work():
    home = PACKAGE / "storage" / "sqlcipher.py"
    assert all(word in home.read_text(encoding="utf-8")
               for word in ("sqlcipher3", "PRAGMA key", "sqlcipher_export"))
    elsewhere = [
        f"{path.relative_to(PACKAGE.parent)}: {word}"
        for path in sorted(PACKAGE.rglob("*.py")) if path != home
        for word in RAW if word in path.read_text(encoding="utf-8")
    ]
    assert elsewhere == []


def test_an_encrypted_copy_opens_with_its_key_only(tmp_path):
    plain = tmp_path / "plain.db"
    conn = sqlcipher.connect(plain, None)
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(1,), (2,)])
    conn.commit()
    conn.close()
    key = keys.new_key()
    target = tmp_path / "encrypted.db"
    assert sqlcipher.encrypt_copy(plain, target, key) == {"t": 2}
    assert not target.read_bytes().startswith(b"SQLite format 3")

    opened = sqlcipher.connect(target, key, read_only=True)
    assert sqlcipher.integrity_sound(opened, encrypted=True)
    assert sqlcipher.row_counts(opened) == {"t": 2}
    opened.close()
    wrong = sqlcipher.connect(target, keys.new_key(), read_only=True)
    with pytest.raises(sqlcipher.Error):
        sqlcipher.row_counts(wrong)
    wrong.close()
