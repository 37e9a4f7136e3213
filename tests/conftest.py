"""Shared test set-up: no network, sleeping OpenMP threads, Kazakh at the start of each test.

(The markers, the xdist groups and the closing line about skipped tests are in the
repository's root conftest.py, which pytest loads for notebooks/ too.)"""
from __future__ import annotations

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # see deeplearn_helpers/__init__.py

import matplotlib
import pytest
from _offline_guard import install as install_offline_guard

matplotlib.use("Agg")

install_offline_guard()  # the suite must run offline


@pytest.fixture(autouse=True)
def kazakh_language():
    """Every test starts (and ends) in Kazakh, the default language."""
    from deeplearn_helpers import set_language

    set_language("kk")
    yield
    set_language("kk")

