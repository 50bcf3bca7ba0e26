"""Translation without Qt: services, storage, reports and the command line.

There is one catalogue for translators, the Qt Linguist file
``resources/i18n/safehouse_<lang>.ts``. The window loads its compiled ``.qm`` with
``QTranslator`` (widgets call ``self.tr``); everything else reads the same ``.ts`` here,
with the standard library's XML parser, so that the core needs no Qt and works where
there is no window (the command line, a report made in a test).

A message is written ``translate("context", "English text {named}").format(named=...)``:
the English text a single string literal (``pyside6-lupdate`` finds it), named
placeholders (a translation may reorder them). Text the catalogue does not know, or has
not finished, comes out in English.

Plural forms (``%n``): ``translate(context, text, n)`` picks the form for ``n`` (Korean
has one; English, from ``safehouse_en.ts``, one for 1 and one for the rest) and puts
``n`` in place of ``%n``. lupdate's Python parser marks only ``self.tr(text, "", n)`` as
plural, not a ``translate()`` call, so the core writes counts as ``{count}`` and chooses
between a "one" and a "many" sentence itself where English needs it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources

LANGUAGES = {"en": "English", "ko": "한국어"}
DEFAULT = "en"


@dataclass(frozen=True)
class _Entry:
    forms: tuple[str, ...]  # one for a plain message; one per plural form otherwise
    numerus: bool


_Catalogue = dict[tuple[str, str], _Entry]

_language = DEFAULT
_catalogues: dict[str, _Catalogue] = {}
_lock = threading.Lock()
_thread = threading.local()  # a language for this thread only (see in_language)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate knows this name
    """Marks ``text`` for the catalogue without translating it (translate it later)."""
    return text


def language() -> str:
    """The language messages are given in: ``"en"`` or ``"ko"``."""
    own: str | None = getattr(_thread, "language", None)
    return own or _language


@contextmanager
def in_language(lang: str) -> Iterator[None]:
    """Messages in ``lang`` in this thread only, within the block (a report made in
    its own language off the window's thread, while the window keeps its own)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")
    before: str | None = getattr(_thread, "language", None)
    _thread.language = lang
    try:
        yield
    finally:
        _thread.language = before


def set_language(lang: str) -> None:
    """Give messages from now on in ``lang`` (``"en"`` or ``"ko"``)."""
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")
    _language = lang


def translate(context: str, text: str, n: int | None = None) -> str:
    """``text`` (English, as written in the code) in the current language.

    With ``n``, the plural form for ``n`` with ``%n`` replaced by it.
    """
    lang = language()
    entry = _catalogue(lang).get((context, text))
    result = text
    if entry is not None:
        if entry.numerus and n is not None:
            result = entry.forms[_plural_index(lang, n, len(entry.forms))]
        elif entry.forms:
            result = entry.forms[0]
    if n is not None:
        result = result.replace("%n", str(n))
    return result


def _plural_index(lang: str, n: int, forms: int) -> int:
    if lang == "ko" or forms < 2:
        return 0
    return 0 if n == 1 else 1  # English


def prepare() -> None:
    """Read the catalogue of the language in use now, ahead of its first message (the
    program does it while the login waits: :mod:`safehouse.ui.preload`)."""
    _catalogue(language())


def _catalogue(lang: str) -> _Catalogue:
    found = _catalogues.get(lang)
    if found is not None:
        return found
    with _lock:
        found = _catalogues.get(lang)
        if found is None:
            found = _catalogues[lang] = _read(lang)
        return found


def _read(lang: str) -> _Catalogue:
    """The finished messages of ``safehouse_<lang>.ts`` (none if it is not there)."""
    source = resources.files("safehouse.resources").joinpath("i18n", f"safehouse_{lang}.ts")
    if not source.is_file():
        return {}
    import xml.etree.ElementTree as ET  # on first use: the start does not wait for it

    with source.open("rb") as stream:
        root = ET.parse(stream).getroot()
    catalogue: _Catalogue = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                    "unfinished", "obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = (tuple(f.text or "" for f in translation.iter("numerusform")) if numerus
                     else (translation.text or "",))
            if not all(forms):
                continue
            catalogue[(name, message.findtext("source", ""))] = _Entry(forms, numerus)
    return catalogue
