# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501
POOL   ?= sample_profiles

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

.PHONY: install run test bench
install: $(VENV)/.installed

run: install
	$(BIN)/facultyscreen dashboard $(POOL) --port $(PORT)

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/run.py
