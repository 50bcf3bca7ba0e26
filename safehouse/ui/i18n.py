"""Language: Korean or English, following the system unless a setting says otherwise.

The window's widgets translate through Qt (``self.tr``, the compiled ``.qm``); the
services behind them through :mod:`safehouse.i18n`, from the same catalogue's ``.ts``.
:func:`install_translators` sets both, so that a message from a service (an import
problem, a refusal) comes in the window's language.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from safehouse import i18n
from safehouse.i18n import LANGUAGES
from safehouse.ui import account_settings

__all__ = ["LANGUAGES", "chosen_language", "install_translators", "save_language"]
SETTING = "ui/language"

# Qt's own words that its Korean catalogue (qtbase_ko) lacks: Qt 6.11's file dialog gave
# them Alt keys ("&Look in:"), while the catalogue still has the words without ("Look
# in:"), so Qt's own file dialog (the bundle's, and wherever the desktop offers none)
# showed them in English. Ours holds them; Qt asks it when its own has nothing.
QT_WORDS_MISSING = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def chosen_language(override: str | None = None) -> str:
    """``override`` (from --lang), else the language of the account logged in, else the
    last one chosen on this computer (what the login shows), else the system's."""
    if override in LANGUAGES:
        return override
    own = account_settings.load_text(SETTING)
    if own in LANGUAGES:
        return own
    saved = QSettings().value(SETTING, "")
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def save_language(lang: str) -> None:
    """The account's language, and the computer's last choice (for the next login)."""
    if lang in LANGUAGES:
        account_settings.save(SETTING, lang)
        QSettings().setValue(SETTING, lang)


_installed: list[QTranslator] = []
_catalogues: list[bytes] = []  # QTranslator reads the bytes in place: keep them alive


def install_translators(app: QCoreApplication, lang: str) -> bool:
    """Load our catalogue (and Qt's own, for standard buttons), and give the services'
    messages in ``lang`` too. True if our catalogue loaded."""
    i18n.set_language(lang)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _catalogues.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Korean if lang == "ko"
                               else QLocale.Language.English))
    ours = QTranslator(app)  # English has a catalogue too: its plural forms
    data = resources.files("safehouse.resources").joinpath("i18n", f"safehouse_{lang}.qm")
    loaded = False
    if data.is_file():
        raw = data.read_bytes()
        _catalogues.append(raw)
        loaded = ours.load(raw)
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    if lang == "en":
        return bool(loaded)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return bool(loaded)
