# Two commands on a fresh machine:  make run   (set up and start the app)
#                                   make test  (set up and run the tests)
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: run test test-fast system-deps bench lint clean package package-check package-windows package-windows-check translations lupdate speech-addon speech-addon-windows

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

# Translations: the .ts files in assets/translations are the source (pyside6-lupdate + translators);
# the .qm files Qt loads are built from them here (never edited). An install without them builds
# them into the cache folder at first start (ui/i18n/language.py).
TS := $(wildcard assets/translations/*.ts)
QM := $(TS:.ts=.qm)

assets/translations/%.qm: assets/translations/%.ts | $(VENV)/.installed
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh anakgenius_id.ts from the tr() calls in ui/ and the core's message templates in
# app/messages.py (context "core"), then fill in the Indonesian kept in tools/translations_id.py;
# it lists what is still untranslated (translate it there, or in Qt Linguist).
lupdate: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate $$(find ui -name "*.py") app/messages.py -ts assets/translations/anakgenius_id.ts -target-language id -no-obsolete
	$(PY) tools/fill_ts.py assets/translations/anakgenius_id.ts tools/translations_id.py

system-deps:
	bash scripts/system-deps.sh

run: system-deps $(VENV)/.installed translations
	$(VENV)/bin/anakgenius

test: system-deps $(VENV)/.installed translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q -m "not serial"
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m serial

# The inner loop (< 90 s on 2 cores): everything but full-size encodes and timing measurements.
test-fast: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q -m "not slow and not serial"

# Style, types of the core, the design's layers (pyproject's [tool.importlinter]), dead code.
lint: $(VENV)/.installed
	$(VENV)/bin/ruff check app ui tests bench tools packaging
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(VENV)/bin/vulture

bench: system-deps $(VENV)/.installed
	$(PY) -m pip install -q -e '.[test,bench]'
	$(PY) bench/export_bench.py

# The installable app for this platform (packaging/build.sh): dist/anakgenius/ and, on Linux,
# dist/anakgenius-VERSION-linux-ARCH.tar.gz; prints sizes, fails over budget.
package: system-deps $(VENV)/.installed translations
	VENV=$(VENV) bash packaging/build.sh

# package, then smoke-test the Linux tarball as a user gets it (clean env, offscreen, frozen CLI export).
package-check: package
	SMOKE_DROP_CACHES=1 bash packaging/smoke_test.sh dist/anakgenius-$$($(PY) -c 'import app; print(app.__version__)')-linux-$$(uname -m).tar.gz

# The Windows app, built on this Linux host under Wine (packaging/windows/build_wine.sh): the real
# spec and .iss run by Windows CPython 3.11, PyInstaller and Inno Setup's ISCC.exe. Makes
# dist/AnakGENIUS-Studio-VERSION-windows-x64-setup.exe and -portable.zip; installs Wine & co itself.
package-windows: system-deps $(VENV)/.installed translations
	VENV=$(VENV) bash packaging/windows/build_wine.sh

# package-windows, then the Windows smoke test in a fresh Wine prefix (packaging/windows/smoke_wine.sh).
package-windows-check: package-windows
	VENV=$(VENV) bash packaging/windows/smoke_wine.sh

# The speech add-on for the packaged app (#16, packaging/speech_addon.sh): faster-whisper's libraries and the
# Whisper model in dist/anakgenius-speech-VERSION-PLATFORM.zip, installed from a USB stick. Not in CI (heavy).
speech-addon: $(VENV)/.installed
	VENV=$(VENV) bash packaging/speech_addon.sh linux

speech-addon-windows: $(VENV)/.installed
	VENV=$(VENV) bash packaging/speech_addon.sh windows

clean:
	rm -rf $(VENV) build dist *.egg-info test-artifacts
