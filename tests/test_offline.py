"""Nothing downloads anything, and weights are never pickles.

The unit tests also run with every non-loopback connection refused (tests/conftest.py);
this file reads the code that runs inside notebook kernels and scripts.
"""
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOWNLOADING = re.compile(
    r"urlopen|urlretrieve|requests\.(get|post)|download\s*=\s*True|torch\.hub|hf_hub|"
    r"from_pretrained|load_dataset\(|[!%]pip install|https?://")
PICKLING = re.compile(r"torch\.load\(|torch\.save\(|import pickle|pickle\.load|np\.load\([^)]*allow_pickle=True")


def _python_files():
    for folder in ["deeplearn_helpers", "scripts", "benchmarks"]:
        yield from sorted((ROOT / folder).rglob("*.py"))


def _notebook_code():
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        yield path, "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")


@pytest.mark.parametrize("pattern", [DOWNLOADING, PICKLING], ids=["downloads", "pickles"])
def test_no_download_and_no_pickle_in_code(pattern):
    offenders = [str(p.relative_to(ROOT)) for p in _python_files() if pattern.search(p.read_text(encoding="utf-8"))]
    offenders += [str(p.relative_to(ROOT)) for p, code in _notebook_code() if pattern.search(code)]
    assert not offenders, offenders


def test_shipped_weights_are_safetensors_only():
    weights = [p for p in (ROOT / "deeplearn_helpers" / "weights").iterdir() if p.name != ".keep"]
    assert all(p.suffix == ".safetensors" for p in weights), weights
