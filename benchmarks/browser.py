"""How long the real-browser test takes (JupyterLab + headless chromium, every notebook)."""
from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(only=None) -> str:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "pytest", "tests/test_browser.py", "-q", "-s"],
                            cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    summary = (result.stdout.strip().splitlines() or ["(no output)"])[-1]
    moved = len(re.findall(r"reacted to its", result.stdout))
    return "\n".join([
        "## Real-browser test (tests/test_browser.py)", "",
        "| total time (s) | explorers moved | result |", "|---|---|---|",
        f"| {seconds:.0f} | {moved} | {summary} |", ""])
