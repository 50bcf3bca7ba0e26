"""What the bundle carries besides Python code: one list, read by ``safehouse.spec``
(PyInstaller) and by ``tests/packaging`` (which checks that every resource the program
loads is in it, without building).

Each entry is ``(glob relative to the repository, folder inside the bundle)``; a glob
with ``**`` keeps the sub-folders below its fixed part (:func:`bundled_files`). The
folders are where ``importlib.resources`` finds them in the frozen program: the
package ``safehouse.resources`` (the repository's ``resources/``) lives in the bundle
at ``safehouse/resources``, next to the frozen ``safehouse`` package.
"""

from __future__ import annotations

from pathlib import Path

DATAS: tuple[tuple[str, str], ...] = (
    # the Hangul font and its licence (the window and the PDF reports)
    ("resources/fonts/*.ttf", "safehouse/resources/fonts"),
    ("resources/fonts/*.txt", "safehouse/resources/fonts"),
    # the compiled catalogues (widgets) and their sources (the services read the .ts)
    ("resources/i18n/*.qm", "safehouse/resources/i18n"),
    ("resources/i18n/*.ts", "safehouse/resources/i18n"),
    # navigation icons, the application icon (SVG; PNG and ICO renderings) and licences
    ("resources/icons/*.svg", "safehouse/resources/icons"),
    ("resources/icons/*.png", "safehouse/resources/icons"),
    ("resources/icons/*.ico", "safehouse/resources/icons"),
    ("resources/icons/*.txt", "safehouse/resources/icons"),
    ("resources/icons/hicolor/**/*.png", "safehouse/resources/icons/hicolor"),  # menu entry
    ("resources/style/*.qss", "safehouse/resources/style"),
    # Alembic reads the migrations as files: env.py, the template and every revision
    ("safehouse/storage/migrations/*.py", "safehouse/storage/migrations"),
    ("safehouse/storage/migrations/*.mako", "safehouse/storage/migrations"),
    ("safehouse/storage/migrations/versions/*.py", "safehouse/storage/migrations/versions"),
)



def bundled_files(root: Path) -> list[tuple[Path, str]]:
    """Every data file of :data:`DATAS` under the repository ``root``, with the folder
    it goes to inside the bundle (``/``-separated)."""
    found: list[tuple[Path, str]] = []
    for pattern, target in DATAS:
        fixed = Path(pattern.split("*", 1)[0].rsplit("/", 1)[0])
        for source in sorted(root.glob(pattern)):
            if source.is_file() and "__pycache__" not in source.parts:
                below = source.parent.relative_to(root / fixed).as_posix()
                found.append((source, target if below == "." else f"{target}/{below}"))
    return found


#: Qt modules the program does not use, left out to keep the bundle small.
QT_EXCLUDES: tuple[str, ...] = tuple(
    f"PySide6.{name}" for name in (
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtBluetooth", "QtDataVisualization", "QtDesigner", "QtGraphs", "QtHelp",
        "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNfc", "QtOpenGL",
        "QtOpenGLWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D",
        "QtQuickControls2", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
        "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
        "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
        "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtHttpServer",
        "QtCanvasPainter", "QtAxContainer", "QtConcurrent", "QtDBus", "QtXml",
    ))

#: Python packages the program does not need at run time (test and build tools).
PY_EXCLUDES: tuple[str, ...] = (
    "tkinter", "pytest", "_pytest", "hypothesis", "mypy", "ruff", "pypdf", "pytest_qt",
    "pytestqt", "pytest_alembic", "recurring_ical_events", "IPython", "matplotlib",
    "numpy",
)

#: Binaries (paths inside the bundle, as regular expressions) left out: Qt Quick and QML,
#: the virtual keyboard, the GTK theme and what it alone needs, the embedded-device
#: platforms. The window needs the xcb, Wayland and offscreen platforms, the image and
#: icon formats, printing (CUPS) and TLS.
BINARY_EXCLUDES: tuple[str, ...] = (
    r"libQt6(Qml|Quick|VirtualKeyboard|EglFS|EglFs)",
    r"plugins/platforminputcontexts/libqtvirtualkeyboardplugin",
    r"plugins/platformthemes/libqgtk3",
    r"plugins/egldeviceintegrations/",
    r"plugins/generic/",
    r"plugins/platforms/libq(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)\.",
    r"(^|/)lib(atk-1\.0|cairo|cairo-gobject|gdk_pixbuf-2\.0|pango-1\.0|pangocairo-1\.0"
    r"|pangoft2-1\.0|pixman-1|thai|datrie|fribidi)\.so",
)

#: Data left out: Qt's own translations except the languages the program speaks.
DATA_EXCLUDES: tuple[str, ...] = (
    r"PySide6/Qt/translations/(?!qt(base)?_(ko|en)\.qm$)",
)
