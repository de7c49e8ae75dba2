# Set-up and checks. `make demo` and `make test` are the README's two commands.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
PLUGINS := $(sort $(wildcard plugins/*/pyproject.toml))
# plugins install editable for development; CI installs them as built wheels (EDITABLE=)
EDITABLE ?= -e

.PHONY: install demo test fuzz bench lint check clean

# `make demo` needs only the core and the bundled plugins (pip's progress shown);
# `make test`, `make lint` and CI (`make install`) add the test and development extras.
# The build backend is installed once and shared (--no-build-isolation) instead of once in a
# throw-away environment per package: that is most of the install time.
$(VENV)/.core: pyproject.toml $(PLUGINS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install "hatchling>=1.24" editables
	$(BIN)/python -m pip install --no-build-isolation -e . \
		$(foreach p,$(PLUGINS),$(EDITABLE) ./$(dir $(p)))
	touch $@

$(VENV)/.installed: $(VENV)/.core
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.core
	$(BIN)/sopkit demo

test: install
	$(BIN)/pytest

# the fuzz suite with hypothesis's long profile (CI runs it with the short "ci" profile),
# 10^6 batch/scalar pairs per time limit, and 100,000 profiles per columnar/scalar rule case
fuzz: install
	HYPOTHESIS_PROFILE=fuzz SOPKIT_BATCH_PAIRS=1000000 SOPKIT_PROFILES=100000 \
		$(BIN)/pytest tests/fuzz tests/calendar/test_batch.py \
		tests/population/test_differential.py -p no:randomly

# every benchmark, each measuring sopkit beside its anchors in the same run (not part of CI)
bench: install
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || echo "!! $$b exited $$?"; done

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

check: lint test

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
