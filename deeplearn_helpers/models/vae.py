"""The variational autoencoder (VAE; Kingma & Welling, 2013) for 28×28 images.

An encoder maps an image x to a Gaussian q(z|x) = N(μ, diag σ²) over the latent
variable z; a decoder maps z back to the pixel probabilities of p(x|z) (Bernoulli
per pixel).  Training maximises the evidence lower bound (ELBO):

    log p(x) ≥ E_{q(z|x)}[log p(x|z)] − KL(q(z|x) ‖ p(z)),    p(z) = N(0, I).

The expectation is estimated with one reparameterised sample z = μ + σ·ε, ε ~ N(0, I),
so that gradients flow through μ and σ.

A Bernoulli p(x|z) is a probability only for binary pixels, so the bound above is a
bound on a real log-probability only for binary images: ``experiments.generative.vae_loss``
trains on a fresh ``data.binarize`` draw of every batch (dynamic binarisation), and ``negative_elbo`` and
``importance_nll`` measure binary images only (the test split binarised once with a
fixed seed).  The pictures show the decoder's means, the pixel probabilities.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from ..core import evaluating
from ..storage import load_weights
from ..validate import build_config, check_float, check_instance, check_int, check_tensor, fail

__all__ = ["VAE", "VAEConfig", "VAE_2D_WEIGHTS", "load_vae_2d", "bernoulli_log_likelihood", "check_binary",
           "elbo_loss", "importance_nll", "init_output_bias", "kl_to_standard_normal", "reparameterize",
           "negative_elbo"]


@dataclass
class VAEConfig:
    pixels: int = 784     # 28 × 28
    hidden: int = 400     # neurons of the one hidden layer on each side
    latent: int = 2       # size of z (2: a latent space we can draw)

    def __post_init__(self):
        check_int(self.pixels, "pixels", 1, 100_000)
        check_int(self.hidden, "hidden", 1, 100_000)
        check_int(self.latent, "latent", 1, 1024)


VAE_2D_WEIGHTS = "vae_mnist_2d.safetensors"   # made by scripts/train_generative_weights.py


class VAE(nn.Module):
    """784 → hidden → (μ, log σ²) ;  z → hidden → 784 logits."""

    def __init__(self, config: VAEConfig | None = None, **kwargs):
        super().__init__()
        self.config = c = build_config(VAEConfig, config, kwargs)
        self.enc = nn.Linear(c.pixels, c.hidden)
        self.enc_mu = nn.Linear(c.hidden, c.latent)
        self.enc_logvar = nn.Linear(c.hidden, c.latent)
        self.dec = nn.Linear(c.latent, c.hidden)
        self.dec_out = nn.Linear(c.hidden, c.pixels)

    def _flat(self, x: torch.Tensor) -> torch.Tensor:
        x = check_tensor(x, "x", ndim=(2, 3), hint="(B, 28, 28) / (B, 784)")
        if len(x) == 0:
            fail("err.empty", name="x")
        x = x.reshape(len(x), -1)                              # (B, 784)
        if x.shape[1] != self.config.pixels:
            check_tensor(x, "x", shape=(None, self.config.pixels))
        return x

    def encode(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        h = F.relu(self.enc(self._flat(x)))                    # (B, H)
        return self.enc_mu(h), self.enc_logvar(h)              # (B, Z), (B, Z)

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        """Logits of the pixel probabilities, (B, 784)."""
        z = check_tensor(z, "z", ndim=2, shape=(None, self.config.latent), hint="(B, latent)")
        return self.dec_out(F.relu(self.dec(z)))               # (B, 784)

    @torch.no_grad()
    def decode_images(self, z: torch.Tensor) -> torch.Tensor:
        """Pixel probabilities as images, (B, 28, 28), for pictures."""
        side = int(math.isqrt(self.config.pixels))
        return torch.sigmoid(self.decode(z)).view(-1, side, side)

    def forward(self, x: torch.Tensor, eps: torch.Tensor | None = None):
        """``(logits, mu, logvar)`` for a batch of images, with one sample of z."""
        mu, logvar = self.encode(x)
        z = reparameterize(mu, logvar, eps)                    # (B, Z)
        return self.decode(z), mu, logvar


def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None):
    """z = μ + σ·ε with σ = exp(½ log σ²) and ε ~ N(0, I): random, yet differentiable in μ, σ."""
    mu = check_tensor(mu, "mu", dtype=torch.float32)
    logvar = check_tensor(logvar, "logvar", shape=tuple(mu.shape), dtype=torch.float32)
    if eps is None:
        eps = torch.randn_like(mu)
    eps = check_tensor(eps, "eps", shape=tuple(mu.shape))
    return mu + torch.exp(0.5 * logvar) * eps


def kl_to_standard_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    """KL(N(μ, σ²) ‖ N(0, 1)) summed over latent dims: ½ Σ (μ² + σ² − log σ² − 1); (B,)."""
    mu = check_tensor(mu, "mu", ndim=2, hint="(B, latent)", dtype=torch.float32)
    logvar = check_tensor(logvar, "logvar", shape=tuple(mu.shape), dtype=torch.float32)
    return 0.5 * (mu.pow(2) + logvar.exp() - logvar - 1).sum(1)


def bernoulli_log_likelihood(logits: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """log p(x|z) = Σ_pixels [x log p + (1 − x) log(1 − p)], p = sigmoid(logits); (B,).

    A log-probability for binary x; for grey x the same formula is only a (negative)
    binary cross-entropy.
    """
    logits = check_tensor(logits, "logits", ndim=2, hint="(B, 784)", dtype=torch.float32)
    x = check_tensor(x, "x", dtype=torch.float32)
    if x.numel() != logits.numel() or len(x) != len(logits):
        fail("err.same_shape", name="logits, x", shapes=f"{tuple(logits.shape)}, {tuple(x.shape)}")
    x = x.reshape(logits.shape)                              # (B, 28, 28) images → (B, 784)
    return -F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(1)


def elbo_loss(logits: torch.Tensor, x: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor) -> dict:
    """−ELBO per image, averaged over the batch, with its two parts: ``{"loss", "rec", "kl"}``.

    ``x`` are the binary images the decoder's ``logits`` should reconstruct; (μ, log σ²)
    are the encoder's.  The conditional VAE uses the same function.
    """
    rec = -bernoulli_log_likelihood(logits, x).mean()        # reconstruction term, nats
    kl = kl_to_standard_normal(mu, logvar).mean()            # KL term, nats
    return {"loss": rec + kl, "rec": rec.item(), "kl": kl.item()}


def check_binary(x: torch.Tensor, name: str = "x") -> torch.Tensor:
    """``x`` unchanged if every value is 0 or 1; otherwise a HelperInputError.

    A Bernoulli likelihood is a probability only on binary images: on grey ones the
    "nats" would not bound any log-probability.
    """
    x = check_tensor(x, name)
    if not bool(((x == 0) | (x == 1)).all()):
        fail("gen.err_not_binary", name=name)
    return x


@torch.no_grad()
def negative_elbo(model: VAE, x: torch.Tensor, seed: int = 0, batch: int = 1000) -> float:
    """Mean −ELBO over binary images ``x`` in nats per image (one fixed-seed z per image)."""
    x = check_binary(check_tensor(x, "x", ndim=(2, 3)))
    if len(x) == 0:
        fail("err.empty", name="x")
    with evaluating(model):
        g = torch.Generator().manual_seed(check_int(seed, "seed", 0))
        total = 0.0
        for start in range(0, len(x), check_int(batch, "batch", 1)):
            chunk = x[start:start + batch]
            mu, logvar = model.encode(chunk)
            eps = torch.randn(mu.shape, generator=g)
            logits = model.decode(reparameterize(mu, logvar, eps))
            nelbo = -bernoulli_log_likelihood(logits, chunk) + kl_to_standard_normal(mu, logvar)
            total += float(nelbo.sum())
    return total / len(x)


@torch.no_grad()
def importance_nll(model: VAE, x: torch.Tensor, samples: int = 100, seed: int = 0) -> float:
    """−log p(x) estimated by importance sampling, nats per image (binary ``x``).

    log p(x) ≈ log (1/K) Σₖ p(x|zₖ) p(zₖ) / q(zₖ|x) with K samples zₖ ~ q(z|x) (Burda et
    al. 2016).  For every K this is itself a lower bound on log p(x), never looser than
    the ELBO (K = 1) in expectation, and it tightens as K grows.
    """
    x = check_binary(check_tensor(x, "x", ndim=(2, 3)))
    samples = check_int(samples, "samples", 1, 10_000)
    with evaluating(model):
        g = torch.Generator().manual_seed(check_int(seed, "seed", 0))
        mu, logvar = model.encode(x)                                       # (N, Z)
        flat = model._flat(x)                                              # (N, 784)
        log_w = []
        for _ in range(samples):
            eps = torch.randn(mu.shape, generator=g)                       # (N, Z)
            z = reparameterize(mu, logvar, eps)
            log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(1)
            log_qz = -0.5 * (eps.pow(2) + logvar + math.log(2 * math.pi)).sum(1)
            log_w.append(bernoulli_log_likelihood(model.decode(z), flat) + log_pz - log_qz)   # (N,)
        log_px = torch.logsumexp(torch.stack(log_w), 0) - math.log(samples)                 # (N,)
    return -float(log_px.mean())


@torch.no_grad()
def init_output_bias(model: VAE, x_train: torch.Tensor, eps: float = 1e-3) -> None:
    """Start the decoder at the mean image: output bias = logit(mean pixel value).

    The grey levels' mean is also the mean of their binarised draws.

    The first steps then no longer spend their effort learning the average brightness of
    each pixel, and training reaches a given ELBO sooner.
    """
    check_instance(getattr(model, "dec_out", None), "model.dec_out", nn.Linear)
    x_train = check_tensor(x_train, "x_train", ndim=(2, 3), dtype=torch.float32)
    if len(x_train) == 0:
        fail("err.empty", name="x_train")
    eps = check_float(eps, "eps", 1e-9, 0.5)
    pixels = x_train[0].numel()
    if pixels != model.dec_out.out_features:
        fail("err.dim", name="x_train", axis="1…", expected=model.dec_out.out_features, shape=tuple(x_train.shape))
    mean = x_train.reshape(len(x_train), -1).mean(0).clamp(eps, 1 - eps)   # (784,)
    model.dec_out.bias.copy_(torch.log(mean) - torch.log1p(-mean))


def load_vae_2d() -> VAE:
    """The shipped VAE with a 2-D latent space (784-400-2), trained longer than the notebook's."""
    return load_weights(VAE(VAEConfig(latent=2)), VAE_2D_WEIGHTS).eval()
