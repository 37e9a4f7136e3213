"""Quality figures that notebooks report and the benchmark collects.

A notebook calls ``record("spirals.mlp_accuracy", acc)``; nothing is written unless the
benchmark sets the environment variable ``DEEPLEARN_METRICS_FILE``, in which case one
JSON line per figure is appended to that file.
"""
from __future__ import annotations

import json
import os
from typing import NamedTuple

import numpy as np
import torch

from .validate import check_float, check_str, check_tensor, fail

METRICS_ENV = "DEEPLEARN_METRICS_FILE"


def record(name: str, value: float, unit: str = "") -> float:
    """Note a quality figure for the benchmark table; returns ``value`` unchanged."""
    check_str(name, "name")
    value = check_float(value, name)
    path = os.environ.get(METRICS_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as file:
            file.write(json.dumps({"name": name, "value": value, "unit": unit}, ensure_ascii=False) + "\n")
    return value


# --- generative models (notebook 04) ---------------------------------------------------

class ModeCoverage(NamedTuple):
    """What ``mode_coverage`` found: unpacks as ``covered, high_quality``."""

    covered: int          # modes that received at least 1 % of the samples as good samples
    high_quality: float   # share of samples within 3σ of their nearest mode
    modes: int            # number of modes in the target


def mode_coverage(samples, centers, std: float, *, radius: float = 3.0,
                  min_share: float = 0.01) -> ModeCoverage:
    """Score 2-D samples against a mixture of round Gaussians (centres (K, 2), one σ).

    A sample is *high-quality* when it lies within ``radius``·σ (3σ) of its nearest mode;
    a mode is *covered* when at least ``min_share`` (1 %) of all samples are high-quality
    samples of that mode.  Returns ``ModeCoverage(covered, high_quality, modes)``.
    """
    samples = check_tensor(samples, "samples", ndim=2, hint="(N, D)").detach().float().cpu()
    centers = check_tensor(centers, "centers", ndim=2, shape=(None, samples.shape[1]),
                           hint="(K, D)").detach().float().cpu()
    std = check_float(std, "std", 1e-12)
    radius = check_float(radius, "radius", 0.0)
    min_share = check_float(min_share, "min_share", 0.0, 1.0)
    if len(samples) == 0 or len(centers) == 0:
        fail("err.empty", name="samples" if len(samples) == 0 else "centers")
    distance = torch.cdist(samples, centers)                 # (N, K)
    nearest, mode = distance.min(dim=1)                      # (N,), (N,)
    good = nearest <= radius * std                           # (N,)
    per_mode = torch.bincount(mode[good], minlength=len(centers))  # (K,)
    covered = int((per_mode >= min_share * len(samples)).sum())
    return ModeCoverage(covered, float(good.float().mean()), len(centers))


def _floats(values, name: str) -> np.ndarray:
    try:
        return np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        fail("err.type", name=name, expected="array / tensor", got=type(values).__name__)


def rmse(prediction, truth) -> float:
    """Root mean squared error, in the units of ``truth``; both of the same shape (no broadcasting)."""
    prediction = check_tensor(_floats(prediction, "prediction"), "prediction").double().numpy()
    truth = check_tensor(_floats(truth, "truth"), "truth").double().numpy()
    if prediction.shape != truth.shape or prediction.size == 0:
        fail("err.same_shape", name="prediction, truth", shapes=[prediction.shape, truth.shape])
    return float(np.sqrt(np.mean((prediction - truth) ** 2)))
