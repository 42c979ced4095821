# The README's two commands: `make run` and `make test`. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed

.PHONY: install run test lint format demo bench clean

$(STAMP): pyproject.toml constraints.txt scripts/bootstrap-venv.sh
	PYTHON=$(PYTHON) sh scripts/bootstrap-venv.sh $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	$(BIN)/python -c "import pathlib, sysconfig; pathlib.Path(sysconfig.get_paths()['purelib'], 'sportello-site.pth').write_text(str(pathlib.Path('site').resolve()) + '\n')"
	touch $(STAMP)

install: $(STAMP)

# Links in e-mails and notices carry the port the demo is served on.
demo run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)

# The address and the demo logins come last (create_demo_admin), after the migrations' output.
demo: install
	$(MANAGE) migrate --noinput --verbosity 0
	$(MANAGE) create_demo_admin --port $(PORT) --site-only  # before the demo bookings send their e-mails
	$(MANAGE) load_demo_content
	$(MANAGE) load_demo_translations
	$(MANAGE) update_index
	$(MANAGE) create_demo_admin --port $(PORT)

run: demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# The suite runs in one process per core (pytest-xdist; each has its own test database and search
# index): `make test TEST_WORKERS=0` runs it in this process, e.g. to debug.
TEST_WORKERS ?= auto
test: install
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	PYTHONPATH=site $(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

clean:
	rm -rf $(VENV) staticfiles var

# Benchmarks on this machine (needs PostgreSQL and Redis on localhost; installs wrk when root).
bench: install
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)
	@command -v varnishd >/dev/null && command -v nginx >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish nginx-light)
	$(BIN)/python bench/run.py
