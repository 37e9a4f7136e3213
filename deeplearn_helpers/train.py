"""One training loop for every model in the series.

``fit`` runs gradient steps and records what happened.  What one step *does* is the
default update (forward, loss, backward, optional gradient clipping, optimizer step), or
a ``step_fn`` of your own when the update is the lesson itself (a GAN updates two
networks in turn).  Data comes as

* a tuple of tensors ``(X, y, ...)`` sharing their first dimension: shuffled mini-batches,
  epoch after epoch;
* a function ``sample(step) -> batch``: a fresh batch every step (e.g. the adding problem).

``loss_fn(model, batch)`` returns a scalar tensor, or a dict with a ``"loss"`` tensor and
any other numbers worth logging.  ``fit`` is batch-first: the tensors' first dimension is
the example; a time-first model (``models.SequenceModel``, (T, B, F)) transposes inside
its ``loss_fn``.

``callback(history, done)`` is called after every step (``done=False``) and once at the
end (``done=True``): a live loss curve (``plots.LivePlot``) or anything else that watches
training.  This room imports only ``core``, ``validate`` and ``i18n``: what draws lives in
``plots``.

Every training recipe of ``experiments`` returns a :class:`Trained`: the model, its
``History`` and the numbers measured after training (``run.accuracy``, ``run.mse``, …).
"""
from __future__ import annotations

import math
import sys
import time
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Callable, Mapping

import torch
from tqdm import tqdm

from .core import evaluating
from .i18n import tr
from .validate import (HelperInputError, check_callable, check_choice, check_float, check_instance, check_int,
                       check_module, check_str, fail)


@dataclass
class History:
    """What ``fit`` saw: every logged number per step, and evaluations when asked."""

    values: dict[str, list[float]] = field(default_factory=dict)  # name -> one value per step
    evals: dict[str, list[tuple[int, float]]] = field(default_factory=dict)  # name -> (step, value)
    steps: int = 0
    seconds: float = 0.0

    @property
    def loss(self) -> list[float]:
        return self.values.get("loss", [])

    def log(self, numbers: dict[str, float]) -> None:
        for name, value in check_instance(numbers, "numbers", dict).items():
            self.values.setdefault(name, []).append(float(value))

    def log_eval(self, step: int, numbers: dict[str, float]) -> None:
        check_int(step, "step", 0)
        for name, value in check_instance(numbers, "numbers", dict).items():
            self.evals.setdefault(name, []).append((step, float(value)))

    def last(self, name: str = "loss", window: int = 1) -> float:
        """Mean of the last ``window`` logged values of ``name`` (an evaluation if logged so)."""
        window = check_int(window, "window", 1)
        check_str(name, "name")
        if name in self.evals:
            series = [v for _, v in self.evals[name]]
        elif name in self.values:
            series = self.values[name]
        else:
            fail("err.choice", name="name", choices=", ".join([*self.values, *self.evals]), got=name)
        if not series:
            fail("train.empty_series", name=name)
        tail = series[-window:]
        return sum(tail) / len(tail)


@dataclass(frozen=True)
class Trained:
    """What a training recipe returns: the model, its history, and the numbers measured after.

    ``scores`` are read as attributes too: ``run.accuracy`` is ``run.scores["accuracy"]``.
    """

    model: torch.nn.Module
    history: History
    scores: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "scores", MappingProxyType(dict(self.scores)))

    def __getattr__(self, name: str):
        scores = self.__dict__.get("scores", {})
        if name in scores:
            return scores[name]
        raise AttributeError(name)


def default_step(model, loss_fn, optimizer, clip_grad_norm=None, scheduler=None) -> Callable:
    """The usual update: forward → loss → backward → (clip) → optimizer step → (schedule)."""

    def step(batch) -> dict[str, float]:
        model.train()
        optimizer.zero_grad(set_to_none=True)
        out = loss_fn(model, batch)
        loss = out["loss"] if isinstance(out, dict) else out
        loss.backward()
        if clip_grad_norm is not None:
            torch.nn.utils.clip_grad_norm_(model.parameters(), clip_grad_norm)
        optimizer.step()
        if scheduler is not None:
            scheduler.step()                    # e.g. a learning rate that changes every step
        logged = {"loss": loss.item()}
        if isinstance(out, dict):
            logged.update({k: float(v) for k, v in out.items() if k != "loss"})
        return logged

    return step


def _to_device(batch, device):
    if isinstance(batch, torch.Tensor):
        return batch.to(device)
    if isinstance(batch, (tuple, list)):
        return type(batch)(_to_device(b, device) for b in batch)
    return batch


def _tensor_batches(tensors, batch_size, epochs, generator):
    n = tensors[0].shape[0]
    for _ in range(epochs):
        order = torch.randperm(n, generator=generator)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            yield tuple(t[idx] for t in tensors)


