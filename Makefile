# ProtegRT CRM. The two commands: `make run` and `make test`. `make help` lists the rest.
#
# Ports, URLs and folders come from scripts/env.sh (environment and .env win over its defaults);
# `make run PG_PORT=31000` works too, as command-line variables reach the recipes' environment.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.ONESHELL:
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

# Loads scripts/env.sh into a recipe. The assignment keeps env.sh's exit status (a bare
# `eval "$$(scripts/env.sh)"` would swallow a failure).
ENV := _env=$$(scripts/env.sh) && eval "$$_env"
CLI := .venv/bin/protegrt
PYTEST_WORKERS ?= 2
PYTEST_ARGS ?=
DEMO_ARGS ?=
BENCH_ARGS ?=
E2E_ARGS ?=
# Expanded here, not in the recipe, so that `make -n test` stays a dry run.
SUBMAKE := $(MAKE)

.PHONY: help run test test-suites test-backend test-web bootstrap services stop status migrate seed demo-data \
	demo-logins lint format bench psql env reset-data web-install web-build api-client

help: ## Show this help
	@printf 'ProtegRT CRM\n\n  make run    API + worker + beat + web admin with demo data (Ctrl-C stops everything)\n'
	printf '  make test   every test suite; non-zero exit on any failure\n\nOther targets:\n'
	awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# ---------------------------------------------------------------------------------------------------
# The two commands
# ---------------------------------------------------------------------------------------------------

run: bootstrap ## Services, migrations, seed, demo data (first time), then API, worker, beat and web
	@scripts/run.sh

# Stops PostgreSQL and Redis at the end only if they were not running before.
test: bootstrap ## Every test suite; non-zero exit on any failure
	@if scripts/services.sh status -q; then started=0; else started=1; fi
	rc=0
	$(SUBMAKE) -k test-suites || rc=$$?
	if ((started)); then scripts/services.sh stop >/dev/null || true; fi
	if ((rc)); then echo "make test: FALLÓ" >&2; else echo "make test: todo en verde"; fi
	exit $$rc

# Later: test-mobile. `make -k` (in `test`) runs every suite even after one fails.
test-suites: test-backend test-web

# Runs every check even after one fails, so a single run shows everything to fix.
test-backend: services ## Backend: ruff, ruff format --check, mypy, pytest -n 2 (PYTEST_WORKERS)
	@$(ENV)
	export ENVIRONMENT=test
	cd backend
	failed=()
	echo "== ruff check"; .venv/bin/ruff check . || failed+=("ruff check")
	echo "== ruff format --check"; .venv/bin/ruff format --check . || failed+=("ruff format")
	echo "== mypy"; .venv/bin/mypy || failed+=(mypy)
	echo "== pytest"; rc=0; .venv/bin/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS) || rc=$$?
	if ((rc == 5)); then echo "pytest: no se recogió ningún test" >&2; fi
	if ((rc)); then failed+=("pytest (código $$rc)"); fi
	if (($${#failed[@]})); then printf 'test-backend falló: %s\n' "$${failed[*]}" >&2; exit 1; fi

# Runs every check even after one fails. The e2e part (scripts/web-e2e.sh) starts its own API and
# web app on E2E_API_PORT / E2E_WEB_PORT with the database protegrt_e2e, and stops them.
test-web: services ## Web: API client up to date, tsc, Vitest, next build, Playwright e2e (E2E_ARGS)
	@scripts/bootstrap.sh --with-browser
	failed=()
	echo "== api-client: schema.ts al día con la API"; scripts/web.sh api-client-check || failed+=("api-client desactualizado (make api-client)")
	echo "== next build"; scripts/web.sh build || failed+=("next build")
	echo "== tsc"; { node_modules/.bin/tsc --noEmit -p packages/api-client && node_modules/.bin/tsc --noEmit -p frontend; } || failed+=(tsc)
	echo "== vitest (api-client)"; (cd packages/api-client && ../../node_modules/.bin/vitest run) || failed+=("vitest api-client")
	echo "== vitest (frontend)"; (cd frontend && ../node_modules/.bin/vitest run) || failed+=("vitest frontend")
	echo "== playwright (e2e)"; scripts/web-e2e.sh $(E2E_ARGS) || failed+=("playwright e2e")
	if (($${#failed[@]})); then printf 'test-web falló: %s\n' "$${failed[*]}" >&2; exit 1; fi

# ---------------------------------------------------------------------------------------------------
# Other commands
# ---------------------------------------------------------------------------------------------------

web-install: ## Node dependencies of the workspace (npm ci), when the lockfile changed
	@scripts/web.sh install

web-build: ## Build the web admin (next build), when its sources or the lockfile changed
	@scripts/web.sh build

api-client: bootstrap ## Regenerate packages/api-client/src/schema.ts from the backend's OpenAPI
	@scripts/web.sh api-client

bootstrap: ## Install what is missing: PostgreSQL+PostGIS, Redis, uv, backend venv, Node deps
	@scripts/bootstrap.sh

services: bootstrap ## Start PostgreSQL and Redis (a no-op when already running)
	@scripts/services.sh start

stop: ## Stop everything make started: a make run (any terminal), PostgreSQL, Redis
	@scripts/run.sh stop
	scripts/services.sh stop

status: ## Show whether PostgreSQL, Redis and make run are running
	@scripts/services.sh status || true
	$(ENV)
	if pid=$$(cat "$$DATA_DIR/run/honcho.pid" 2>/dev/null) && kill -0 "$$pid" 2>/dev/null; then
	  echo "make run: en marcha (honcho, pid $$pid), API http://127.0.0.1:$$API_PORT, web http://127.0.0.1:$$WEB_PORT"
	else
	  echo "make run: detenido"
	fi

migrate: services ## Create the database if missing and apply migrations
	@$(ENV)
	cd backend && $(CLI) migrate

seed: migrate ## Load the reference data (idempotent)
	@$(ENV)
	cd backend && $(CLI) seed

demo-data: seed ## Generate demo data (DEMO_ARGS="--if-empty --scale N")
	@$(ENV)
	cd backend && $(CLI) demo-data $(DEMO_ARGS)

demo-logins: services ## Print the demo users and passwords
	@$(ENV)
	cd backend && $(CLI) demo-logins

lint: bootstrap ## ruff check, ruff format --check, mypy
	@cd backend
	failed=()
	.venv/bin/ruff check . || failed+=("ruff check")
	.venv/bin/ruff format --check . || failed+=("ruff format")
	.venv/bin/mypy || failed+=(mypy)
	if (($${#failed[@]})); then printf 'lint falló: %s\n' "$${failed[*]}" >&2; exit 1; fi

format: bootstrap ## ruff format + ruff check --fix
	@cd backend
	.venv/bin/ruff format .
	.venv/bin/ruff check --fix .

bench: bootstrap ## Run the benchmarks in bench/ (python -m bench, BENCH_ARGS=...)
	@if [[ ! -d bench ]]; then echo "No hay bench/ todavía: nada que medir"; exit 0; fi
	scripts/services.sh start
	$(ENV)
	backend/.venv/bin/python -m bench $(BENCH_ARGS)

psql: services ## psql on the development database
	@scripts/services.sh psql

env: ## Print the environment of this checkout (eval "$$(make -s env)")
	@scripts/env.sh

reset-data: ## Stop everything and DELETE the PostgreSQL and Redis data
	@scripts/run.sh stop
	scripts/services.sh destroy
