"""scripts/execute_notebooks.py stores stream outputs as Jupyter shows them."""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from execute_notebooks import coalesce_streams  # noqa: E402


def _cell(*outputs):
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("fit(...)")
    cell.outputs = list(outputs)
    notebook.cells = [cell]
    return notebook


def _stream(text, name="stdout"):
    return nbformat.v4.new_output("stream", name=name, text=text)


def test_a_redrawn_progress_bar_keeps_only_its_last_state():
    notebook = _cell(_stream("Оқыту:   0%\r"), _stream("Оқыту:  50%\r"), _stream("Оқыту: 100%\n"),
                     _stream("соңғы шығын 0.1\n"))
    coalesce_streams(notebook)
    assert [o.text for o in notebook.cells[0].outputs] == ["Оқыту: 100%\nсоңғы шығын 0.1\n"]


def test_other_outputs_and_other_streams_stay_apart_and_in_order():
    figure = nbformat.v4.new_output("display_data", data={"text/plain": "<Figure>"})
    notebook = _cell(_stream("a\r"), _stream("b\n"), figure, _stream("warn\n", name="stderr"), _stream("c\n"))
    coalesce_streams(notebook)
    outputs = notebook.cells[0].outputs
    assert [o.output_type for o in outputs] == ["stream", "display_data", "stream", "stream"]
    assert [o.get("text") for o in outputs] == ["b\n", None, "warn\n", "c\n"]


def test_a_carriage_return_at_a_line_end_is_kept_as_a_newline():
    notebook = _cell(_stream("line one\r\nline two\n"))
    coalesce_streams(notebook)
    assert notebook.cells[0].outputs[0].text == "line one\nline two\n"
