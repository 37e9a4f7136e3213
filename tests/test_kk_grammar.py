"""Kazakh case endings after numbers and abbreviations (i18n.kk_grammar).

The reference is independent of the helper: the number's words come from the num2words
package (Kazakh is its language "kz"), and the endings of each last word are written out
below by hand from the school rule (vowel harmony; the last sound: vowel, nasal м н ң,
voiced л р й у ж з, voiceless).
"""
import ast
from pathlib import Path

import pytest

from deeplearn_helpers import i18n
from deeplearn_helpers.i18n import ABBREVIATIONS, CASES, case_ending, kk_case, spoken_last_word, tr
from deeplearn_helpers.validate import HelperInputError

num2words = pytest.importorskip("num2words").num2words

# Endings (genitive, dative, accusative, locative, ablative) after each word a number can end in.
BY_LAST_WORD = {
    "нөл":    ("дің", "ге", "ді", "де", "ден"),     # л, front
    "бір":    ("дің", "ге", "ді", "де", "ден"),     # р, front
    "екі":    ("нің", "ге", "ні", "де", "ден"),     # vowel, front
    "үш":     ("тің", "ке", "ті", "те", "тен"),     # voiceless, front
    "төрт":   ("тің", "ке", "ті", "те", "тен"),
    "бес":    ("тің", "ке", "ті", "те", "тен"),
    "алты":   ("ның", "ға", "ны", "да", "дан"),     # vowel, back
    "жеті":   ("нің", "ге", "ні", "де", "ден"),
    "сегіз":  ("дің", "ге", "ді", "де", "ден"),     # з, front
    "тоғыз":  ("дың", "ға", "ды", "да", "дан"),     # з, back
    "он":     ("ның", "ға", "ды", "да", "нан"),     # nasal, back
    "жиырма": ("ның", "ға", "ны", "да", "дан"),
    "отыз":   ("дың", "ға", "ды", "да", "дан"),
    "қырық":  ("тың", "қа", "ты", "та", "тан"),     # voiceless, back
    "елу":    ("дің", "ге", "ді", "де", "ден"),     # the glide у, front (елудің, елуге)
    "алпыс":  ("тың", "қа", "ты", "та", "тан"),
    "жетпіс": ("тің", "ке", "ті", "те", "тен"),
    "сексен": ("нің", "ге", "ді", "де", "нен"),     # nasal, front
    "тоқсан": ("ның", "ға", "ды", "да", "нан"),
    "жүз":    ("дің", "ге", "ді", "де", "ден"),
    "мың":    ("ның", "ға", "ды", "да", "нан"),     # ң, back
}

# The abbreviations as issue 13 and the notebooks' own text decline them.
BY_ABBREVIATION = {
    "GRU": ("ның", "ға", "ны", "да", "дан"), "CPU": ("ның", "ға", "ны", "да", "дан"),
    "LSTM": ("нің", "ге", "ді", "де", "нен"), "RNN": ("нің", "ге", "ді", "де", "нен"),
    "GAN": ("ның", "ға", "ды", "да", "нан"), "VAE": ("нің", "ге", "ні", "де", "ден"),
    "KL": ("дің", "ге", "ді", "де", "ден"), "ELBO": ("ның", "ға", "ны", "да", "дан"),
    "μ": ("ның", "ға", "ны", "да", "дан"),
}


def test_every_number_up_to_ten_thousand_agrees_with_num2words_and_the_rule():
    disagree = []
    for n in range(10_001):
        last = num2words(n, lang="kz").split()[-1]
        assert spoken_last_word(n) == last, n
        expected = [f"{n}-{ending}" for ending in BY_LAST_WORD[last]]
        got = [kk_case(n, case) for case in CASES]
        if got != expected:
            disagree.append((n, got, expected))
    assert disagree == []


def test_the_examples_of_the_glossary():
    assert kk_case(216, "ablative") == "216-дан"      # «алты»
    assert kk_case(40, "ablative") == "40-тан"        # «қырық»
    assert kk_case(1000, "ablative") == "1000-нан"    # «мың»


@pytest.mark.parametrize("abbreviation", sorted(BY_ABBREVIATION))
def test_abbreviations_follow_their_reading(abbreviation):
    assert abbreviation in ABBREVIATIONS
    assert [kk_case(abbreviation, case) for case in CASES] == \
        [f"{abbreviation}-{ending}" for ending in BY_ABBREVIATION[abbreviation]]


@pytest.mark.parametrize("printed, last", [
    ("0,85", "бес"), ("0.5", "бес"), ("10 000", "мың"), ("−3", "үш"), ("2,40", "қырық"),
    ("1000000", "миллион"), ("3000000000", "миллиард"), ("216", "алты")])
def test_numbers_as_printed_are_read_from_their_last_digits(printed, last):
    assert spoken_last_word(printed) == last


def test_tr_fills_the_ending_in_after_a_formatted_number():
    i18n.STRINGS["test.elbo"] = {"kk": "−ELBO {elbo:.0f@ablative} төмен", "ru": "{elbo:.0f}",
                                 "en": "{elbo:.0f}"}
    try:
        assert tr("test.elbo", elbo=216.2) == "−ELBO 216-дан төмен"
        assert tr("test.elbo", elbo=40.4) == "−ELBO 40-тан төмен"
        assert tr("test.elbo", elbo=999.6) == "−ELBO 1000-нан төмен"   # rounded first, then read
    finally:
        del i18n.STRINGS["test.elbo"]


@pytest.mark.parametrize("value, case", [
    (1.5, "dative"), (True, "dative"), ("abc", "dative"), ("1e3", "dative"), (None, "dative"),
    ("1" * 16, "dative"), (5, "vocative"), (5, None)])
def test_bad_arguments_are_explained_in_kazakh(value, case):
    with pytest.raises(HelperInputError, match="[әғқңөұүі]"):
        kk_case(value, case)


def test_case_ending_wants_a_kazakh_word():
    assert case_ending("су", "genitive") == "дың"        # a glide у in a one-vowel word: back
    with pytest.raises(HelperInputError):
        case_ending("water", "genitive")


def test_i18n_imports_nothing_that_imports_i18n():
    """i18n → kk_grammar → errors, never → validate (validate imports i18n): no import cycle."""
    package = Path(i18n.__file__).parent.parent
    outside = set()
    for path in (package / "i18n").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 2:
                outside.add(node.module)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and \
                    (node.module or "").startswith("deeplearn_helpers"):
                outside.add(node.module)
    assert outside == {"errors"}
    errors = ast.parse((package / "errors.py").read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(errors) if isinstance(n, (ast.Import, ast.ImportFrom))]
