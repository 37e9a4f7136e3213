"""`make lab` starts as root (containers, cloud notebooks) and stays offline.

The command line is read from `make -n lab`, so the test checks what the Makefile really
runs.  The server is started with it (on a free local port, without a browser) inside a
Python whose sockets log and refuse every connection that leaves this machine; the
endpoints the JupyterLab page calls at start (news, update check, extension manager) are
then requested, and nothing may have tried to reach the internet.
"""
from __future__ import annotations

import json
import os
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

# Loaded by the server's Python (PYTHONPATH): logs and refuses every connection and name
# lookup that would leave this machine (tests/_offline_guard.py).
GUARD = f"""
import os, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
import _offline_guard
_offline_guard.install(os.environ["OUTSIDE_LOG"], lookups=True)
"""


def lab_command() -> list[str]:
    """The `jupyter lab …` line of `make -n lab` (the set-up lines before it are not run)."""
    printed = subprocess.run(["make", "-n", "lab"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.splitlines()
    lines = [line for line in printed if "jupyter lab" in line]
    assert len(lines) == 1, printed
    return shlex.split(lines[0])


def test_make_lab_allows_root_exactly_when_root_and_turns_off_what_phones_home():
    command = lab_command()
    assert ("--allow-root" in command) == (os.getuid() == 0)
    assert "--LabApp.extension_manager=readonly" in command      # no PyPI search for extensions
    assert "--LabApp.news_url=None" in command                   # no news feed
    assert any(arg.endswith("NeverCheckForUpdate") for arg in command)  # no update check
    assert command[-1] == "notebooks/"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str):
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.loads(response.read() or b"null")


@pytest.fixture
def lab_server(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "outside.log"
    port, token = _free_port(), "sturdy-test"
    command = lab_command()
    command[0] = str(BIN / "jupyter")
    command += ["--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1",
                f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT}"]
    env = dict(os.environ, PYTHONPATH=str(tmp_path), OUTSIDE_LOG=str(log),
               JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
               JUPYTERLAB_SETTINGS_DIR=str(tmp_path / "settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"))
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=open(tmp_path / "server.log", "w"))
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                _get(f"{url}/api/status?token={token}")
                break
            except OSError:
                assert server.poll() is None, (tmp_path / "server.log").read_text()[-2000:]
                assert time.time() < deadline, "JupyterLab did not start in 60 s"
                time.sleep(0.3)
        yield url, token, log
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_make_lab_starts_and_asks_nothing_of_the_internet(lab_server):
    url, token, log = lab_server
    with urllib.request.urlopen(f"{url}/lab?token={token}", timeout=10) as page:
        assert page.status == 200
    assert _get(f"{url}/lab/api/news?token={token}")["news"] == []
    assert _get(f"{url}/lab/api/update?token={token}")["notification"] is None
    _get(f"{url}/lab/api/extensions?refresh=1&query=widgets&token={token}")
    time.sleep(1)
    attempts = log.read_text() if log.exists() else ""
    assert attempts == "", f"the server tried to reach the internet: {attempts}"
