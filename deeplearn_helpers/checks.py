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

Graded homework (nbgrader) needs checks that cannot be gamed:

* the submitted function must be the student's own Python code: not the reference, not a
  thin wrapper of it, and not a call to what the exercise forbids (``forbid=("tanh",)``
  in "write tanh yourself").  This is read from the function's source with ``inspect`` and
  ``ast``: every call and every name it uses is resolved, and the student's own helper
  functions are read too.  (A determined cheater can still hide a call behind
  ``getattr``; the checks stop the easy ways, the teacher reads the rest.)
* every call of student code runs under a time limit (``time_limit`` seconds), so a loop
  that never ends is stopped with a message instead of hanging the kernel.
* text and sequence answers are compared item by item, with the same kind of feedback as
  numbers get.

Every message comes from ``i18n`` (Kazakh by default).
"""
from __future__ import annotations

import ast
import builtins
import copy
import functools
import inspect
import math
import signal
import textwrap
import threading
import time
from numbers import Real
from typing import Callable, Iterable, Sequence

import numpy as np
import torch

from .i18n import tr
from .validate import check_callable, check_float, check_instance, check_str, fail

__all__ = ["ClaimFailed", "ExerciseFailed", "TimeLimitReached", "TIME_LIMIT", "check_condition",
           "check_function", "check_own_code", "check_score", "check_value", "claim", "own_code_problem"]


class ClaimFailed(AssertionError):
    """A claim the notebook makes did not hold."""


class ExerciseFailed(AssertionError):
    """An exercise's answer is not right yet."""


class TimeLimitReached(BaseException):
    """Student code ran past its time limit.  (A BaseException, so that an ``except
    Exception`` in the student's code cannot swallow it.)"""


# Seconds one call of student code may take; a correct solution needs far less.
TIME_LIMIT = 10.0


def _truth(condition) -> bool:
    """A yes/no: a bool, a NumPy bool, or a tensor or array holding one value (not None, not a list)."""
    one_value = (isinstance(condition, torch.Tensor) and condition.numel() == 1) or \
        (isinstance(condition, np.ndarray) and condition.size == 1)
    if isinstance(condition, (bool, np.bool_)) or one_value:
        return bool(condition)
    fail("err.type", name="condition", expected=tr("type.bool"), got=type(condition).__name__)


def _check_settings(what_key: str, *, atol: float = 0.0, rtol: float = 0.0, time_limit: float = 1.0,
                    forbid: Iterable = (), hint_key: str | None = None) -> None:
    """The arguments a notebook's check cell passes (not the student's answer): right kinds."""
    check_str(what_key, "what_key")
    check_float(atol, "atol", 0.0, 1e6)
    check_float(rtol, "rtol", 0.0, 1e6)
    check_float(time_limit, "time_limit", 1e-3, 3600.0)
    check_instance(forbid, "forbid", (list, tuple, set, frozenset))
    if hint_key is not None:
        check_str(hint_key, "hint_key")


def claim(condition: bool, key: str, **values) -> None:
    """Print ✓ and the claim when ``condition`` holds; raise ``ClaimFailed`` otherwise."""
    text = tr(check_str(key, "key"), **values)
    if not _truth(condition):
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


def _is_text_like(value) -> bool:
    """A string, or a list/tuple that holds a string somewhere (compared item by item)."""
    if isinstance(value, str):
        return True
    return isinstance(value, (list, tuple)) and any(_is_text_like(v) for v in value)


def _holds_tensors(value) -> bool:
    """A list/tuple of tensors or arrays, e.g. the (h, c) of an LSTM step."""
    return isinstance(value, (list, tuple)) and any(isinstance(v, (torch.Tensor, np.ndarray)) for v in value)


def _compare_text(got, expected) -> str | None:
    if not isinstance(got, str):
        return tr("check.not_text", got=type(got).__name__)
    if got != expected:
        return tr("check.text_differs", expected=expected, got=got)
    return None


def _compare_items(got, expected, atol: float, rtol: float) -> str | None:
    """Item-by-item comparison of two sequences; says which item is wrong and how."""
    if not isinstance(got, (list, tuple)):
        return tr("check.not_sequence", got=type(got).__name__)
    if len(got) != len(expected):
        return tr("check.length", expected=len(expected), got=len(got))
    for i, (g, e) in enumerate(zip(got, expected), start=1):
        problem = _compare(g, e, atol, rtol)
        if problem:
            return tr("check.item", i=i) + problem
    return None


