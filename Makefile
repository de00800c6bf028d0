# govnews: two commands do everything — `make run` and `make test` (see README.md).
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DATA := data
PORT ?= 8001

.PHONY: run kb test lint unit install chromium bench clean distclean

run: kb
	$(BIN)/govnews serve $(DATA)/kb.db --port $(PORT)

# Everything `make run` does except serving: crawl the bundled sample site (served by the
# crawl itself on an ephemeral 127.0.0.1 port), extract the facts, build data/kb.db.
kb: install
	mkdir -p $(DATA)
	$(BIN)/govnews crawl --sample -o $(DATA)/articles.jsonl
	$(BIN)/govnews extract --jsonl $(DATA)/articles.jsonl -o $(DATA)/facts.jsonl
	$(BIN)/govnews load --articles $(DATA)/articles.jsonl --facts $(DATA)/facts.jsonl --db $(DATA)/kb.db

test: install chromium lint unit

lint: install
	$(BIN)/ruff check .

# pytest exits 5 when it collected no test: make treats that (like any non-zero exit) as failure.
unit: install
	$(BIN)/python -m pytest -q

install: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# The chart test renders a page in headless Chromium (Debian's chromium package).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium chromium-driver fonts-noto-cjk; }

bench: install
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/search.py

clean:
	rm -rf $(DATA) tests/artifacts .pytest_cache .ruff_cache build *.egg-info
	find . -name __pycache__ -not -path './$(VENV)/*' -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
