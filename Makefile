# Two commands on a fresh machine:  make run   (set up and start the app)
#                                   make test  (set up and run the tests)
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: run test system-deps bench lint clean package package-check

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

# The installable app for this platform (packaging/build.sh): dist/anakgenius/ and, on Linux,
# dist/anakgenius-VERSION-linux-ARCH.tar.gz; prints sizes, fails over budget.
package: system-deps $(VENV)/.installed
	VENV=$(VENV) bash packaging/build.sh

# package, then smoke-test the Linux tarball as a user gets it (clean env, offscreen, frozen CLI export).
package-check: package
	SMOKE_DROP_CACHES=1 bash packaging/smoke_test.sh dist/anakgenius-$$($(PY) -c 'import app; print(app.__version__)')-linux-$$(uname -m).tar.gz

clean:
	rm -rf $(VENV) build dist *.egg-info test-artifacts
