"""A 2-D GAN you can train and watch, in the spirit of GAN Lab (Kahng et al., 2018).

The left picture shows the target (black points), the generator's samples (vermilion),
the discriminator's opinion D(x) as a map behind them (blue: "real", white: "generated"),
the generator's *manifold* (a grid in z-space, drawn bent into data space by G) and
*gradient arrows*: where the generator's loss pushes each sample (−∇ₓ of that loss, the
direction D's gradient moves it).  On the right: both losses, and the share of modes
covered and of high-quality samples (``metrics.mode_coverage``) over training, so that
mode collapse shows as a number falling.

Press ▶ to train, or "next update" to run one update of D, then one of G, each shown.
The target can be a ring, a grid, or drawn by hand with the mouse on the picture
(``ipyevents``); the loss (log loss or least squares), the noise z (its size and
distribution), the layer sizes of G and D, learning rates and steps per side can all be
changed.  The game is run one update at a time, so that a frame never trains for much
longer than ``frame_budget`` seconds, whatever the sizes.
"""
from __future__ import annotations

import dataclasses
import math
import time

import ipywidgets as W
import numpy as np
import torch
from ipyevents import Event
from matplotlib.collections import LineCollection

from ..core import kept_rng, torch_threads
from ..data.gaussians import Mixture, make_mixture
from ..i18n import tr
from ..metrics import mode_coverage
from ..models.gan import GAN, GAN_FIXED, GAN_LOSSES, GAN_PLAIN, NOISES, GANUpdate, MLPDiscriminator, \
    MLPGenerator, g_loss
from ..plots.generative import critic_grid
from ..plots.style import COLORS, CRITIC_CMAP, DPI, PURPLE, SMALL
from ..validate import check_choice, check_float, check_int, check_sequence, check_tensor, fail
from .base import BlitFrame, Explorer, new_figure

__all__ = ["DEFAULT_DRAWING", "GANLab", "generator_push", "manifold_lines", "mixture_from_strokes"]

RECIPES = {"fixed": GAN_FIXED, "plain": GAN_PLAIN}
TARGETS = ("ring", "grid", "drawn")
REAL, GENERATED, ARROW = COLORS["real"], COLORS["generated"], COLORS["ink"]   # black, vermilion, dark grey
DRAW_EXTENT = 1.3        # a drawn target lives in [−1, 1]²; the picture shows ±1.3
ARROWS = 48              # samples that get an arrow
GRID_LINES, GRID_POINTS = 9, 33   # the manifold: 9 + 9 lines of z-space, 33 points each
Z_RANGE = {"normal": 2.0, "uniform": 1.0}   # the z grid spans ±2σ (normal) or the whole cube


def _smiley() -> list[np.ndarray]:
    """The default drawing: a smile and two eyes (three strokes, 22 modes)."""
    smile = np.radians(np.linspace(200, 340, 30))
    eye = np.linspace(0, 2 * np.pi, 16)
    return [np.stack([0.75 * np.cos(smile), 0.75 * np.sin(smile) + 0.1], 1),
            np.stack([-0.35 + 0.12 * np.cos(eye), 0.45 + 0.12 * np.sin(eye)], 1),
            np.stack([0.35 + 0.12 * np.cos(eye), 0.45 + 0.12 * np.sin(eye)], 1)]


DEFAULT_DRAWING = tuple(_smiley())


# --- pure functions the picture is made of (tested one by one) -------------------------
def _points(points, name: str) -> torch.Tensor:
    """A stroke: at least one point, (N, 2)."""
    points = check_tensor(points, name, ndim=2, shape=(None, 2), hint="(N, 2)")
    if len(points) == 0:
        fail("err.empty", name=name)
    return points


