"""Notebook 02's experiments: the adding problem (§3) and a recognition system built from a
gated network (§6) (``from deeplearn_helpers.experiments import gated as E``).

``train_adding`` trains a given model on the adding problem (``data.adding``) until its
validation error is below a target; it returns a ``train.Trained`` with ``val_mse``.

An LSTM reads a digit row by row (``models.row_reader.RowReader``: 28 steps of 28 pixels)
and names it from its last hidden state; a GRU and a plain RNN do the same, and an MLP
sees all 784 pixels at once.  Every reader gets one recipe (``train_reader``): Adam with a
one-cycle learning rate up to ``LR``, ``EPOCHS`` passes over the 4,500 training digits in
batches of ``BATCH``, gradients clipped at ``CLIP``, and every training image turned,
resized and moved a little (the digit classifier's augmentation) so that the small training set
goes further.  Accuracy is measured on the 500 shipped test digits.

The readers themselves (``make_reader``, ``load_reader``) live in ``models/row_reader.py``.
Training all four for five seeds takes minutes, so ``scripts/train_recognition_weights.py``
ships the seed-0 readers and ``benchmarks/recognition.py`` measures seeds
0..4 and the training time.  ``recognition_claim`` turns accuracies into the numbers the
notebook's self-check tests, so a unit test can feed it a broken input.
"""
from __future__ import annotations

import time

import torch
from torch import nn

from ..core import kept_rng
from ..data.adding import AddingProblem, adding_mse, check_length
from ..data.digits import jitter, load_digits   # jitter: turn, resize, move (the digit classifier's augmentation)
from ..models.gated import LSTMCellScratch, trace_gates
from ..models.row_reader import IMAGE_SIZE, READERS, RowReader, image_rows, make_reader
from ..train import History, Trained, fit
from ..validate import check_device, check_float, check_int, check_module, check_tensor, fail, model_takes_data
from .generative import classifier_accuracy

__all__ = ["train_adding", "ACCURACY_BAR", "BATCH", "BLANK_ROWS", "CLIP", "EPOCHS", "KEEP_MARGIN", "LR", "MLP_CLOSE", "RNN_GAP",
           "blank_rows_claim", "forget_by_row", "recognition_claim", "row_gates", "row_ink",
           "train_reader"]

EPOCHS, BATCH, LR, CLIP = 30, 64, 5e-3, 1.0
# The notebook's statement about the readers (its self-check and benchmarks/recognition.py):
ACCURACY_BAR = 0.94      # the LSTM and the GRU name at least this share of the test digits
RNN_GAP = 0.04           # the plain RNN names at least this share fewer than the LSTM
MLP_CLOSE = 0.03         # the pixel MLP is within this share of the LSTM, either way
BLANK_ROWS = 3           # the first and the last rows of a digit: blank (almost no ink) in the data set
KEEP_MARGIN = 0.1        # below the digit the LSTM's forget gate is at least this much more open than above it


def train_reader(kind: str, seed: int = 0, epochs: int = EPOCHS, progress: bool = False, device=None) -> Trained:
    """Train ``make_reader(kind)`` with the one recipe; ``Trained`` with the test ``accuracy`` and
    ``cpu_seconds`` (process time of the training: all threads together).  The caller's
    random numbers are left as they were."""
    seed = check_int(seed, "seed", 0)
    epochs = check_int(epochs, "epochs", 1, 1000)
    images, labels = load_digits("train")
    with kept_rng(seed):
        model = make_reader(kind).to(check_device(device) or "cpu")
        moves = torch.Generator().manual_seed(seed + 1)            # the jitter's own generator

        def loss_fn(net, batch):
            x, y = batch
            return nn.functional.cross_entropy(net(jitter(x.cpu(), moves).to(x.device)), y)

        optimizer = torch.optim.Adam(model.parameters(), lr=LR)
        steps = epochs * -(-len(images) // BATCH)                  # batches per epoch, rounded up
        scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=LR, total_steps=steps)
        start = time.process_time()
        history = fit(model, loss_fn, (images, labels), epochs=epochs, batch_size=BATCH, optimizer=optimizer,
                      scheduler=scheduler, clip_grad_norm=CLIP, progress=progress, seed=seed)
        cpu_seconds = time.process_time() - start
    model.eval()
    return Trained(model, history, {"accuracy": classifier_accuracy(model), "cpu_seconds": cpu_seconds})


