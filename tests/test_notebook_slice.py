"""The browser test runs only the cells the explorers need (tests/notebook_slice.py): check
that it keeps what they need and leaves out what they do not."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from notebook_slice import BUILTINS, cell_names, explorer_slice, has_widget, sliced_notebook

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
WIDGET_OUTPUT = [{"output_type": "display_data", "data": {"application/vnd.jupyter.widget-view+json": {}}}]


def _notebook(*sources, widgets=()):
    cells = [{"cell_type": "markdown", "source": "# title", "metadata": {}}]
    for i, source in enumerate(sources):
        cells.append({"cell_type": "code", "source": source, "metadata": {}, "execution_count": None,
                      "outputs": WIDGET_OUTPUT if i in widgets else []})
    return {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def _kept_sources(notebook):
    return [notebook["cells"][i]["source"] for i in explorer_slice(notebook)]


def test_keeps_the_definitions_an_explorer_reads_and_drops_the_rest():
    nb = _notebook(
        "import sys\nfrom lib import fit, Explorer, plot",   # 0: set-up, always kept
        "data = load()",                                     # 1: read by 2
        "model = make(data)",                                # 2: read by the explorer
        "other = slow_training()",                           # 3: read by nobody
        "plot(other)",                                       # 4: passes only an unneeded object
        "fit(model, data)",                                  # 5: changes the model in place
        "model.eval()",                                      # 6: so does this
        "plot(model)\nplt.show()",                           # 7: passes model: kept (it could change it)
        "Explorer(model)",                                   # 8: the explorer
        "late = 1",                                          # 9: after the last explorer
        widgets=[8])
    assert _kept_sources(nb) == ["import sys\nfrom lib import fit, Explorer, plot", "data = load()",
                                 "model = make(data)", "fit(model, data)", "model.eval()",
                                 "plot(model)\nplt.show()", "Explorer(model)"]


def test_the_last_definition_before_the_use_counts():
    nb = _notebook("import x", "m = first()", "m = second()", "Explorer(m)", widgets=[3])
    assert _kept_sources(nb) == ["import x", "m = second()", "Explorer(m)"]


def test_a_cell_that_reads_and_writes_a_name_keeps_the_earlier_definition():
    nb = _notebook("import x", "m = base()", "m = tune(m)", "Explorer(m)", widgets=[3])
    assert _kept_sources(nb) == ["import x", "m = base()", "m = tune(m)", "Explorer(m)"]


def test_names_inside_functions_and_loops_are_their_own():
    defined, read, _ = cell_names("def f(a, *rest, key=1):\n    return a + key\nfor i in range(3):\n    print(i)\n"
                                  "%matplotlib inline\ny = f(z)")
    assert {"f", "i", "y"} <= defined
    assert read == {"z"}                      # not a, key, rest (parameters), i (own), range/print (builtins)


def test_imported_modules_keep_no_cell():
    nb = _notebook("import plt", "plt.plot(1)", "m = 1", "Explorer(m, plt)", widgets=[3])
    assert _kept_sources(nb) == ["import plt", "m = 1", "Explorer(m, plt)"]


def test_without_widgets_nothing_is_kept():
    assert explorer_slice(_notebook("import x", "y = 1")) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_the_slice_of_each_notebook_holds_every_widget_and_defines_what_it_reads(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    sliced = sliced_notebook(notebook)
    code = [cell for cell in sliced["cells"] if cell["cell_type"] == "code"]
    widgets = sum(has_widget(cell) for cell in notebook["cells"])
    assert widgets >= 2 and sum(has_widget(cell) for cell in code) == widgets
    defined = set()
    for cell in code:                         # in order: every name read was defined before (or here)
        names_defined, read, _ = cell_names("".join(cell["source"]))
        defined |= names_defined
        assert read <= defined | BUILTINS, (read - defined, "".join(cell["source"])[:200])
    assert len(code) < sum(cell["cell_type"] == "code" for cell in notebook["cells"])   # it is a slice
