# The two commands of the README: `make site` builds the site, `make test` runs the tests.
# Both create .venv and install the project with the tested versions (constraints.txt).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test lint serve clean lock screenshots lighthouse

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/mkdocs build --strict

# Live preview at the root of SERVE_ADDR: site_url's path (/explainer/, for GitHub Pages)
# would otherwise move every page under it.
SERVE_ADDR ?= 127.0.0.1:8000
serve: $(STAMP)
	SITE_URL=http://$(SERVE_ADDR)/ $(BIN)/mkdocs serve --dev-addr $(SERVE_ADDR)

# The browser tests inject axe-core: install it when npm is there (without it they are skipped,
# with a message saying so).
NODE_TEST := $(if $(shell command -v npm 2>/dev/null),node_modules/.axe-installed)

test: lint $(NODE_TEST)
	$(BIN)/python -m pytest

# Static checks: module boundaries (import-linter, contracts in pyproject.toml), ruff and mypy.
lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check generator
	$(BIN)/mypy

node_modules/.axe-installed: package.json package-lock.json
	npm ci --omit=dev --no-audit --no-fund
	touch $@

# Node tools of the browser checks: axe-core for the tests, Lighthouse for its script.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@ node_modules/.axe-installed

# Screenshots of every page type (desktop and phone, light and dark) into build/screenshots/.
screenshots: $(STAMP)
	$(BIN)/python -m tests.tools.screenshots build/screenshots

# Lighthouse scores of the overview and arguments pages (mobile preset, gzip), checked against the targets.
lighthouse: $(STAMP) node_modules/.installed
	$(BIN)/python -m tests.tools.lighthouse

# Refresh constraints.txt from the current environment (after changing dependencies).
lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable --exclude explainer | sort > constraints.txt

clean:
	rm -rf site .cache
