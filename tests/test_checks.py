import numpy as np
import pytest
import torch

from deeplearn_helpers import set_language
from deeplearn_helpers.checks import (ClaimFailed, ExerciseFailed, check_condition, check_function,
                                      check_value, claim)

# These tests use an existing message key as the exercise's title.
WHAT = "train.loss"


def reference(x):
    return torch.tanh(x)


CASES = [(torch.linspace(-2, 2, 5),), (torch.zeros(2, 3),)]


def test_correct_function_passes(capsys):
    check_function(WHAT, lambda x: torch.tanh(x), reference, CASES)
    assert "✓" in capsys.readouterr().out


@pytest.mark.parametrize("student, words", [
    (lambda x: (_ for _ in ()).throw(NotImplementedError()), "әлі жазылмаған"),
    (lambda x: 1 / 0, "ZeroDivisionError"),
    (lambda x: None, "None"),
    (lambda x: x * float("nan"), "NaN"),
    (lambda x: x.reshape(-1)[:1], "пішіні қате"),
    (lambda x: torch.sigmoid(x), "ең үлкен айырма"),
    (lambda x: "tanh", "сан немесе тензор"),
])
def test_wrong_code_is_explained_not_crashing(student, words, capsys):
    with pytest.raises(ExerciseFailed, match="жоғарыдағы|Жоғарыдағы"):
        check_function(WHAT, student, reference, CASES)
    out = capsys.readouterr().out
    assert "✗" in out and words in out


def test_student_code_cannot_change_the_cases():
    x = torch.ones(3)

    def mutating(t):
        t.mul_(0)
        return torch.tanh(t)

    with pytest.raises(ExerciseFailed):
        check_function(WHAT, mutating, reference, [(x,)])
    assert torch.equal(x, torch.ones(3))


def test_not_a_function():
    with pytest.raises(ExerciseFailed):
        check_function(WHAT, None, reference, CASES)


def test_check_value_and_condition(capsys):
    check_value(WHAT, np.array([1.0, 2.0]), torch.tensor([1.0, 2.0]))
    with pytest.raises(ExerciseFailed):
        check_value(WHAT, None, 1.0)
    with pytest.raises(ExerciseFailed):
        check_value(WHAT, float("nan"), 1.0)
    check_condition(WHAT, 0.95, lambda a: a >= 0.9, "train.loss")
    assert capsys.readouterr().out.count("✓") == 2
    with pytest.raises(ExerciseFailed):
        check_condition(WHAT, 0.5, lambda a: a >= 0.9, "train.loss")
    with pytest.raises(ExerciseFailed):
        check_condition(WHAT, "0.5", lambda a: a >= 0.9, "train.loss")
    with pytest.raises(ExerciseFailed):
        check_condition(WHAT, None, lambda a: a >= 0.9, "train.loss")


def test_claim_prints_or_raises(capsys):
    claim(True, "train.loss")
    assert "✓" in capsys.readouterr().out
    with pytest.raises(ClaimFailed, match="✗"):
        claim(False, "train.loss")


def test_messages_follow_the_language(capsys):
    set_language("en")
    with pytest.raises(ExerciseFailed, match="not solved yet"):
        check_function(WHAT, lambda x: None, reference, CASES)
    assert "returned nothing" in capsys.readouterr().out


def test_check_score(capsys):
    from deeplearn_helpers.checks import check_score

    check_score(WHAT, lambda a: a * 2, (0.5,), lambda r: r, 0.9)
    assert "1.000 ≥ 0.9" in capsys.readouterr().out
    for student in [lambda a: None, lambda a: 1 / 0, lambda a: "model", lambda a: a,
                    lambda a: float("nan")]:
        with pytest.raises(ExerciseFailed):
            check_score(WHAT, student, (0.5,), lambda r: r + 0, 0.9)
    with pytest.raises(ExerciseFailed):
        check_score(WHAT, 3, (0.5,), lambda r: r, 0.9)
