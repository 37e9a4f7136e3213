"""Every public helper, fed wrong input, answers with a result or a HelperInputError.

The targets are found, not listed: every name in the ``__all__`` of every module of
``deeplearn_helpers`` (so a new helper is covered without editing this file), and the public
methods (``forward`` included) of every public class.  For each target hypothesis picks one
argument and puts a wrong value there: a wrong type, an empty input, a tensor of the wrong
shape or dtype, NaN or infinity, a number out of range.  The other required arguments get a
plausible value from their name or annotation (or, when none is known, a wrong value too),
optional ones keep their default.  The only outcomes allowed are a normal return or
``HelperInputError``; any other exception is a raw error that a student would meet.

Deterministic (``derandomize=True``) and bounded (a few examples per target, a time limit
per call), so it runs in seconds.  A call that is still running at the limit was not
refused at the door and is treated as a (slow) result, not as an error.
"""
from __future__ import annotations

import contextlib
import dataclasses
import importlib
import inspect
import math
import os
import pkgutil
import signal
import typing
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pytest
import torch
import torch._dynamo  # noqa: F401  (imported lazily by the optimizers; an alarm must not cut that import)
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import deeplearn_helpers
from deeplearn_helpers import HelperInputError, checks

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "10"))  # per target (each draws one wrong argument and one wrong value)
CALL_LIMIT_S = 2.0     # a call still running then was not refused at the door


# ---------------------------------------------------------------- what is public

def _public_objects() -> dict[str, object]:
    """Qualified name → object, for every name in every module's ``__all__``."""
    found: dict[str, object] = {}
    modules = ["deeplearn_helpers"] + [info.name for info in pkgutil.walk_packages(
        deeplearn_helpers.__path__, "deeplearn_helpers.")]
    for module_name in modules:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            home = getattr(obj, "__module__", None) if callable(obj) else None
            found.setdefault(f"{home or module_name}.{name}", obj)
    return found


PUBLIC = _public_objects()
PUBLIC_CLASSES = {obj.__name__: obj for obj in PUBLIC.values() if inspect.isclass(obj)}


def _own_methods(cls) -> list[str]:
    """Public methods the class itself defines (not those of nn.Module or object)."""
    names = []
    for name, value in vars(cls).items():
        if name.startswith("_") and name not in ("__call__",):
            continue
        if isinstance(value, (staticmethod, classmethod)) or inspect.isfunction(value):
            names.append(name)
    return sorted(names)


def _targets() -> list[tuple[str, object, str | None]]:
    """(id, class or function, method name or None)."""
    targets = []
    for qualname, obj in sorted(PUBLIC.items()):
        if inspect.isclass(obj):
            if issubclass(obj, BaseException):
                continue
            targets.append((qualname, obj, None))
            targets += [(f"{qualname}.{m}", obj, m) for m in _own_methods(obj)]
        elif callable(obj):
            targets.append((qualname, obj, None))
    return targets


TARGETS = _targets()

# Raw errors found and not fixed yet (issue 14): each is expected to fail, strictly, so a fix
# must take its name off this list.  New helpers are not on it: they must pass.
KNOWN_RAW_ERRORS: set[str] = set()


def _param(label, owner, method):
    # FUZZ_ALL=1 runs the known ones as ordinary tests too (to list every raw error).
    known = label.removeprefix("deeplearn_helpers.") in KNOWN_RAW_ERRORS and not os.environ.get("FUZZ_ALL")
    marks = [pytest.mark.xfail(strict=True, reason="known raw error (issue 14)")] if known else []
    return pytest.param(label, owner, method, id=label, marks=marks)


# ---------------------------------------------------------------- wrong values

class _Thing:
    """An object of no type any helper expects."""

    def __repr__(self):
        return "<a stranger object>"


def _bad_values() -> list:
    nan, inf = float("nan"), float("inf")
    return [
        None, "", "қате", _Thing(), [], {}, (), [[1.0, 2.0], [3.0]], [1, "a"], True,
        -1, 0, -7, 2.5, -0.5, nan, inf, -inf, 10**6,
        torch.empty(0), torch.zeros(0, 3), torch.zeros(3), torch.zeros(2, 3, 4, 5),
        torch.zeros(4, 3, dtype=torch.int64), torch.zeros(4, 3, dtype=torch.bool),
        torch.zeros(4, 3, dtype=torch.float64), torch.full((4, 3), nan),
        torch.full((4, 3), inf), torch.tensor(1.5),
        np.zeros((0, 3)), np.array(["a", "b"]), np.full((4, 3), nan), np.zeros(3, dtype=np.int64),
        torch.nn.Linear(3, 2),
    ]


BAD_INDEX = st.integers(0, len(_bad_values()) - 1)
BAD_NUMBER = st.one_of(st.integers(-10**3, -1),
                       st.floats(allow_nan=True, allow_infinity=True).filter(
                           lambda x: not math.isfinite(x) or x < 0))


def _bad(data) -> object:
    if data.draw(st.booleans(), label="numeric"):
        return data.draw(BAD_NUMBER, label="bad number")
    return _bad_values()[data.draw(BAD_INDEX, label="bad value #")]


# ---------------------------------------------------------------- plausible values

def _tensor():
    return torch.linspace(-1.0, 1.0, 12).reshape(4, 3)


BY_NAME = {
    "seed": lambda: 0, "name": lambda: "x", "kind": lambda: None, "language": lambda: "kk",
    "text": lambda: "сәлем әлем", "path": lambda: "fuzz_weights.safetensors",
}
BY_ANNOTATION = [  # (text in the annotation, factory); the first match wins
    ("torch.Tensor", _tensor), ("Tensor", _tensor), ("np.ndarray", lambda: _tensor().numpy()),
    ("list[str]", lambda: ["ab", "ба"]), ("list[float]", lambda: [0.5, 0.25]),
    ("list[int]", lambda: [1, 2]), ("list", lambda: [1, 2]),
    ("Callable", lambda: (lambda *a, **k: None)), ("dict", dict),
    ("nn.Module", lambda: torch.nn.Linear(3, 2)), ("str", lambda: "ab"),
    ("bool", lambda: True), ("float", lambda: 0.5), ("int", lambda: 3),
]


