"""A 2-D GAN you can train and watch, in the spirit of GAN Lab (Kahng et al., 2018).

The picture shows the target (grey points), the generator's samples (orange), the
discriminator's opinion D(x) as a heatmap behind them, and both losses.  Press ▶ to
train, or step the discriminator or the generator alone, change learning rates and the
number of steps per side, and watch modes being found, or lost.
"""
from __future__ import annotations

import time

import ipywidgets as W
import numpy as np
import torch

from ..data.gaussians import make_mixture
from ..i18n import tr
from ..metrics import mode_coverage
from ..models.gan import GAN, GAN_FIXED, GAN_PLAIN, GANUpdate
from ..plots.generative import critic_grid
from ..plots.style import PALETTE, apply_style
from ..validate import check_choice, check_int
from .base import Explorer, freeze_layout, new_figure

__all__ = ["GANLab"]

RECIPES = {"fixed": GAN_FIXED, "plain": GAN_PLAIN}


class GANLab(Explorer):
    """Train a 2-D GAN live: ``tick()`` runs a few rounds of the game, then redraws."""

    def __init__(self, target: str = "ring", recipe: str = "fixed", seed: int = 0,
                 points: int = 500, heat: int = 40):
        check_choice(target, "target", ["ring", "grid"])
        check_choice(recipe, "recipe", RECIPES)
        self.seed = check_int(seed, "seed", 0)
        self.points = check_int(points, "points", 10, 5000)
        self.heat = check_int(heat, "heat", 4, 200)
        self.frame_budget = 0.06   # seconds of training per frame at most
        controls = {
            "target": W.Dropdown(options=[(tr("gen.ring"), "ring"), (tr("gen.grid"), "grid")],
                                 value=target, description=tr("gen.target")),
            "recipe": W.Dropdown(options=[(tr("gen.fixed"), "fixed"), (tr("gen.plain"), "plain")],
                                 value=recipe, description=tr("gen.recipe")),
            "side": W.ToggleButtons(options=[(tr("gen.both"), "both"), (tr("gen.d_only"), "d"),
                                             (tr("gen.g_only"), "g")], value="both",
                                    description=tr("gen.train_side"), style={"button_width": "70px"}),
            "lr_d": W.FloatLogSlider(value=RECIPES[recipe].lr_d, base=10, min=-4, max=-1.5,
                                     description=tr("gen.lr_d"), readout_format=".0e"),
            "lr_g": W.FloatLogSlider(value=RECIPES[recipe].lr_g, base=10, min=-4, max=-1.5,
                                     description=tr("gen.lr_g"), readout_format=".0e"),
            "d_steps": W.IntSlider(value=1, min=1, max=5, description=tr("gen.d_steps")),
            "g_steps": W.IntSlider(value=1, min=1, max=5, description=tr("gen.g_steps")),
            "per_tick": W.IntSlider(value=5, min=1, max=20, description=tr("gen.per_tick")),
        }
        self._built_for: tuple | None = None
        apply_style()
        self._build_figure()
        super().__init__(controls, title=tr("gen.lab_title"), layout="horizontal")
        column = self.widget.children[-1].children[0]
        column.children = (self.transport(on_reset=self.reset),) + tuple(column.children)

        self._legend = "".join([
            f"<br><span style='color:#595959'>●</span> {tr('gen.real')} &nbsp; ",
            f"<span style='color:{PALETTE[1]}'>●</span> {tr('gen.fake')} &nbsp; ",
            f"<span style='color:{PALETTE[0]}'>━</span> {tr('gen.loss_d')} &nbsp; ",
            f"<span style='color:{PALETTE[1]}'>━</span> {tr('gen.loss_g')}",
            f"<br><small>{tr('gen.heat_note')}</small>"])

    # --- the model -----------------------------------------------------------------
    def reset(self) -> None:
        """A fresh GAN for the chosen target and recipe (same seed: same start)."""
        values = self.values()
        self.mixture = make_mixture(values["target"])
        torch.manual_seed(self.seed)
        self.gan = GAN(RECIPES[values["recipe"]], scale=self.mixture.scale)
        self.updater = GANUpdate(self.gan, seed=self.seed)
        self.data_rng = torch.Generator().manual_seed(self.seed + 1000)
        self.real = self.mixture.sample(self.points, torch.Generator().manual_seed(self.seed))
        self.z = self.gan.noise(self.points, torch.Generator().manual_seed(self.seed + 1))
        self.losses = {"loss_d": [], "loss_g": []}
        self.steps = 0
        self._built_for = (values["target"], values["recipe"])
        self._apply(values)
        self.redraw()

    def _apply(self, values: dict) -> None:
        self.updater.set_lr(values["lr_d"], values["lr_g"])
        self.updater.d_steps, self.updater.g_steps = values["d_steps"], values["g_steps"]
        self.updater.train_d = values["side"] in ("both", "d")
        self.updater.train_g = values["side"] in ("both", "g")

    def update(self, **values) -> None:
        if self._built_for != (values["target"], values["recipe"]):
            self.reset()
        else:
            self._apply(values)
            self.redraw()

    def tick(self) -> None:
        """Run ``per_tick`` rounds of the game, then redraw (driven by the ▶ button).

        A frame never trains for more than ``frame_budget`` seconds, so that the picture
        keeps moving (about ten frames a second) even on a slow CPU.
        """
        if self._built_for is None:
            self.reset()
        start = time.perf_counter()
        for _ in range(self.controls["per_tick"].value):
            if time.perf_counter() - start > self.frame_budget:
                break
            logged = self.updater(self.mixture.sample(self.gan.config.batch, self.data_rng))
            for name in self.losses:
                self.losses[name].append(logged.get(name, float("nan")))
            self.steps += 1
        self.redraw()

    # --- the picture ---------------------------------------------------------------
    def _build_figure(self) -> None:
        """One figure for the explorer's life; redraws only change the artists' data."""
        self.fig = new_figure(figsize=(8.0, 3.8), dpi=72)
        self.ax_points, self.ax_loss = self.fig.subplots(1, 2, width_ratios=[1.1, 1])
        ax = self.ax_points
        self.heat_image = ax.imshow(np.zeros((2, 2)), extent=(-1, 1, -1, 1), origin="lower",
                                    cmap="PuOr_r", vmin=0, vmax=1, alpha=0.55, interpolation="bilinear")
        self.real_dots = ax.scatter([], [], s=3, c="0.35", alpha=0.6, label=tr("gen.real"))
        self.fake_dots = ax.scatter([], [], s=3, c=PALETTE[1], alpha=0.6, label=tr("gen.fake"))
        ax.set_aspect("equal")
        ax.grid(False)
        ax.set_xticks([])
        ax.set_yticks([])
        self.ax_loss.set_xlabel(tr("axis.step"))
        self.ax_loss.set_ylabel(tr("axis.loss"))
        (self.line_d,) = self.ax_loss.plot([], [], color=PALETTE[0], lw=1, label=tr("gen.loss_d"))
        (self.line_g,) = self.ax_loss.plot([], [], color=PALETTE[1], lw=1, label=tr("gen.loss_g"))
        self.ax_loss.grid(False)
        freeze_layout(self.fig)

    def redraw(self) -> None:
        with torch.no_grad():
            net = self.gan.G_ema if self.gan.config.ema > 0 else self.gan.G
            fake = net(self.z) * self.gan.scale                              # (P, 2)
        extent = 1.3 * self.mixture.scale
        self.heat_image.set_data(critic_grid(self.gan, extent, self.heat))
        self.heat_image.set_extent((-extent, extent, -extent, extent))
        self.real_dots.set_offsets(self.real.numpy())
        self.fake_dots.set_offsets(fake.numpy())
        self.ax_points.set_xlim(-extent, extent)
        self.ax_points.set_ylim(-extent, extent)
        steps = list(range(1, len(self.losses["loss_d"]) + 1))
        self.line_d.set_data(steps, self.losses["loss_d"])
        self.line_g.set_data(steps, self.losses["loss_g"])
        self.ax_loss.relim()
        self.ax_loss.autoscale_view()
        covered, quality, modes = mode_coverage(fake, self.mixture.centers, self.mixture.std)
        self.status = (covered, quality, modes)
        self.text.value = tr("gen.lab_status", steps=self.steps, covered=covered, modes=modes,
                             quality=quality) + self._legend
        self.show(self.fig)
