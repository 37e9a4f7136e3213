"""A small convolutional digit classifier, used as a judge of generated digits.

It is trained on the training split of the shipped MNIST 5k (``data.load_digits``) and
reaches ≥ 97 % on the test split.  Notebooks load the shipped weights
(``load_digit_classifier()``); ``scripts/train_generative_weights.py`` makes them again
with ``experiments.generative.train_digit_classifier(seed=0)``.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from ..core import evaluating
from ..storage import load_weights
from ..validate import check_float, check_int, check_module, check_tensor

__all__ = ["CLASSIFIER_WEIGHTS", "DigitClassifier", "grey_share", "judge_digits", "load_digit_classifier",
           "two_guess_share"]

CLASSIFIER_WEIGHTS = "digit_classifier.safetensors"


class DigitClassifier(nn.Module):
    """(B, 28, 28) in [0, 1] → 10 logits: two conv + pool blocks, then two linear layers."""

    def __init__(self, width: int = 32):
        super().__init__()
        width = check_int(width, "width", 1, 1024)
        self.conv1 = nn.Conv2d(1, width, 3, padding=1)
        self.conv2 = nn.Conv2d(width, 2 * width, 3, padding=1)
        self.fc1 = nn.Linear(2 * width * 7 * 7, 128)
        self.drop = nn.Dropout(0.3)
        self.fc2 = nn.Linear(128, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = check_tensor(x, "x", ndim=3, shape=(None, 28, 28), hint="(B, 28, 28)")
        h = F.max_pool2d(F.relu(self.conv1(x.unsqueeze(1))), 2)   # (B, W, 14, 14)
        h = F.max_pool2d(F.relu(self.conv2(h)), 2)                # (B, 2W, 7, 7)
        return self.fc2(self.drop(F.relu(self.fc1(h.flatten(1)))))           # (B, 10)


def load_digit_classifier() -> DigitClassifier:
    """The shipped, trained classifier (safetensors), ready to use in eval mode."""
    return load_weights(DigitClassifier(), CLASSIFIER_WEIGHTS).eval()


@torch.no_grad()
def judge_digits(images: torch.Tensor, model: nn.Module | None = None, threshold: float = 0.9):
    """How a classifier sees generated digits.

    Returns ``(confident_share, class_shares)``: the share of images whose top class has
    probability ≥ ``threshold``, and for each digit 0..9 the share of all images
    classified as it (a generator that collapsed onto a few digits shows up here).
    """
    images = check_tensor(images, "images", ndim=3, shape=(None, 28, 28), hint="(N, 28, 28)")
    threshold = check_float(threshold, "threshold", 0.0, 1.0)
    model = check_module(model, "model") if model is not None else load_digit_classifier()
    with evaluating(model):
        probs = torch.softmax(model(images.float()), dim=1)        # (N, 10)
    top, label = probs.max(1)
    confident = float((top >= threshold).float().mean())
    shares = torch.bincount(label, minlength=10).float() / len(images)
    return confident, shares


@torch.no_grad()
def two_guess_share(probs: torch.Tensor, unsure_below: float = 0.9, pair_at_least: float = 0.9) -> float:
    """Among the images the classifier is unsure of, how often it hesitates between two digits.

    ``probs`` are the classifier's probabilities (N, 10).  An image is *unsure* when its
    top probability is below ``unsure_below``; of those, the share whose two best guesses
    add up to at least ``pair_at_least`` (all the doubt lies on two digits).  0 when no
    image is unsure.
    """
    probs = check_tensor(probs, "probs", ndim=2, shape=(None, 10), hint="(N, 10)")
    unsure_below = check_float(unsure_below, "unsure_below", 0.0, 1.0)
    pair_at_least = check_float(pair_at_least, "pair_at_least", 0.0, 1.0)
    best2 = probs.topk(2, dim=1).values                        # (N, 2)
    unsure = best2[:, 0] < unsure_below                        # (N,)
    if not bool(unsure.any()):
        return 0.0
    return float((best2[unsure].sum(1) >= pair_at_least).float().mean())


@torch.no_grad()
def grey_share(images: torch.Tensor, ink: float = 0.1, solid: float = 0.9) -> float:
    """Share of grey pixels among the ink pixels: a measure of blur (0 = crisp strokes).

    Ink pixels have a value above ``ink``; grey ones among them are below ``solid``.
    On binary images it is 0, so a VAE is measured on its decoder's means (the pixel
    probabilities), not on Bernoulli draws from them.
    """
    images = check_tensor(images, "images", hint="(N, 28, 28)")
    ink_mask = images > check_float(ink, "ink", 0.0, 1.0)
    grey = (images < check_float(solid, "solid", 0.0, 1.0)) & ink_mask
    return float(grey.float().sum() / ink_mask.float().sum().clamp(min=1))
