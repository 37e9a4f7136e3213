"""`make test` ends with one line naming the tests skipped for a missing system package."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

CONFTEST = Path(__file__).resolve().parent.parent / "conftest.py"


def _run(tmp_path, body: str) -> str:
    shutil.copy(CONFTEST, tmp_path / "conftest.py")
    (tmp_path / "test_tools.py").write_text(body)
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "-p", "no:randomly", str(tmp_path)],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    return result.stdout


def test_a_skip_for_chromium_or_npm_is_named_with_the_command_that_installs_it(tmp_path):
    out = _run(tmp_path, "import pytest\n"
                         "def test_browser():\n    pytest.skip('chromium is not installed')\n"
                         "def test_slides():\n    pytest.skip('npm is needed once')\n"
                         "def test_other():\n    pytest.skip('not today')\n")
    lines = [line for line in out.splitlines() if "missing system package" in line]
    assert len(lines) == 1, out
    assert "sudo apt-get install chromium npm" in lines[0] and "test_tools.py" in lines[0]


def test_no_line_when_nothing_was_skipped_for_a_package():
    """The hook alone, with a skip for another reason: it writes nothing."""
    spec = importlib.util.spec_from_file_location("root_conftest", CONFTEST)
    root = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(root)

    class Report:
        longrepr = ("tests/test_x.py", 3, "Skipped: not today")
        nodeid = "tests/test_x.py::test_other"

    class Reporter:
        stats = {"skipped": [Report()]}
        lines: list = []

        def write_line(self, line, **markup):
            self.lines.append(line)

    reporter = Reporter()
    root.pytest_terminal_summary(reporter)
    assert reporter.lines == []
    Report.longrepr = ("tests/test_browser.py", 43, "Skipped: chromium is not installed")
    root.pytest_terminal_summary(reporter)
    assert len(reporter.lines) == 1 and "apt-get install chromium" in reporter.lines[0]
