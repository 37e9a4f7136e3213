"""Notebook 04's experiments: the 2-D GANs, the digit classifier that judges generated
digits, and the VAE's training loss (``from deeplearn_helpers.experiments import generative as E``).

The networks, their losses and the ELBO are in ``models/gan.py`` and ``models/vae.py``;
here they meet the data (``data.make_mixture``, ``data.load_digits``) and the loop
(``train.fit``).  Every recipe trains with its own seed inside ``core.kept_rng`` (the
caller's random numbers are left as they were), takes a ``device`` (``None``: the CPU)
and returns a ``train.Trained``.  Tensors are batch-first: points (B, 2), images (B, 28, 28).
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from ..core import evaluating, kept_rng
from ..data.digits import binarize, jitter, load_digits
from ..data.gaussians import make_mixture
from ..models.classifier import DigitClassifier
from ..models.gan import GAN, GAN_FIXED, GAN_PLAIN, STEPS_2D, GANConfig, GANUpdate
from ..models.vae import VAE, elbo_loss
from ..storage import load_weights
from ..train import Trained, fit
from ..validate import (check_choice, check_device, check_float, check_instance, check_int, check_module,
                        fail, model_takes_data)

__all__ = ["classifier_accuracy", "load_gan_2d", "train_digit_classifier", "train_gan_2d", "vae_loss"]


def train_digit_classifier(seed: int = 0, epochs: int = 20, lr: float = 3e-3,
                           progress: bool = False, device=None) -> Trained:
    """Train a ``DigitClassifier`` on the training split (with small random shifts, ``data.jitter``);
    ``Trained`` with the test ``accuracy``."""
    seed = check_int(seed, "seed", 0)
    epochs = check_int(epochs, "epochs", 1, 1000)
    lr = check_float(lr, "lr", 1e-6, 1.0)
    x, y = load_digits("train")
    with kept_rng(seed):
        model = DigitClassifier().to(check_device(device) or "cpu")
        shifts = torch.Generator().manual_seed(seed + 1)

        def loss_fn(net, batch):
            images, labels = batch
            return F.cross_entropy(net(jitter(images.cpu(), shifts).to(images.device)), labels)

        steps = epochs * ((len(x) + 63) // 64)
        optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=lr, total_steps=steps)
        history = fit(model, loss_fn, (x, y), epochs=epochs, batch_size=64, optimizer=optimizer,
                      scheduler=scheduler, progress=progress, seed=seed)
    model.eval()
    return Trained(model, history, {"accuracy": classifier_accuracy(model)})


@torch.no_grad()
def classifier_accuracy(model: nn.Module, split: str = "test") -> float:
    """Share of correctly classified images of a split of the shipped digits (the model's
    train/eval mode is left as it was)."""
    check_module(model, "model")
    x, y = load_digits(split)
    device = next(model.parameters()).device
    with evaluating(model), model_takes_data("model"):
        right = float((model(x.to(device)).argmax(1).cpu() == y).float().mean())
    return right


def load_gan_2d(kind: str = "grid", recipe: str = "fixed") -> GAN:
    """A shipped 2-D GAN (only its generator: enough to sample), e.g. the grid's plain or fixed one."""
    check_choice(recipe, "recipe", ["plain", "fixed"])
    config = GAN_FIXED if recipe == "fixed" else GAN_PLAIN
    gan = GAN(config, scale=make_mixture(kind).scale)
    load_weights(gan.G_ema if config.ema > 0 else gan.G, f"gen_gan2d_{kind}_{recipe}.safetensors")
    return gan.eval()


def train_gan_2d(kind: str = "ring", config: GANConfig = GAN_FIXED, *, steps: int | None = None,
                 seed: int = 0, scale_inputs: bool = True, progress: bool = False, device=None) -> Trained:
    """Train a 2-D GAN on the ``"ring"`` or ``"grid"`` mixture; ``Trained(gan, history)``.

    ``steps`` (rounds of the game) defaults to ``STEPS_2D[kind]``.  With ``scale_inputs``
    the nets see the data divided by the mixture's scale (every centre within [−1, 1]);
    without it they see data units.  Data are fresh mixture samples every step; the loop is
    ``train.fit`` with the GAN's update as its ``step_fn``.
    """
    mixture = make_mixture(kind)
    steps = STEPS_2D[kind] if steps is None else steps
    check_choice(scale_inputs, "scale_inputs", [True, False])
    if not isinstance(config, GANConfig):
        fail("err.type", name="config", expected="GANConfig", got=type(config).__name__)
    with kept_rng():
        torch.manual_seed(check_int(seed, "seed", 0))
        gan = GAN(config, scale=mixture.scale if scale_inputs else 1.0).to(check_device(device) or "cpu")
        data_rng = torch.Generator().manual_seed(seed + 1000)
        history = fit(gan, None, lambda _: mixture.sample(config.batch, data_rng), steps=steps,
                      step_fn=GANUpdate(gan, seed=seed), progress=progress, seed=seed)
    return Trained(gan, history)


def vae_loss(model: VAE, batch) -> dict:
    """The negative ELBO of a freshly binarised batch (a ``loss_fn`` for ``fit``).

    Every call draws new binary images from the grey levels (``binarize``, torch's global
    generator, like the reparameterisation noise): seed torch before ``fit`` and the run
    repeats exactly.
    """
    x = batch[0] if isinstance(batch, (tuple, list)) and len(batch) else batch
    check_instance(model, "model", VAE)
    x = binarize(x)                                          # (B, 28, 28), 0 or 1
    logits, mu, logvar = model(x)
    return elbo_loss(logits, x, mu, logvar)
