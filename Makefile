# Two commands do all the set-up: `make demo` and `make test`. Everything else is a helper for them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Re-install when the dependency list changes, not on every run.
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
PYTEST_WORKERS ?= 2

.PHONY: demo test bench lint install browser clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# The CPU wheel first: an unpinned torch would pull gigabytes of CUDA packages.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

demo: install
	$(BIN)/fursa demo

test: install browser
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile -q

# Chromium for the dashboard's browser tests; tests skip with a reason where it cannot be installed.
browser:
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
		{ apt-get update -qq >/dev/null 2>&1; apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1; } ; } || \
		echo "chromium not installed: browser tests will be skipped" >&2

bench: install
	@for f in bench/*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) data/fursa.duckdb data/fursa.duckdb.wal data/staging .pytest_cache
