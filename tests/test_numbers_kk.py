"""The rule-based converter: a hand-checked table, num2words (kz), and input checks."""
import pytest

from deeplearn_helpers.data.numbers_kk import number_to_kazakh, parse_number
from deeplearn_helpers.validate import HelperInputError

# Checked by hand against Kazakh grammar (not produced by the code under test).
HAND_TABLE = {
    0: "нөл", 1: "бір", 7: "жеті", 10: "он", 11: "он бір", 19: "он тоғыз", 20: "жиырма",
    40: "қырық", 50: "елу", 77: "жетпіс жеті", 90: "тоқсан", 99: "тоқсан тоғыз",
    100: "жүз", 101: "жүз бір", 110: "жүз он", 200: "екі жүз", 345: "үш жүз қырық бес",
    1000: "бір мың", 1001: "бір мың бір", 1100: "бір мың жүз",
    1945: "бір мың тоғыз жүз қырық бес", 2024: "екі мың жиырма төрт",
    9999: "тоғыз мың тоғыз жүз тоқсан тоғыз", 10000: "он мың", 100000: "жүз мың",
    1000000: "бір миллион", 2000000000: "екі миллиард",
}


@pytest.mark.parametrize("n, words", HAND_TABLE.items())
def test_hand_checked_table(n, words):
    assert number_to_kazakh(n) == words


def test_agrees_with_num2words_on_0_to_9999_and_beyond():
    num2words = pytest.importorskip("num2words").num2words
    numbers = list(range(10000)) + [12345, 99999, 100001, 1234567, 999999999999]
    disagree = [n for n in numbers if number_to_kazakh(n) != num2words(n, lang="kz")]
    assert disagree == []


@pytest.mark.parametrize("bad", [-1, 10 ** 12, 1.5, "12", True])
def test_converter_rejects_bad_numbers(bad):
    with pytest.raises(HelperInputError):
        number_to_kazakh(bad)


def test_parse_number_reads_digits_and_explains_in_kazakh():
    assert parse_number(" 1945 ") == 1945 and parse_number(7) == 7
    with pytest.raises(HelperInputError, match="енгізілмеді"):
        parse_number("  ")
    with pytest.raises(HelperInputError, match="сан емес"):
        parse_number("12a")
    with pytest.raises(HelperInputError, match="сан емес"):
        parse_number("١٢")                        # non-ASCII digits are not accepted
    with pytest.raises(HelperInputError, match="ауқымнан тыс"):
        parse_number("123456")
    with pytest.raises(HelperInputError):
        parse_number(None)
