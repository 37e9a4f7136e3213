"""The graded-homework guards of checks.py: own code, forbidden calls, time limits, text.

Each guard is shown failing on the input it exists for and passing on an honest solution."""
import functools
import time

import pytest
import torch

from deeplearn_helpers import HelperInputError
from deeplearn_helpers.checks import (ExerciseFailed, TimeLimitReached, call_with_time_limit,
                                      check_function, check_own_code, check_score, check_value,
                                      own_code_problem)

WHAT = "train.loss"  # an existing key as the exercise's title
CASES = [(torch.linspace(-2, 2, 5),), (torch.zeros(2, 3),)]


def own_tanh(x):
    return (torch.exp(x) - torch.exp(-x)) / (torch.exp(x) + torch.exp(-x))


def reference(x):
    return torch.tanh(x)


def thin_wrapper(x):
    """Only calls the reference."""
    return reference(x)


def forbidden_call(x):
    return torch.tanh(x)


def forbidden_method(x):
    return x.tanh()


def _helper(x):
    return torch.nn.functional.tanh(x)


def through_a_helper(x):
    return _helper(x)


def test_own_code_passes(capsys):
    assert own_code_problem(own_tanh, reference, forbid=("tanh",)) is None
    check_function(WHAT, own_tanh, reference, CASES, forbid=("tanh",))
    assert "✓" in capsys.readouterr().out


@pytest.mark.parametrize("student, words", [
    (reference, "эталон функцияның өзі"),
    (torch.tanh, "бастапқы коды жоқ"),
    (functools.partial(reference), "эталон функцияның өзі"),
    (thin_wrapper, "эталонды (reference) шақырады"),
    (lambda x: reference(x), "эталонды (reference) шақырады"),
    (forbidden_call, "torch.tanh қолдануға болмайды"),
    (forbidden_method, "x.tanh қолдануға болмайды"),
    (through_a_helper, "torch.nn.functional.tanh қолдануға болмайды"),
])
def test_reference_wrappers_and_forbidden_calls_score_nothing(student, words, capsys):
    with pytest.raises(ExerciseFailed):
        check_function(WHAT, student, reference, CASES, forbid=("tanh",))
    out = capsys.readouterr().out
    assert "✗" in out and words in out


def test_a_variable_of_the_students_own_may_have_a_forbidden_name():
    def own_softmax(z):
        softmax = torch.exp(z - z.max())
        return softmax / softmax.sum()

    def torch_softmax(z):
        return z.softmax(-1)

    assert own_code_problem(own_softmax, None, forbid=("softmax",)) is None
    assert "z.softmax" in own_code_problem(torch_softmax, None, forbid=("softmax",))


RENAMED_TANH = torch.tanh


def renamed_forbidden_call(x):
    return RENAMED_TANH(x)


def test_a_forbidden_function_under_another_name_is_found():
    assert "RENAMED_TANH" in own_code_problem(renamed_forbidden_call, None, forbid=("tanh",))


def test_forbidden_objects_and_the_own_code_check_alone(capsys):
    def uses_object(x):
        return own_tanh(x)

    with pytest.raises(ExerciseFailed):
        check_own_code(WHAT, uses_object, None, forbid=(own_tanh,))
    assert "own_tanh қолдануға болмайды" in capsys.readouterr().out
    check_own_code(WHAT, own_tanh, reference, forbid=("tanh",))


def test_score_checks_refuse_forbidden_calls_before_training(capsys):
    def trains(x):
        return torch.tanh(x)

    with pytest.raises(ExerciseFailed):
        check_score(WHAT, trains, (torch.zeros(3),), lambda r: 1.0, at_least=0.5, forbid=("tanh",))
    assert "қолдануға болмайды" in capsys.readouterr().out


def loops_forever(x):
    while True:
        pass


def swallows_everything(x):
    while True:
        try:
            time.sleep(0.01)
        except Exception:  # noqa: BLE001 - a student's catch-all must not beat the limit
            pass


@pytest.mark.parametrize("student", [loops_forever, swallows_everything])
def test_endless_loop_is_stopped_with_a_message(student, capsys):
    start = time.monotonic()
    with pytest.raises(ExerciseFailed):
        check_function(WHAT, student, reference, CASES * 3, time_limit=0.5)
    assert time.monotonic() - start < 3, "one timed-out case stops the check"
    assert "секунд ішінде аяқталмады" in capsys.readouterr().out


def test_time_limit_restores_an_outer_alarm():
    import signal
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        assert call_with_time_limit(lambda a: a + 1, (1,), 0.5) == 2
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 90 < left <= 100
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    with pytest.raises(TimeLimitReached):
        call_with_time_limit(loops_forever, (0,), 0.2)


def test_time_limit_refuses_bad_arguments_clearly():
    with pytest.raises(HelperInputError):
        call_with_time_limit(lambda: 1, (), seconds=-1)
    with pytest.raises(HelperInputError):
        call_with_time_limit("not a function")


def test_thread_fallback_stops_waiting(monkeypatch):
    monkeypatch.setattr("deeplearn_helpers.checks._alarm_works", lambda: False)
    with pytest.raises(TimeLimitReached):
        call_with_time_limit(time.sleep, (5,), 0.2)
    with pytest.raises(ZeroDivisionError):
        call_with_time_limit(lambda: 1 / 0, (), 1)
    assert call_with_time_limit(lambda a: a * 2, (3,), 1) == 6


@pytest.mark.parametrize("got, words", [
    ("бір жүз", "күтілгені «жүз», алынғаны «бір жүз»"),
    (100, "мәтін (str) күтілген"),
    (None, "None"),
])
def test_text_answers_get_per_case_feedback(got, words, capsys):
    with pytest.raises(ExerciseFailed):
        check_function(WHAT, lambda n: got, lambda n: "жүз", [(100,)])
    out = capsys.readouterr().out
    assert "1-мысал (100)" in out and words in out


@pytest.mark.parametrize("got, words", [
    (["бір", "екі"], "№2 элемент: мәтін сәйкес емес"),
    (["бір"], "элементтер саны қате"),
    ("бір үш", "тізім немесе кортеж күтілген"),
])
def test_sequence_answers_name_the_wrong_item(got, words, capsys):
    with pytest.raises(ExerciseFailed):
        check_value(WHAT, got, ["бір", "үш"])
    assert words in capsys.readouterr().out


def test_tuples_of_tensors_are_compared_item_by_item(capsys):
    h, c = torch.ones(2, 3), torch.zeros(2, 3)
    check_value(WHAT, (h.clone(), c.clone()), (h, c))
    with pytest.raises(ExerciseFailed):
        check_value(WHAT, (h.clone(), c[:1]), (h, c))
    assert "№2 элемент: пішіні қате" in capsys.readouterr().out
