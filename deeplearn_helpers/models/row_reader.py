"""A recurrent network that reads an image row by row: recognition as a sequence task.

A 28 × 28 digit is a sequence of 28 rows of 28 pixels.  ``RowReader`` feeds the rows to a
recurrent layer (RNN, LSTM or GRU) top to bottom, x_t = row t, and names the digit from
the last hidden state alone:

    h_t = cell(x_t, h_{t-1})            t = 1 … 28   (the LSTM also carries c_t)
    scores = W h_28 + b                 10 numbers, one per digit (logits)

Images come in batch-first, as every image helper of the package: (B, 28, 28);
``image_rows`` turns them into the time-first sequences of the recurrent layers,
(28, B, 28).  The recurrent layer is ``SequenceModel``'s (``.recurrent``), so the
scratch cells' ``from_torch`` and ``trace_gates`` can look inside it.

``make_reader`` builds the four readers notebook 02 compares (the three row readers and an
MLP that sees all 784 pixels at once); ``load_reader`` gives the shipped, trained ones
(made by ``scripts/train_recognition_weights.py`` with ``experiments.gated.train_reader``).
"""
from __future__ import annotations

import torch
from torch import nn

from ..storage import load_weights
from ..validate import check_choice, check_int, check_tensor, fail
from .mlp import MLP
from .sequence import CELLS, SequenceModel

__all__ = ["HIDDEN", "IMAGE_SIZE", "READERS", "RowReader", "image_rows", "load_reader", "make_reader",
           "weights_name"]

IMAGE_SIZE = 28                              # rows per image = pixels per row
READERS = ("lstm", "gru", "rnn", "mlp")      # three row readers and the all-pixels baseline
HIDDEN = 64                                  # hidden units of every reader (the MLP's one hidden layer too)


def image_rows(images: torch.Tensor) -> torch.Tensor:
    """Images (B, rows, columns) → time-first sequences of rows (rows, B, columns)."""
    images = check_tensor(images, "images", ndim=3, hint="(B, rows, columns)")
    if images.shape[0] == 0:
        fail("err.empty", name="images")
    return images.transpose(0, 1)


class RowReader(SequenceModel):
    """Images (B, 28, 28) → 28 steps of one row each → scores of the 10 digits, (B, 10)."""

    def __init__(self, cell: str = "lstm", hidden_size: int = 64, n_classes: int = 10):
        check_choice(cell, "cell", CELLS)
        super().__init__(cell=cell, input_size=IMAGE_SIZE, hidden_size=check_int(hidden_size, "hidden_size", 1),
                         output_size=check_int(n_classes, "n_classes", 2), readout="last")

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        images = check_tensor(images, "images", ndim=3, shape=(None, IMAGE_SIZE, IMAGE_SIZE),
                              hint="(B, 28, 28)")
        return super().forward(image_rows(images))          # (B, 10)


def make_reader(kind: str) -> nn.Module:
    """A fresh reader of (B, 28, 28) images: a row-by-row RNN/LSTM/GRU, or the pixel MLP."""
    check_choice(kind, "kind", READERS)
    if kind == "mlp":                        # 784 pixels → 64 ReLU neurons → 10 scores
        return nn.Sequential(nn.Flatten(), MLP(sizes=[IMAGE_SIZE * IMAGE_SIZE, HIDDEN, 10], activation="relu"))
    return RowReader(kind, hidden_size=HIDDEN)


def weights_name(kind: str) -> str:
    """The shipped weights file of the seed-0 reader ``kind``."""
    return f"recognition_{check_choice(kind, 'kind', READERS)}.safetensors"


def load_reader(kind: str) -> nn.Module:
    """The shipped seed-0 reader ``kind`` (stored as float16, used as float32), in eval mode."""
    return load_weights(make_reader(kind), weights_name(kind)).eval()
