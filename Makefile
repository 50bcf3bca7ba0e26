# make run   - set everything up and open Safehouse
# make test  - set everything up and run ruff, mypy and the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DIST_STAMP := $(VENV)/.dist-stamp

.PHONY: run test setup system-deps lint typecheck pytest demo translations bench crash clean \
        install-desktop uninstall-desktop icons dist dist-smoke

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: system-deps $(STAMP)

# Qt's shared libraries; installed with apt-get when run as root on Debian/Ubuntu,
# otherwise only listed if missing.
system-deps:
	@bash .ci/system-deps

run: setup
	$(BIN)/safehouse

test: setup lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check safehouse tests packaging

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

demo: setup
	$(BIN)/safehouse demo --db demo.db --user admin
	$(BIN)/safehouse --db demo.db

# Refresh the catalogues from the source (Korean: every string; English: plural forms
# only), then compile them. Translate new strings in resources/i18n/safehouse_ko.ts.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find safehouse -name '*.py' | sort) -ts resources/i18n/safehouse_ko.ts
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -pluralonly $$(find safehouse -name '*.py' | sort) -ts resources/i18n/safehouse_en.ts
	$(BIN)/pyside6-lrelease resources/i18n/safehouse_ko.ts -qm resources/i18n/safehouse_ko.qm
	$(BIN)/pyside6-lrelease resources/i18n/safehouse_en.ts -qm resources/i18n/safehouse_en.qm

# At each release: a small database of this release's demo data, with its key file and
# manifest, which every later release must upgrade with every record intact.
release-fixture: $(STAMP)
	$(BIN)/python -m tests.migrations.release_fixture

bench: $(STAMP)
	$(BIN)/python -m tests.benchmarks.bench

# Linux: the menu entry and the icon for the current user ($XDG_DATA_HOME, default
# ~/.local/share), starting this checkout's program; uninstall-desktop removes them.
install-desktop: | $(STAMP)
	$(BIN)/python packaging/install_desktop.py install --exec $(abspath $(BIN))/safehouse-gui

uninstall-desktop:
	python3 packaging/install_desktop.py uninstall

# After changing resources/icons/safehouse.svg: its PNG and ICO renderings.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

# The full crash harness: a writer killed 200 times (make test runs 20 kills).
crash: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m crash_full tests/crash -s -q

# The bundle for office computers: build/safehouse/ (one folder with Python, Qt, the
# fonts, translations and migrations) packed as dist/safehouse-VERSION-OS-ARCH.tar.gz
# (.zip on Windows). dist-smoke unpacks that archive into an empty folder and runs it.
$(DIST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,dist]"
	touch $(DIST_STAMP)

dist: setup $(DIST_STAMP)
	$(BIN)/python packaging/build.py

dist-smoke: $(DIST_STAMP)
	$(BIN)/python packaging/smoke.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist *.egg-info
