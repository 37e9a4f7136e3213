"""Argument checks for every public helper.

A wrong argument should stop at the door with a message the student can read (Kazakh by
default, see ``i18n.set_language``), not fail deep inside torch.  Each ``check_*``
function returns the (possibly converted) value, so a helper can write::

    x = check_tensor(x, "x", ndim=3, hint="(T, B, input)")
"""
from __future__ import annotations

import contextlib
import math
import os
from numbers import Integral, Real
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
import torch

from .errors import HelperInputError
from .i18n import tr


def fail(key: str, **values) -> None:
    raise HelperInputError(tr(key, **values))


def _describe(value: Any) -> str:
    if isinstance(value, torch.Tensor):
        return f"Tensor{tuple(value.shape)}"
    if isinstance(value, np.ndarray):
        return f"ndarray{value.shape}"
    text = repr(value)
    return text if len(text) <= 40 else type(value).__name__


def check_int(value, name: str, low: int | None = None, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, Integral):
        fail("err.type", name=name, expected=tr("type.int"), got=_describe(value))
    return _check_range(int(value), name, low, high)


def check_float(value, name: str, low: float | None = None, high: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(float(value)):
        fail("err.type", name=name, expected=tr("type.number"), got=_describe(value))
    return _check_range(float(value), name, low, high)


def _check_range(value, name, low, high):
    if (low is not None and value < low) or (high is not None and value > high):
        fail("err.range", name=name, low="−∞" if low is None else low,
             high="∞" if high is None else high, got=value)
    return value


def check_choice(value, name: str, choices: Iterable):
    choices = list(choices)
    # An array or a list is never one of the choices (``in`` would compare it element-wise).
    if isinstance(value, (np.ndarray, torch.Tensor, list, dict, set)) or value not in choices:
        fail("err.choice", name=name, choices=", ".join(map(str, choices)), got=_describe(value))
    return value


def check_str(value, name: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        fail("err.type", name=name, expected=tr("type.str"), got=_describe(value))
    if not allow_empty and not value.strip():
        fail("err.empty", name=name)
    return value


def check_callable(value, name: str):
    if not callable(value):
        fail("err.type", name=name, expected=tr("type.callable"), got=_describe(value))
    return value


def check_module(value, name: str) -> torch.nn.Module:
    if not isinstance(value, torch.nn.Module):
        fail("err.type", name=name, expected=tr("type.module"), got=_describe(value))
    return value


def check_instance(value, name: str, kind: type | tuple[type, ...]):
    """``value`` if it is a ``kind`` (a class, or a tuple of classes): a model, a config, a task."""
    if not isinstance(value, kind):
        kinds = kind if isinstance(kind, tuple) else (kind,)
        fail("err.type", name=name, expected=tr("type.instance", kind=" / ".join(k.__name__ for k in kinds)),
             got=_describe(value))
    return value


def check_generator(value, name: str = "generator") -> torch.Generator | None:
    """None (torch's global random stream) or a ``torch.Generator``."""
    return value if value is None else check_instance(value, name, torch.Generator)


def check_dtype(value, name: str = "dtype") -> torch.dtype:
    """A torch dtype such as ``torch.float32``."""
    return check_instance(value, name, torch.dtype)


def check_path(value, name: str = "path") -> Path:
    """A file path given as a non-empty string or a ``pathlib.Path``, returned as a Path."""
    if isinstance(value, str):
        check_str(value, name)
    elif not isinstance(value, os.PathLike):
        fail("err.type", name=name, expected=tr("type.path"), got=_describe(value))
    return Path(value)


def check_device(value, name: str = "device") -> torch.device | None:
    """None (stay where the model is), a ``torch.device`` or its name ("cpu", "cuda", "cuda:1", "mps")."""
    if value is None or isinstance(value, torch.device):
        return value
    check_str(value, name)
    try:
        return torch.device(value)
    except RuntimeError:
        fail("err.choice", name=name, choices="cpu, cuda, cuda:N, mps", got=_describe(value))


def check_sequence(value, name: str, *, allow_empty: bool = False) -> list:
    """A list, tuple or range (not a string, not an array) of items, returned as a list."""
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple, range)):
        fail("err.type", name=name, expected=tr("type.sequence"), got=_describe(value))
    if not allow_empty and len(value) == 0:
        fail("err.empty", name=name)
    return list(value)


