"""Homework with nbgrader: build the course, autograde synthetic students, read the grade table.

Every notebook is one assignment (10 points: four code exercises of 2 points, one written
answer of 2 points that the teacher grades by hand).  Synthetic students:

* ``untouched`` hands in the release version as it is: 0 points, and no cell outside the
  graded ones fails (nothing outside an exercise uses what an exercise defines);
* ``solved`` hands in the source (the lecturer's notebook with its solutions): full marks
  once the teacher has graded the written answer (the test plays the teacher);
* ``saboteur`` hands in the release with every solution replaced by something that must
  score nothing: the reference or a thin wrapper of it, a forbidden library call, code that
  raises, returns None, NaN or a wrong shape, or loops forever.  The feedback HTML says
  what is wrong, in Kazakh.

Cost (autograding runs the whole notebook): ``untouched`` is executed by nbgrader on every
notebook.  ``solved`` is graded from the outputs the source notebook holds
(``--no-execute``): the nbval run of the same suite proves those outputs are what executing
it gives.  ``saboteur`` runs on notebooks 01 and 03 (the two cheapest; together they hand in a
wrapper of the reference, forbidden calls, an error, None, NaN, a wrong shape and an
endless loop); ``HOMEWORK_FULL=1`` runs it on all five and executes
``solved`` too.  The teacher's ``make autograde`` always executes every submission.
"""
from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import nbgrader_course as course_tool  # noqa: E402

STEMS = course_tool.stems()
FULL = os.environ.get("HOMEWORK_FULL") == "1"
SABOTEUR_STEMS = STEMS if FULL else ["01_deep_learning", "03_rnn"]
POINTS, CODE_POINTS = 10, 8
STUB = re.compile(r"^(?P<indent>[ \t]*)# Шешіміңізді осы жерге жазыңыз\.\n(?P=indent)raise NotImplementedError\(\)$",
                  re.MULTILINE)

# What the saboteur writes in place of each stub (one body per stub of the cell, in order),
# and the Kazakh words its feedback must show.
SABOTAGE = {
    "01_deep_learning": {
        "ex1_neuron": (["return neuron_by_torch_layer(x, w, b)"], "эталонды (neuron_by_torch_layer) шақырады"),
        "ex2_tanh": (["while True:\n    pass", "return 1 - torch.tanh(x) ** 2"], "секунд ішінде аяқталмады"),
        "ex3_parameters": (["return sum(p.numel() for p in MLP(sizes=sizes).parameters())"],
                           "қолдануға болмайды"),
        "ex4_circles": (["raise ValueError('сынақ')"], "кодыңыз орындалғанда қате шықты"),
    },
    "02_lstm_gru": {
        "ex1_lstm_step": (["return torch.lstm_cell(x, (h, c), W_ih, W_hh, b_ih, b_hh)"],
                          "torch.lstm_cell қолдануға болмайды"),
        "ex2_gru_step": (["return reference_gru(x, h, W_ih, W_hh, b_ih, b_hh)"], "эталонды (reference_gru) шақырады"),
        "ex3_parameters": (["pass"], "ештеңе қайтармады (None)"),
        "ex4_forgetting": (["t = 0\nwhile True:\n    t += 1"], "секунд ішінде аяқталмады"),
    },
    "03_rnn": {
        "ex1_rnn_step": (["return torch.rnn_tanh_cell(x, h, W_xh, W_hh, b, torch.zeros_like(b))"],
                         "torch.rnn_tanh_cell қолдануға болмайды"),
        "ex2_by_hand": (["return float('nan')"], "NaN"),
        "ex3_clipped_step": (["optimizer.zero_grad()\nloss = loss_fn(model, batch)\nloss.backward()\n"
                              "torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)\noptimizer.step()"],
                             "сөздігін қайтаруы керек"),
        "ex4_forward": (["return torch.zeros(xs.shape[1], W_hh.shape[0])"], "пішіні қате"),
    },
    "04_gan_vae": {
        "ex1_d_loss": (["return M.d_loss(real_logits, fake_logits)"], "эталонды (M.d_loss) шақырады"),
        "ex2_kl": (["return kl_divergence(Normal(mu1, sigma1), Normal(mu2, sigma2)).sum(-1)"], "қолдануға болмайды"),
        "ex3_reparameterize": (["return mu * float('nan')"], "NaN"),
        "ex4_g_loss": (["return F.softplus(-fake_logits)"], "пішіні қате"),
    },
    "05_applications": {
        "ex1_rmse": (["return rmse(prediction, truth)"], "эталонды (rmse) шақырады"),
        "ex2_bpc": (["return 1 / 0"], "ZeroDivisionError"),
        "ex3_temperature": (["return torch.softmax(torch.as_tensor(logits) / temperature, dim=-1)"],
                            "torch.softmax қолдануға болмайды"),
        "ex4_words": (["return 'бір жүз'"], "күтілгені «бір», алынғаны «бір жүз»"),
    },
}
NOT_WRITTEN = "әлі жазылмаған (NotImplementedError)"


