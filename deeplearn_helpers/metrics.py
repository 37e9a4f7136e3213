"""Quality figures that notebooks report and the benchmark collects.

A notebook calls ``record("spirals.mlp_accuracy", acc)``; nothing is written unless the
benchmark sets the environment variable ``DEEPLEARN_METRICS_FILE``, in which case one
JSON line per figure is appended to that file.
"""
from __future__ import annotations

import json
import os

from .validate import check_float, check_str

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
