import re
import string

import pytest

from deeplearn_helpers import i18n, set_language, tr
from deeplearn_helpers.i18n import LANGUAGES, QUIZZES, STRINGS

KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_string_has_every_language_and_same_placeholders(key):
    entry = STRINGS[key]
    assert set(entry) == set(LANGUAGES), f"{key}: languages {sorted(entry)}"
    assert all(entry[lang].strip() for lang in LANGUAGES), key
    assert _fields(entry["kk"]) == _fields(entry["ru"]) == _fields(entry["en"]), key


@pytest.mark.parametrize("key", sorted(QUIZZES))
def test_quizzes_are_complete_in_every_language(key):
    questions = QUIZZES[key]
    assert questions
    for question in questions:
        for part in [question["question"], question["explain"], *question["options"]]:
            assert set(part) == set(LANGUAGES)
        assert 0 <= question["answer"] < len(question["options"]) >= 2


def test_kazakh_is_default_and_switching_works():
    assert i18n.get_language() == "kk"
    kk = tr("train.loss")
    set_language("en")
    assert tr("train.loss") == "Loss"
    set_language("ru")
    assert tr("train.loss") != kk and tr("train.loss") != "Loss"


def test_unknown_language_is_refused_clearly():
    with pytest.raises(ValueError, match="Тіл"):
        set_language("de")


def test_kazakh_strings_use_kazakh_letters():
    # A "Kazakh" text with no Kazakh-specific letter at all is often Russian by mistake.
    long_ones = [k for k, v in STRINGS.items() if len(v["kk"]) > 40]
    without = [k for k in long_ones if not KAZAKH_LETTERS.search(STRINGS[k]["kk"])]
    assert len(without) <= 0.2 * len(long_ones), without
