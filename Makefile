# Two commands on a fresh machine with python3 and make:
#   make demo   -> plandiff gaza ukraine
#   make test   -> the test suite
# Each first creates (or refreshes, when pyproject.toml changed) the virtual environment .venv.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test validate schemas bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/plandiff gaza ukraine

test: $(STAMP)
	$(BIN)/python -m pytest

validate: $(STAMP)
	$(BIN)/plandiff validate plans/

# Regenerate the committed JSON Schemas after a model change (a test fails until you do).
schemas: $(STAMP)
	$(BIN)/plandiff schema plan > schemas/plan.schema.json.tmp && mv schemas/plan.schema.json.tmp schemas/plan.schema.json
	$(BIN)/plandiff schema diff > schemas/diff.schema.json.tmp && mv schemas/diff.schema.json.tmp schemas/diff.schema.json

# Bytecode first, as `pip install .` would leave it (PYTHONDONTWRITEBYTECODE may be set).
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python -m compileall -q plandiff
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
