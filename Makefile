# One entry point: setup, demo, test, lint, bench, graphs.
# Works as root on a bare Debian machine (installs Graphviz and a CJK font with apt-get);
# as another user it uses sudo for the apt step.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
SEED    := fixtures/seed_2021_quanzhou_yingji.txt
OUT     := out
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup system-deps test-deps demo test lint typecheck unit bench fuzz graphs fixtures clean

# Graphviz's `dot`, a CJK font and Python's venv (what the demo needs); skipped when all are
# already there.
system-deps:
	@if ! command -v dot >/dev/null 2>&1 || ! fc-list :lang=zh 2>/dev/null | grep -q . \
	    || ! $(PY) -c 'import venv, ensurepip' >/dev/null 2>&1; then \
	  echo "==> 用 apt-get 安装 Graphviz、中文字体 fonts-wqy-zenhei 和 python3-venv（约 1 分钟）"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
	    graphviz fonts-wqy-zenhei fontconfig python3-venv >/dev/null; \
	fi

# What only the tests need: Debian's Chromium for the HTML report's browser tests (never a
# browser download of its own) and PostgreSQL (the index tests start a throwaway server).
test-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  echo "==> 用 apt-get 安装 Chromium（HTML 报告的浏览器测试）和 PostgreSQL（索引测试），约 2 分钟"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
	    chromium postgresql >/dev/null; \
	fi

$(BIN)/python:
	@echo "==> 创建虚拟环境 $(VENV)"
	$(PY) -m venv $(VENV)
	@$(BIN)/pip install -q --upgrade pip

# What the demo needs: the package and its dependencies (networkx, openpyxl, regex, typer …).
$(BIN)/.installed-base: pyproject.toml | $(BIN)/python
	@echo "==> 安装 yiju 及其依赖到 $(VENV)（约 1 分钟）"
	$(BIN)/pip install -q -e .
	@$(BIN)/python -m compileall -q src/yiju >/dev/null  # editable install: pip compiles nothing
	@touch $@

# What the tests need besides: pytest, hypothesis, ruff, mypy and stubs, Playwright.
$(BIN)/.installed: pyproject.toml | $(BIN)/python
	@echo "==> 安装 yiju 和开发工具（pytest、hypothesis、ruff、mypy、Playwright）到 $(VENV)（约 1-2 分钟）"
	$(BIN)/pip install -q -e '.[dev]'
	@$(BIN)/python -m compileall -q src/yiju >/dev/null  # bytecode for every start (see bench/README.md)
	@touch $@ $(BIN)/.installed-base

setup: system-deps test-deps $(BIN)/.installed

# The main job on the bundled fixture: read it, audit it, answer a trace, draw the
# diagram, write the Excel and HTML reports and the graph. Findings do not fail the demo.
demo: system-deps $(BIN)/.installed-base
	@mkdir -p $(OUT)
	@echo
	@echo "== yiju 演示：随附样表 $(SEED)（泉州市应急管理局 2021 年绩效目标考评表）"
	@echo "   下面审核报告的问题（1-15 无文件依据、#REF! 得分块、林永源分属两个科室、同一文件多个标题等）"
	@echo "   是样表里有意保留的错误，用来演示各条规则；不是程序出错。"
	@echo
	$(BIN)/yiju parse $(SEED)
	$(BIN)/yiju audit $(SEED) --fail-on never
	$(BIN)/yiju trace $(SEED) --doc 泉委办〔2021〕20号
	$(BIN)/yiju trace $(SEED) --target 1-3
	$(BIN)/yiju who $(SEED) --department 基础科
	$(BIN)/yiju render $(SEED) --doc 泉委办〔2021〕20号 -o $(OUT)/quanweiban-2021-20.png
	$(BIN)/yiju render $(SEED) --level targets -o $(OUT)/seed-targets.svg
	$(BIN)/yiju report $(SEED) -o $(OUT)/report.xlsx --csv $(OUT)/csv
	$(BIN)/yiju report $(SEED) -o $(OUT)/report.html
	$(BIN)/yiju export $(SEED) -o $(OUT)/graph.graphml
	$(BIN)/yiju cover --register 'fixtures/cover/planted/泉委办〔2021〕20号附件.xlsx' fixtures/cover/planted --fail-on never
	@echo "演示输出在 $(OUT)/：report.xlsx、csv/、report.html（用浏览器直接打开）、quanweiban-2021-20.png、seed-targets.svg、graph.graphml"

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
	$(BIN)/python fixtures/prose/build_prose.py
	$(BIN)/python fixtures/short_names/build.py
	OPENPYXL_LXML=False $(BIN)/python fixtures/real/build.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
