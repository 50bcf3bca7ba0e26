"""The Korean catalogue: finished, complete for the current source, compiled, and in use.

A string added to the code without a Korean translation fails
``test_korean_catalogue_covers_every_string_in_the_source``, which names it. To fix it:
``make translations``, translate the new ``type="unfinished"`` entries in
``resources/i18n/safehouse_ko.ts``, and compile again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from safehouse import i18n as core_i18n
from safehouse.storage.db import Database
from safehouse.ui import i18n
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.main_window import MainWindow
from tests.conftest import make_admin

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
KO_TS = I18N / "safehouse_ko.ts"
BIN = Path(sys.executable).parent

PLACEHOLDER = re.compile(r"%(?:n|\d+)|\{\w*\}")
KEY_NAME = re.compile(r"\b(?:Ctrl|Shift|Alt)\+[A-Za-z0-9]+")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    finished: bool
    translations: tuple[str, ...]  # one per plural form; one for a plain message
    where: str

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r} ({self.where})"


def read_ts(path: Path) -> list[Message]:
    out: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None, f"{name}: a message without <translation>"
            if tr.get("type") in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = ([f.text or "" for f in tr.iter("numerusform")] if numerus
                     else [tr.text or ""])
            loc = message.find("location")
            where = ("" if loc is None else
                     f"{Path(loc.get('filename', '')).name}:{loc.get('line', '?')}")
            out.append(Message(name, message.findtext("source", ""), numerus,
                               tr.get("type") != "unfinished", tuple(forms), where))
    return out


def has_mnemonic(text: str) -> bool:
    """An ``&`` that marks an accelerator key (``&&`` is a literal ampersand)."""
    return re.search(r"&[^&\s]", text.replace("&&", "")) is not None


def tool(name: str) -> Path:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed next to {sys.executable}")
    return path


def python_sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "safehouse").rglob("*.py"))


# --- (a) every message is finished and keeps its placeholders and mnemonics -------------

def test_korean_catalogue_has_a_finished_translation_for_every_message() -> None:
    messages = read_ts(KO_TS)
    assert len(messages) > 200
    unfinished = [str(m) for m in messages if not m.finished]
    empty = [str(m) for m in messages if not all(t.strip() for t in m.translations)]
    assert not unfinished, "untranslated:\n" + "\n".join(unfinished)
    assert not empty, "empty translation:\n" + "\n".join(empty)
    # Korean has one plural form
    wrong_forms = [str(m) for m in messages if m.numerus and len(m.translations) != 1]
    assert not wrong_forms, "Korean takes exactly one <numerusform>:\n" + "\n".join(wrong_forms)


def test_korean_translations_keep_placeholders_mnemonics_and_punctuation() -> None:
    problems: list[str] = []
    for m in read_ts(KO_TS):
        for t in m.translations:
            if Counter(PLACEHOLDER.findall(t)) != Counter(PLACEHOLDER.findall(m.source)):
                problems.append(f"{m}: placeholders differ in {t!r}")
            if m.numerus and "%n" not in t:
                problems.append(f"{m}: plural form without %n: {t!r}")
            if has_mnemonic(m.source) != has_mnemonic(t):
                problems.append(f"{m}: mnemonic '&' added or lost in {t!r}")
            if Counter(KEY_NAME.findall(t)) != Counter(KEY_NAME.findall(m.source)):
                problems.append(f"{m}: key names differ in {t!r}")
            for end in ("…", ":"):
                if m.source.endswith(end) and not t.endswith(end):
                    problems.append(f"{m}: should end with {end!r}: {t!r}")
    assert not problems, "\n".join(problems)


# Words a Korean reader meets both in the window and on paper: one Korean word for each,
# wherever it is said (the progress summary called the alias 별칭 where the window says
# 가명, and the impact report 강제 송환 where the Wellbeing page says 강제 북송).
SAME_WORD_EVERYWHERE = ("Alias", "Felt a threat of repatriation")


def test_korean_names_a_thing_alike_in_the_window_and_the_reports() -> None:
    said: dict[str, set[str]] = {}
    for m in read_ts(KO_TS):
        if m.source in SAME_WORD_EVERYWHERE:
            said.setdefault(m.source, set()).update(m.translations)
    assert set(said) == set(SAME_WORD_EVERYWHERE)  # each still in the catalogue
    assert {source: words for source, words in said.items() if len(words) > 1} == {}
    # nor the other word for an alias, in the de-identified reports' options and notes
    assert [m.source for m in read_ts(KO_TS) if any("별칭" in t for t in m.translations)] == []


# --- (b) the catalogue covers the current source -----------------------------------------

def test_korean_catalogue_covers_every_string_in_the_source(tmp_path: Path) -> None:
    lupdate = tool("pyside6-lupdate")
    copy = tmp_path / KO_TS.name
    shutil.copyfile(KO_TS, copy)
    run = subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *python_sources(), "-ts", str(copy)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    messages = read_ts(copy)
    assert messages, run.stdout + run.stderr
    missing = [str(m) for m in messages if not m.finished]
    assert not missing, (
        "strings in the code without a Korean translation (run `make translations` and "
        "translate them in resources/i18n/safehouse_ko.ts):\n" + "\n".join(missing))


# --- (c) the compiled catalogues match their sources ---------------------------------------

def _translator(path: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(path)), f"cannot load {path}"
    return translator


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_compiled_catalogue_is_up_to_date(qapp: QApplication, tmp_path: Path,
                                          lang: str) -> None:
    ts = I18N / f"safehouse_{lang}.ts"
    committed = I18N / f"safehouse_{lang}.qm"
    assert committed.is_file(), f"{committed.name} is missing: run `make translations`"
    fresh = tmp_path / committed.name
    run = subprocess.run(
        [str(tool("pyside6-lrelease")), str(ts), "-qm", str(fresh)],
        capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0 and fresh.is_file(), run.stdout + run.stderr
    if fresh.read_bytes() == committed.read_bytes():
        return
    # Another lrelease may lay the file out differently: compare what the two say.
    old, new = _translator(committed), _translator(fresh)
    stale = []
    for m in read_ts(ts):
        n = 1 if m.numerus else -1
        had = old.translate(m.context, m.source, None, n)
        want = new.translate(m.context, m.source, None, n)
        if had != want:
            stale.append(f"{m}: {had!r} in the .qm, {want!r} in the .ts")
    assert not stale, (
        f"{committed.name} is older than {ts.name}; run "
        f"`pyside6-lrelease {ts.name} -qm {committed.name}`:\n" + "\n".join(stale))


# --- (d) the catalogues at work ----------------------------------------------------------

def test_main_window_speaks_korean_and_english_plurals_work(
        qtbot: QtBot, korean: QApplication, sqlite_db: Database) -> None:
    app = korean
    assert i18n.install_translators(app, "ko")
    hub = ChangeHub(sqlite_db)
    try:
        window = MainWindow(AppContext(sqlite_db, make_admin(sqlite_db), hub), "Test House")
        qtbot.addWidget(window)
        names = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert names == ["대시보드", "회원", "방", "일정", "웰빙", "공동체", "보고서", "관리"]
        assert "시스템 관리자" in window.user_label.text()
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] == "파일(&F)"
        assert window.action_logout.text() == "로그아웃(&L)"
    finally:
        hub.detach()
    assert QCoreApplication.translate("MemberList", "%n member(s)", "", 3) == "회원 3명"
    assert QCoreApplication.translate("labels", "Former partner") == "전 배우자/연인"

    assert i18n.install_translators(app, "en")
    assert QCoreApplication.translate("MemberList", "%n member(s)", "", 1) == "1 member"
    assert QCoreApplication.translate("MemberList", "%n member(s)", "", 3) == "3 members"
    assert QCoreApplication.translate("labels", "Former partner") == "Former partner"


def test_the_window_and_the_core_read_one_catalogue_alike(korean: QApplication) -> None:
    """Qt (the compiled .qm, for widgets) and safehouse.i18n (the .ts, for services and
    the command line) give the same Korean for every message."""
    differ = []
    for m in read_ts(KO_TS):
        n = 3 if m.numerus else None
        by_qt = QCoreApplication.translate(m.context, m.source, None, -1 if n is None else n)
        by_core = core_i18n.translate(m.context, m.source, n)
        if by_qt != by_core:
            differ.append(f"{m}: Qt {by_qt!r}, core {by_core!r}")
    assert not differ, "\n".join(differ)
    assert core_i18n.translate("labels", "Former partner") == "전 배우자/연인"


def test_qts_own_file_dialog_speaks_korean(qtbot: QtBot, korean: QApplication) -> None:
    """Qt's own file dialog (the bundle's, and wherever the desktop offers none): every
    label in Korean, the two Qt 6.11 gave Alt keys to included (its Korean catalogue
    lacks them; ours holds them)."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    for accept in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "CSV")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(accept)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert "다음에서 찾기(&L):" in labels and "파일 형식(&T):" in labels
        assert all(re.search("[가-힣]", text) for text in labels), labels
