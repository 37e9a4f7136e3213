"""Shared test set-up: no network, sleeping OpenMP threads, Kazakh at the start of each test.

(The markers, the xdist groups and the closing line about skipped tests are in the
repository's root conftest.py, which pytest loads for notebooks/ too.)"""
from __future__ import annotations

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # see deeplearn_helpers/__init__.py

import ipaddress
import socket

import matplotlib
import pytest

matplotlib.use("Agg")

_real_connect = socket.socket.connect


def _guarded_connect(self, address):
    """Refuse every connection that leaves this machine: the suite must run offline."""
    host = address[0] if isinstance(address, tuple) else None
    if host is not None:
        try:
            local = ipaddress.ip_address(host).is_loopback
        except ValueError:
            local = host == "localhost"
        if not local:
            raise OSError(f"network access attempted in tests: {address}")
    return _real_connect(self, address)


socket.socket.connect = _guarded_connect


@pytest.fixture(autouse=True)
def kazakh_language():
    """Every test starts (and ends) in Kazakh, the default language."""
    from deeplearn_helpers import set_language

    set_language("kk")
    yield
    set_language("kk")

