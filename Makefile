# The one entry point. `make` regenerates both clients and builds the wheel; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
BASE ?= $(shell git describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null || echo HEAD)

.DEFAULT_GOAL := all
.PHONY: all clean-dist help venv generate check-drift gate diff wheel docs release publish test runbook-fuzz lint typecheck mock contract-live bench load clean

# dist/ is emptied first, so a failing step (the gate, say) never leaves a wheel built from an older generated/.
all: clean-dist generate check-drift gate wheel ## Regenerate both clients, check drift, run the breaking-change gate, build dist/*.whl

clean-dist:
	rm -rf dist

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11+ is required") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade 'pip>=25.1'
	$(PY) -m pip install --quiet --group dev
	@touch $@

venv: $(STAMP) ## Create .venv with the pinned tools from pyproject.toml

generate: $(STAMP) ## Apply overlays and regenerate generated/ from openapi/
	$(PY) -m scripts.generate

check-drift: $(STAMP) ## Fail with a diff when generated/ differs from a fresh regeneration
	$(PY) -m scripts.check_drift

gate: $(STAMP) ## Breaking-change gate (specs + Python API) against the last release tag (or HEAD); adds to CHANGELOG.md
	$(PY) -m scripts.release.gate --base $(BASE) --changelog CHANGELOG.md

diff: $(STAMP) ## Compare the specs and the Python API at BASE=<git ref> with the working tree (writes nothing)
	$(PY) -m scripts.release.gate --base $(BASE)

wheel: $(STAMP) ## Build the wheel and sdist into dist/ and check their metadata
	rm -rf dist
	$(PY) -m build --no-isolation --outdir dist . >/dev/null
	$(PY) -m twine check --strict dist/*
	@ls dist/*.whl

docs: $(STAMP) ## Build the API reference (pdoc, from the code and docstrings) into build/api/
	$(PY) -m scripts.docs --out build/api

release: $(STAMP) ## Next version from the changes since the last release tag: VERSION, CHANGELOG.md, regenerate, commit, tag v<version>
	$(PY) -m scripts.release

publish: $(STAMP) wheel ## twine upload dist/* to TWINE_REPOSITORY_URL (TWINE_USERNAME, TWINE_PASSWORD); refuses a dirty tree or a known version
	$(PY) -m scripts.release.publish

# A module per worker at a time, in collection order, where tests/conftest.py puts the slow modules first; two
# workers on two cores (measured with this scheduling: -n 2 133-144 s, -n 3 160 s: a third worker's collection and
# the contention cost more than the waits it overlaps).
# Bytecode caching stays on where PYTHONDONTWRITEBYTECODE is set (as on our CI machines): without it every pytest
# process re-rewrites the asserts of ~290 plugin modules (about 5 s) and every subprocess recompiles generated/.
test: $(STAMP) ## Run the whole test suite (pytest-xdist, 2 workers)
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -n 2 --dist loadscope --no-loadscope-reorder $(PYTEST_ARGS)

# Not part of make test: each seed runs make and the whole suite in its own scratch copy of HEAD (2-4 minutes).
runbook-fuzz: $(STAMP) ## SEEDS=N random seeds of 3-5 vendor changes through make + make test (RUNBOOK_SEED=n replays one)
	$(PY) -m tests.runbook.fuzz $(if $(SEEDS),--seeds $(SEEDS))

lint: $(STAMP) ## ruff over the hand-written code
	$(VENV)/bin/ruff check scripts tests
	$(VENV)/bin/ruff format --check scripts tests

typecheck: $(STAMP) ## mypy --strict over generated/ and the hand-written code
	$(PY) -m mypy

mock: $(STAMP) ## Serve both mocks on 127.0.0.1 (SYNQ :4010, Coalesce :4011; MOCK_TOKEN, MOCK_*_PORT)
	$(PY) -m scripts.mock

# The drift alarm's knobs as make variables (each also read from the environment as LIVE_<NAME>; README "Live drift alarm").
LIVE_VARIABLES := CHECKS BUDGET RATE EXAMPLES RECORD REPORT_DIR REDACT_FIELDS
contract-live: $(STAMP) ## The drift alarm against the live vendors (SYNQ_/COALESCE_BASE_URL + _TOKEN; CHECKS= BUDGET= RATE= RECORD=1)
	$(foreach name,$(LIVE_VARIABLES),$(if $($(name)),LIVE_$(name)='$($(name))')) $(PY) -m scripts.live

bench: $(STAMP) ## Goals P1-P7 side by side with raw httpx, pydantic, msgspec and the stock client (not part of make test)
	$(PY) -m scripts.bench

load: $(STAMP) ## Bounded load test: both mocks under uvicorn driven by the async clients (not part of make test)
	$(PY) -m scripts.load

clean: ## Remove the venv, build output and caches
	rm -rf $(VENV) dist build .mypy_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
