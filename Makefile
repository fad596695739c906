# counsel: `make run` opens the app on the bundled deck; `make test` runs the whole suite headless.
# Both set everything up first (Debian packages for Qt, a venv, Python packages) and are fast
# when that is already done.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench dist bundle setup sysdeps-run sysdeps-test sysdeps-bench clean

run: sysdeps-run $(STAMP)
	$(BIN)/counsel-app

test: sysdeps-test $(STAMP) lint
	$(BIN)/python -m pytest -q

# static checks: ruff (pyflakes, pycodestyle, bugbear) and mypy (strict on counsel_app/core)
lint: $(STAMP)
	$(BIN)/ruff check counsel_app tests
	$(BIN)/mypy

bench: sysdeps-bench $(STAMP)
	$(BIN)/pip install -q -e '.[test,bench]'
	SBK_EMBED=0 $(BIN)/python -c 'import PySide6.QtCore'
	$(BIN)/python tests/benchmarks/run.py

# offline installers for hospital IT (wheelhouse + install scripts per platform, then a test install)
dist: sysdeps-test
	bash packaging/make_dist.sh

# one-folder application bundle (PyInstaller) for workstations without Python
bundle: sysdeps-test
	bash packaging/build_bundle.sh

setup: sysdeps-test $(STAMP)

sysdeps-run:
	@bash .ci/sysdeps.sh run

sysdeps-test:
	@bash .ci/sysdeps.sh test

sysdeps-bench:
	@bash .ci/sysdeps.sh bench

# PySide's own support modules (shibokensupport) are compiled from an archive in its library at every
# start (~40 ms) unless unpacked once next to it (SBK_EMBED=0, PySide's switch): then Python keeps
# their bytecode like any module's. Redone after every install, so they match the installed PySide.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	SBK_EMBED=0 $(BIN)/python -c 'import PySide6.QtCore'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info
