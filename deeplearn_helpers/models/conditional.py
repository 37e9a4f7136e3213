"""A class-conditional VAE (Sohn et al. 2015; Kingma & Welling 2013) for the digits.

The label y (one-hot) is given to both halves: the encoder q(z | x, y) and the decoder
p(x | z, y).  The latent z then only has to hold the *style* (slant, thickness), so
"decode(z, y=7)" draws a new seven for any z ~ N(0, I).  Loss: the negative ELBO

    −ELBO = −E_q[log p(x | z, y)] + KL(q(z | x, y) ‖ N(0, I)),

with the same conventions and pieces as the VAE of notebook 04 (``models.vae``): p(x | z, y)
is Bernoulli per pixel, so training uses freshly binarised digits (a new draw every batch)
and ``cvae_negative_elbo`` measures binary images only (a test set binarised once with a
fixed seed).  ``sample`` returns the decoder's *means* (pixel probabilities), which are
grey, smoother pictures than any one binary draw.

``Detector`` is a small real-vs-generated classifier: the discriminator of the
"real or generated?" game (a VAE has no discriminator of its own).
"""
from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from .. import checks
from ..data.digits import binarize
from ..storage import load_weights
from ..train import fit
from ..validate import check_int, check_tensor, fail
from .mlp import MLP, MLPConfig, accuracy, classification_loss   # the MLP of notebook 01
from .vae import (bernoulli_log_likelihood, check_binary, elbo_loss, init_output_bias,
                  kl_to_standard_normal, reparameterize)

__all__ = ["CVAEConfig", "ConditionalVAE", "cvae_loss", "cvae_negative_elbo", "train_cvae", "Detector",
           "train_detector", "few_labelled", "augmentation_trial", "AUGMENT_RATIOS", "CVAE_WEIGHTS",
           "DETECTOR_WEIGHTS", "load_cvae_and_detector", "detector_scores", "claim_detector",
           "DETECTOR_BAR", "claim_judge", "JUDGE_BAR", "claim_augmentation"]


@dataclass
class CVAEConfig:
    pixels: int = 784
    classes: int = 10
    hidden: int = 256
    latent: int = 2       # small on purpose: z keeps only the style, the label decides the digit


