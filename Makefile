# Set-up and checks. `make demo` and `make test` are the README's two commands.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
PLUGINS := $(sort $(wildcard plugins/*/pyproject.toml))
# plugins install editable for development; CI installs them as built wheels (EDITABLE=)
EDITABLE ?= -e

.PHONY: install demo test lint check clean fuzz

$(VENV)/.installed: pyproject.toml $(PLUGINS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]" $(foreach p,$(PLUGINS),$(EDITABLE) ./$(dir $(p)))
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/sopkit demo

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

check: lint test

# long runs: generated inputs by the ten thousand, 10^6 batch/scalar pairs per time limit
fuzz: install
	SOPKIT_FUZZ_EXAMPLES=20000 SOPKIT_BATCH_PAIRS=1000000 $(BIN)/pytest -q -p no:randomly \
		tests/fuzz tests/calendar/test_batch.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