def check_tensor(
    value,
    name: str,
    *,
    ndim: int | Sequence[int] | None = None,
    shape: Sequence[int | None] | None = None,
    hint: str = "",
    finite: bool = True,
    dtype: torch.dtype | None = None,
) -> torch.Tensor:
    """Return ``value`` as a tensor, checking its rank, sizes (None = any) and values.

    NumPy arrays and nested lists are converted (to float32 unless ``dtype`` is given).
    """
    if isinstance(value, np.ndarray) or (isinstance(value, (list, tuple)) and len(value) > 0):
        try:
            value = torch.as_tensor(np.asarray(value), dtype=dtype or torch.float32)
        except (TypeError, ValueError):
            fail("err.type", name=name, expected=tr("type.tensor"), got=_describe(value))
    if not isinstance(value, torch.Tensor):
        fail("err.type", name=name, expected=tr("type.tensor"), got=_describe(value))
    if shape is not None:
        ndim = len(shape)
    allowed = (ndim,) if isinstance(ndim, int) else ndim
    if allowed is not None and value.dim() not in allowed:
        fail("err.ndim", name=name, ndim=" / ".join(map(str, allowed)), hint=hint,
             shape=tuple(value.shape))
    if shape is not None:
        for axis, (want, got) in enumerate(zip(shape, value.shape)):
            if want is not None and want != got:
                fail("err.dim", name=name, axis=axis, expected=want, shape=tuple(value.shape))
    if finite and value.is_floating_point() and not torch.isfinite(value).all():
        fail("err.finite", name=name)
    if dtype is not None and not dtype.is_floating_point and (
            value.is_floating_point() or value.is_complex() or value.dtype == torch.bool):
        fail("err.type", name=name, expected=f"{tr('type.tensor')} ({dtype})", got=str(value.dtype))
    if dtype is not None and dtype.is_floating_point and not value.is_floating_point():
        if value.is_complex():
            fail("err.type", name=name, expected=f"{tr('type.tensor')} ({dtype})", got=str(value.dtype))
        value = value.to(dtype)            # 0/1 or whole numbers where numbers are expected
    return value


@contextlib.contextmanager
def model_takes_data(name: str = "model"):
    """Inside: calls of a model the caller passed in.  A model that cannot take the data (wrong
    sizes or dtype: ``nn.Linear(3, 2)`` given sequences) raises a torch error; it becomes a
    HelperInputError that names the argument and keeps torch's words."""
    try:
        yield
    except (RuntimeError, TypeError, ValueError, IndexError) as error:
        fail("err.model_data", name=name, error=f"{type(error).__name__}: {error}")


def build_config(cls, config, kwargs: dict, name: str = "config"):
    """``config`` if given (an instance of ``cls``), else ``cls(**kwargs)``; never both.

    A model takes either a ready config or its fields as keywords: given both, the
    keywords would be silently dropped, so that is an error.
    """
    if config is not None:
        if kwargs:
            fail("err.config_and_kwargs", name=name, keys=", ".join(sorted(kwargs)))
        if not isinstance(config, cls):
            fail("err.type", name=name, expected=cls.__name__, got=type(config).__name__)
        return config
    fields = set(cls.__dataclass_fields__)
    unknown = sorted(set(kwargs) - fields)
    if unknown:
        fail("err.choice", name=unknown[0], choices=", ".join(sorted(fields)), got=unknown[0])
    return cls(**kwargs)
