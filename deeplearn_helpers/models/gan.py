"""Generative adversarial networks (GAN): a generator G, a discriminator D, and their update.

The two networks play a game (Goodfellow et al., 2014):

    min_G max_D  E_x[log D(x)] + E_z[log(1 − D(G(z)))]

D learns to tell real data from G's samples; G learns to fool D.  ``GANUpdate`` is one
round of that game, written so that ``train.fit(gan, None, data, step_fn=update)`` runs it
and an explorer can call it step by step.  The recipe has three optional fixes, each a
config field, so that the *plain* GAN and the *fixed* one differ only in their configs:

* ``r1_gamma``: the R1 gradient penalty on real data (Mescheder et al., 2018);
* ``skip``: a generator that starts close to identity, G(z) = MLP(z) + skip·z;
* ``ema``: samples come from a moving average of G's weights (Yazıcı et al., 2019).

Two more choices, as in GAN Lab: the ``loss`` (the log loss above, or least squares,
Mao et al., 2017) and the ``noise`` z is drawn from (normal or uniform).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from types import MappingProxyType

import torch
import torch.nn.functional as F
from torch import nn

from ..storage import load_weights
from ..validate import (check_callable, check_choice, check_float, check_generator, check_instance, check_int,
                        check_module, check_tensor, fail, model_takes_data)
from .mlp import MLP, MLPConfig

__all__ = ["GAN", "GANConfig", "GAN_LOSSES", "NOISES", "GANUpdate", "GAN_FIXED", "GAN_PLAIN", "IMAGE_GAN", "ImageGenerator",
           "SNAPSHOT_EVERY", "STEPS_2D", "SampleSnapshots", "load_gan_snapshots",
           "load_image_generator", "make_image_gan", "ImageDiscriminator", "MLPGenerator", "MLPDiscriminator",
           "d_loss", "g_loss", "r1_penalty"]


@dataclass(frozen=True)
class GANConfig:
    data_dim: int = 2            # 2 for points; images use the image nets below
    latent: int = 2              # size of the noise z
    hidden: int = 64             # neurons per hidden layer (2-D nets)
    layers: int = 3              # hidden layers (2-D nets)
    skip: float = 0.5            # G(z) = MLP(z) + skip·z (0: no skip; needs latent == data_dim)
    r1_gamma: float = 0.1        # weight of the R1 penalty (0: off)
    ema: float = 0.99            # decay of the averaged generator (0: off)
    lr_d: float = 2e-3
    lr_g: float = 2e-3
    beta1: float = 0.5
    batch: int = 512
    d_steps: int = 1             # discriminator updates per round
    g_steps: int = 1             # generator updates per round
    g_objective: str = "non_saturating"   # or "minimax": G minimises log(1 − D(G(z)))
    loss: str = "log"            # or "least_squares" (see ``d_loss``)
    noise: str = "normal"        # z ~ N(0, I), or "uniform": z ~ U(−1, 1) in every coordinate


GAN_LOSSES = ("log", "least_squares")
NOISES = ("normal", "uniform")


# The two 2-D recipes the notebook compares.  The plain one is a textbook GAN: wider
# nets, no penalty, no skip, no averaging; the fixed one adds the three fixes above (and
# differs in width, learning rate and batch).  Both divide the data by the mixture's scale
# (``experiments.generative.train_gan_2d(scale_inputs=True)``).  benchmarks/gan2d_ablation.py measures what each
# difference does, one at a time.
GAN_PLAIN = GANConfig(hidden=128, skip=0.0, r1_gamma=0.0, ema=0.0, lr_d=1e-3, lr_g=1e-3, batch=256)
GAN_FIXED = GANConfig()

# Rounds of the game per 2-D target: with these the fixed recipe puts at least 90 % of its
# samples within 3σ of a mode and covers every mode for the random seeds 0..4 (half as many
# rounds leave it at 82–91 %; benchmarks/gan2d_ablation.py).
STEPS_2D = MappingProxyType({"ring": 3000, "grid": 6000})

# The digit GAN (small DCGAN nets below) uses the same penalty and averaging, tuned for
# images.  Small batches give more updates per second of CPU time, which is what these
# nets lack most.
IMAGE_GAN = GANConfig(latent=32, r1_gamma=0.1, ema=0.999, lr_d=5e-4, lr_g=5e-4, batch=16)
IMAGE_WIDTH = 128    # channels of both image nets

# Shipped weights (made by scripts/train_generative_weights.py).
IMAGE_GAN_WEIGHTS = "gen_mnist_gan.safetensors"          # the averaged generator G_ema
IMAGE_GAN_SNAPSHOTS = "gen_mnist_gan_epochs.safetensors"  # 32 samples after every 2nd epoch
IMAGE_GAN_EPOCHS, SNAPSHOT_EVERY, SNAPSHOT_SAMPLES = 30, 2, 32
SNAPSHOT_EPOCHS = IMAGE_GAN_EPOCHS // SNAPSHOT_EVERY


def _mlp(sizes: list[int]) -> nn.Sequential:
    """The layers of notebook 01's ``MLP`` with ReLU: Linear, ReLU, …, Linear (its ``layers``,
    so the parameters keep the names ``net.0.weight``, … of the shipped 2-D GANs)."""
    return MLP(MLPConfig(sizes=sizes, activation="relu")).layers


class MLPGenerator(nn.Module):
    """z (B, latent) → point (B, data_dim): an MLP, plus ``skip``·z (needs latent == data_dim)."""

    def __init__(self, config: GANConfig):
        super().__init__()
        self.config = config = check_instance(config, "config", GANConfig)
        self.net = _mlp([config.latent] + [config.hidden] * config.layers + [config.data_dim])
        self.skip = config.skip

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        z = check_tensor(z, "z", ndim=2, shape=(None, self.config.latent), hint="(B, latent)")
        out = self.net(z)                                  # (B, data_dim)
        return out + self.skip * z if self.skip else out


class MLPDiscriminator(nn.Module):
    """point (B, data_dim) → logit (B,): large when D thinks the point is real."""

    def __init__(self, config: GANConfig):
        super().__init__()
        self.config = config = check_instance(config, "config", GANConfig)
        self.net = _mlp([config.data_dim] + [config.hidden] * config.layers + [1])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = check_tensor(x, "x", ndim=2, shape=(None, self.config.data_dim), hint="(B, data_dim)")
        return self.net(x).squeeze(1)                      # (B,)


class ImageGenerator(nn.Module):
    """A small DCGAN generator (Radford et al., 2015): z → 7×7 → 14×14 → 28×28 image in [0, 1].

    At 7×7 and at 14×14 a 3×3 convolution refines the picture before it is enlarged.
    Batch normalisation after every layer but the last keeps the activations on one scale,
    which is what makes DCGAN train steadily.
    """

    def __init__(self, latent: int = 32, width: int = IMAGE_WIDTH):
        super().__init__()
        self.latent, self.width = check_int(latent, "latent", 1, 4096), check_int(width, "width", 2, 4096)
        self.fc = nn.Linear(latent, width * 7 * 7, bias=False)      # batch norm adds the bias
        self.bn_fc = nn.BatchNorm1d(width * 7 * 7)
        self.conv7 = nn.Conv2d(width, width, 3, padding=1, bias=False)
        self.bn7 = nn.BatchNorm2d(width)
        self.up14 = nn.ConvTranspose2d(width, width // 2, 4, stride=2, padding=1, bias=False)
        self.bn_up14 = nn.BatchNorm2d(width // 2)
        self.conv14 = nn.Conv2d(width // 2, width // 2, 3, padding=1, bias=False)
        self.bn14 = nn.BatchNorm2d(width // 2)
        self.up28 = nn.ConvTranspose2d(width // 2, 1, 4, stride=2, padding=1)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        z = check_tensor(z, "z", ndim=2, shape=(None, self.latent), hint="(B, latent)")
        h = F.relu(self.bn_fc(self.fc(z))).view(-1, self.width, 7, 7)   # (B, W, 7, 7)
        h = F.relu(self.bn7(self.conv7(h)))                             # (B, W, 7, 7)
        h = F.relu(self.bn_up14(self.up14(h)))                          # (B, W/2, 14, 14)
        h = F.relu(self.bn14(self.conv14(h)))                           # (B, W/2, 14, 14)
        return torch.sigmoid(self.up28(h)).squeeze(1)                   # (B, 28, 28)


class ImageDiscriminator(nn.Module):
    """image (B, 28, 28) → logit (B,): two strided convolutions, a 3×3 one and a linear layer."""

    def __init__(self, width: int = IMAGE_WIDTH):
        super().__init__()
        width = check_int(width, "width", 2, 4096)
        self.conv14 = nn.Conv2d(1, width // 2, 4, stride=2, padding=1)
        self.conv7 = nn.Conv2d(width // 2, width, 4, stride=2, padding=1)
        self.conv7b = nn.Conv2d(width, width, 3, padding=1)
        self.fc = nn.Linear(width * 7 * 7, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = check_tensor(x, "x", ndim=3, shape=(None, 28, 28), hint="(B, 28, 28)")
        h = F.leaky_relu(self.conv14(x.unsqueeze(1)), 0.2)   # (B, W/2, 14, 14)
        h = F.leaky_relu(self.conv7(h), 0.2)                  # (B, W, 7, 7)
        h = F.leaky_relu(self.conv7b(h), 0.2)                 # (B, W, 7, 7)
        return self.fc(h.flatten(1)).squeeze(1)               # (B,)


class GAN(nn.Module):
    """The pair (G, D), and G's moving average ``G_ema`` that samples are drawn from.

    ``scale`` maps the nets' units to data units: 2-D data are divided by it before D
    sees them (so every target fits in about [−1, 1]) and samples are multiplied back.
    """

    def __init__(self, config: GANConfig | None = None, generator: nn.Module | None = None,
                 discriminator: nn.Module | None = None, scale: float = 1.0):
        super().__init__()
        self.config = config = GANConfig() if config is None else check_instance(config, "config", GANConfig)
        check_int(config.latent, "latent", 1, 4096)
        check_int(config.hidden, "hidden", 1, 4096)
        check_int(config.layers, "layers", 1, 16)
        check_float(config.skip, "skip", 0.0, 10.0)
        check_float(config.r1_gamma, "r1_gamma", 0.0, 1e4)
        check_float(config.ema, "ema", 0.0, 0.99999)
        check_choice(config.g_objective, "g_objective", ["non_saturating", "minimax"])
        check_choice(config.loss, "loss", GAN_LOSSES)
        check_choice(config.noise, "noise", NOISES)
        check_int(config.d_steps, "d_steps", 1, 100)
        check_int(config.g_steps, "g_steps", 1, 100)
        check_int(config.batch, "batch", 1, 1_000_000)
        self.scale = check_float(scale, "scale", 1e-6)
        if generator is None and config.skip > 0 and config.latent != config.data_dim:
            fail("gen.err_skip", latent=config.latent, dim=config.data_dim)
        if generator is not None:
            check_module(generator, "generator")
        if discriminator is not None:
            check_module(discriminator, "discriminator")
        self.G = generator if generator is not None else MLPGenerator(config)
        self.D = discriminator if discriminator is not None else MLPDiscriminator(config)
        self.G_ema = copy.deepcopy(self.G).requires_grad_(False)

    @property
    def latent(self) -> int:
        return getattr(self.G, "latent", self.config.latent)

    def noise(self, n: int, generator: torch.Generator | None = None) -> torch.Tensor:
        n, generator = check_int(n, "n", 1, 1_000_000), check_generator(generator)
        device = next(self.G.parameters()).device
        if self.config.noise == "uniform":
            return (2 * torch.rand(n, self.latent, generator=generator) - 1).to(device)   # (N, latent)
        return torch.randn(n, self.latent, generator=generator).to(device)   # (N, latent)

    @torch.no_grad()
    def sample(self, n: int, generator: torch.Generator | None = None, *, ema: bool | None = None):
        """``n`` samples in data units, from ``G_ema`` when averaging is on (default)."""
        n = check_int(n, "n", 1, 1_000_000)
        use_ema = self.config.ema > 0 if ema is None else check_choice(ema, "ema", [True, False])
        net = self.G_ema if use_ema else self.G
        return net(self.noise(n, generator)) * self.scale

    @torch.no_grad()
    def refresh_ema_stats(self, n: int = 1024, seed: int = 0) -> None:
        """Re-measure ``G_ema``'s BatchNorm statistics on ``n`` fresh samples; leave it in eval mode.

        The averaged weights never ran in training mode, so the statistics copied from G
        fit them only roughly; one large batch through ``G_ema`` gives its own.  In eval
        mode every later draw uses these statistics and changes nothing (G_ema is never
        trained: ``GANUpdate`` only averages G's weights into it).
        """
        norms = [m for m in self.G_ema.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
        if not norms:
            return
        momenta = [m.momentum for m in norms]
        for m in norms:
            m.reset_running_stats()
            m.momentum = None                        # None: a plain average over the batches seen
        self.G_ema.train()
        self.G_ema(self.noise(check_int(n, "n", 2, 100_000), torch.Generator().manual_seed(seed)))
        for m, momentum in zip(norms, momenta):
            m.momentum = momentum
        self.G_ema.eval()

    @torch.no_grad()
    def critic(self, x: torch.Tensor) -> torch.Tensor:
        """D's probability that each point (data units) is real: sigmoid(D(x / scale)).

        With the least-squares loss D's output is itself that estimate (pushed to 1 on
        data, 0 on samples), so it is only clipped to [0, 1]."""
        x = check_tensor(x, "x")
        if self.config.loss == "least_squares":
            return self.D(x / self.scale).clamp(0, 1)
        return torch.sigmoid(self.D(x / self.scale))


# --- the losses, one line of maths each -------------------------------------------------
def d_loss(real_logits: torch.Tensor, fake_logits: torch.Tensor, loss: str = "log") -> torch.Tensor:
    """Log loss: −E[log D(x)] − E[log(1 − D(G(z)))], with D = sigmoid(logit): −log σ(a) = softplus(−a).

    Least squares (Mao et al., 2017): ½E[(a(x) − 1)²] + ½E[a(G(z))²], D's raw output a pushed
    to 1 on data and to 0 on samples."""
    check_instance(real_logits, "real_logits", torch.Tensor)
    check_instance(fake_logits, "fake_logits", torch.Tensor)
    real_logits = check_tensor(real_logits, "real_logits", dtype=torch.float32)
    fake_logits = check_tensor(fake_logits, "fake_logits", dtype=torch.float32)
    if check_choice(loss, "loss", GAN_LOSSES) == "least_squares":
        return 0.5 * (real_logits - 1).pow(2).mean() + 0.5 * fake_logits.pow(2).mean()
    return F.softplus(-real_logits).mean() + F.softplus(fake_logits).mean()


def g_loss(fake_logits: torch.Tensor, objective: str = "non_saturating", loss: str = "log") -> torch.Tensor:
    """Non-saturating: −E[log D(G(z))].  Minimax: E[log(1 − D(G(z)))] = −E[softplus(a)].

    Least squares: ½E[(a(G(z)) − 1)²], G pulls D's output on its samples to 1 (``objective``
    belongs to the log loss and is not used)."""
    check_instance(fake_logits, "fake_logits", torch.Tensor)
    fake_logits = check_tensor(fake_logits, "fake_logits", dtype=torch.float32)
    check_choice(objective, "objective", ["non_saturating", "minimax"])
    if check_choice(loss, "loss", GAN_LOSSES) == "least_squares":
        return 0.5 * (fake_logits - 1).pow(2).mean()
    if objective == "minimax":
        return -F.softplus(fake_logits).mean()
    return F.softplus(-fake_logits).mean()


def r1_penalty(D: nn.Module, real: torch.Tensor) -> torch.Tensor:
    """E‖∇ₓ D(x)‖² on real data: pushes D to be flat where the data are."""
    check_callable(D, "D")
    real = check_tensor(real, "real", ndim=(2, 3, 4), hint="(B, …)", dtype=torch.float32)
    if len(real) == 0:
        fail("train.empty_data")
    real = real.detach().requires_grad_(True)
    with model_takes_data("D"):
        (grad,) = torch.autograd.grad(D(real).sum(), real, create_graph=True)
    return grad.pow(2).flatten(1).sum(1).mean()


class GANUpdate:
    """One round of the game: ``d_steps`` updates of D, then ``g_steps`` updates of G.

    Call it with a batch of real data (in data units).  ``train_d`` / ``train_g`` switch a
    side off (as GAN Lab's "step D only"); ``set_lr`` changes learning rates on the fly.
    """

    def __init__(self, gan: GAN, seed: int = 0):
        if not isinstance(gan, GAN):
            fail("err.type", name="gan", expected="GAN", got=type(gan).__name__)
        self.gan, c = gan, gan.config
        self.opt_d = torch.optim.Adam(gan.D.parameters(), lr=c.lr_d, betas=(c.beta1, 0.999))
        self.opt_g = torch.optim.Adam(gan.G.parameters(), lr=c.lr_g, betas=(c.beta1, 0.999))
        self.d_steps, self.g_steps = c.d_steps, c.g_steps
        self.train_d = self.train_g = True
        self.noise = torch.Generator().manual_seed(check_int(seed, "seed", 0))

    def set_lr(self, lr_d: float | None = None, lr_g: float | None = None) -> None:
        for opt, lr, name in [(self.opt_d, lr_d, "lr_d"), (self.opt_g, lr_g, "lr_g")]:
            if lr is not None:
                for group in opt.param_groups:
                    group["lr"] = check_float(lr, name, 0.0, 1.0)

    def _step_d(self, real: torch.Tensor) -> float:
        gan, c = self.gan, self.gan.config
        fake = gan.G(gan.noise(len(real), self.noise)).detach()
        loss = d_loss(gan.D(real), gan.D(fake), c.loss)
        if c.r1_gamma > 0:
            loss = loss + 0.5 * c.r1_gamma * r1_penalty(gan.D, real)
        self.opt_d.zero_grad(set_to_none=True)
        loss.backward()
        self.opt_d.step()
        return loss.item()

    def _step_g(self, n: int) -> float:
        gan, c = self.gan, self.gan.config
        loss = g_loss(gan.D(gan.G(gan.noise(n, self.noise))), c.g_objective, c.loss)
        self.opt_g.zero_grad(set_to_none=True)
        loss.backward()
        self.opt_g.step()
        if c.ema > 0:
            with torch.no_grad():
                for p_ema, p in zip(gan.G_ema.parameters(), gan.G.parameters()):
                    p_ema.lerp_(p, 1.0 - c.ema)
                for b_ema, b in zip(gan.G_ema.buffers(), gan.G.buffers()):   # BatchNorm statistics
                    b_ema.copy_(b)
        return loss.item()

    def __call__(self, batch) -> dict[str, float]:
        if isinstance(batch, (tuple, list)) and len(batch) == 0:
            fail("train.empty_data")
        real = batch[0] if isinstance(batch, (tuple, list)) else batch
        real = check_tensor(real, "real", dtype=torch.float32) / self.gan.scale
        if real.dim() == 0 or len(real) == 0:
            fail("train.empty_data")
        logged = {}
        if self.train_d:
            logged["loss_d"] = sum(self._step_d(real) for _ in range(self.d_steps)) / self.d_steps
        if self.train_g:
            logged["loss_g"] = sum(self._step_g(len(real)) for _ in range(self.g_steps)) / self.g_steps
        return logged


def make_image_gan(seed: int = 0) -> GAN:
    """A fresh digit GAN: ``ImageGenerator`` and ``ImageDiscriminator`` with ``IMAGE_GAN``."""
    torch.manual_seed(check_int(seed, "seed", 0))
    return GAN(IMAGE_GAN, ImageGenerator(IMAGE_GAN.latent), ImageDiscriminator())


def load_image_generator() -> ImageGenerator:
    """The shipped digit generator (the averaged G after the script's full training).

    It is for drawing samples only: in eval mode and without gradients, so that a call on
    a thousand z's keeps no graph for backpropagation in memory.
    """
    generator = load_weights(ImageGenerator(IMAGE_GAN.latent), IMAGE_GAN_WEIGHTS)
    return generator.eval().requires_grad_(False)


class SampleSnapshots(nn.Module):
    """A container for sample grids saved during training: (epochs, samples, 28, 28) uint8."""

    def __init__(self, epochs: int = SNAPSHOT_EPOCHS, samples: int = SNAPSHOT_SAMPLES):
        super().__init__()
        epochs, samples = check_int(epochs, "epochs", 1, 10_000), check_int(samples, "samples", 1, 100_000)
        self.register_buffer("images", torch.zeros(epochs, samples, 28, 28, dtype=torch.uint8))


def load_gan_snapshots() -> torch.Tensor:
    """The shipped run's samples after every ``SNAPSHOT_EVERY``-th epoch: float
    (``SNAPSHOT_EPOCHS`` = 15, 32, 28, 28) in [0, 1]."""
    return load_weights(SampleSnapshots(), IMAGE_GAN_SNAPSHOTS).images.float() / 255


