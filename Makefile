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

# long differential runs (columnar against scalar rules over 100,000 generated profiles)
fuzz: install
	SOPKIT_PROFILES=100000 $(BIN)/pytest tests/population/test_differential.py -q -p no:randomly

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
