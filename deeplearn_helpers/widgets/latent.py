"""Explorers for trained generative models: a VAE's latent space, a GAN's epochs."""
from __future__ import annotations

import ipywidgets as W
import numpy as np
import torch

from ..i18n import tr
from ..models.conditional import ConditionalVAE
from ..models.vae import VAE
from ..plots.generative import image_grid
from ..plots.style import DPI, SMALL, apply_style
from ..validate import HelperInputError, check_instance, check_int, check_module, check_tensor
from .base import Explorer, freeze_layout, new_figure

__all__ = ["EpochGallery", "LatentExplorer"]


class LatentExplorer(Explorer):
    """Two sliders (z₁, z₂) → the VAE's decoder → a digit; a cross marks z on the latent map."""

    def __init__(self, vae, z_map=None, labels=None, span: float = 3.0):
        check_module(vae, "vae")
        check_instance(vae, "vae", (VAE, ConditionalVAE))
        if vae.config.latent != 2:
            raise HelperInputError(tr("gen.err_latent2", latent=vae.config.latent))
        self.vae = vae.eval()
        controls = {
            "z1": W.FloatSlider(value=0.0, min=-span, max=span, step=0.05, description="z₁"),
            "z2": W.FloatSlider(value=0.0, min=-span, max=span, step=0.05, description="z₂"),
        }
        apply_style()
        self.fig = new_figure(figsize=(7.2, 3.4), dpi=DPI)
        ax_map, self.ax_image = self.fig.subplots(1, 2)
        if z_map is not None:
            z_map = check_tensor(z_map, "z_map", ndim=2, shape=(None, 2), hint="(N, 2)")
            colours = None if labels is None else check_tensor(labels, "labels", ndim=1, dtype=torch.int64)
            z_map = z_map.detach().cpu().numpy()
            colours = None if colours is None else colours.cpu().numpy()
            ax_map.scatter(z_map[:, 0], z_map[:, 1], s=4, c=colours, cmap="tab10", vmin=-0.5, vmax=9.5)
        ax_map.set_xlim(-span, span)
        ax_map.set_ylim(-span, span)
        ax_map.set_aspect("equal")
        ax_map.set_title(tr("gen.latent_map"), fontsize=SMALL + 1)
        (self.marker,) = ax_map.plot([0], [0], "k+", ms=16, mew=2.5)
        self.picture = self.ax_image.imshow(np.zeros((28, 28)), cmap="gray_r", vmin=0, vmax=1)
        self.ax_image.set_axis_off()
        self.ax_image.set_title(tr("gen.decoded"), fontsize=SMALL + 1)
        freeze_layout(self.fig)
        super().__init__(controls, title=tr("gen.latent_title"), layout="vertical")

    def update(self, z1: float, z2: float) -> None:
        image = self.vae.decode_images(torch.tensor([[z1, z2]], dtype=torch.float32))[0]
        self.last_image = image
        self.picture.set_data(image.numpy())
        self.marker.set_data([z1], [z2])
        self.show(self.fig)


class EpochGallery(Explorer):
    """A slider through sample grids saved during a GAN's training, one every ``every`` epochs."""

    def __init__(self, snapshots, nrow: int = 8, every: int = 1, title: str = ""):
        snapshots = check_tensor(snapshots, "snapshots")
        if snapshots.dim() != 4 or tuple(snapshots.shape[2:]) != (28, 28) or len(snapshots) == 0:
            raise HelperInputError(tr("gen.err_snapshots", shape=tuple(snapshots.shape)))
        self.every = check_int(every, "every", 1, 1000)
        self.grids = [1 - image_grid(s.float(), nrow) for s in snapshots]
        last = len(snapshots) * self.every
        controls = {"epoch": W.IntSlider(value=last, min=self.every, max=last, step=self.every,
                                         description=tr("gen.epoch"))}
        apply_style()
        self.fig = new_figure(figsize=(0.42 * nrow + 0.3, 0.42 * (-(-snapshots.shape[1] // nrow)) + 0.5), dpi=DPI)
        self.ax = self.fig.subplots()
        self.picture = self.ax.imshow(self.grids[-1], cmap="gray", vmin=0, vmax=1)
        self.ax.set_axis_off()
        self.title_text = self.ax.set_title("", fontsize=10)
        freeze_layout(self.fig)
        super().__init__(controls, title=title or tr("gen.epochs_title"))

    def update(self, epoch: int) -> None:
        self.picture.set_data(self.grids[max(epoch // self.every, 1) - 1])
        self.title_text.set_text(tr("gen.epoch_title", epoch=epoch))
        self.show(self.fig)