def fit(
    model: torch.nn.Module,
    loss_fn: Callable | None,
    data,
    *,
    steps: int | None = None,
    epochs: int | None = None,
    batch_size: int = 64,
    lr: float = 1e-3,
    optimizer: torch.optim.Optimizer | None = None,
    scheduler=None,
    clip_grad_norm: float | None = None,
    step_fn: Callable | None = None,
    eval_fn: Callable[[], dict[str, float]] | None = None,
    eval_every: int | None = None,
    callback: Callable[[History, bool], None] | None = None,
    progress: bool = True,
    seed: int = 0,
) -> History:
    """Train ``model`` and return its :class:`History`.

    Exactly one of ``steps`` / ``epochs`` sets the length.  ``optimizer`` defaults to
    Adam with learning rate ``lr``; a ``scheduler`` (torch.optim.lr_scheduler) steps after
    every optimizer step.  ``eval_fn()`` (no arguments, returns named numbers)
    runs every ``eval_every`` steps and at the end (in eval mode).  The model is left in
    the train/eval mode it was given in.  ``callback(history, done)`` runs
    after every step and once more at the end (``plots.LivePlot()`` redraws the loss
    curve in the notebook while training).
    """
    model = check_module(model, "model")
    if (steps is None) == (epochs is None):
        fail("train.need_length")
    if steps is not None:
        steps = check_int(steps, "steps", 1)
    if epochs is not None:
        epochs = check_int(epochs, "epochs", 1)
    batch_size = check_int(batch_size, "batch_size", 1)
    progress = check_choice(progress, "progress", [True, False])
    lr = check_float(lr, "lr", 0.0, 10.0)
    if clip_grad_norm is not None:
        clip_grad_norm = check_float(clip_grad_norm, "clip_grad_norm", 0.0)
    if eval_every is not None:
        eval_every = check_int(eval_every, "eval_every", 1)
    if step_fn is None:
        check_callable(loss_fn, "loss_fn")
        optimizer = optimizer or torch.optim.Adam(model.parameters(), lr=lr)
        step_fn = default_step(model, loss_fn, optimizer, clip_grad_norm, scheduler)
    else:
        check_callable(step_fn, "step_fn")
    if callback is not None:
        check_callable(callback, "callback")

    device = next(model.parameters()).device
    generator = torch.Generator().manual_seed(seed)
    if isinstance(data, (tuple, list)) and data and all(isinstance(t, torch.Tensor) for t in data):
        sizes = [t.shape[0] for t in data]
        if len(set(sizes)) != 1:
            fail("err.same_length", name="data", sizes=sizes)
        if sizes[0] == 0:
            fail("train.empty_data")
        per_epoch = math.ceil(sizes[0] / batch_size)
        total = steps if steps is not None else epochs * per_epoch
        batches = _tensor_batches(tuple(data), batch_size, epochs or math.ceil(steps / per_epoch),
                                  generator)
    elif callable(data):
        if epochs is not None:
            fail("train.epochs_need_tensors")
        total = steps
        batches = (data(i) for i in range(steps))
    else:
        raise HelperInputError(tr("err.type", name="data", expected=tr("type.data"),
                                  got=type(data).__name__))

    history = History()
    was_training = model.training                   # given back at the end, whatever the steps did
    # A text bar on stdout, not a notebook widget: it redraws in place (\r) while training, and
    # a stored notebook keeps its last state, the finished 100 % bar (a widget would be saved
    # as its first state, «Оқыту: 0%», in every static viewer).
    bar = tqdm(total=total, desc=tr("train.progress"), disable=not progress, file=sys.stdout)
    start = time.perf_counter()
    try:
        for step, batch in zip(range(1, total + 1), batches):
            logged = step_fn(_to_device(batch, device))
            if not isinstance(logged, dict):
                fail("err.type", name="step_fn(batch)", expected="dict[str, float]",
                     got=type(logged).__name__)
            if not all(math.isfinite(v) for v in logged.values()):
                raise FloatingPointError(tr("train.nan_loss", step=step))
            history.log(logged)
            history.steps = step
            bar.update(1)
            if eval_fn is not None and eval_every is not None and step % eval_every == 0:
                history.log_eval(step, _evaluate(model, eval_fn))
            if callback is not None:
                callback(history, False)
        if eval_fn is not None and (eval_every is None or history.steps % eval_every != 0):
            history.log_eval(history.steps, _evaluate(model, eval_fn))
    finally:
        bar.close()
        model.train(was_training)
    history.seconds = time.perf_counter() - start
    if callback is not None:
        callback(history, True)
    return history


def _evaluate(model, eval_fn) -> dict[str, float]:
    with evaluating(model), torch.no_grad():
        return eval_fn()

