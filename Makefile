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
# Expanded here, not in the recipe, so that `make -n test` stays a dry run.
SUBMAKE := $(MAKE)

.PHONY: help run test test-suites test-backend bootstrap services stop status migrate seed demo-data \
	demo-logins lint format bench psql env reset-data

help: ## Show this help
	@printf 'ProtegRT CRM\n\n  make run    API + worker + beat with demo data (Ctrl-C stops everything)\n'
	printf '  make test   every test suite; non-zero exit on any failure\n\nOther targets:\n'
	awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# ---------------------------------------------------------------------------------------------------
# The two commands
# ---------------------------------------------------------------------------------------------------

run: bootstrap ## Services, migrations, seed, demo data (first time), then API, worker and beat
	@scripts/run.sh

# Stops PostgreSQL and Redis at the end only if they were not running before.
test: bootstrap ## Every test suite; non-zero exit on any failure
	@if scripts/services.sh status -q; then started=0; else started=1; fi
	rc=0
	$(SUBMAKE) test-suites || rc=$$?
	if ((started)); then scripts/services.sh stop >/dev/null || true; fi
	if ((rc)); then echo "make test: FALLÓ" >&2; else echo "make test: todo en verde"; fi
	exit $$rc

# Later: test-web test-mobile.
test-suites: test-backend

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

# ---------------------------------------------------------------------------------------------------
# Other commands
# ---------------------------------------------------------------------------------------------------

bootstrap: ## Install what is missing: PostgreSQL+PostGIS, Redis, uv, backend venv
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
	  echo "make run: en marcha (honcho, pid $$pid), API http://127.0.0.1:$$API_PORT"
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
