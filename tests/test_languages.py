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
KAZAKH_DATA = {"data/numbers_kk.py", "data/text.py", "models/seq2seq.py", "widgets/applications.py"}


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
