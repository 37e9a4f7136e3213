"""Saving and loading model weights as safetensors (never pickles).

Shipped weights live in ``deeplearn_helpers/weights/``; each is made by a script in
``scripts/`` that anyone can run again.  A file that is damaged, or that belongs to a
different model, raises ``HelperInputError`` with a clear message.
"""
from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

import torch
from safetensors import SafetensorError, safe_open
from safetensors.torch import load_file, save_file

from .validate import (HelperInputError, check_instance, check_int, check_module, check_path,
                       check_sequence, check_str)
from .i18n import tr

__all__ = ["REPO_ROOT", "file_sha256", "load_weights", "provenance", "read_metadata", "save_weights",
           "shipped_weights_path"]

REPO_ROOT = Path(__file__).resolve().parent.parent   # a checkout: deeplearn_helpers/ sits here


def shipped_weights_path(name: str) -> Path:
    """Path of a weights file shipped inside the package, e.g. ``"vae_mnist.safetensors"``."""
    check_str(name, "name")
    path = Path(str(resources.files("deeplearn_helpers") / "weights" / name))
    if not path.exists():
        raise HelperInputError(tr("err.weights_file", path=name, reason="file not found"))
    return path


def file_sha256(path: str | Path) -> str:
    """The sha256 of a file's bytes, as hex."""
    path = check_path(path)
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        raise HelperInputError(tr("err.file", path=path, reason=error.strerror)) from None


def provenance(made_by: str, seed: int, inputs: list[str]) -> dict[str, str]:
    """The metadata every shipped weights file carries: who made it, from what.

    ``made_by`` is ``"scripts/<file>.py:<function>"``; ``inputs`` are the data files the
    training read, as paths relative to the repository root (for data made on the fly,
    the source file that makes it).  Their sha256 is recorded, so a test can tell when
    the data changed and the weights must be made again.
    """
    check_str(made_by, "made_by")
    seed = check_int(seed, "seed", 0)
    inputs = sorted(check_str(path, "inputs") for path in check_sequence(inputs, "inputs", allow_empty=True))
    hashes = {}
    for path in inputs:
        if not (REPO_ROOT / path).is_file():
            raise HelperInputError(tr("err.weights_file", path=path, reason="file not found"))
        hashes[path] = file_sha256(REPO_ROOT / path)
    return {"made_by": made_by, "seed": str(seed), "torch": torch.__version__.split("+")[0],
            "inputs": json.dumps(hashes, sort_keys=True)}


def read_metadata(path: str | Path) -> dict[str, str]:
    """The metadata stored in a safetensors file (a file path or a shipped file's name)."""
    path = check_path(path)
    if not path.exists():
        path = shipped_weights_path(str(path))
    try:
        with safe_open(str(path), framework="pt") as handle:
            return dict(handle.metadata() or {})
    except (SafetensorError, OSError, ValueError) as error:
        raise HelperInputError(tr("err.weights_file", path=path.name, reason=error)) from None


def save_weights(model: torch.nn.Module, path: str | Path, metadata: dict[str, str] | None = None) -> None:
    """Write the model's parameters and buffers to ``path`` (safetensors)."""
    check_module(model, "model")
    path = check_path(path)
    if metadata is not None:
        for key, value in check_instance(metadata, "metadata", dict).items():
            check_str(key, "metadata")
            check_str(value, f"metadata[{key!r}]", allow_empty=True)
    tensors = {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}
    try:
        save_file(tensors, str(path), metadata=metadata)
    except OSError as error:
        raise HelperInputError(tr("err.file", path=path, reason=error.strerror)) from None


def load_weights(model: torch.nn.Module, path: str | Path) -> torch.nn.Module:
    """Load safetensors weights into ``model`` (in place) and return it.

    ``path`` is a file path, or the name of a file shipped in ``deeplearn_helpers/weights``.
    """
    check_module(model, "model")
    path = check_path(path)
    if not path.exists():
        path = shipped_weights_path(str(path))
    try:
        tensors = load_file(str(path))
    except (SafetensorError, OSError, ValueError) as error:
        raise HelperInputError(tr("err.weights_file", path=path.name, reason=error)) from None
    expected = model.state_dict()
    missing = sorted(set(expected) - set(tensors))
    unexpected = sorted(set(tensors) - set(expected))
    wrong = [k for k in set(expected) & set(tensors) if expected[k].shape != tensors[k].shape]
    if missing or unexpected or wrong:
        reason = "; ".join(part for part in [
            f"missing {missing[:3]}" if missing else "",
            f"unexpected {unexpected[:3]}" if unexpected else "",
            "shape " + ", ".join(f"{k}: {tuple(tensors[k].shape)} ≠ {tuple(expected[k].shape)}"
                                 for k in wrong[:3]) if wrong else "",
        ] if part)
        raise HelperInputError(tr("err.weights_mismatch", path=path.name, reason=reason))
    device = next(iter(expected.values())).device if expected else torch.device("cpu")
    model.load_state_dict({k: v.to(device) for k, v in tensors.items()})
    return model
