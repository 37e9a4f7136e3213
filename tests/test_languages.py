"""Three languages: every user-facing string of the package goes through i18n.

Switching with ``set_language`` can only reach strings that live in ``i18n/``; a Kazakh (or
Russian) string literal anywhere else in the package would stay untranslated.
"""
import ast
import re
from pathlib import Path

import pytest

from deeplearn_helpers import set_language
from deeplearn_helpers.i18n import LANGUAGES, QUIZZES
from deeplearn_helpers.widgets import NeuronExplorer, Playground, Quiz

PACKAGE = Path(__file__).resolve().parent.parent / "deeplearn_helpers"
CYRILLIC = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
# Modules whose Kazakh literals are language *data* (number words, the alphabet, prompts for
# the Kazakh language model), not messages.
KAZAKH_DATA = {"data/numbers_kk.py", "data/text.py", "data/translation.py",   # number words (seq2seq vocabulary)
               "models/seq2seq.py", "widgets/applications.py"}


def _literals_outside_i18n():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "i18n" in path.parts or path.relative_to(PACKAGE).as_posix() in KAZAKH_DATA:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in docstrings and CYRILLIC.search(node.value)):
                yield f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value[:50]!r}"


def test_no_untranslatable_string_literal_in_the_package():
    assert list(_literals_outside_i18n()) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_explorers_and_quizzes_speak_every_language(language):
    set_language(language)
    explorer = Playground()
    explorer.refresh()
    captions = [c.description for c in explorer.controls.values()] + [explorer.text.value]
    neuron = NeuronExplorer()
    neuron.refresh()
    captions += [neuron.text.value]
    for key in QUIZZES:
        captions.append(Quiz(key).button.description)
    text = " ".join(captions)
    if language == "en":
        assert not CYRILLIC.search(text), text
    else:
        assert CYRILLIC.search(text)
    if language == "ru":
        assert not re.search("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]", text), text   # no Kazakh letters in Russian


# --- the notebooks' code cells ------------------------------------------------------------
NOTEBOOKS = sorted((PACKAGE.parent / "notebooks").glob("[0-9]*.ipynb"))
# Kazakh literals in a notebook's code that are language data, not messages: (notebook,
# start of the literal, or of the cell that holds them) → the reason.
NOTEBOOK_DATA = {
    ("05_applications", "ONES = ["): "exercise 4: the Kazakh number words the student's function spells with",
    ("05_applications", "терең оқыту"): "prompts for the Kazakh character language model",
    ("05_applications", "білім"): "a prompt for the Kazakh character language model",
}


def _docstring_ids(tree) -> set[int]:
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}


def kazakh_literals(code: str) -> list[str]:
    """Cyrillic string literals in code, outside docstrings and outside the arguments of tr()."""
    tree = ast.parse(code)
    skip = _docstring_ids(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "tr":
            skip |= {id(inner) for inner in ast.walk(node)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in skip and CYRILLIC.search(node.value)]


def test_the_literal_finder_sees_prints_and_spares_tr_and_docstrings():
    code = ('def f():\n    """Құжат жолы."""\n    return 1\n'
            'print(tr("basics.nb_logits"), f"{tr(\'basics.learner.cnn\')}")\n'
            'print(f"қадамдар: {n}")\nlabel = "шығыс"\n')
    assert set(kazakh_literals(code)) == {"қадамдар: ", "шығыс"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_code_prints_and_draws_through_tr(path):
    """A label a notebook's code prints or draws switches language with set_language: it is a
    tr() key, not a Kazakh literal (comments and docstrings stay Kazakh: students read them)."""
    import json
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    found = [f"cell {i}: {literal[:40]!r}" for i, cell in enumerate(cells) if cell["cell_type"] == "code"
             for literal in kazakh_literals("".join(cell["source"]))
             if not any(path.stem == nb and (literal.startswith(start) or "".join(cell["source"]).startswith(start))
                        for nb, start in NOTEBOOK_DATA)]
    assert found == []
