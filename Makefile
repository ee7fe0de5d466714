# KP-Assistent. `make test` and `make run` do all setup themselves (idempotent).
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
RASA := $(PY) -m rasa
MODELLE := models/rasa

export PYTHONPATH := $(CURDIR)
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONWARNINGS := ignore
export KP_SPACY_BASIS ?= auto
export TF_INTRA_OP_PARALLELISM_THREADS ?= 2
export TF_INTER_OP_PARALLELISM_THREADS ?= 2

.PHONY: help setup venv spacy train test test-rules test-rasa run eval bench lock clean

help:
	@echo "make run    – alles einrichten, Modell trainieren, Assistent starten"
	@echo "make test   – alles einrichten und alle Tests ausführen"
	@echo "make eval   – zurückgehaltene Testfragen über REST auswerten"
	@echo "make bench  – Antwortzeit und Speicher messen"
	@echo "make teams-package – Teams-App-Paket nach dist/ (KP_TEAMS_APP_ID=… make teams-package)"
	@echo "make lock   – Lock-Datei requirements/requirements.txt neu erzeugen"
	@echo "make report – Bericht der letzten TAGE=30 Tage (Text und var/bericht.html)"

venv:
	@scripts/setup-venv.sh

spacy: venv
	@$(PY) -m bot.nlp.pipeline

.PHONY: web
web:
	@scripts/setup-web.sh

# Our store's schema (Alembic, KP_DB_URL); idempotent. Stops with a clear message if the database is unreachable.
.PHONY: migrate report
migrate: venv
	@$(PY) -m bot.store.migration

setup: spacy web migrate

train: setup
	@$(PY) -m bot.train

test: train
	$(PY) -m pytest -q --durations=15 tests
	$(RASA) data validate --fail-on-warnings --quiet
	$(RASA) test core --stories tests/stories --model $(MODELLE) --fail-on-prediction-errors --out results/core --no-plot

test-rules: venv
	$(PY) -m pytest -q tests/rules

run: train
	@$(PY) -m bot run

eval: train
	@$(PY) -m bot.eval.heldout

bench: train
	@$(PY) -m bot.eval.bench

TAGE ?= 30
report: migrate
	@$(PY) -m bot report --tage $(TAGE) --html var/bericht.html

.PHONY: teams-package
teams-package:
	@scripts/teams-package.sh

lock:
	@py=$$(scripts/find-python.sh) && $$py -m venv .tools && .tools/bin/pip install --quiet pip-tools
	.tools/bin/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links \
		-o requirements/requirements.txt requirements/requirements.in

clean:
	rm -rf $(MODELLE) models/spacy-de results .pytest_cache
