# govnews: two commands do everything — `make run` and `make test` (see README.md).
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DATA := data
PORT ?= 8001
SAMPLE_PORT ?= 8765

.PHONY: run kb test lint unit install lock chromium redis bench bench-scale bench-1m clean distclean

# The sample site stays up on 127.0.0.1:$(SAMPLE_PORT) while Datasette serves, so the
# knowledge base's article links work; Ctrl-C stops both.
run: install
	@$(BIN)/govnews sample-site --port $(SAMPLE_PORT) & pid=$$!; trap 'kill $$pid 2>/dev/null' EXIT INT TERM; 	$(BIN)/python -c "import socket,sys,time; [time.sleep(0.1) for _ in range(100) if socket.socket().connect_ex(('127.0.0.1', $(SAMPLE_PORT)))]" && 	$(MAKE) --no-print-directory kb SAMPLE_BASE=http://127.0.0.1:$(SAMPLE_PORT) && 	$(BIN)/govnews serve $(DATA)/kb.db --port $(PORT)

# Everything `make run` does except serving: crawl the bundled sample site (served by the
# crawl itself on an ephemeral 127.0.0.1 port unless SAMPLE_BASE names a running one),
# extract the facts, build data/kb.db. The articles link to 127.0.0.1:$(SAMPLE_PORT) whatever
# port the crawl used: `govnews sample-site --port $(SAMPLE_PORT)` serves them later.
kb: install
	mkdir -p $(DATA)
	GOVNEWS_SAMPLE_PORT=$(SAMPLE_PORT) $(BIN)/govnews crawl --sample $(if $(SAMPLE_BASE),--sample-base $(SAMPLE_BASE)) --raw-dir $(DATA)/raw -o $(DATA)/articles.jsonl
	$(BIN)/govnews extract --jsonl $(DATA)/articles.jsonl -o $(DATA)/facts.jsonl
	$(BIN)/govnews load --articles $(DATA)/articles.jsonl --facts $(DATA)/facts.jsonl --db $(DATA)/kb.db

test: install chromium redis lint unit

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy kb extract crawler

# pytest exits 5 when it collected no test: make treats that (like any non-zero exit) as failure.
unit: install
	$(BIN)/python -m pytest -q

install: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# requirements.lock pins every package (pip constraints); README says how to refresh it.
$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[dev]'
	touch $(STAMP)

# Re-pin requirements.lock from a fresh venv with the newest versions pyproject.toml allows.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install -q --upgrade pip
	.lock-venv/bin/python -m pip install -q -e '.[dev]'
	{ sed -n '/^#/p' requirements.lock; .lock-venv/bin/python -m pip freeze --exclude-editable; } > requirements.lock.new
	mv requirements.lock.new requirements.lock && rm -rf .lock-venv

# The chart test renders a page in headless Chromium (Debian's chromium package).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium chromium-driver fonts-noto-cjk; }

# The distributed-crawl tests start a real Redis on 127.0.0.1 (Debian's redis-server package).
redis:
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q redis-server; }

# Benchmarks (BENCHMARKS.md); sizes selectable: make bench EXTRACT_SIZES=1000,10000 LOAD_SIZES=1000,10000,100000
# bench/report.py runs each one, shows its output and rewrites its figures in BENCHMARKS.md (between
# the <!-- bench:NAME --> markers) with the date and this machine's CPU; about 14 minutes on 2 idle cores.
EXTRACT_SIZES ?= 1000
LOAD_SIZES ?= 1000,10000
SEARCH_SIZE ?= 100000
CRAWL_SIZES ?= 1000,10000
REPORT := $(BIN)/python bench/report.py
bench: install
	$(REPORT) extract -- $(BIN)/python bench/extract.py --articles $(EXTRACT_SIZES)
	$(REPORT) load -- $(BIN)/python bench/load.py --articles $(LOAD_SIZES)
	$(REPORT) search -- $(BIN)/python bench/search.py --articles $(SEARCH_SIZE)
	$(REPORT) crawl -- $(BIN)/python bench/crawl.py --pages $(CRAWL_SIZES)

# Scaling: extraction, load and crawl at 1k, 10k and 100k articles, one whole process each (about an hour
# on 2 cores: outside `make bench`'s 20 minutes); the growth per article from one size to the next.
SCALE_SIZES ?= 1000,10000,100000
bench-scale: install
	mkdir -p .bench
	$(REPORT) scale -- $(BIN)/python bench/scale.py --sizes $(SCALE_SIZES)

# Search at 1M articles; the kb is built once (about 8 minutes on 2 cores, 2.6 GB) and kept under .bench/.
bench-1m: install
	mkdir -p .bench
	$(REPORT) search-1m -- $(BIN)/python bench/search.py --articles 1000000 --db .bench/search-1m.db --keep

clean:
	rm -rf $(DATA) .bench tests/artifacts .pytest_cache .ruff_cache build *.egg-info
	find . -name __pycache__ -not -path './$(VENV)/*' -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