class ConditionalVAE(nn.Module):
    """(x (B, 28, 28), y (B,)) → (logits (B, 784), μ (B, Z), log σ² (B, Z))."""

    def __init__(self, config: CVAEConfig | None = None, **kwargs):
        super().__init__()
        self.config = c = config or CVAEConfig(**kwargs)
        check_int(c.latent, "latent", 1, 256)
        self.enc = nn.Sequential(nn.Linear(c.pixels + c.classes, c.hidden), nn.ReLU())
        self.enc_mu = nn.Linear(c.hidden, c.latent)
        self.enc_logvar = nn.Linear(c.hidden, c.latent)
        self.dec = nn.Sequential(nn.Linear(c.latent + c.classes, c.hidden), nn.ReLU())
        self.dec_out = nn.Linear(c.hidden, c.pixels)      # the name init_output_bias expects

    def _labels(self, y: torch.Tensor) -> torch.Tensor:
        y = check_tensor(y, "y", ndim=1, hint="(B,)", dtype=torch.int64)
        if y.numel() and (y.min() < 0 or y.max() >= self.config.classes):
            fail("err.range", name="y", low=0, high=self.config.classes - 1,
                 got=f"{int(y.min())}…{int(y.max())}")
        return F.one_hot(y, self.config.classes).float()               # (B, C)

    def encode(self, x: torch.Tensor, y: torch.Tensor):
        """(μ, log σ²) of q(z | x, y), each (B, Z)."""
        x = check_tensor(x, "x", ndim=3, shape=(None, 28, 28), hint="(B, 28, 28)")
        h = self.enc(torch.cat([x.flatten(1), self._labels(y)], dim=1))  # (B, hidden)
        return self.enc_mu(h), self.enc_logvar(h)

    def decode(self, z: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        """Pixel logits (B, 784) of p(x | z, y)."""
        z = check_tensor(z, "z", ndim=2, shape=(None, self.config.latent), hint="(B, Z)")
        return self.dec_out(self.dec(torch.cat([z, self._labels(y)], dim=1)))

    def forward(self, x: torch.Tensor, y: torch.Tensor):
        mu, logvar = self.encode(x, y)
        return self.decode(reparameterize(mu, logvar), y), mu, logvar

    @torch.no_grad()
    def sample(self, y, seed: int = 0, temperature: float = 1.0) -> torch.Tensor:
        """New images (B, 28, 28) of the digits ``y``: z ~ N(0, temperature² I), mean pixels."""
        y = torch.as_tensor(y, dtype=torch.int64).reshape(-1)
        g = torch.Generator().manual_seed(check_int(seed, "seed", 0))
        z = torch.randn(len(y), self.config.latent, generator=g) * temperature
        return torch.sigmoid(self.decode(z, y)).reshape(-1, 28, 28)


def cvae_loss(model: ConditionalVAE, batch) -> dict:
    """Negative ELBO per image (nats) of a freshly binarised batch, with its two parts."""
    x, y = batch
    x = binarize(x)                                                    # (B, 28, 28), 0 or 1
    logits, mu, logvar = model(x, y)
    return elbo_loss(logits, x, mu, logvar)


@torch.no_grad()
def cvae_negative_elbo(model: ConditionalVAE, x: torch.Tensor, y: torch.Tensor, seed: int = 0) -> float:
    """Mean −ELBO over binary images ``x`` with labels ``y``, nats per image (fixed-seed z)."""
    x = check_binary(check_tensor(x, "x", ndim=3, shape=(None, 28, 28), hint="(N, 28, 28)"))
    was_training = model.training
    model.eval()
    mu, logvar = model.encode(x, y)
    eps = torch.randn(mu.shape, generator=torch.Generator().manual_seed(check_int(seed, "seed", 0)))
    logits = model.decode(reparameterize(mu, logvar, eps), y)
    nelbo = -bernoulli_log_likelihood(logits, x) + kl_to_standard_normal(mu, logvar)
    model.train(was_training)
    return float(nelbo.mean())


def train_cvae(images: torch.Tensor, labels: torch.Tensor, seed: int = 0, steps: int = 1500,
               batch_size: int = 128, lr: float = 2e-3, progress: bool = False, **config):
    """Train a conditional VAE on (grey images (N, 28, 28), labels (N,)), binarised per batch."""
    images = check_tensor(images, "images", ndim=3, shape=(None, 28, 28), hint="(N, 28, 28)")
    torch.manual_seed(seed)
    model = ConditionalVAE(CVAEConfig(**config))
    init_output_bias(model, images)      # start the decoder at the mean image: steadier training
    history = fit(model, cvae_loss, (images, labels), steps=steps, batch_size=batch_size, lr=lr,
                  progress=progress, seed=seed)
    return model.eval(), history


class Detector(nn.Module):
    """(B, 28, 28) → one logit: > 0 means "generated", < 0 means "real"."""

    def __init__(self, hidden: int = 128):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(784, hidden), nn.ReLU(),
                                 nn.Linear(hidden, 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = check_tensor(x, "x", ndim=3, shape=(None, 28, 28), hint="(B, 28, 28)")
        return self.net(x).squeeze(-1)                                 # (B,)


def train_detector(real: torch.Tensor, fake: torch.Tensor, seed: int = 0, epochs: int = 5,
                   progress: bool = False) -> Detector:
    """Teach a detector to tell ``real`` images (label 0) from ``fake`` ones (label 1)."""
    torch.manual_seed(seed)
    model = Detector()
    x = torch.cat([real, fake])
    y = torch.cat([torch.zeros(len(real)), torch.ones(len(fake))])

    def loss_fn(model, batch):
        return F.binary_cross_entropy_with_logits(model(batch[0]), batch[1])

    fit(model, loss_fn, (x, y), epochs=epochs, batch_size=128, lr=1e-3, progress=progress,
        seed=seed)
    return model.eval()


def few_labelled(images: torch.Tensor, labels: torch.Tensor, per_class: int, seed: int = 0):
    """A random ``per_class`` images of every class: the scarce labelled data."""
    per_class = check_int(per_class, "per_class", 1, 400)
    g = torch.Generator().manual_seed(seed)
    keep = torch.cat([torch.nonzero(labels == c).flatten()[
        torch.randperm(int((labels == c).sum()), generator=g)[:per_class]] for c in range(10)])
    return images[keep], labels[keep]


AUGMENT_RATIOS = (0, 1, 5, 10)   # generated : real


def augmentation_trial(train_x, train_y, test_x, test_y, seed: int = 0, per_class: int = 5,
                       ratios=AUGMENT_RATIOS, steps: int = 300) -> dict:
    """One seed of the "scarce data" experiment: test accuracy of a small classifier trained
    on ``per_class`` labelled digits per class, with r generated digits per real one added
    (r in ``ratios``; r = 0: real digits only).  Returns {r: test accuracy}.

    The comparison is fair in the real data: every step of every arm shows the classifier
    *all* the real digits once, plus r times as many generated ones drawn from a pool, so
    each arm visits each real digit exactly ``steps`` times; only the generated share grows.
    The generator (a conditional VAE) sees only the same few labelled digits, as a
    hospital's generator would see only its own few scans: nothing leaks from the rest.
    """
    steps = check_int(steps, "steps", 1)
    ratios = [check_int(r, "ratio", 0, 100) for r in ratios]
    x, y = few_labelled(train_x, train_y, per_class, seed)
    cvae, _ = train_cvae(x, y, seed=seed, steps=300, batch_size=min(64, len(x)), hidden=128,
                         latent=4)
    pool_y = torch.arange(10).repeat_interleave(per_class * max(ratios))          # (10·k·r_max,)
    pool_x = cvae.sample(pool_y, seed=seed + 1000) if len(pool_y) else x[:0]
    result = {}
    for r in ratios:
        draw = torch.Generator().manual_seed(seed)

        def batch(_step, r=r, draw=draw):
            pick = torch.randint(0, max(len(pool_x), 1), (r * len(x),), generator=draw)   # r per real one
            return (torch.cat([x, pool_x[pick]]).flatten(1), torch.cat([y, pool_y[pick]]))

        torch.manual_seed(seed)
        model = MLP(MLPConfig(sizes=[784, 128, 10]))
        fit(model, classification_loss, batch, steps=steps, lr=1e-3, progress=False, seed=seed)
        result[r] = accuracy(model.eval(), test_x.flatten(1), test_y)
    return result


CVAE_WEIGHTS, DETECTOR_WEIGHTS = "app_cvae.safetensors", "app_detector.safetensors"


def load_cvae_and_detector() -> tuple[ConditionalVAE, Detector]:
    """The shipped generator (all training digits) and its detector."""
    return (load_weights(ConditionalVAE(), CVAE_WEIGHTS).eval(),
            load_weights(Detector(), DETECTOR_WEIGHTS).eval())


# --- notebook 05's self-checks on the generator, the detector and the augmentation ---
JUDGE_BAR = 0.95      # share of generated digits notebook 04's classifier must read as asked
DETECTOR_BAR = 0.80   # share of real and of generated digits the detector must label right


def claim_judge(judged: float, real: float, bar: float = JUDGE_BAR) -> None:
    """Self-check: the classifier reads ≥ ``bar`` of the generated digits as the asked-for digit
    (``real``: its accuracy on real test digits, printed for comparison)."""
    checks.claim(judged >= bar, "app.claim_judge", acc=f"{100 * judged:.1f}", real=f"{100 * real:.1f}",
                 bar=f"{100 * bar:.0f}")


@torch.no_grad()
def detector_scores(detector: Detector, real: torch.Tensor, fake: torch.Tensor) -> dict:
    """Shares the detector labels right: ``real`` (said real), ``fake`` (said generated), ``all``."""
    was_training = detector.training
    detector.eval()
    real_right = (detector(real) < 0).float()
    fake_right = (detector(fake) > 0).float()
    detector.train(was_training)
    return {"real": real_right.mean().item(), "fake": fake_right.mean().item(),
            "all": torch.cat([real_right, fake_right]).mean().item(),
            "n_real": len(real), "n_fake": len(fake)}


def claim_detector(scores: dict, bar: float = DETECTOR_BAR) -> None:
    """Self-check: the detector labels ≥ ``bar`` of the real *and* of the generated digits right."""
    checks.claim(min(scores["real"], scores["fake"]) >= bar, "app.claim_detector",
                 real=f"{100 * scores['real']:.1f}", fake=f"{100 * scores['fake']:.1f}",
                 acc=f"{100 * scores['all']:.1f}", n_real=scores["n_real"], n_fake=scores["n_fake"],
                 bar=f"{100 * bar:.0f}")


def claim_augmentation(trials: list[dict]) -> None:
    """Self-check of the scarce-data experiment (``augmentation_trial`` for several seeds):
    no ratio of generated digits beats real digits only in any seed, and the mean accuracy
    does not rise as the generated share grows."""
    ratios = sorted(trials[0])
    means = [sum(t[r] for t in trials) / len(trials) for r in ratios]
    never_helps = all(t[r] <= t[0] for t in trials for r in ratios)
    falls = all(later <= earlier for earlier, later in zip(means, means[1:]))
    checks.claim(never_helps and falls, "app.claim_augmentation", n=len(trials),
                 means=", ".join(f"{r}:1 → {m:.3f}" for r, m in zip(ratios, means)))
