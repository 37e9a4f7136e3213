"""Checks behind the self-check cells and the exercises, with clear feedback.

* :func:`claim` backs a sentence the notebook states ("the MLP beats the linear model").
  It prints ✓, or raises :class:`ClaimFailed`, so a test run of the notebook fails when
  the science stops holding.  (The functions return nothing, so a notebook cell that
  ends with a check shows only the ✓/✗ lines.)
* :func:`check_function` runs a student's function on several inputs and compares it
  with a reference implementation (often torch's own).  It survives code that raises,
  returns None, NaN or a wrong shape, prints a ✓/✗ line per case, and raises
  :class:`ExerciseFailed` at the end if anything was wrong.
* :func:`check_value` and :func:`check_condition` do the same for one answer.

Every message comes from ``i18n`` (Kazakh by default).
"""
from __future__ import annotations

import copy
import math
from typing import Callable, Iterable, Sequence

import numpy as np
import torch

from .i18n import tr


class ClaimFailed(AssertionError):
    """A claim the notebook makes did not hold."""


class ExerciseFailed(AssertionError):
    """An exercise's answer is not right yet."""


def claim(condition: bool, key: str, **values) -> None:
    """Print ✓ and the claim when ``condition`` holds; raise ``ClaimFailed`` otherwise."""
    text = tr(key, **values)
    if not bool(condition):
        raise ClaimFailed(tr("check.claim_fail", claim=text))
    print(tr("check.claim_ok", claim=text))


def _as_array(value):
    """A float64 NumPy array from a number, array, tensor or nested list; or None."""
    if isinstance(value, torch.Tensor):
        return value.detach().to("cpu", torch.float64).numpy()
    if isinstance(value, (bool, int, float, np.number, np.ndarray, list, tuple)):
        try:
            return np.asarray(value, dtype=np.float64)
        except (TypeError, ValueError):
            return None
    return None


def _compare(got, expected, atol: float, rtol: float) -> str | None:
    """None when ``got`` matches ``expected``; otherwise what is wrong, in words."""
    if got is None:
        return tr("check.none")
    got_a, want = _as_array(got), _as_array(expected)
    if got_a is None:
        return tr("check.not_numeric", got=type(got).__name__)
    if not np.isfinite(got_a).all():
        return tr("check.nan")
    if got_a.shape != want.shape:
        return tr("check.shape", expected=tuple(want.shape), got=tuple(got_a.shape))
    diff = float(np.max(np.abs(got_a - want))) if want.size else 0.0
    tol = atol + rtol * (float(np.max(np.abs(want))) if want.size else 0.0)
    if not diff <= tol:
        return tr("check.values", diff=diff, tol=tol)
    return None


def _call(fn: Callable, args: Sequence, hint: str):
    """Call student code; return (result, error message or None, not-written-yet flag)."""
    try:
        return fn(*copy.deepcopy(tuple(args))), None, False
    except NotImplementedError:
        return None, tr("check.not_implemented", hint=hint), True
    except Exception as error:  # student code may raise anything
        return None, tr("check.raised", error=f"{type(error).__name__}: {error}"), False


def _short(args: Sequence) -> str:
    parts = []
    for a in args:
        if isinstance(a, (torch.Tensor, np.ndarray)):
            parts.append(f"{type(a).__name__}{tuple(a.shape)}")
        else:
            text = repr(a)
            parts.append(text if len(text) <= 20 else text[:17] + "...")
    return ", ".join(parts)


def _finish(what: str, failures: list[str], n: int) -> None:
    if failures:
        for line in failures:
            print(tr("check.fail", what=what, detail=line))
        raise ExerciseFailed(tr("check.exercise_failed", what=what))
    print(tr("check.ok", what=what, detail=tr("check.all_passed", n=n)))


def check_function(what_key: str, student_fn, reference_fn: Callable, cases: Iterable[Sequence], *,
                   atol: float = 1e-5, rtol: float = 1e-4, hint_key: str | None = None) -> None:
    """Compare ``student_fn(*args)`` with ``reference_fn(*args)`` on every case."""
    what = tr(what_key)
    hint = tr(hint_key) if hint_key else ""
    if not callable(student_fn):
        return _finish(what, [tr("err.type", name=what, expected=tr("type.callable"),
                                 got=type(student_fn).__name__)], 1)
    cases = [tuple(c) for c in cases]
    failures = []
    for i, args in enumerate(cases, start=1):
        got, error, not_written = _call(student_fn, args, hint)
        problem = error or _compare(got, reference_fn(*copy.deepcopy(args)), atol, rtol)
        if problem:
            failures.append(tr("check.case", i=i, args=_short(args)) + problem)
            if not_written:
                break  # one message is enough when nothing is written yet
    return _finish(what, failures, len(cases))


def check_value(what_key: str, got, expected, *, atol: float = 1e-5, rtol: float = 1e-4) -> None:
    """Compare one answer (number, array or tensor) with the expected one."""
    problem = _compare(got, expected, atol, rtol)
    return _finish(tr(what_key), [problem] if problem else [], 1)


def check_condition(what_key: str, got, predicate: Callable, condition_key: str, **values) -> None:
    """Check that ``predicate(got)`` holds, e.g. accuracy ≥ 0.9; ``got`` may be anything."""
    if got is None:
        return _finish(tr(what_key), [tr("check.none")], 1)
    try:
        ok = bool(predicate(got))
    except Exception as error:  # a wrong type from the student ends up here
        return _finish(tr(what_key), [tr("check.raised", error=f"{type(error).__name__}: {error}")], 1)
    if isinstance(got, float) and math.isnan(got):
        return _finish(tr(what_key), [tr("check.nan")], 1)
    problem = None if ok else tr("check.predicate", condition=tr(condition_key, **values))
    return _finish(tr(what_key), [problem] if problem else [], 1)


def check_score(what_key: str, student_fn, args: Sequence, score_fn: Callable, at_least: float, *,
                hint_key: str | None = None) -> None:
    """Call ``student_fn(*args)`` (e.g. "build and train a model"), score what it returns
    with ``score_fn`` (e.g. test accuracy) and require ``score ≥ at_least``."""
    what = tr(what_key)
    hint = tr(hint_key) if hint_key else ""
    if not callable(student_fn):
        return _finish(what, [tr("err.type", name=what, expected=tr("type.callable"),
                                 got=type(student_fn).__name__)], 1)
    result, error, _ = _call(student_fn, args, hint)
    if error:
        return _finish(what, [error], 1)
    if result is None:
        return _finish(what, [tr("check.none")], 1)
    try:
        score = float(score_fn(result))
    except Exception as error:  # a wrong kind of result ends up here
        return _finish(what, [tr("check.raised", error=f"{type(error).__name__}: {error}")], 1)
    if not math.isfinite(score):
        return _finish(what, [tr("check.nan")], 1)
    if score < at_least:
        return _finish(what, [tr("check.score_low", score=score, target=at_least)], 1)
    print(tr("check.ok", what=what, detail=tr("check.score_ok", score=score, target=at_least)))
