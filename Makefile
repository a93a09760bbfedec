# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NEWSROOM_DB ?= data/newsroom.db
PORT   ?= 8501
export NEWSROOM_DB

.PHONY: install run test check bench quality frames probe swap model clean

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

run: install
	mkdir -p $(dir $(NEWSROOM_DB))
	$(BIN)/python -m ui.serve --server.port $(PORT) --server.headless true

# two workers (CI has two cores); the browser tests share one worker (their xdist_group)
test: install
	$(BIN)/python -m pytest -n 2 --dist loadgroup

check: install
	$(BIN)/python -m ruff check core db pages tests app.py ui bench
	$(BIN)/python -m mypy core db ui

bench: install
	$(BIN)/python -m bench

quality: install
	$(BIN)/python -m bench.quality

frames: install
	$(BIN)/python -m bench.frames

probe: install
	$(BIN)/python -m bench.probe

swap: install
	$(BIN)/python -m bench.swap

model: install
	$(BIN)/python -m core.ner train --reuse-clusters models/ner.lexicon.json.gz

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache
