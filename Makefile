# Two commands do everything (see README): `make lab` and `make test`.
# Each creates .venv and installs requirements + this package on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Waiting OpenMP threads sleep instead of spinning (see deeplearn_helpers/__init__.py).
export OMP_WAIT_POLICY ?= PASSIVE

.PHONY: setup lab test execute student bench weights slides app clean

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -r requirements.txt
	$(BIN)/python -m pip install -e .
	touch $(STAMP)

setup: $(STAMP)

lab: setup            ## open the series in JupyterLab
	$(BIN)/jupyter lab notebooks/

test: setup           ## unit tests + every notebook through nbval + student versions
	$(BIN)/python -m pytest

execute: setup        ## re-run every notebook and store its outputs
	$(BIN)/python scripts/execute_notebooks.py notebooks/*.ipynb

student: setup        ## write the homework versions (solutions taken out) to student/
	$(BIN)/python scripts/make_student.py notebooks student

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
