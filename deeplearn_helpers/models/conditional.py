"""A class-conditional VAE (Sohn et al. 2015; Kingma & Welling 2013) for the digits.

The label y (one-hot) is given to both halves: the encoder q(z | x, y) and the decoder
p(x | z, y).  The latent z then only has to hold the *style* (slant, thickness), so
"decode(z, y=7)" draws a new seven for any z ~ N(0, I).  Loss: the negative ELBO

    −ELBO = −E_q[log p(x | z, y)] + KL(q(z | x, y) ‖ N(0, I)).

``Detector`` is a small real-vs-generated classifier: the discriminator of the
"real or generated?" game (a VAE has no discriminator of its own).
"""
from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from ..train import fit
from ..validate import check_int, check_tensor, fail

__all__ = ["CVAEConfig", "ConditionalVAE", "cvae_loss", "train_cvae", "Detector", "train_detector",
           "few_labelled", "augmentation_trial", "CVAE_WEIGHTS", "DETECTOR_WEIGHTS",
           "load_cvae_and_detector"]


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
        self.dec = nn.Sequential(nn.Linear(c.latent + c.classes, c.hidden), nn.ReLU(),
                                 nn.Linear(c.hidden, c.pixels))

    def _labels(self, y: torch.Tensor) -> torch.Tensor:
        y = check_tensor(y, "y", ndim=1, hint="(B,)", dtype=torch.int64)
        if y.numel() and (y.min() < 0 or y.max() >= self.config.classes):
            fail("err.range", name="y", low=0, high=self.config.classes - 1,
                 got=f"{int(y.min())}…{int(y.max())}")
        return F.one_hot(y, self.config.classes).float()               # (B, C)

    def decode(self, z: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        """Pixel logits (B, 784) of p(x | z, y)."""
        z = check_tensor(z, "z", ndim=2, shape=(None, self.config.latent), hint="(B, Z)")
        return self.dec(torch.cat([z, self._labels(y)], dim=1))

    def forward(self, x: torch.Tensor, y: torch.Tensor):
        x = check_tensor(x, "x", ndim=3, shape=(None, 28, 28), hint="(B, 28, 28)")
        h = self.enc(torch.cat([x.flatten(1), self._labels(y)], dim=1))  # (B, hidden)
        mu, logvar = self.enc_mu(h), self.enc_logvar(h)                  # (B, Z) each
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)         # reparameterisation
        return self.decode(z, y), mu, logvar

    @torch.no_grad()
    def sample(self, y, seed: int = 0, temperature: float = 1.0) -> torch.Tensor:
        """New images (B, 28, 28) of the digits ``y``: z ~ N(0, temperature² I), mean pixels."""
        y = torch.as_tensor(y, dtype=torch.int64).reshape(-1)
        g = torch.Generator().manual_seed(check_int(seed, "seed", 0))
        z = torch.randn(len(y), self.config.latent, generator=g) * temperature
        return torch.sigmoid(self.decode(z, y)).reshape(-1, 28, 28)


def cvae_loss(model: ConditionalVAE, batch) -> dict:
    """Negative ELBO per image (nats), with its two parts for the log."""
    x, y = batch
    logits, mu, logvar = model(x, y)
    recon = F.binary_cross_entropy_with_logits(logits, x.flatten(1), reduction="sum") / len(x)
    kl = -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp()) / len(x)
    return {"loss": recon + kl, "recon": recon.detach(), "kl": kl.detach()}


def train_cvae(images: torch.Tensor, labels: torch.Tensor, seed: int = 0, steps: int = 1500,
               batch_size: int = 128, lr: float = 2e-3, progress: bool = False, **config):
    """Train a conditional VAE on (images (N, 28, 28), labels (N,))."""
    images = check_tensor(images, "images", ndim=3, shape=(None, 28, 28), hint="(N, 28, 28)")
    torch.manual_seed(seed)
    model = ConditionalVAE(CVAEConfig(**config))
    with torch.no_grad():   # start the decoder at the mean image: faster, steadier training
        mean = images.mean(0).flatten().clamp(1e-3, 1 - 1e-3)
        model.dec[-1].bias.copy_(torch.log(mean / (1 - mean)))
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


def augmentation_trial(train_x, train_y, test_x, test_y, seed: int = 0, per_class: int = 5,
                       generated_per_class: int = 50) -> dict:
    """One seed of the "scarce data" experiment: test accuracy of a small classifier trained
    on ``per_class`` labelled digits per class, without and with generated digits added.

    The generator (a conditional VAE) sees only the same few labelled digits, as a
    hospital's generator would see only its own few scans: nothing leaks from the rest.
    """
    from .mlp import MLP, MLPConfig, accuracy, classification_loss   # the MLP of notebook 01

    x, y = few_labelled(train_x, train_y, per_class, seed)
    cvae, _ = train_cvae(x, y, seed=seed, steps=300, batch_size=min(64, len(x)), hidden=128,
                         latent=4)
    fake_y = torch.arange(10).repeat_interleave(generated_per_class)
    fake_x = cvae.sample(fake_y, seed=seed + 1000)
    result = {}
    for name, (xs, ys) in {"real": (x, y),
                           "real+generated": (torch.cat([x, fake_x]), torch.cat([y, fake_y]))}.items():
        torch.manual_seed(seed)
        model = MLP(MLPConfig(sizes=[784, 128, 10]))
        fit(model, classification_loss, (xs.flatten(1), ys), steps=300, batch_size=64, lr=1e-3,
            progress=False, seed=seed)
        result[name] = accuracy(model.eval(), test_x.flatten(1), test_y)
    return result


CVAE_WEIGHTS, DETECTOR_WEIGHTS = "app_cvae.safetensors", "app_detector.safetensors"


def load_cvae_and_detector() -> tuple[ConditionalVAE, Detector]:
    """The shipped generator (all training digits) and its detector."""
    from ..storage import load_weights

    return (load_weights(ConditionalVAE(), CVAE_WEIGHTS).eval(),
            load_weights(Detector(), DETECTOR_WEIGHTS).eval())
