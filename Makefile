# The two commands a person needs: `make run` and `make test`.
# Both create .venv on first use and reinstall when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test test-dates lint pytest forms screenshots system-libs gui-libs installer installer-smoke clean

run: gui-libs $(VENV)/.app-installed
	$(BIN)/taskforce-builder $(ARGS)

test: system-libs $(VENV)/.test-installed lint pytest

pytest: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The whole suite again with "today" pinned to each day date rules get wrong (a year
# end, a leap day, a 60-day window across a year end); CI runs it after `make test`.
test-dates: system-libs $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/test_on_risky_days.py $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(BIN)/ruff check wizard tests scripts doc_templates packaging
	$(BIN)/ruff format --check wizard tests scripts doc_templates packaging
	$(BIN)/mypy

# After editing a Qt Designer form in forms/: compile it for the program (README).
forms: $(VENV)/.test-installed
	$(BIN)/python scripts/build_forms.py

# Pictures of the window at every step, for looking at without a screen.
screenshots: system-libs $(VENV)/.app-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/taskforce-builder screenshots $(or $(OUT),screenshots)

# The Linux installers in dist/: the PyInstaller bundle, a .tar.gz and a .deb (README:
# "Building installers"). Needs no network once PyInstaller is in .venv.
installer: gui-libs $(VENV)/.packaging-installed
	$(BIN)/python packaging/build_linux.py

# Build the installers, then install the .deb (as root) or unpack the tarball and run the
# bundled program: check, export, and its window offscreen. CI runs this after `make test`.
installer-smoke: installer $(VENV)/.test-installed
	sh packaging/smoke_test.sh

system-libs:
	@sh scripts/ensure-system-libs.sh offscreen "$(PYTHON)"

gui-libs:
	@sh scripts/ensure-system-libs.sh desktop "$(PYTHON)"

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: pyproject.toml | $(VENV)/bin/python
	@echo "Installing Task Force Builder into $(VENV) (the first time takes a few minutes)..."
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(VENV)/bin/python
	@echo "Installing the program and its test tools into $(VENV) (the first time takes a few minutes)..."
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@ $(VENV)/.app-installed

$(VENV)/.packaging-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[packaging]'
	touch $@ $(VENV)/.app-installed

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache screenshots