def recognition_claim(accuracy: dict[str, float]) -> dict[str, float]:
    """The numbers behind notebook 02's statement about the readers (accuracy per kind).

    ``gated_low``: the lower of the LSTM's and the GRU's accuracy; ``rnn_gap``: the LSTM's
    accuracy minus the plain RNN's; ``mlp_gap``: the LSTM's minus the pixel MLP's (negative
    when the MLP is better)."""
    if not isinstance(accuracy, dict) or any(kind not in accuracy for kind in READERS):
        fail("err.type", name="accuracy", expected="{" + ", ".join(READERS) + "}", got=accuracy)
    return {"gated_low": min(accuracy["lstm"], accuracy["gru"]),
            "rnn_gap": accuracy["lstm"] - accuracy["rnn"],
            "mlp_gap": accuracy["lstm"] - accuracy["mlp"]}


@torch.no_grad()
def row_gates(model: RowReader, images: torch.Tensor) -> dict[str, torch.Tensor]:
    """Every gate of an LSTM reader over the rows of ``images`` (B, 28, 28): (28, B, H) tensors."""
    if not isinstance(model, RowReader) or model.config.cell != "lstm":
        fail("err.type", name="model", expected="RowReader('lstm')", got=type(model).__name__)
    images = check_tensor(images, "images", ndim=3, shape=(None, IMAGE_SIZE, IMAGE_SIZE), hint="(B, 28, 28)")
    return trace_gates(LSTMCellScratch.from_torch(model.recurrent), image_rows(images))


def forget_by_row(model: RowReader, images: torch.Tensor) -> torch.Tensor:
    """The LSTM reader's forget gate f at each row: the mean over units and images, (28,)."""
    return row_gates(model, images)["f"].mean(dim=(1, 2))


def row_ink(images: torch.Tensor) -> torch.Tensor:
    """How much ink each row holds: the mean brightness of its pixels over ``images`` (B, 28, 28), (28,)."""
    images = check_tensor(images, "images", ndim=3, shape=(None, IMAGE_SIZE, IMAGE_SIZE), hint="(B, 28, 28)")
    return images.mean(dim=(0, 2))


def blank_rows_claim(forget: torch.Tensor, images: torch.Tensor) -> dict[str, float]:
    """The numbers behind the statement about blank rows: the same input, a different gate.

    ``top`` / ``bottom``: the mean forget gate on the first / last ``BLANK_ROWS`` rows (from
    ``forget_by_row``); ``ink``: the most ink any of those rows has on average over
    ``images`` (0 = blank, 1 = all white)."""
    forget = check_tensor(forget, "forget", ndim=1, shape=(IMAGE_SIZE,))
    ink = row_ink(images)
    edges = torch.cat([ink[:BLANK_ROWS], ink[-BLANK_ROWS:]])
    return {"top": forget[:BLANK_ROWS].mean().item(), "bottom": forget[-BLANK_ROWS:].mean().item(),
            "ink": edges.max().item()}


def _mse_loss(model, batch):
    x, y = batch
    return ((model(x) - y) ** 2).mean()



def train_adding(model: nn.Module, length: int, *, seed: int = 0, max_steps: int = 1000,
                 target_mse: float = 0.005, check_every: int = 100, lr: float = 1e-2,
                 clip_grad_norm: float = 1.0, batch_size: int = 64,
                 max_seconds: float | None = None) -> Trained:
    """Train ``model`` on the adding problem until the validation MSE < ``target_mse``.

    Runs ``fit`` ``check_every`` steps at a time (one Adam optimizer throughout), then
    measures the MSE on 1000 fixed validation sequences (logged as ``"val_mse"``); stops
    at the target, after ``max_steps``, or (benchmark only) after ``max_seconds``.  Returns
    ``Trained(model, history)`` with the last ``val_mse``.
    """
    check_module(model, "model")
    length = check_length(length)
    max_steps = check_int(max_steps, "max_steps", 1)
    check_every = check_int(check_every, "check_every", 1, max_steps)
    target_mse = check_float(target_mse, "target_mse", 0.0)
    if max_seconds is not None:
        max_seconds = check_float(max_seconds, "max_seconds", 0.0)
    problem = AddingProblem(length, batch_size, seed)
    val_x, val_y = problem.fixed_set(1000, seed=10_000 + seed)
    optimizer = torch.optim.Adam(model.parameters(), lr=check_float(lr, "lr", 0.0, 10.0))
    history = History()
    start = time.perf_counter()
    while history.steps < max_steps:
        steps = min(check_every, max_steps - history.steps)
        with model_takes_data("model"):
            chunk = fit(model, _mse_loss, problem, steps=steps, optimizer=optimizer,
                        clip_grad_norm=clip_grad_norm, progress=False, seed=seed)
        for value in chunk.loss:
            history.log({"loss": value})
        history.steps += chunk.steps
        history.log_eval(history.steps, {"val_mse": adding_mse(model, val_x, val_y)})
        if history.last("val_mse") < target_mse:
            break
        if max_seconds is not None and time.perf_counter() - start > max_seconds:
            break
    history.seconds = time.perf_counter() - start
    return Trained(model, history, {"val_mse": history.last("val_mse")})
