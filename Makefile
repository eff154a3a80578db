# One entry point: setup, demo, test, lint, bench, graphs.
# Works as root on a bare Debian machine (installs Graphviz and a CJK font with apt-get);
# as another user it uses sudo for the apt step.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
SEED    := fixtures/seed_2021_quanzhou_yingji.txt
OUT     := out
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup system-deps demo test lint typecheck unit bench fuzz graphs fixtures clean

# Graphviz's `dot`, a CJK font, Python's venv, and PostgreSQL (the index tests start a
# throwaway server of their own); skipped when all are already there.
system-deps:
	@if ! command -v dot >/dev/null 2>&1 || ! fc-list :lang=zh 2>/dev/null | grep -q . \
	    || ! $(PY) -c 'import venv, ensurepip' >/dev/null 2>&1 \
	    || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  echo "installing graphviz, fonts-wqy-zenhei, python3-venv and postgresql with apt-get"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
	    graphviz fonts-wqy-zenhei fontconfig python3-venv postgresql >/dev/null; \
	fi

$(BIN)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

setup: system-deps $(BIN)/.installed

# The main job on the bundled fixture: read it, audit it, answer a trace, draw the
# diagram, write the Excel report and the graph. Findings do not fail the demo.
demo: setup
	mkdir -p $(OUT)
	$(BIN)/yiju parse $(SEED)
	$(BIN)/yiju audit $(SEED) --fail-on never
	$(BIN)/yiju trace $(SEED) --doc 泉委办〔2021〕20号
	$(BIN)/yiju trace $(SEED) --target 1-3
	$(BIN)/yiju who $(SEED) --department 基础科
	$(BIN)/yiju render $(SEED) --doc 泉委办〔2021〕20号 -o $(OUT)/quanweiban-2021-20.png
	$(BIN)/yiju render $(SEED) --level targets -o $(OUT)/seed-targets.svg
	$(BIN)/yiju report $(SEED) -o $(OUT)/report.xlsx --csv $(OUT)/csv
	$(BIN)/yiju export $(SEED) -o $(OUT)/graph.graphml
	$(BIN)/yiju cover --register 'fixtures/cover/planted/泉委办〔2021〕20号附件.xlsx' fixtures/cover/planted --fail-on never
	@echo "demo outputs in $(OUT)/: report.xlsx, csv/, quanweiban-2021-20.png, seed-targets.svg, graph.graphml"

lint: setup
	$(BIN)/ruff check src tests bench fixtures graphs
	$(BIN)/ruff format --check src tests bench fixtures graphs

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest

# The whole test suite: lint, types, tests.
test: lint typecheck unit

# The long fuzzing campaign: 2 000 hostile files in eight groups (figures in bench/README.md).
fuzz: setup
	$(BIN)/python bench/fuzz.py --per-group 250

bench: setup
	$(BIN)/python bench/run.py

graphs: setup
	$(BIN)/python graphs/build.py
	$(BIN)/yiju render --register 'fixtures/cover/planted/泉委办〔2021〕20号附件.xlsx' fixtures/cover/planted -o graphs/cover-quanweiban-2021-20.svg
	$(BIN)/yiju render --register 'fixtures/cover/planted/泉委办〔2021〕20号附件.xlsx' fixtures/cover/planted -o graphs/cover-quanweiban-2021-20.png

fixtures: setup
	OPENPYXL_LXML=False $(BIN)/python fixtures/build_fixtures.py
	OPENPYXL_LXML=False $(BIN)/python fixtures/families/build.py
	OPENPYXL_LXML=False $(BIN)/python fixtures/cover/build_cover.py
	$(BIN)/python fixtures/formats/build_formats.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
