"""A CSV file read as a stream: its encoding found in one pass over its bytes (the same
rules as :func:`safehouse.services.csv_text.decode`: UTF-8 with or without BOM, UTF-16
with a BOM, else CP949 when it reads as Korean), then its text opened as often as an
import needs to read it, a chunk at a time, never whole in memory.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import BinaryIO, TextIO, TypeVar

from safehouse.errors import ValidationError, translate
from safehouse.services.csv_text import UndecodableError, is_hangul, is_korean_text, rare

CHUNK = 1 << 16
Source = bytes | Path  # the file's bytes, or where it is
TextOpener = Callable[[], TextIO]
T = TypeVar("T")


def open_bytes(source: Source) -> BinaryIO:
    """The bytes, or the file at the path — only a regular file: a pipe, a device or a
    folder (``/dev/zero``, a FIFO) would never end or block the import. Opened without
    waiting (a FIFO with no writer blocks a plain open), then asked what it is."""
    if isinstance(source, bytes):
        return io.BytesIO(source)
    fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValidationError(translate(
                "imports", "This is not a file that can be imported (it is a folder, a "
                "device or a pipe). Choose the CSV file itself."), field="file")
        return os.fdopen(fd, "rb")  # the flag changes nothing for a regular file
    except BaseException:
        os.close(fd)
        raise


def _first_error(source: Source, encoding: str, skip: int) -> int | None:
    """The line of the first byte that is not ``encoding``; None when all are."""
    decoder = codecs.getincrementaldecoder(encoding)()
    lines = 0
    with open_bytes(source) as f:
        f.read(skip)
        while True:
            chunk = f.read(CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as err:
                data = err.object if isinstance(err.object, bytes) else chunk
                return lines + bytes(data[: err.start]).count(b"\n") + 1
            if not chunk:
                return None
            lines += chunk.count(b"\n")


class _KoreanCount:
    """The counts :func:`~safehouse.services.csv_text.plausible_korean` judges, kept
    over a text read a chunk at a time."""

    def __init__(self) -> None:
        self.wide = self.korean = self.hangul = self.rare = 0

    def add(self, text: str) -> None:
        for ch in text:
            if ord(ch) > 0x7F:
                self.wide += 1
                self.korean += is_korean_text(ch)
                self.hangul += is_hangul(ch)
                self.rare += rare(ch)

    def plausible(self) -> bool:
        return (self.korean * 10 >= self.wide * 9 and self.hangul * 2 >= self.wide
                and self.rare * 4 <= self.wide)


def _reads_as_korean(source: Source) -> bool:
    count = _KoreanCount()
    with io.TextIOWrapper(open_bytes(source), encoding="cp949", newline="") as text:
        while chunk := text.read(CHUNK):
            count.add(chunk)
    return count.plausible()


def encoding_of(source: Source) -> tuple[str, int]:
    """The file's encoding and the length of its BOM; UndecodableError (with the line
    where it fails) when it is neither UTF-8, UTF-16 with a BOM nor Korean CP949."""
    with open_bytes(source) as f:
        head = f.read(3)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if _first_error(source, "utf-16", 0) is not None:
            raise UndecodableError(1)
        return "utf-16", 0  # the codec reads the BOM itself
    if head.startswith(codecs.BOM_UTF8):
        line = _first_error(source, "utf-8", len(codecs.BOM_UTF8))
        if line is not None:
            raise UndecodableError(line)
        return "utf-8", len(codecs.BOM_UTF8)
    line = _first_error(source, "utf-8", 0)
    if line is None:
        return "utf-8", 0
    if _first_error(source, "cp949", 0) is not None:
        raise UndecodableError(line)
    if not _reads_as_korean(source):
        raise UndecodableError(line, not_korean=True)
    return "cp949", 0


def text_opener(source: Source) -> TextOpener:
    """What opens the file's text afresh each time it is called (the caller closes it);
    UndecodableError now when the bytes are not text we read."""
    encoding, skip = encoding_of(source)

    def open_text() -> TextIO:
        raw = open_bytes(source)
        raw.read(skip)
        return io.TextIOWrapper(raw, encoding=encoding, newline="")

    return open_text


def digest(source: Source) -> bytes:
    """The file's SHA-256, to tell whether it changed between two readings."""
    found = hashlib.sha256()
    with open_bytes(source) as f:
        while chunk := f.read(CHUNK):
            found.update(chunk)
    return found.digest()


def read_file(path: Path) -> bytes:
    """The whole file, for the window's import, which checks and writes the same bytes
    (a regular file only, as :func:`open_bytes`)."""
    with open_bytes(path) as f:
        return f.read()


def file_changed() -> ValidationError:
    """The refusal of an import whose file is not the one its check read."""
    return ValidationError(translate(
        "imports", "The file changed while it was being imported. Nothing was imported; "
        "try again."), field="file")


@dataclass(frozen=True)
class StreamedFile:
    """A file an import reads twice (check, then write): its text opened afresh each
    time, and its SHA-256 as first read, so the import can refuse to commit what it
    wrote when the file is no longer the one it checked."""

    source: Source
    open_text: TextOpener
    stamp: bytes

    @classmethod
    def of(cls, source: Source) -> StreamedFile:
        """UndecodableError when the bytes are not text we read."""
        stamp = digest(source)
        return cls(source, text_opener(source), stamp)

    def ensure_unchanged(self) -> None:
        """ValidationError (nothing may be committed) when the file changed since."""
        if digest(self.source) != self.stamp:
            raise file_changed()


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` a list of at most ``size`` at a time (the next read once one is done)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
