"""Pictures for generative models: 2-D GAN panels, image grids, latent maps, manifolds."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import torch
from matplotlib.lines import Line2D

from matplotlib.axes import Axes

from ..i18n import tr
from ..models.gan import GAN
from ..models.vae import VAE
from ..validate import check_float, check_instance, check_int, check_str, check_tensor
from .style import COLORS, CRITIC_CMAP, SMALL

__all__ = ["critic_grid", "draw_gan_2d", "image_grid", "plot_image_grid", "plot_latent_map",
           "plot_manifold", "latent_grid"]


def critic_grid(gan, extent: float, n: int = 60):
    """D's probability of "real" on an n×n grid over [−extent, extent]²: (n, n) array."""
    check_instance(gan, "gan", GAN)
    extent = check_float(extent, "extent", 1e-3, 1e3)
    n = check_int(n, "n", 2, 1000)
    ticks = torch.linspace(-extent, extent, n)
    gy, gx = torch.meshgrid(ticks, ticks, indexing="ij")
    points = torch.stack([gx.reshape(-1), gy.reshape(-1)], 1)       # (n², 2)
    return gan.critic(points).view(n, n).numpy()


def draw_gan_2d(ax, real, fake, centers=None, heat=None, extent: float = 2.5, title: str = "",
                legend: bool = True):
    """Generated points (vermilion) under the real ones (black, drawn last so that they stay
    visible), the modes' centres (sky-blue rings) and, behind them, D's opinion D(x)
    (white: "generated" … blue: "real"); a legend under the axes names them."""
    real = check_tensor(real, "real", ndim=2, shape=(None, 2), hint="(N, 2)").detach().cpu().numpy()
    fake = check_tensor(fake, "fake", ndim=2, shape=(None, 2), hint="(N, 2)").detach().cpu().numpy()
    if heat is not None:
        ax.imshow(heat, extent=(-extent, extent, -extent, extent), origin="lower",
                  cmap=CRITIC_CMAP, vmin=0, vmax=1, alpha=0.5, interpolation="bilinear")
    # Generated points as large soft dots, the real ones as fine dots on top: where the two
    # agree, black speckles sit on vermilion; a mode the generator misses shows black alone.
    ax.scatter(fake[:, 0], fake[:, 1], s=9, color=COLORS["generated"], label=tr("gen.fake"), alpha=0.45, lw=0)
    ax.scatter(real[:, 0], real[:, 1], s=1.5, color=COLORS["real"], label=tr("gen.real"), alpha=0.6, lw=0)
    if centers is not None:
        centers = check_tensor(centers, "centers", ndim=2, shape=(None, 2)).cpu().numpy()
        ax.scatter(centers[:, 0], centers[:, 1], s=90, facecolors="none", edgecolors=COLORS["mode"], lw=1.5,
                   label=tr("gen.mode_centres"))
    ax.set_xlim(-extent, extent)
    ax.set_ylim(-extent, extent)
    ax.set_aspect("equal")
    ax.grid(False)
    if legend:
        ax.legend(handles=_gan_2d_legend(centers is not None), loc="upper center", bbox_to_anchor=(0.5, -0.1),
                  ncols=3, fontsize=SMALL, handletextpad=0.1, columnspacing=0.8, frameon=False)
    if title:
        ax.set_title(title)
    return ax


def _gan_2d_legend(with_modes: bool) -> list:
    """Legend entries of ``draw_gan_2d`` with markers large enough to see (the points are tiny)."""
    def dot(colour, label, **style):
        return Line2D([], [], ls="", marker="o", color=colour, label=label, **{"ms": 6, **style})
    entries = [dot(COLORS["generated"], tr("gen.legend_generated")), dot(COLORS["real"], tr("gen.legend_real"))]
    if with_modes:
        entries.append(dot(COLORS["mode"], tr("gen.mode_centres"), markerfacecolor="none", mew=1.5, ms=9))
    return entries


def image_grid(images, nrow: int = 8, pad: int = 1) -> np.ndarray:
    """Tile (N, H, W) images into one (rows·(H+pad), nrow·(W+pad)) array."""
    images = check_tensor(images, "images", ndim=3, hint="(N, H, W)").detach().cpu().float()
    nrow = check_int(nrow, "nrow", 1, 1000)
    n, h, w = images.shape
    rows = -(-n // nrow)
    canvas = np.ones((rows * (h + pad) + pad, nrow * (w + pad) + pad), dtype=np.float32)
    for i, image in enumerate(images.numpy()):
        r, c = divmod(i, nrow)
        canvas[pad + r * (h + pad): pad + r * (h + pad) + h, pad + c * (w + pad): pad + c * (w + pad) + w] = image
    return canvas


def plot_image_grid(images, nrow: int = 8, ax=None, title: str = ""):
    """Show (N, 28, 28) images in [0, 1] as a grid (black digits on white)."""
    images = check_tensor(images, "images", ndim=3, hint="(N, H, W)")
    nrow = check_int(nrow, "nrow", 1, 1000)
    check_str(title, "title", allow_empty=True)
    if ax is not None:
        check_instance(ax, "ax", Axes)
    if ax is None:
        _, ax = plt.subplots(figsize=(0.45 * nrow + 0.3, 0.45 * (-(-len(images) // nrow)) + 0.5))
    ax.imshow(1 - image_grid(images, nrow), cmap="gray", vmin=0, vmax=1)
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    return ax


def plot_latent_map(z, labels, ax=None, title: str = ""):
    """Encoded means μ of test images in a 2-D latent space, coloured by digit."""
    z = check_tensor(z, "z", ndim=2, shape=(None, 2), hint="(N, 2)").detach().cpu().numpy()
    labels = check_tensor(labels, "labels", ndim=1, dtype=torch.int64).cpu().numpy()
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 4.4))
    scatter = ax.scatter(z[:, 0], z[:, 1], c=labels, cmap="tab10", s=8, vmin=-0.5, vmax=9.5)
    plt.colorbar(scatter, ax=ax, ticks=range(10), label=tr("gen.digit"))
    ax.set_xlabel("$z_1$")
    ax.set_ylabel("$z_2$")
    ax.set_title(title or tr("gen.latent_map"))
    return ax


def latent_grid(n: int = 15, span: float = 2.0) -> torch.Tensor:
    """(n·n, 2) latent points on a square grid over [−span, span]², top row first."""
    n = check_int(n, "n", 2, 100)
    span = check_float(span, "span", 1e-3, 1e3)
    ticks = torch.linspace(-span, span, n)
    gy, gx = torch.meshgrid(ticks.flip(0), ticks, indexing="ij")
    return torch.stack([gx.reshape(-1), gy.reshape(-1)], 1)


def plot_manifold(vae, n: int = 15, span: float = 2.0, ax=None, title: str = ""):
    """Decode a grid of latent points: how digits morph across the 2-D latent space."""
    check_instance(vae, "vae", VAE)
    if ax is not None:
        check_instance(ax, "ax", Axes)
    images = vae.decode_images(latent_grid(n, span))            # (n², 28, 28)
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 5))
    ax.imshow(1 - image_grid(images, n, pad=0), cmap="gray", vmin=0, vmax=1,
              extent=(-span, span, -span, span))
    ax.set_xlabel("$z_1$")
    ax.set_ylabel("$z_2$")
    ax.grid(False)
    ax.set_title(title or tr("gen.manifold"))
    return ax