def _compare(got, expected, atol: float, rtol: float) -> str | None:
    """None when ``got`` matches ``expected``; otherwise what is wrong, in words."""
    if got is None:
        return tr("check.none")
    if isinstance(expected, str):
        return _compare_text(got, expected)
    if _is_text_like(expected) or _holds_tensors(expected):
        return _compare_items(got, expected, atol, rtol)
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


def _alarm_works() -> bool:
    """SIGALRM interrupts Python code in the main thread (Linux, macOS; a Jupyter kernel
    runs cells in its main thread).  Elsewhere (Windows) a watcher thread is used."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _raise_time_limit(signum, frame):
    raise TimeLimitReached()


def _call_with_alarm(fn: Callable, args: tuple, seconds: float):
    """Run ``fn(*args)``; SIGALRM stops it after ``seconds``.  An alarm set by someone else
    (e.g. pytest-timeout) is put back afterwards with the time it had left."""
    previous_handler = signal.signal(signal.SIGALRM, _raise_time_limit)
    previous_left, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    start = time.monotonic()
    try:
        return fn(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_left > 0:
            left = max(previous_left - (time.monotonic() - start), 1e-3)
            signal.setitimer(signal.ITIMER_REAL, left, previous_interval)


def _call_in_thread(fn: Callable, args: tuple, seconds: float):
    """Run ``fn(*args)`` in a daemon thread and stop waiting after ``seconds`` (the thread
    cannot be killed; it is left to finish in the background)."""
    outcome = {}

    def target():
        try:
            outcome["result"] = fn(*args)
        except BaseException as error:  # handed to the caller below
            outcome["error"] = error

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise TimeLimitReached()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def call_with_time_limit(fn: Callable, args: Sequence = (), seconds: float = TIME_LIMIT):
    """``fn(*args)``, or :class:`TimeLimitReached` when it takes more than ``seconds``."""
    fn = check_callable(fn, "fn")
    check_instance(args, "args", (list, tuple))
    seconds = check_float(seconds, "seconds", 1e-3, 3600.0)
    run = _call_with_alarm if _alarm_works() else _call_in_thread
    return run(fn, tuple(args), seconds)


def _call(fn: Callable, args: Sequence, hint: str, time_limit: float = TIME_LIMIT):
    """Call student code; return (result, error message or None, stop-here flag).

    Stop here: nothing is written yet, or the time limit was reached (one message is
    enough, and the remaining cases would only wait as long again)."""
    try:
        return call_with_time_limit(fn, copy.deepcopy(tuple(args)), time_limit), None, False
    except NotImplementedError:
        return None, tr("check.not_implemented", hint=hint), True
    except TimeLimitReached:
        return None, tr("check.time_limit", seconds=f"{time_limit:g}"), True
    except Exception as error:  # student code may raise anything
        return None, tr("check.raised", error=f"{type(error).__name__}: {error}"), False


# --- is it the student's own code? ------------------------------------------------------

def _function_node(fn) -> ast.AST | None:
    """The ``def`` or ``lambda`` node of ``fn`` from its source, or None without source."""
    try:
        source = textwrap.dedent(inspect.getsource(fn))
    except (OSError, TypeError):
        return None
    tree = None
    if fn.__name__ == "<lambda>":
        # a lambda's source is the whole line, which may not parse on its own
        start = source.find("lambda")
        for end in range(len(source), start, -1):
            try:
                tree = ast.parse(source[start:end].strip(), mode="eval")
                break
            except SyntaxError:
                continue
    else:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            return None
    if tree is None:
        return None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == fn.__name__:
            return node
        if isinstance(node, ast.Lambda) and fn.__name__ == "<lambda>":
            return node
    return None


def _dotted(node: ast.AST) -> list[str] | None:
    """``torch.nn.functional.tanh`` -> ["torch", "nn", "functional", "tanh"]; for a method
    on a computed value (``x.sum().tanh``) the first part is None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    parts.append(node.id if isinstance(node, ast.Name) else None)
    return parts[::-1]


