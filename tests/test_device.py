"""A GPU: what it changes and what it does not (README, section on tests and GPUs).

* The stored outputs of the five notebooks name no device, and no notebook picks one: the
  notebooks compute on the CPU everywhere, so `make test` passes the same on a CUDA or an
  Apple-GPU machine.
* ``get_device`` picks CUDA, then MPS, then the CPU.
* Every public helper that takes a ``device`` (found by introspection, so a new one is
  covered) puts its model on that device.  Without a GPU this is as far as a test can go:
  ``nn.Module.to`` is spied on (the request is recorded, the model stays on the CPU) and
  the training loop is replaced by a stub, so the test checks the plumbing, not CUDA kernels.
  The weights scripts take ``--device`` and pass it to these helpers.
"""
from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
from pathlib import Path

import pytest
import torch

import deeplearn_helpers
from deeplearn_helpers import core
from deeplearn_helpers.train import History, Trained

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
DEVICE_WORDS = re.compile(r"\b(cuda|mps|cpu)\b|device\(", re.I)
PICKS_A_DEVICE = re.compile(r"get_device\(|\.cuda\(|device\s*=|\.to\(\s*['\"]?(cuda|mps)")


def _cells(path):
    return [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]


def _output_text(output) -> str:
    text = output.get("text", "")
    data = output.get("data", {})
    return "".join(text) + "".join(data.get("text/plain", "")) + "".join(data.get("text/html", ""))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_no_stored_output_names_a_device_and_no_cell_picks_one(path):
    for index, cell in enumerate(_cells(path)):
        for output in cell.get("outputs", []):
            found = DEVICE_WORDS.search(_output_text(output))
            assert not found, f"{path.name} cell {index} stores {found.group(0)!r}: the output depends on the device"
        code = "".join(cell["source"])
        found = PICKS_A_DEVICE.search(code)
        assert not found, f"{path.name} cell {index} picks a device ({found.group(0)!r}): README says the notebooks run on the CPU"


def test_get_device_prefers_cuda_then_mps_then_cpu(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert core.get_device() == torch.device("cuda")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: True)
    assert core.get_device() == torch.device("mps")
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: False)
    assert core.get_device() == torch.device("cpu")
    assert core.get_device("cpu") == torch.device("cpu")


def _device_helpers() -> list[tuple[str, object]]:
    found = {}
    for info in pkgutil.walk_packages(deeplearn_helpers.__path__, "deeplearn_helpers."):
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if inspect.isfunction(obj) and "device" in inspect.signature(obj).parameters:
                found[f"{obj.__module__}.{name}"] = obj
    return sorted(found.items())


HELPERS = _device_helpers()
# Arguments that let each helper run in a moment (the loop itself is stubbed below).
CHEAP = {
    "train_cvae": lambda: {"images": torch.rand(8, 28, 28), "labels": torch.arange(8) % 10},
    "train_gan_2d": lambda: {"steps": 2},
    "train_reader": lambda: {"kind": "lstm", "epochs": 1},
    "train_digit_classifier": lambda: {"epochs": 1},
}


def test_the_helpers_that_take_a_device_are_found():
    names = {label.rsplit(".", 1)[1] for label, _ in HELPERS}
    assert {"train_digit_classifier", "train_gan_2d"} <= names
    assert names <= set(CHEAP), f"give the new helper cheap arguments in CHEAP: {sorted(names - set(CHEAP))}"


@pytest.mark.parametrize("label, helper", HELPERS, ids=[label for label, _ in HELPERS])
def test_a_helper_puts_its_model_on_the_device_it_is_given(label, helper, monkeypatch):
    asked, moved = [], []
    original_to = torch.nn.Module.to

    def spy_to(module, *args, **kwargs):
        target = kwargs.get("device", args[0] if args else None)
        asked.append(torch.device(target) if isinstance(target, (str, torch.device)) else target)
        return original_to(module, "cpu")

    def stub_fit(model, *args, **kwargs):
        moved.append(model)
        return History()

    monkeypatch.setattr(torch.nn.Module, "to", spy_to)
    monkeypatch.setattr(importlib.import_module(helper.__module__), "fit", stub_fit)
    result = helper(**CHEAP[label.rsplit(".", 1)[1]](), device=torch.device("cuda"))
    assert torch.device("cuda") in asked, f"{label} never moved a model to the device it was given"
    assert isinstance(result, Trained) and moved and result.model is moved[0]
