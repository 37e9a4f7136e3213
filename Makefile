# Two commands do everything (see README): `make lab` and `make test`.
# Each creates .venv and installs requirements + this package on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Waiting OpenMP threads sleep instead of spinning (see deeplearn_helpers/__init__.py).
export OMP_WAIT_POLICY ?= PASSIVE

.PHONY: setup lab test check execute assignment autograde student bench weights slides app clean

# requirements.txt = torch's pin + this package with its extras [lab,test] (pyproject.toml)
$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -r requirements.txt
	touch $(STAMP)

setup: $(STAMP)

# As root (a container, a cloud notebook) JupyterLab refuses to start without --allow-root.
# Offline it must not ask PyPI for extension listings nor fetch news and update notices:
# the read-only extension manager and no news or update check (tests/test_make_lab.py).
LAB_FLAGS := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root) \
	--LabApp.extension_manager=readonly --LabApp.news_url=None \
	--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate

lab: setup            ## open the series in JupyterLab
	$(BIN)/jupyter lab $(LAB_FLAGS) notebooks/

# Three workers on the 2-core machine the suite is sized for: the browser and slides tests
# mostly wait for chromium, so a third worker keeps both cores busy (measured at ba4d297: 8 min 07 s with two
# workers, 7 min 12 s with three).  A notebook's nbval cells, and the browser tests, stay
# together on one worker (conftest.py groups them; each worker's torch gets its share of the
# cores).  WORKERS=auto uses one worker per core.
WORKERS ?= 3
test: setup           ## everything: unit tests, every notebook through nbval, homework autograding, browser, slides
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadgroup

check: setup          ## the quick unit tests: no notebook executed, no browser, no fresh venv, no claim retrained per seed
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadgroup -m "not notebooks and not browser and not system and not seeds" tests

execute: setup        ## re-run every notebook and store its outputs
	$(BIN)/python scripts/execute_notebooks.py notebooks/*.ipynb

assignment: setup     ## nbgrader course in build/course/ (course lecture13): one assignment per notebook, released to build/course/release/
	$(BIN)/python scripts/nbgrader_course.py assignment

autograde: setup      ## grade build/course/submitted/<student>/<nb>/: feedback HTML and build/course/grades.csv (nbgrader)
	$(BIN)/python scripts/nbgrader_course.py autograde

student: assignment   ## the self-study versions (nbgrader's release notebooks: solutions and hidden tests out) in student/
	$(BIN)/python scripts/nbgrader_course.py student student

bench: setup          ## time, memory, explorer latency, quality -> benchmarks/RESULTS.md
	$(BIN)/python -m benchmarks

weights: setup        ## train every shipped weights file again (scripts/train_*_weights.py; slow: the digit GAN takes ~16 CPU-min)
	for script in scripts/train_*_weights.py; do $(BIN)/python $$script || exit 1; done

slides: setup         ## reveal.js slide decks that open offline -> slides/
	$(BIN)/python scripts/build_slides.py

NB ?= 01
app: setup            ## a notebook's explorers as a page without code (Voilà): make app NB=04
	$(BIN)/voila $(wildcard notebooks/$(NB)_*.ipynb) --Voila.ip=127.0.0.1

clean:
	rm -rf $(VENV) student build *.egg-info
