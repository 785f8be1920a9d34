# Two commands on a fresh machine:  make run   (set up and start the app)
#                                   make test  (set up and run the tests)
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: run test system-deps bench lint clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

system-deps:
	bash scripts/system-deps.sh

run: system-deps $(VENV)/.installed
	$(VENV)/bin/anakgenius

test: system-deps $(VENV)/.installed
	$(VENV)/bin/ruff check app ui tests bench tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q

bench: system-deps $(VENV)/.installed
	$(PY) bench/export_bench.py

clean:
	rm -rf $(VENV) build *.egg-info test-artifacts
