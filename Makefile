# Two entry points for a fresh Debian machine with Python 3.11:
#   make demo  — install, ingest the bundled samples into demo.duckdb, run every stage, serve the UI
#   make test  — install with test extras and system packages, then run the whole suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
BUILD_PACKAGES  := libicu-dev pkg-config g++
SYSTEM_PACKAGES := $(BUILD_PACKAGES) chromium postgresql poppler-utils
export OPENBLAS_NUM_THREADS=1
export OMP_NUM_THREADS=1
export MKL_NUM_THREADS=1
export HF_HUB_OFFLINE=1

.PHONY: demo test install install-test build-packages system-packages web-assets clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U pip

install: $(BIN)/python build-packages
	$(BIN)/pip install -q -c constraints.txt -e '.[web]'
	$(MAKE) -s web-assets

install-test: $(BIN)/python system-packages
	$(BIN)/pip install -q -c constraints.txt -e '.[all]'
	$(MAKE) -s web-assets

# PyICU (through followthemoney) builds from source and needs ICU's headers.
build-packages:
	@if pkg-config --exists icu-uc 2>/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BUILD_PACKAGES) >/dev/null; \
	else \
		echo "ICU headers missing: run 'sudo apt-get install $(BUILD_PACKAGES)' first (PyICU builds from source)."; \
	fi

system-packages:
	@if [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; \
	else \
		echo "Not root: cannot apt-get install $(SYSTEM_PACKAGES); tests needing them will be skipped with a reason."; \
	fi

web-assets:
	@if [ -f package.json ]; then \
		if command -v npm >/dev/null; then npm ci --silent --no-audit --no-fund && node scripts/copy-web-assets.js; \
		else echo "npm not found: the network graph page will show a notice (apt-get install npm)"; fi; \
	fi

demo: install
	$(BIN)/claimgraph demo -w demo.duckdb

test: install-test
	bash scripts/run-tests.sh $(BIN)

clean:
	rm -rf $(VENV) node_modules src/claimgraph/web/static/vendor demo.duckdb
