"""Seeds, devices and a few small utilities that every notebook uses."""
from __future__ import annotations

import os
import random
from contextlib import contextmanager

import numpy as np
import torch

from .validate import check_choice, check_int, check_module


def seed_everything(seed: int = 0) -> torch.Generator:
    """Seed Python, NumPy and torch so that a notebook gives the same numbers every run.

    Returns a ``torch.Generator`` seeded the same way, for code that wants its own stream.
    """
    seed = check_int(seed, "seed", 0, 2**32 - 1)
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    os.environ["PYTHONHASHSEED"] = str(seed)
    return torch.Generator().manual_seed(seed)


@contextmanager
def kept_rng(seed: int | None = None):
    """Run the block with its own random numbers, then give the caller's back unchanged.

    Saves the global generators of Python, NumPy and torch (CPU and every CUDA device),
    seeds all three with ``seed`` if given, and restores the saved states on leaving, so a
    helper that trains with a fixed seed leaves the caller's random stream where it was.
    """
    python_state, numpy_state = random.getstate(), np.random.get_state()
    with torch.random.fork_rng(devices=range(torch.cuda.device_count())):
        try:
            if seed is not None:
                seed = check_int(seed, "seed", 0, 2**32 - 1)
                random.seed(seed)
                np.random.seed(seed)
                torch.manual_seed(seed)
            yield
        finally:
            random.setstate(python_state)
            np.random.set_state(numpy_state)


@contextmanager
def evaluating(model: torch.nn.Module):
    """Run the block with ``model`` in eval mode (no dropout, batch-norm statistics fixed),
    then put it back in the mode it was in."""
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)


def get_device(prefer: str | None = None) -> torch.device:
    """The fastest device present: CUDA GPU, then Apple's MPS, then the CPU.

    ``prefer="cpu"`` forces the CPU (for example to compare timings fairly).
    """
    if prefer is not None:
        check_choice(prefer, "prefer", ["cuda", "mps", "cpu"])
        return torch.device(prefer)
    if torch.cuda.is_available():
        return torch.device("cuda")
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


def count_parameters(model: torch.nn.Module) -> int:
    """Number of trainable numbers (weights and biases) in a model."""
    check_module(model, "model")
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


@contextmanager
def torch_threads(n: int):
    """Run the block with ``n`` CPU threads for torch, then restore the previous number.

    Tiny networks (a playground's MLP) train faster on one thread: splitting a 16×16
    matrix product between threads costs more than it saves.
    """
    n = check_int(n, "n", 1, 256)
    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)
