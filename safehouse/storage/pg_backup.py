"""PostgreSQL backups: ``pg_dump --format=custom`` encrypted on the way to the file, and
``pg_restore`` fed by decrypting it (the format is :mod:`safehouse.storage.backup_stream`).

The client programs get the connection on their command line and environment (the
password only in ``PGPASSWORD``); their error output names tables and the server, never
rows.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy.engine import URL

from safehouse.errors import DatabaseError, translate
from safehouse.storage.backup_stream import decrypt_stream, encrypt_stream
from safehouse.storage.db import Database


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise DatabaseError(translate(
            "errors", "{tool} was not found. Install the PostgreSQL client programs (the "
            "same major version as the server, or newer) and make sure {tool} is on the "
            "PATH.").format(tool=name))
    return found


_SSL_ENV = {"sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT",
            "sslcert": "PGSSLCERT", "sslkey": "PGSSLKEY", "sslcrl": "PGSSLCRL"}


def pg_connection(url: URL) -> tuple[list[str], dict[str, str]]:
    """Command-line arguments and environment for the PostgreSQL client programs.

    The password goes into ``PGPASSWORD``, never onto the command line.
    """
    args = ["--no-password"]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    for name, variable in _SSL_ENV.items():
        value = url.query.get(name)
        if isinstance(value, str):
            env[variable] = value
    return args, env


def _schema_args(db: Database) -> list[str]:
    return ["--schema", db.schema] if db.schema else []


def _tool_failed(name: str, stderr: bytes) -> DatabaseError:
    # The tools' messages name tables and the server, never rows.
    said = stderr.decode("utf-8", "replace").strip().splitlines()
    detail = f": {said[-1][:300]}" if said else ""
    return DatabaseError(translate("errors", "{tool} failed{detail}").format(
        tool=name, detail=detail))


def dump_pg(db: Database, target: Path) -> None:
    """``pg_dump --format=custom`` of the database (or its schema), encrypted into target."""
    assert db.key is not None
    tool = _pg_tool("pg_dump")
    conn_args, env = pg_connection(db.url)
    cmd = [tool, "--format=custom", *conn_args, *_schema_args(db),
           "--dbname", str(db.url.database)]
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with tempfile.TemporaryFile() as errors, os.fdopen(fd, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors, env=env)
        assert proc.stdout is not None
        try:
            encrypt_stream(proc.stdout, out, db.key)
        finally:
            proc.stdout.close()
            code = proc.wait()
        out.flush()
        os.fsync(out.fileno())
        if code != 0:
            errors.seek(0)
            raise _tool_failed("pg_dump", errors.read())


def _feed(proc: subprocess.Popen[bytes], backup: Path, key: bytes) -> None:
    assert proc.stdin is not None
    try:
        with backup.open("rb") as source:
            for chunk in decrypt_stream(source, key):
                proc.stdin.write(chunk)
    except BrokenPipeError:
        pass  # the tool stopped early; its exit status says why
    except BaseException:
        proc.kill()
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.close()
        proc.wait()
        raise
    finally:
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.close()


def check_pg(backup: Path, key: bytes) -> None:
    """Decrypt every frame and have ``pg_restore --list`` read the archive; DatabaseError
    when either fails or the archive is not of a Safehouse database."""
    if not backup.is_file():
        raise DatabaseError(translate("errors", "There is no backup file at {path}.").format(
            path=backup))
    tool = _pg_tool("pg_restore")
    with tempfile.TemporaryFile() as listing, tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen([tool, "--list"], stdin=subprocess.PIPE, stdout=listing,
                                stderr=errors)
        _feed(proc, backup, key)
        if proc.wait() != 0:
            errors.seek(0)
            raise DatabaseError(translate("errors", "The backup {file} is damaged ({why}).")
                                .format(file=backup.name,
                                        why=_tool_failed("pg_restore", errors.read())))
        listing.seek(0)
        text = listing.read().decode("utf-8", "replace")
    if "alembic_version" not in text:
        raise DatabaseError(translate("errors", "The backup {file} is not of a Safehouse "
                                      "database.").format(file=backup.name))


def restore_pg(db: Database, backup: Path, key: bytes) -> None:
    """Decrypt a checked backup into ``pg_restore --clean --if-exists``, in one
    transaction: if it fails, the database is as it was."""
    tool = _pg_tool("pg_restore")
    conn_args, env = pg_connection(db.url)
    cmd = [tool, "--clean", "--if-exists", "--single-transaction", "--exit-on-error",
           "--no-owner", *conn_args, *_schema_args(db), "--dbname", str(db.url.database)]
    db.dispose()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=errors, env=env)
        _feed(proc, backup, key)
        if proc.wait() != 0:
            errors.seek(0)
            raise _tool_failed("pg_restore", errors.read())
