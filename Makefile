# Two commands for newcomers: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test install lint format lock messages demo clean

$(BIN)/activate: requirements-dev.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	touch $(BIN)/activate

install: $(BIN)/activate

run: install
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	@echo ""
	@echo "  Site:  http://127.0.0.1:$(PORT)/"
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/  (demo logins only:"
	@echo "         admin / admin, staff koho / koho-demo-2026, member / member-demo-2026)"
	@echo ""
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Regenerate the lock files after changing dependencies in pyproject.toml: the
# development one (what `make install` and CI use), then the image's, pinned to
# the same versions.
lock: install
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements-dev.lock
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 -c requirements-dev.lock -o requirements.lock

# Refresh the translation catalogues after changing marked strings, in the same
# layout CI regenerates them (no source locations, no obsolete entries), so the
# diff shows only what changed.
MESSAGES_ARGS := --no-location --no-obsolete --ignore='.venv/*' --ignore='staticfiles/*' \
	-l ja -l en -l zh_Hans -l ko -l vi
messages: install
	$(MANAGE) makemessages $(MESSAGES_ARGS)
	$(MANAGE) makemessages -d djangojs $(MESSAGES_ARGS)

demo: install
	$(MANAGE) load_demo

clean:
	rm -rf $(VENV) staticfiles