def mixture_from_strokes(strokes, spacing: float = 0.15, max_modes: int = 24) -> Mixture:
    """Hand-drawn strokes (each an (n, 2) array of points in [−1, 1]²) → a target mixture.

    The strokes are cut into pieces of about ``spacing`` (at most ``max_modes`` pieces in
    all, at least one per stroke); each piece's middle becomes a mode and σ is a quarter
    of the spacing, so the samples lie in beads along the strokes and ``mode_coverage``
    can say which parts of the drawing the generator covers."""
    strokes = [np.clip(_points(stroke, "strokes").double().numpy(), -1, 1)
               for stroke in check_sequence(strokes, "strokes")]
    lengths = [float(np.linalg.norm(np.diff(s, axis=0), axis=1).sum()) for s in strokes]
    spacing = max(sum(lengths) / max_modes, spacing)
    centers = []
    for stroke, length in zip(strokes, lengths):
        pieces = max(1, round(length / spacing))
        if length == 0:                                   # a dot: one mode where it is
            centers.append(stroke[:1])
            continue
        along = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(stroke, axis=0), axis=1))])
        at = (np.arange(pieces) + 0.5) * length / pieces          # the pieces' middles
        centers.append(np.stack([np.interp(at, along, stroke[:, 0]), np.interp(at, along, stroke[:, 1])], 1))
    return Mixture("drawn", torch.tensor(np.concatenate(centers), dtype=torch.float32), spacing / 4)


def z_grid(latent: int, noise: str, lines: int = GRID_LINES, points: int = GRID_POINTS) -> torch.Tensor:
    """Lines of z-space for the manifold: (L, points, latent).

    z₁ × z₂ form a square grid over ``Z_RANGE[noise]`` (``lines`` lines each way; one line
    when z is 1-D); the other coordinates of z stay 0."""
    half = Z_RANGE[check_choice(noise, "noise", NOISES)]
    along = torch.linspace(-half, half, points)                     # (P,)
    across = torch.linspace(-half, half, lines)                     # (L,)
    grid = torch.zeros(2 * lines if latent > 1 else 1, points, latent)
    grid[:, :, 0] = along if latent == 1 else torch.cat([along.expand(lines, points),
                                                         across[:, None].expand(lines, points)])
    if latent > 1:
        grid[:, :, 1] = torch.cat([across[:, None].expand(lines, points), along.expand(lines, points)])
    return grid


@torch.no_grad()
def manifold_lines(generator, scale: float, latent: int, noise: str) -> np.ndarray:
    """The generator's manifold: ``z_grid`` mapped by G into data units, (L, points, 2)."""
    grid = z_grid(latent, noise)
    return (generator(grid.reshape(-1, latent)) * scale).reshape(len(grid), -1, 2).numpy()


def generator_push(gan: GAN, x: torch.Tensor) -> torch.Tensor:
    """−∇ₓ of the generator's loss, sample by sample, at points ``x`` (N, 2) in data units.

    This is where D's gradient pushes each generated sample: G's update moves its
    samples along these arrows (through G's weights).  The loss is summed over the
    samples, so that each arrow is its own sample's gradient, not divided by N."""
    x = check_tensor(x, "x", ndim=2, shape=(None, 2), hint="(N, 2)").detach().requires_grad_(True)
    loss = g_loss(gan.D(x / gan.scale), gan.config.g_objective, gan.config.loss) * len(x)
    (grad,) = torch.autograd.grad(loss, x)
    return -grad                                                    # (N, 2)