def _nbgrader_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _write(notebook: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _indent(body: str, indent: str) -> str:
    return "\n".join(indent + line for line in body.splitlines())


def sabotage(release: dict, plan: dict) -> dict:
    """The release notebook with every stub replaced by the saboteur's body for that exercise."""
    notebook = json.loads(json.dumps(release))
    for cell in notebook["cells"]:
        grade_id = _nbgrader_id(cell)
        if cell["cell_type"] != "code" or grade_id not in plan:
            continue
        bodies = iter(plan[grade_id][0])
        source = STUB.sub(lambda m: _indent(next(bodies), m["indent"]), "".join(cell["source"]))
        assert next(bodies, None) is None, f"{grade_id}: fewer stubs than bodies"
        cell["source"] = source
    return notebook


def _grade_written_answers(course: Path, stem: str, student: str) -> None:
    """The teacher's part: full marks for the written answer (here: the lecturer's own)."""
    from nbgrader.api import Gradebook

    with course_tool.tools_on_path(), \
            Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id=course_tool.COURSE_ID) as gradebook:
        notebook = gradebook.find_submission_notebook(stem, stem, student)
        for grade in notebook.grades:
            if grade.auto_score is None:
                grade.manual_score = grade.max_score
        gradebook.db.commit()


def _grades(csv_path: Path) -> dict[tuple[str, str], tuple[float, float]]:
    with open(csv_path, encoding="utf-8") as handle:
        return {(row["student_id"], row["assignment"]): (float(row["score"]), float(row["max_score"]))
                for row in csv.DictReader(handle)}


def _failing_cells(autograded: Path) -> dict[str, list[str]]:
    """Cell → error lines, for every cell of an autograded notebook that raised."""
    failing = {}
    for index, cell in enumerate(_read(autograded)["cells"]):
        errors = [f"{o['ename']}: {o['evalue']}" for o in cell.get("outputs", []) if o["output_type"] == "error"]
        if errors:
            failing[_nbgrader_id(cell) or f"cell {index}"] = errors
    return failing


def _ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _feedback(course: Path, student: str, stem: str) -> str:
    return (course / "feedback" / student / stem / f"{stem}.html").read_text(encoding="utf-8")


def grade_students(stem: str, course: Path) -> dict:
    """One notebook's course: released, handed in by the synthetic students, graded."""
    course_tool.assignment(course, only=[stem])
    release = course / "release" / stem / f"{stem}.ipynb"
    submitted = course / "submitted"
    shutil.copy(release, _ensure(submitted / "untouched" / stem) / f"{stem}.ipynb")
    if stem in SABOTEUR_STEMS:
        _write(sabotage(_read(release), SABOTAGE[stem]), submitted / "saboteur" / stem / f"{stem}.ipynb")
    if not FULL:  # graded from its stored outputs, after the executed students
        course_tool.autograde(course, only=[stem], export=False)
    shutil.copy(ROOT / "notebooks" / f"{stem}.ipynb", _ensure(submitted / "solved" / stem) / f"{stem}.ipynb")
    course_tool.autograde(course, only=[stem], student=None if FULL else "solved", execute=FULL, export=False)
    _grade_written_answers(course, stem, "solved")
    return _grades(course_tool.export_grades(course))


def check_release(stem: str, course: Path) -> None:
    release = _read(course / "release" / stem / f"{stem}.ipynb")
    text = "".join("".join(cell["source"]) for cell in release["cells"])
    assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text
    assert "Оқытушыға: күтілетін жауап" not in text
    assert all(not cell.get("outputs") for cell in release["cells"] if cell["cell_type"] == "code")
    source = _read(ROOT / "notebooks" / f"{stem}.ipynb")
    cells = [c for c in source["cells"] if "nbgrader" in c.get("metadata", {})]
    tests = [c for c in cells if c["metadata"]["nbgrader"]["grade"] and c["cell_type"] == "code"]
    written = [c for c in cells if c["metadata"]["nbgrader"]["grade"] and c["cell_type"] == "markdown"]
    assert len(tests) >= 4 and len(written) >= 1, "at least four graded exercises and one written answer"
    assert all("### BEGIN HIDDEN TESTS" in "".join(c["source"]) for c in tests), "every exercise has hidden cases"
    assert sum(c["metadata"]["nbgrader"]["points"] for c in tests + written) == POINTS


@pytest.mark.parametrize("stem", STEMS)
def test_homework_is_graded_as_a_teacher_expects(stem, tmp_path):
    """One test per notebook (so that parallel workers never build the same course twice)."""
    grades = grade_students(stem, tmp_path)
    check_release(stem, tmp_path)
    graded_cells = {f"{grade_id}_test" for grade_id in SABOTAGE[stem]}

    # (a) the release as it is: nothing scores, and only the graded cells fail
    assert grades[("untouched", stem)] == (0.0, POINTS)
    assert set(_failing_cells(tmp_path / "autograded" / "untouched" / stem / f"{stem}.ipynb")) == graded_cells
    assert NOT_WRITTEN in _feedback(tmp_path, "untouched", stem)

    # (b) the lecturer's solutions: full marks
    assert grades[("solved", stem)] == (POINTS, POINTS)

    # (c, d) references, forbidden calls, errors, None, NaN, wrong shapes, endless loops: nothing
    if stem in SABOTEUR_STEMS:
        assert grades[("saboteur", stem)] == (0.0, POINTS)
        assert set(_failing_cells(tmp_path / "autograded" / "saboteur" / stem / f"{stem}.ipynb")) == graded_cells
        feedback = _feedback(tmp_path, "saboteur", stem)
        for grade_id, (_, words) in SABOTAGE[stem].items():
            assert words in feedback, f"{grade_id}: the feedback does not say «{words}»"
        assert NOT_WRITTEN not in feedback
