"""Test-run set-up for the whole repository (tests/ and notebooks/, where nbval collects):
the markers that `make check` leaves out, the notebooks' cells kept together on one xdist
worker, and one closing line naming what was skipped for a missing system package.

(tests/conftest.py holds the fixtures: no network, Kazakh at the start of each test.)"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
try:
    from _pytest.nodeid import coerce_node_id  # pytest ≥ 9 (see the last hook)
except ImportError:
    coerce_node_id = None


# ---------------------------------------------------------------- markers and workers

MARKERS = {
    "notebooks": "executes the notebooks (nbval, nbgrader autograding synthetic students)",
    "browser": "drives chromium (the real-browser, app-mode and slides tests)",
    "system": "installs into a fresh venv or starts a JupyterLab server",
    "seeds": "a claim trained again for another seed (parametrized over `seed`; make bench runs 0..4)",
}
# Test files that are wholly of one kind (nbval's cells are marked by their .ipynb suffix).
FILE_MARKERS = {
    "test_assignments.py": "notebooks",   # nbgrader autogrades synthetic students
    "test_browser.py": "browser",
    "test_slides.py": "browser",
    "test_fresh_install.py": "system",
    "test_make_lab.py": "system",
}
# Test files whose tests share an expensive module fixture run on one worker: one JupyterLab
# server and one chromium at a time (two would fight for two cores and hit the browser test's
# timeouts), the slide decks built once.
FILE_GROUPS = {"test_browser.py": "browser", "test_slides.py": "slides"}
# Run the longest first so that two workers finish together (browser ≈ 4 min, one notebook
# ≈ 10-50 s, a unit test ≈ 1 s on a quiet 2-core machine).
ORDER = {"browser": 0, "notebooks": 1, "system": 2}


def _share_the_cores() -> None:
    """On an xdist worker, torch gets this worker's share of the cores (two workers on two
    cores: one thread each), instead of every worker starting a thread per core and all of
    them waiting on each other.  No result depends on it: the notebooks run on one thread,
    and the tests' claims hold for any thread count."""
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "0"))
    if workers > 1:
        import torch

        torch.set_num_threads(max(1, len(os.sched_getaffinity(0)) // workers))


def pytest_configure(config):
    _share_the_cores()
    for name, text in MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {text}")
    if coerce_node_id is not None:
        config.pluginmanager.register(_GroupIdsForPytest9(), "xdist-group-ids-for-pytest-9")


class _GroupIdsForPytest9:
    """pytest-xdist 3.8 puts a test in its group by rewriting ``item._nodeid``; pytest 9 reads
    a node's id from ``item._id``, so the groups were lost and nbval's cells were spread over
    the workers (NameError in every cell).  Copy the rewritten id to where pytest 9 reads it."""

    @pytest.hookimpl(trylast=True)  # after xdist's own hook
    def pytest_collection_modifyitems(self, items):
        for item in items:
            rewritten = item.__dict__.get("_nodeid")
            if rewritten and rewritten != item.nodeid and hasattr(item, "_id"):
                item._id = coerce_node_id(rewritten)


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups (loadgroup)
def pytest_collection_modifyitems(config, items):
    for item in items:
        path = Path(str(item.fspath))
        if path.suffix == ".ipynb":
            item.add_marker(pytest.mark.notebooks)
            # nbval's cells share one kernel: all of a notebook's cells go to one worker
            item.add_marker(pytest.mark.xdist_group(path.stem))
        elif path.name in FILE_MARKERS:
            item.add_marker(getattr(pytest.mark, FILE_MARKERS[path.name]))
        if "seed" in getattr(getattr(item, "callspec", None), "params", {}):
            item.add_marker(pytest.mark.seeds)
        if path.name in FILE_GROUPS:
            item.add_marker(pytest.mark.xdist_group(FILE_GROUPS[path.name]))
    items.sort(key=lambda item: min((ORDER[m.name] for m in item.iter_markers() if m.name in ORDER),
                                    default=len(ORDER)))


# ---------------------------------------------------------------- what was skipped

# A skip whose reason names one of these tools was a missing system package.
SYSTEM_PACKAGES = {"chromium": "chromium", "npm": "npm"}


def pytest_terminal_summary(terminalreporter):
    """One line: which tests were skipped for want of a system package, and how to get it."""
    missing, files = set(), set()
    for report in terminalreporter.stats.get("skipped", []):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        for word, package in SYSTEM_PACKAGES.items():
            if word in reason:
                missing.add(package)
                files.add(report.nodeid.split("::")[0])
    if missing:
        terminalreporter.write_line(
            f"SKIPPED for a missing system package: {', '.join(sorted(files))} "
            f"(install: sudo apt-get install {' '.join(sorted(missing))}; see README)",
            yellow=True, bold=True)