class GANLab(Explorer):
    """Train a 2-D GAN live: ``tick()`` runs a few rounds of the game, then redraws."""

    def __init__(self, target: str = "ring", recipe: str = "fixed", seed: int = 0,
                 points: int = 500, heat: int = 40):
        check_choice(target, "target", TARGETS)
        check_choice(recipe, "recipe", RECIPES)
        self.seed = check_int(seed, "seed", 0)
        self.points = check_int(points, "points", ARROWS, 5000)
        self.heat = check_int(heat, "heat", 4, 200)
        self.frame_budget = 0.05   # seconds of training per frame at most (plus one update)
        self.strokes: list[np.ndarray] = [np.array(s) for s in DEFAULT_DRAWING]
        preset = RECIPES[recipe]
        sizes = dict(min=1, max=4)
        controls = {
            "target": W.Dropdown(options=[(tr(f"gen.{t}"), t) for t in TARGETS], value=target,
                                 description=tr("gen.target")),
            "recipe": W.Dropdown(options=[(tr("gen.fixed"), "fixed"), (tr("gen.plain"), "plain")],
                                 value=recipe, description=tr("gen.recipe")),
            "loss": W.Dropdown(options=[(tr(f"gen.loss_{name}"), name) for name in GAN_LOSSES], value="log",
                               description=tr("gen.loss_kind")),
            "noise": W.Dropdown(options=[(tr(f"gen.noise_{name}"), name) for name in NOISES], value="normal",
                                description=tr("gen.noise_kind")),
            "latent": W.IntSlider(value=2, min=1, max=4, description=tr("gen.noise_dim")),
            "g_layers": W.IntSlider(value=preset.layers, description=tr("gen.g_layers"), **sizes),
            "g_width": W.IntSlider(value=preset.hidden, min=8, max=128, step=8, description=tr("gen.g_width")),
            "d_layers": W.IntSlider(value=preset.layers, description=tr("gen.d_layers"), **sizes),
            "d_width": W.IntSlider(value=preset.hidden, min=8, max=128, step=8, description=tr("gen.d_width")),
            "side": W.ToggleButtons(options=[(tr("gen.both"), "both"), (tr("gen.d_only"), "d"),
                                             (tr("gen.g_only"), "g")], value="both",
                                    description=tr("gen.train_side"), style={"button_width": "auto"}),
            "lr_d": W.FloatLogSlider(value=preset.lr_d, base=10, min=-4, max=-1.5,
                                     description=tr("gen.lr_d"), readout_format=".0e"),
            "lr_g": W.FloatLogSlider(value=preset.lr_g, base=10, min=-4, max=-1.5,
                                     description=tr("gen.lr_g"), readout_format=".0e"),
            "d_steps": W.IntSlider(value=1, min=1, max=5, description=tr("gen.d_steps")),
            "g_steps": W.IntSlider(value=1, min=1, max=5, description=tr("gen.g_steps")),
            "per_tick": W.IntSlider(value=5, min=1, max=20, description=tr("gen.per_tick")),
            "manifold": W.Checkbox(value=True, description=tr("gen.show_manifold"), indent=False),
            "arrows": W.Checkbox(value=True, description=tr("gen.show_arrows"), indent=False),
        }
        self._built_for: tuple | None = None
        self._quiet = False                       # True while the lab sets its own sliders
        self._build_figure()
        super().__init__(controls, title=tr("gen.lab_title"))
        self.widget.add_class("dl-gan-lab")       # the browser test moves every one of its controls
        self._arrange_controls()
        self._listen_to_drawing()

    # --- the controls --------------------------------------------------------------
    def _arrange_controls(self) -> None:
        """As in GAN Lab: the buttons, the picture, then the controls in two columns of
        groups (data and model; training and what the picture shows), each with a heading."""
        transport = self.transport(on_reset=self.reset)
        for button in transport.children[1:]:
            button.layout = W.Layout(width="auto")                  # buttons keep their whole captions
        self.next_button = W.Button(description=tr("gen.next_update"), icon="forward", layout=W.Layout(width="auto"))
        self.next_button.on_click(lambda _: self.next_update())
        self.clear_button = W.Button(description=tr("gen.clear_drawing"), icon="eraser", layout=W.Layout(width="auto"))
        self.clear_button.on_click(lambda _: self.clear_drawing())
        self.draw_box = W.VBox([W.HTML(f"<small>{tr('gen.draw_hint')}</small>"), self.clear_button],
                               layout=W.Layout(width="430px", align_items="flex-start"))
        for control in self.controls.values():
            if not isinstance(control, W.Checkbox):
                control.layout = W.Layout(width="430px")           # room for the caption, the slider and its value
        group = lambda key, names: [W.HTML(f"<b>{tr(key)}</b>")] + [self.controls[n] for n in names]  # noqa: E731
        left = W.VBox([*group("gen.group_data", ["target"]), self.draw_box,
                       *group("gen.group_model", ["recipe", "loss", "noise", "latent", "g_layers", "g_width",
                                                  "d_layers", "d_width"])], layout=W.Layout(margin="0 24px 0 0"))
        right = W.VBox([*group("gen.group_game", ["side", "lr_d", "lr_g", "d_steps", "g_steps", "per_tick"]),
                        *group("gen.group_picture", ["manifold", "arrows"])])
        wrap = W.Layout(flex_flow="row wrap", align_items="flex-start")
        title = self.widget.children[0]
        self.widget.children = (title, W.HBox([transport, self.next_button], layout=wrap),
                                W.VBox([self.image, self.text]), W.HBox([left, right], layout=wrap))

    def _on_change(self, change) -> None:
        if change["owner"] is self.controls["recipe"] and not self._quiet:
            self._load_preset(change["new"])
        if not self._quiet:
            super()._on_change(change)

    def _load_preset(self, recipe: str) -> None:
        """A recipe is a preset: its sizes and learning rates go into the sliders."""
        preset = RECIPES[recipe]
        self._quiet = True
        try:
            for name, value in [("g_layers", preset.layers), ("d_layers", preset.layers), ("g_width", preset.hidden),
                                ("d_width", preset.hidden), ("lr_d", preset.lr_d), ("lr_g", preset.lr_g)]:
                self.controls[name].value = value
        finally:
            self._quiet = False

    # --- the model -----------------------------------------------------------------
    @staticmethod
    def _model_key(values: dict) -> tuple:
        """The settings that need a new GAN when they change."""
        return tuple(values[k] for k in ("target", "recipe", "loss", "noise", "latent",
                                         "g_layers", "g_width", "d_layers", "d_width"))

    @staticmethod
    def _config(v: dict):
        """The GANConfig of the settings (G's sizes; D's sizes go into its own config)."""
        preset = RECIPES[v["recipe"]]
        return dataclasses.replace(preset, loss=v["loss"], noise=v["noise"], latent=v["latent"],
                                   layers=v["g_layers"], hidden=v["g_width"],
                                   skip=preset.skip if v["latent"] == 2 else 0.0)   # the skip needs z in 2-D

    def reset(self) -> None:
        """A fresh GAN for the chosen settings (same seed: same start)."""
        values = self.values()
        target = values["target"]
        self.mixture = (make_mixture(target) if target != "drawn" else
                        mixture_from_strokes(self.strokes) if self.strokes else None)
        self.extent = 1.3 * self.mixture.scale if target != "drawn" else DRAW_EXTENT
        config = self._config(values)
        d_config = dataclasses.replace(config, layers=values["d_layers"], hidden=values["d_width"])
        with kept_rng(self.seed):                 # the caller's global generators are left as they were
            self.gan = GAN(config, MLPGenerator(config), MLPDiscriminator(d_config),
                           scale=self.mixture.scale if target != "drawn" else 1.0)
        self.updater = GANUpdate(self.gan, seed=self.seed)
        self.updater.d_steps = self.updater.g_steps = 1          # the lab runs the rounds itself
        self.updater.set_lr(values["lr_d"], values["lr_g"])
        self.data_rng = torch.Generator().manual_seed(self.seed + 1000)
        self.real = (self.mixture.sample(self.points, torch.Generator().manual_seed(self.seed))
                     if self.mixture else torch.zeros(0, 2))
        self.z = self.gan.noise(self.points, torch.Generator().manual_seed(self.seed + 1))
        self.losses = {"loss_d": [], "loss_g": []}
        self.history = {"steps": [], "modes": [], "quality": []}
        self.steps = 0
        self.last_update = ""
        self._plan: list[str] = []
        self._round = {"d": [], "g": []}
        self._built_for = self._model_key(values)
        self.draw_box.layout.display = "" if target == "drawn" else "none"
        self._frame_axes()
        self.redraw()

    def update(self, **values) -> None:
        if self._built_for != self._model_key(values):
            self.reset()
        else:
            self.updater.set_lr(values["lr_d"], values["lr_g"])
            self.redraw()

    # --- the game, one update at a time --------------------------------------------
    def _next_side(self) -> str:
        """The next update of the round: D's ``d_steps`` updates, then G's ``g_steps``."""
        if not self._plan:
            v = self.values()
            self._plan = (["d"] * v["d_steps"] if v["side"] in ("both", "d") else []) + \
                         (["g"] * v["g_steps"] if v["side"] in ("both", "g") else [])
        return self._plan.pop(0)

    def _update_once(self) -> bool:
        """One update of D or of G; True when it ended a round (whose losses are then logged)."""
        side = self._next_side()
        self.updater.train_d, self.updater.train_g = side == "d", side == "g"
        logged = self.updater(self.mixture.sample(self.gan.config.batch, self.data_rng))
        self._round[side].append(logged[f"loss_{side}"])
        self.last_update = side
        if self._plan:
            return False
        for name, values in [("loss_d", self._round["d"]), ("loss_g", self._round["g"])]:
            self.losses[name].append(sum(values) / len(values) if values else float("nan"))
        self._round = {"d": [], "g": []}
        self.steps += 1
        return True

    def tick(self) -> None:
        """Run ``per_tick`` rounds of the game, then redraw (driven by the ▶ button).

        A frame stops training after ``frame_budget`` seconds (it always runs one update),
        so that the picture keeps moving, about ten frames a second, even on a slow CPU;
        a round cut short goes on in the next frame.
        """
        if self._built_for is None:
            self.reset()
        if self.mixture is None:                 # nothing drawn yet: nothing to learn
            return
        start, rounds = time.perf_counter(), 0
        with torch_threads(1):                   # tiny networks: one thread is fastest
            while rounds < self.controls["per_tick"].value:
                rounds += self._update_once()
                if time.perf_counter() - start > self.frame_budget:
                    break
        self.redraw()

    def next_update(self) -> None:
        """One update only (D's or G's, in the round's order), then redraw: the game in slow motion."""
        if self._built_for is None:
            self.reset()
        if self.mixture is not None:
            with torch_threads(1):
                self._update_once()
        self.redraw()

    # --- drawing the target by hand ------------------------------------------------
    def _listen_to_drawing(self) -> None:
        self.mouse = Event(source=self.image, watched_events=["mousedown", "mousemove", "mouseup", "mouseleave"],
                           prevent_default_action=True)    # every move: a stroke is a few dozen points
        self.mouse.on_dom_event(self._on_mouse)
        self._stroke: list[tuple[float, float]] | None = None

    def pixel_to_data(self, x: float, y: float) -> tuple[float, float]:
        """A pixel of the picture (from its top left) → a point of the left panel, in data units."""
        x, y = check_float(x, "x"), check_float(y, "y")
        return tuple(self.ax_points.transData.inverted().transform((x, self.fig.bbox.height - y)))

    def _on_mouse(self, event: dict) -> None:
        if self.values()["target"] != "drawn" or "dataX" not in event:
            return
        point = self.pixel_to_data(event["dataX"], event["dataY"])
        kind = event["type"]
        inside = max(map(abs, point)) <= DRAW_EXTENT          # on the left panel
        if kind == "mousedown" and inside:
            self._stroke = [point]
        elif kind in ("mousemove", "mouseup") and self._stroke is not None and inside:
            self._stroke.append(point)
        if kind in ("mouseup", "mouseleave") and self._stroke is not None:
            stroke, self._stroke = self._stroke, None
            self.add_stroke(stroke)

    def add_stroke(self, points) -> None:
        """Add one stroke (points in [−1, 1]², data units) to the drawing; the GAN starts again."""
        self.strokes.append(np.clip(_points(points, "points").numpy(), -1, 1))
        self.reset()

    def clear_drawing(self) -> None:
        """Start a new drawing: no target until the first stroke."""
        self.strokes = []
        self.reset()

    # --- the picture ---------------------------------------------------------------
    def _build_figure(self) -> None:
        """One figure for the explorer's life; redraws draw only the moving artists (``BlitFrame``)."""
        self.fig = new_figure(figsize=(8.2, 4.0), dpi=DPI, layout="none")    # axes placed by hand
        ax = self.ax_points = self.fig.add_axes([0.01, 0.16, 0.40, 0.80])
        self.ax_loss = self.fig.add_axes([0.51, 0.62, 0.47, 0.28])
        self.ax_cover = self.fig.add_axes([0.51, 0.16, 0.47, 0.28])
        self.heat_image = ax.imshow(np.zeros((2, 2)), extent=(-1, 1, -1, 1), origin="lower", cmap=CRITIC_CMAP,
                                    vmin=0, vmax=1, alpha=0.6, interpolation="bilinear")   # white: "generated"
        self.manifold = LineCollection([], colors=GENERATED, linewidths=0.6, alpha=0.45)
        ax.add_collection(self.manifold)
        self.fake_dots = ax.scatter(np.zeros(0), np.zeros(0), s=4, c=GENERATED, alpha=0.6)
        self.real_dots = ax.scatter(np.zeros(0), np.zeros(0), s=2, c=REAL, alpha=0.6)   # on top: data are tight
        zeros = np.zeros(ARROWS)
        self.arrows = ax.quiver(zeros, zeros, zeros, zeros, color=ARROW, angles="xy", scale_units="xy", scale=1,
                                width=0.004, headwidth=4)
        self.draw_note = ax.text(0, 0, tr("gen.draw_hint"), ha="center", va="center", fontsize=SMALL + 1, wrap=True)
        ax.set_aspect("equal")
        ax.grid(False)
        ax.set_xticks([])
        ax.set_yticks([])
        (self.line_d,) = self.ax_loss.plot([], [], color=COLORS["model"], lw=1.2, label=tr("gen.loss_d_short"))
        (self.line_g,) = self.ax_loss.plot([], [], color=GENERATED, lw=1.2, label=tr("gen.loss_g_short"))
        (self.line_modes,) = self.ax_cover.plot([], [], color=COLORS["third"], lw=1.5, label=tr("gen.modes_share"))
        (self.line_quality,) = self.ax_cover.plot([], [], color=PURPLE, lw=1.5, label=tr("gen.quality_share"))
        self.waiting = []
        for axes in (self.ax_loss, self.ax_cover):
            axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, frameon=False, fontsize=SMALL,
                        borderaxespad=0.1, handlelength=1.5)
            axes.tick_params(labelsize=SMALL)
            axes.grid(False)
            self.waiting.append(axes.text(0.5, 0.5, tr("gen.not_started"), transform=axes.transAxes,
                                          ha="center", va="center", fontsize=SMALL, color="#555555"))
        self.ax_cover.set_xlabel(tr("axis.step"), fontsize=SMALL)
        self.ax_cover.set_ylim(0, 1.05)
        self.ax_cover.set_ylabel(tr("gen.share_axis"), fontsize=SMALL)
        self.ax_loss.set_ylabel(tr("gen.loss"), fontsize=SMALL)
        self.settings_text = self.fig.text(0.01, 0.015, "", fontsize=SMALL, va="bottom")
        # Three layers, from slow to fast: the frame (axes, ticks, legends) is drawn when the
        # curves' axes grow; the texts when a setting changes; the moving artists every redraw.
        self.texts = [self.settings_text, self.draw_note, *self.waiting]
        for text in self.texts:
            text.set_animated(True)
        self.frame = BlitFrame(self.fig, [self.heat_image, self.manifold, self.fake_dots, self.real_dots,
                                          self.arrows, self.line_d, self.line_g, self.line_modes, self.line_quality])
        self._axes_bitmap, self._texts_drawn = self.frame.frame, None

    def _frame_axes(self, steps: int = 0, highest: float = 0.0) -> None:
        """Grow the curves' axes in jumps (x doubles, y by half), so the frame is rarely redrawn."""
        (_, x_max), (_, y_max) = self.ax_loss.get_xlim(), self.ax_loss.get_ylim()
        new_x = 100.0 if steps <= 100 else (x_max if steps <= x_max else 2.0 ** math.ceil(math.log2(steps)))
        new_y = 2.0 if not steps else (y_max if highest <= y_max else 1.5 * highest)
        if (new_x, new_y) != (x_max, y_max):
            self.ax_loss.set(xlim=(0, new_x), ylim=(0, new_y))
            self.ax_cover.set_xlim(0, new_x)
            self.frame.reframe()
            self._axes_bitmap, self._texts_drawn = self.frame.frame, None

    def _draw_texts(self) -> None:
        """Draw the texts over the axes' bitmap once, when they change; keep that as the frame."""
        shown = tuple((text.get_text(), text.get_visible()) for text in self.texts)
        if shown == self._texts_drawn:
            return
        canvas = self.fig.canvas
        canvas.restore_region(self._axes_bitmap)
        for text in self.texts:
            self.fig.draw_artist(text)
        self.frame.frame, self._texts_drawn = canvas.copy_from_bbox(self.fig.bbox), shown

    def _samples(self) -> torch.Tensor:
        """The generator's samples at the fixed z's, in data units (from G_ema when averaging is on)."""
        return self.generator(self.z) * self.gan.scale                     # (P, 2)

    @property
    def generator(self):
        return self.gan.G_ema if self.gan.config.ema > 0 else self.gan.G

    def redraw(self) -> None:
        with torch_threads(1):
            self._draw()

    def _draw(self) -> None:
        values, extent = self.values(), self.extent
        with torch.no_grad():
            fake = self._samples()
            self.heat_image.set_data(critic_grid(self.gan, extent, self.heat))
        self.push = generator_push(self.gan, fake[:ARROWS])                # (ARROWS, 2)
        longest = float(self.push.norm(dim=1).max())
        self.arrow_vectors = (self.push * (0.12 * extent / longest if longest > 0 else 0.0)).numpy()
        self.arrows.set_offsets(fake[:ARROWS].numpy())     # arrow lengths and angles need only U, V
        self.arrows.set_UVC(self.arrow_vectors[:, 0], self.arrow_vectors[:, 1])
        self.arrows.set_visible(values["arrows"])
        self.manifold_points = manifold_lines(self.generator, self.gan.scale, self.gan.latent, values["noise"])
        self.manifold.set_segments(list(self.manifold_points))
        self.manifold.set_visible(values["manifold"])
        self.heat_image.set_extent((-extent, extent, -extent, extent))
        self.real_dots.set_offsets(self.real.numpy())
        self.fake_dots.set_offsets(fake.numpy())
        self.ax_points.set_xlim(-extent, extent)
        self.ax_points.set_ylim(-extent, extent)
        self.draw_note.set_visible(self.mixture is None)
        self._record_coverage(fake)
        steps = np.arange(1, self.steps + 1)
        self.line_d.set_data(steps, self.losses["loss_d"])
        self.line_g.set_data(steps, self.losses["loss_g"])
        self.line_modes.set_data(self.history["steps"], self.history["modes"])
        self.line_quality.set_data(self.history["steps"], self.history["quality"])
        highest = np.nanmax(self.losses["loss_d"] + self.losses["loss_g"] + [0.0])
        self._frame_axes(self.steps, float(highest))
        for text in self.waiting:
            text.set_visible(self.steps == 0)
        self.settings_text.set_text(self._settings_line(values))
        self._draw_texts()
        self.show_png(self.frame.png(), width=self.fig.bbox.width)
        self.text.value = self._status_html()

    def _record_coverage(self, fake: torch.Tensor) -> None:
        """Score the samples against the target's modes; keep one point per step count."""
        if self.mixture is None:
            self.status = (0, 0.0, 0)
            return
        covered, quality, modes = mode_coverage(fake, self.mixture.centers, self.mixture.std)
        self.status = (covered, quality, modes)
        if self.steps and (not self.history["steps"] or self.history["steps"][-1] != self.steps):
            self.history["steps"].append(self.steps)
            self.history["modes"].append(covered / modes)
            self.history["quality"].append(quality)

    @staticmethod
    def _settings_line(v: dict) -> str:
        """The model's settings, written in the picture (they change only with a new GAN)."""
        return tr("gen.lab_settings", loss=tr(f"gen.loss_{v['loss']}"), latent=v["latent"],
                  noise=tr(f"gen.noise_{v['noise']}"), g_layers=v["g_layers"], g_width=v["g_width"],
                  d_layers=v["d_layers"], d_width=v["d_width"])

    def _status_html(self) -> str:
        """Progress and the game's settings (text: changing them redraws no text in the picture)."""
        covered, quality, modes = self.status
        v = self.values()
        last = f" · {tr('gen.last_update', net=self.last_update.upper())}" if self.last_update else ""
        return "".join([
            tr("gen.lab_status", steps=self.steps, covered=covered, modes=modes, quality=quality), last, "<br>",
            tr("gen.lab_game", side=tr(f"gen.side_{v['side']}"), d_steps=v["d_steps"], g_steps=v["g_steps"],
               lr_d=v["lr_d"], lr_g=v["lr_g"], per_tick=v["per_tick"]),
            f"<br><span style='color:{REAL}'>●</span> {tr('gen.real')} &nbsp; ",
            f"<span style='color:{GENERATED}'>●</span> {tr('gen.fake')} &nbsp; ",
            f"<span style='color:{GENERATED}'>╱╲</span> {tr('gen.manifold_key')} &nbsp; ",
            f"<span style='color:{ARROW}'>→</span> {tr('gen.arrows_key')}",
            f"<br><small>{tr('gen.heat_note')}</small>"])
