# The one entry point. `make` regenerates both clients and builds the wheel; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# pyright, pinned in package.json and package-lock.json (npm ci installs exactly the lock).
NODE_STAMP := node_modules/.installed
# The last release tag (scripts/git.py holds the tag pattern), or HEAD before the first release.
BASE ?= $(shell $(PY) -m scripts.git last-tag)

.DEFAULT_GOAL := all
.PHONY: all clean-dist help venv node generate check-drift gate diff wheel docs release publish test test-fast coverage contract-deep runbook-fuzz lint format typecheck mock contract-live bench load clean template-bases template-merge template-size peer-suite

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

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

node: $(NODE_STAMP) ## Install pyright and Prism (pinned in package-lock.json) into node_modules/ with npm ci

generate: $(STAMP) ## Apply overlays and regenerate generated/ from openapi/
	$(PY) -m scripts.generate

# A generator upgrade: `make template-bases`, bump openapi-python-client in pyproject.toml, `make venv`, then
# `make template-merge` (a three-way merge of each override with the stock changes) and `make generate`.
TEMPLATE_BASES ?= build/template-bases
template-bases: $(STAMP) ## Save the stock templates our overrides were forked from (before upgrading openapi-python-client)
	$(PY) -m scripts.codegen.forks save-bases $(TEMPLATE_BASES)

template-merge: $(STAMP) ## After the upgrade: merge the stock changes since TEMPLATE_BASES into our overrides (git merge-file)
	$(PY) -m scripts.codegen.forks merge $(TEMPLATE_BASES)

template-size: $(STAMP) ## Jinja lines of our templates, and how many are copied from the stock ones
	$(PY) -m scripts.codegen.forks measure

# Not in make test or CI: it needs a checkout of openapi-python-client from GitHub (its PyPI sdist lacks
# end_to_end_tests/, and CI has no GitHub access). Run it on each generator upgrade.
peer-suite: $(STAMP) ## openapi-python-client's end-to-end specs + functional tests on our templates (PEER=<its checkout>; not in CI)
	@test -n "$(PEER)" || { echo "usage: make peer-suite PEER=/path/to/openapi-python-client (a git checkout)"; exit 2; }
	$(PY) -m scripts.codegen.peer_suite $(PEER)

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

# A module per worker at a time, in collection order, where tests/conftest.py puts the slow modules first; three
# workers on two cores (measured on an idle machine, 2,920 tests: -n 2 164 s, -n 3 140 s, -n 4 148 s: many tests
# wait on servers, subprocesses and timeouts, which a third worker overlaps; a fourth costs more than it saves).
# Bytecode caching stays on where PYTHONDONTWRITEBYTECODE is set (as on our CI machines): without it every pytest
# process re-rewrites the asserts of ~290 plugin modules (about 5 s) and every subprocess recompiles generated/.
test: $(STAMP) $(NODE_STAMP) ## Run the whole test suite (pytest-xdist, 3 workers)
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -n 3 --dist loadscope --no-loadscope-reorder $(PYTEST_ARGS)

# Coverage slows Python 3.11's tracing by about half again, so it is a run of its own (CI runs it after make test).
coverage: $(STAMP) $(NODE_STAMP) ## The whole suite with line coverage of scripts/; fails under pyproject's [tool.coverage.report] fail_under
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -n 3 --dist loadscope --no-loadscope-reorder --cov --cov-report=term $(PYTEST_ARGS)

# The inner loop: the modules not marked slow (no wheel, venv, scratch checkout, long fuzz run or cold mypy).
test-fast: $(STAMP) $(NODE_STAMP) ## The suite without the slow modules (the inner loop; make test before you push)
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -n 3 --dist loadscope -m 'not slow' $(PYTEST_ARGS)

# The contract-style property tests again with CONTRACT_BUDGET=deep (tests/contract/budget.py): 2.5 times the
# schemathesis cases and hypothesis examples `make test` draws, and the explicit (coverage-phase) cases the standard
# budget leaves out. CI runs it after make coverage.
CONTRACT_DEEP_MODULES := tests/contract/test_mock_conformance.py tests/contract/test_mock_breakage.py \
	tests/contract/test_client_properties.py tests/contract/test_future_server.py \
	tests/contract/test_client_mock_paging.py tests/mock/test_mock_hostile_input.py
contract-deep: $(STAMP) ## The contract property tests (schemathesis, hypothesis) with the deep case budget (CI runs it)
	CONTRACT_BUDGET=deep PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -n 2 --dist loadscope --no-loadscope-reorder $(CONTRACT_DEEP_MODULES) $(PYTEST_ARGS)

# Not part of make test: each seed runs make and the whole suite but tests/runbook (the fixed seeds inside a seed are
# recursion, not coverage) in its own scratch copy of HEAD (4-15 minutes); each seed's whole log goes to
# build/runbook-fuzz/<seed>.log.
runbook-fuzz: $(STAMP) ## SEEDS=N random seeds of 3-5 vendor changes through make + make test without tests/runbook (RUNBOOK_SEED=n replays one)
	$(PY) -m tests.runbook.fuzz $(if $(SEEDS),--seeds $(SEEDS))

lint: $(STAMP) ## ruff over the hand-written code
	$(VENV)/bin/ruff check scripts tests
	$(VENV)/bin/ruff format --check scripts tests

format: $(STAMP) ## ruff check --fix, then ruff format, over the hand-written code
	$(VENV)/bin/ruff check --fix scripts tests
	$(VENV)/bin/ruff format scripts tests

typecheck: $(STAMP) ## mypy --strict over generated/ and the hand-written code
	$(PY) -m mypy

mock: $(STAMP) ## Serve both mocks on 127.0.0.1 (SYNQ :4010, Coalesce :4011; MOCK_TOKEN, MOCK_*_PORT)
	$(PY) -m scripts.mock

# The drift alarm's knobs as make variables (each also read from the environment as LIVE_<NAME>; README "Live drift alarm").
LIVE_VARIABLES := CHECKS BUDGET RATE EXAMPLES RECORD REPORT_DIR REDACT_FIELDS TIMEOUT LATENCY_BUDGET MIN_ANSWERS
contract-live: $(STAMP) ## The drift alarm against the live vendors (SYNQ_/COALESCE_BASE_URL + _TOKEN; CHECKS= BUDGET= RATE= RECORD=1 TIMEOUT= ...)
	$(foreach name,$(LIVE_VARIABLES),$(if $($(name)),LIVE_$(name)='$($(name))')) $(PY) -m scripts.live

bench: $(STAMP) ## Goals P1-P7 side by side with raw httpx, pydantic, msgspec and the stock client (not part of make test)
	$(PY) -m scripts.bench

load: $(STAMP) ## Bounded load test: both mocks under uvicorn driven by the async clients (not part of make test)
	$(PY) -m scripts.load

clean: ## Remove the venv, build output and caches
	rm -rf $(VENV) node_modules dist build .mypy_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
