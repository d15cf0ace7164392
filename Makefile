# frontlog — the two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
FRONTLOG_HOME ?= $(CURDIR)/.frontlog-demo
EXAMPLE := examples/globalresearch-2017-08-15-isis-retreat-syria.md

.PHONY: install demo test check bench clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	FRONTLOG_HOME=$(FRONTLOG_HOME) $(BIN)/frontlog ingest $(EXAMPLE)
	FRONTLOG_HOME=$(FRONTLOG_HOME) $(BIN)/frontlog events --format table

test: $(STAMP)
	$(BIN)/pytest -q

check: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy --strict

bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/scale_out.py
	$(BIN)/python bench/merge_scale.py

clean:
	rm -rf $(VENV) $(FRONTLOG_HOME) build *.egg-info src/*.egg-info