def _resolve(parts: list[str | None], namespace: dict):
    """The object a dotted name refers to in ``namespace``, or None."""
    if parts[0] is None or parts[0] not in namespace:
        return None
    value = namespace[parts[0]]
    for name in parts[1:]:
        try:
            value = getattr(value, name)
        except Exception:  # a property may raise anything
            return None
    return value


def _namespace(fn) -> dict:
    """The names ``fn`` can see: builtins, its module's globals, its closure."""
    names = dict(vars(builtins))
    names.update(getattr(fn, "__globals__", {}))
    closure = getattr(fn, "__closure__", None) or ()
    for name, cell in zip(fn.__code__.co_freevars, closure):
        try:
            names[name] = cell.cell_contents
        except ValueError:  # an empty cell
            pass
    return names


def _local_names(node: ast.AST) -> set[str]:
    """Arguments and variables the function itself defines (``softmax = e / e.sum()`` is the
    student's own softmax, not torch's)."""
    names = {a.arg for a in ast.walk(node) if isinstance(a, ast.arg)}
    return names | {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


def _same(a, b) -> bool:
    try:
        return a is b or bool(a == b) and callable(a) and callable(b)
    except Exception:  # comparing arbitrary objects may raise
        return False


def _code_problem(fn, reference, forbid_names: set[str], forbid_objects: list, seen: set) -> str | None:
    """What makes ``fn`` not the student's own solution, read from its source; the
    student's own helper functions (defined where ``fn`` is) are read the same way."""
    fn = inspect.unwrap(fn)
    seen.add(id(fn))
    node = _function_node(fn) if inspect.isfunction(fn) else None
    if node is None:
        return tr("check.no_source", got=type(fn).__name__)
    namespace = _namespace(fn)
    own_names = _local_names(node)
    for sub in ast.walk(node):
        if not isinstance(sub, (ast.Name, ast.Attribute)):
            continue
        parts = _dotted(sub)
        own_variable = parts[0] in own_names  # the student's own variable (or an attribute of it)
        if (parts[-1] in forbid_names and isinstance(sub.ctx, ast.Load)
                and not (own_variable and isinstance(sub, ast.Name))):
            return tr("check.forbidden", name=".".join(p or "…" for p in parts))
        value = None if own_variable else _resolve(parts, namespace)
        if value is None:
            continue
        if reference is not None and _same(value, reference):
            return tr("check.calls_reference", name=".".join(parts))
        if any(_same(value, obj) for obj in forbid_objects):
            return tr("check.forbidden", name=".".join(parts))
        helper = inspect.unwrap(value) if callable(value) else None
        if inspect.isfunction(helper) and helper.__module__ == fn.__module__ and _function_node(helper) is not None:
            problem = None if id(helper) in seen else _code_problem(helper, reference, forbid_names,
                                                                     forbid_objects, seen)
            if problem:
                return problem
            continue  # the student's own helper, read above
        if getattr(value, "__name__", None) in forbid_names:
            return tr("check.forbidden", name=".".join(parts))  # also under another name: t = torch.tanh
    return None


def own_code_problem(student_fn, reference_fn=None, forbid: Iterable = ()) -> str | None:
    """None when ``student_fn`` is the student's own Python code; otherwise why not.

    ``forbid`` holds names (``"tanh"`` forbids ``torch.tanh``, ``np.tanh``, ``x.tanh()``, …)
    and objects (a helper that already solves the exercise).  The reference itself, a
    thin wrapper around it, and a call to anything forbidden are refused; so is something
    without Python source (``my_tanh = torch.tanh``)."""
    check_instance(forbid, "forbid", (list, tuple, set, frozenset))
    if reference_fn is not None:
        check_callable(reference_fn, "reference_fn")
    if not callable(student_fn):
        return _not_callable(tr("type.callable"), student_fn)[0]
    forbid = list(forbid)
    names = {f for f in forbid if isinstance(f, str)}
    objects = [f for f in forbid if not isinstance(f, str)]
    target = student_fn.func if isinstance(student_fn, functools.partial) else student_fn
    if reference_fn is not None and _same(inspect.unwrap(target), reference_fn):
        return tr("check.is_reference")
    if any(_same(target, obj) for obj in objects):
        return tr("check.is_reference")
    return _code_problem(target, reference_fn, names, objects, set())


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


def _not_callable(what: str, student_fn) -> list[str]:
    return [tr("err.type", name=what, expected=tr("type.callable"), got=type(student_fn).__name__)]


def check_function(what_key: str, student_fn, reference_fn: Callable, cases: Iterable[Sequence], *,
                   atol: float = 1e-5, rtol: float = 1e-4, hint_key: str | None = None,
                   forbid: Iterable = (), time_limit: float = TIME_LIMIT) -> None:
    """Compare ``student_fn(*args)`` with ``reference_fn(*args)`` on every case.

    The student's function must be their own code (see :func:`own_code_problem`; pass
    what the exercise forbids in ``forbid``) and each call ends within ``time_limit`` s.
    Numbers, arrays and tensors are compared with ``atol``/``rtol``; text exactly; tuples
    and lists item by item."""
    _check_settings(what_key, atol=atol, rtol=rtol, time_limit=time_limit, forbid=forbid, hint_key=hint_key)
    check_callable(reference_fn, "reference_fn")
    if isinstance(cases, (str, bytes)) or not isinstance(cases, Iterable):
        fail("err.type", name="cases", expected=tr("type.sequence"), got=type(cases).__name__)
    cases = [check_instance(case, "cases", (list, tuple)) for case in cases]   # each: the arguments of one call
    what = tr(what_key)
    hint = tr(hint_key) if hint_key else ""
    if not callable(student_fn):
        return _finish(what, _not_callable(what, student_fn), 1)
    cases = [tuple(c) for c in cases]
    failures = []
    for i, args in enumerate(cases, start=1):
        got, error, stop = _call(student_fn, args, hint, time_limit)
        problem = error or _compare(got, reference_fn(*copy.deepcopy(args)), atol, rtol)
        if problem:
            failures.append(tr("check.case", i=i, args=_short(args)) + problem)
            if stop:
                break
    if not failures:  # a working answer: is it the student's own?
        cheat = own_code_problem(student_fn, reference_fn, forbid)
        failures = [cheat] if cheat else []
    return _finish(what, failures, len(cases))


def check_own_code(what_key: str, student_fn, reference_fn: Callable | None = None, forbid: Iterable = ()) -> None:
    """Only the "own code" part of :func:`check_function`, for a check that calls the
    student's function through a wrapper (e.g. a step function inside a training run)."""
    _check_settings(what_key, forbid=forbid)
    what = tr(what_key)
    if not callable(student_fn):
        return _finish(what, _not_callable(what, student_fn), 1)
    cheat = own_code_problem(student_fn, reference_fn, forbid)
    return _finish(what, [cheat] if cheat else [], 1)


def check_value(what_key: str, got, expected, *, atol: float = 1e-5, rtol: float = 1e-4) -> None:
    """Compare one answer (number, array or tensor) with the expected one."""
    _check_settings(what_key, atol=atol, rtol=rtol)
    check_instance(expected, "expected", (Real, np.ndarray, torch.Tensor, str, list, tuple))
    if isinstance(expected, np.ndarray) and expected.dtype.kind not in "biuf":
        fail("err.type", name="expected", expected=tr("type.number"), got=str(expected.dtype))
    problem = _compare(got, expected, atol, rtol)
    return _finish(tr(what_key), [problem] if problem else [], 1)


def check_condition(what_key: str, got, predicate: Callable, condition_key: str, **values) -> None:
    """Check that ``predicate(got)`` holds, e.g. accuracy ≥ 0.9; ``got`` may be anything."""
    _check_settings(what_key)
    check_callable(predicate, "predicate")
    check_str(condition_key, "condition_key")
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
                hint_key: str | None = None, forbid: Iterable = (), time_limit: float = 60.0) -> None:
    """Call ``student_fn(*args)`` (e.g. "build and train a model"), score what it returns
    with ``score_fn`` (e.g. test accuracy) and require ``score ≥ at_least``."""
    _check_settings(what_key, time_limit=time_limit, forbid=forbid, hint_key=hint_key)
    check_instance(args, "args", (list, tuple))
    check_callable(score_fn, "score_fn")
    at_least = check_float(at_least, "at_least")
    what = tr(what_key)
    hint = tr(hint_key) if hint_key else ""
    if not callable(student_fn):
        return _finish(what, _not_callable(what, student_fn), 1)
    cheat = own_code_problem(student_fn, None, forbid)
    if cheat:
        return _finish(what, [cheat], 1)
    result, error, _ = _call(student_fn, args, hint, time_limit)
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
