"""A class-conditional VAE (Sohn et al. 2015; Kingma & Welling 2013) for the digits.

The label y (one-hot) is given to both halves: the encoder q(z | x, y) and the decoder
p(x | z, y).  The latent z then only has to hold the *style* (slant, thickness), so
"decode(z, y=7)" draws a new seven for any z ~ N(0, I).  Loss: the negative ELBO

    −ELBO = −E_q[log p(x | z, y)] + KL(q(z | x, y) ‖ N(0, I)),

with the same conventions and pieces as the VAE of notebook 04 (``models.vae``: the
reparameterisation, the KL term, the Bernoulli likelihood, ``elbo_loss`` and
``init_output_bias``): p(x | z, y) is Bernoulli per pixel, so training uses freshly
binarised digits (a new draw every batch; ``experiments.applications.cvae_loss``) and
``cvae_negative_elbo`` measures binary images only (a test set binarised once with a
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

from ..core import evaluating
from ..storage import load_weights
from ..validate import build_config, check_float, check_int, check_module, check_tensor, fail
from .vae import bernoulli_log_likelihood, check_binary, kl_to_standard_normal, reparameterize

__all__ = ["CVAEConfig", "ConditionalVAE", "cvae_negative_elbo", "Detector", "CVAE_WEIGHTS",
           "DETECTOR_WEIGHTS", "load_cvae_and_detector", "detector_scores"]


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
        self.config = c = build_config(CVAEConfig, config, kwargs)
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
        y = check_tensor(y, "y", ndim=(0, 1), dtype=torch.int64).reshape(-1)
        temperature = check_float(temperature, "temperature", 0.0, 10.0)
        g = torch.Generator().manual_seed(check_int(seed, "seed", 0))
        z = torch.randn(len(y), self.config.latent, generator=g) * temperature
        return torch.sigmoid(self.decode(z, y)).reshape(-1, 28, 28)


@torch.no_grad()
def cvae_negative_elbo(model: ConditionalVAE, x: torch.Tensor, y: torch.Tensor, seed: int = 0) -> float:
    """Mean −ELBO over binary images ``x`` with labels ``y``, nats per image (fixed-seed z)."""
    x = check_binary(check_tensor(x, "x", ndim=3, shape=(None, 28, 28), hint="(N, 28, 28)"))
    with evaluating(model):
        mu, logvar = model.encode(x, y)
        eps = torch.randn(mu.shape, generator=torch.Generator().manual_seed(check_int(seed, "seed", 0)))
        logits = model.decode(reparameterize(mu, logvar, eps), y)
        nelbo = -bernoulli_log_likelihood(logits, x) + kl_to_standard_normal(mu, logvar)
    return float(nelbo.mean())


class Detector(nn.Module):
    """(B, 28, 28) → one logit: > 0 means "generated", < 0 means "real"."""

    def __init__(self, hidden: int = 128):
        super().__init__()
        hidden = check_int(hidden, "hidden", 1, 100_000)
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(784, hidden), nn.ReLU(),
                                 nn.Linear(hidden, 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = check_tensor(x, "x", ndim=3, shape=(None, 28, 28), hint="(B, 28, 28)")
        return self.net(x).squeeze(-1)                                 # (B,)


CVAE_WEIGHTS, DETECTOR_WEIGHTS = "app_cvae.safetensors", "app_detector.safetensors"


def load_cvae_and_detector() -> tuple[ConditionalVAE, Detector]:
    """The shipped generator (all training digits) and its detector."""
    return (load_weights(ConditionalVAE(), CVAE_WEIGHTS).eval(),
            load_weights(Detector(), DETECTOR_WEIGHTS).eval())


@torch.no_grad()
def detector_scores(detector: Detector, real: torch.Tensor, fake: torch.Tensor) -> dict:
    """Shares the detector labels right: ``real`` (said real), ``fake`` (said generated), ``all``."""
    check_module(detector, "detector")
    with evaluating(detector):
        real_right = (detector(real) < 0).float()
        fake_right = (detector(fake) > 0).float()
    return {"real": real_right.mean().item(), "fake": fake_right.mean().item(),
            "all": torch.cat([real_right, fake_right]).mean().item(),
            "n_real": len(real), "n_fake": len(fake)}


