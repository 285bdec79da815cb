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

serve: $(STAMP)
	$(BIN)/mkdocs serve

test: lint
	$(BIN)/python -m pytest

# Static checks: module boundaries (import-linter, contracts in pyproject.toml), ruff and mypy.
lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check generator
	$(BIN)/mypy

# Node tools of the browser checks: axe-core for the tests, Lighthouse for its script.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

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
