"""The shipped digit images: MNIST 5k (see files/DATA_LICENSES.md), and what is done to them
(binarising, small random moves, a few labelled per class).

The file holds 500 images of each of the 10 classes, sorted by class.  The split is
fixed: the last 50 images of every class are the test set (500 images), the first 450
the training set (4,500 images).
"""
from __future__ import annotations

from importlib import resources

import numpy as np
import torch
import torch.nn.functional as F

from ..validate import _check_range, check_choice, check_int, check_tensor

__all__ = ["DIGITS_FILE", "binarize", "few_labelled", "jitter", "load_digits"]

DIGITS_FILE = "mnist_5k.npz"
PER_CLASS, TEST_PER_CLASS = 500, 50


def load_digits(split: str = "train"):
    """Return ``(images, labels)``: float32 (N, 28, 28) in [0, 1] and int64 (N,)."""
    check_choice(split, "split", ["train", "test", "all"])
    path = resources.files("deeplearn_helpers.data") / "files" / DIGITS_FILE
    with resources.as_file(path) as file, np.load(file) as arrays:
        images, labels = arrays["images"], arrays["labels"]
    position = np.zeros(len(labels), dtype=np.int64)          # index within its class
    for digit in range(10):
        position[labels == digit] = np.arange((labels == digit).sum())
    keep = {"train": position < PER_CLASS - TEST_PER_CLASS,
            "test": position >= PER_CLASS - TEST_PER_CLASS,
            "all": np.ones(len(labels), dtype=bool)}[split]
    x = torch.from_numpy(images[keep].astype(np.float32) / 255.0)  # (N, 28, 28)
    y = torch.from_numpy(labels[keep].astype(np.int64))            # (N,)
    return x, y


def binarize(x: torch.Tensor, seed: int | None = None) -> torch.Tensor:
    """Binary images: each pixel is 1 with probability equal to its grey level.

    A Bernoulli likelihood is a proper probability only for pixels that are 0 or 1, so
    the VAEs are trained on freshly binarised images (a new draw every batch) and
    evaluated on a test set binarised once with a fixed ``seed``.  With ``seed=None``
    the draw uses torch's global generator (as a training batch does).
    """
    x = check_tensor(x, "x")
    if not x.is_floating_point():
        x = x.float()                                # 0/1 integers are probabilities too
    if x.numel():                                    # grey levels are probabilities
        _check_range(float(x.min()), "x", 0.0, 1.0)
        _check_range(float(x.max()), "x", 0.0, 1.0)
    if seed is None:
        return torch.bernoulli(x)
    return torch.bernoulli(x, generator=torch.Generator().manual_seed(check_int(seed, "seed", 0)))


def jitter(images: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """Data augmentation: turn (±10°), resize (±10 %) and move (±2 px) every image (B, 28, 28) a little."""
    images = check_tensor(images, "images", ndim=3, shape=(None, 28, 28), hint="(B, 28, 28)")
    n = len(images)
    angle = (torch.rand(n, generator=generator) - 0.5) * (20 * torch.pi / 180)   # (B,)
    scale = 1 + (torch.rand(n, generator=generator) - 0.5) * 0.2                  # (B,)
    shift = (torch.rand(n, 2, generator=generator) - 0.5) * (8 / 28)              # (B, 2)
    cos, sin = torch.cos(angle) / scale, torch.sin(angle) / scale
    theta = torch.stack([torch.stack([cos, -sin, shift[:, 0]], 1),
                         torch.stack([sin, cos, shift[:, 1]], 1)], 1)             # (B, 2, 3)
    grid = F.affine_grid(theta, (n, 1, 28, 28), align_corners=False)
    return F.grid_sample(images.unsqueeze(1), grid, align_corners=False).squeeze(1)


def few_labelled(images: torch.Tensor, labels: torch.Tensor, per_class: int, seed: int = 0):
    """A random ``per_class`` images of every class: the scarce labelled data."""
    images = check_tensor(images, "images", ndim=3, shape=(None, 28, 28), hint="(N, 28, 28)")
    labels = check_tensor(labels, "labels", ndim=1, shape=(len(images),), hint="(N,)", dtype=torch.int64)
    per_class = check_int(per_class, "per_class", 1, 400)
    g = torch.Generator().manual_seed(seed)
    keep = torch.cat([torch.nonzero(labels == c).flatten()[
        torch.randperm(int((labels == c).sum()), generator=g)[:per_class]] for c in range(10)])
    return images[keep], labels[keep]