def _annotation_text(fn, param: inspect.Parameter) -> str:
    annotation = param.annotation
    if annotation is inspect.Parameter.empty:
        return ""
    return annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))


def _plausible(fn, param: inspect.Parameter, depth: int):
    """A value of the right kind for this parameter, or _NONE when none is known."""
    if param.name in BY_NAME and BY_NAME[param.name]() is not None:
        return BY_NAME[param.name]()
    text = _annotation_text(fn, param)
    for word in text.replace("|", " ").replace("'", " ").split():
        cls = PUBLIC_CLASSES.get(word)
        if cls is not None and depth < 2:
            instance = _instance(cls, depth + 1)
            if instance is not _NONE:
                return instance
    for key, factory in BY_ANNOTATION:
        if key in text:
            return factory()
    return _NONE


_NONE = object()


def _parameters(fn) -> list[inspect.Parameter]:
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError):
        return []
    return [p for p in signature.parameters.values()
            if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) and p.name not in ("self", "cls")]


def _instance(cls, depth: int = 0):
    """An instance built from plausible (or default) arguments, or _NONE."""
    kwargs = {}
    for param in _parameters(cls):
        if param.default is param.empty:
            value = _plausible(cls, param, depth)
            if value is _NONE:
                return _NONE
            kwargs[param.name] = value
    try:
        with _quiet(), _time_limit(CALL_LIMIT_S):
            return cls(**kwargs)
    except (Exception, _TooSlow):
        return _NONE


# ---------------------------------------------------------------- calling safely

class _TooSlow(BaseException):
    """Raised by the alarm; a BaseException so that no helper's ``except`` swallows it."""


@contextlib.contextmanager
def _time_limit(seconds: float):
    def ring(signum, frame):
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _quiet():
    """No warnings, no global RNG change, no figures left open."""
    numpy_state = np.random.get_state()
    try:
        with warnings.catch_warnings(), torch.random.fork_rng():
            warnings.simplefilter("ignore")
            yield
    finally:
        np.random.set_state(numpy_state)
        plt.close("all")


def _short(value) -> str:
    if isinstance(value, torch.Tensor):
        return f"tensor(shape={tuple(value.shape)}, dtype={value.dtype})"
    if isinstance(value, np.ndarray):
        return f"ndarray(shape={value.shape}, dtype={value.dtype})"
    if isinstance(value, torch.nn.Module) or dataclasses.is_dataclass(value):
        return type(value).__name__ + "(…)"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


# A check's verdict on a wrong *answer* (the student's value or function, a claim's
# condition) is its correct result; on any other wrong argument it must refuse the argument.
ANSWERS = {"got", "student_fn", "condition"}
VERDICTS = (checks.ClaimFailed, checks.ExerciseFailed)


def _call(label: str, fn, args: list, kwargs: dict, victim: str = "") -> None:
    shown = ", ".join([_short(a) for a in args] + [f"{k}={_short(v)}" for k, v in kwargs.items()])
    try:
        with _quiet(), _time_limit(CALL_LIMIT_S):
            fn(*args, **kwargs)
    except (HelperInputError, _TooSlow):
        return
    except VERDICTS:
        if victim in ANSWERS or label.rsplit(".", 1)[-1].startswith("claim"):  # a claim_*'s arguments are measurements
            return
        raise AssertionError(f"VERDICT ON A WRONG SETTING {label}({shown}): {victim} is not an answer") from None
    except Exception as error:  # the point of the test: no raw error may escape
        raise AssertionError(f"RAW ERROR {label}({shown}) -> {type(error).__name__}: {error}") from None


# ---------------------------------------------------------------- the test

@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    """A helper that writes a file (save_weights) writes it here, not into the repository."""
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("label, owner, method", [_param(*target) for target in TARGETS])
@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
          phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_wrong_input_gets_a_result_or_helper_input_error(label, owner, method, data):
    if method is None:
        fn = owner
    else:
        instance = _instance(owner)
        if instance is _NONE:
            pytest.skip(f"no instance of {owner.__name__} from plausible arguments")
        fn = getattr(instance, method)
    params = _parameters(fn)
    if not params:
        return  # nothing to feed
    victim = data.draw(st.sampled_from(params), label="wrong argument")
    args, kwargs = [], {}
    for param in params:
        if param is victim:
            value = _bad(data)
        elif param.default is not param.empty:
            continue
        else:
            value = _plausible(fn, param, 0)
            if value is _NONE:
                value = _bad(data)
        if param.kind is param.POSITIONAL_ONLY:
            args.append(value)
        else:
            kwargs[param.name] = value
    _call(label, fn, args, kwargs, victim.name)


def test_every_known_raw_error_names_a_public_helper():
    """A renamed or removed helper must leave the list too."""
    labels = {label.removeprefix("deeplearn_helpers.") for label, _, _ in TARGETS}
    assert KNOWN_RAW_ERRORS <= labels, sorted(KNOWN_RAW_ERRORS - labels)


def test_every_module_is_enumerated():
    """The walk finds the package's rooms and their helpers (a broken walk would test nothing)."""
    rooms = {label.split(".")[1] for label, _, _ in TARGETS}
    assert {"core", "data", "experiments", "i18n", "models", "plots", "train", "widgets"} <= rooms
    assert len(TARGETS) > 200
