"""The GAN lab, the latent explorer and the epoch gallery, driven without a browser."""
import numpy as np
import pytest
import torch
import torch.nn.functional as F

from deeplearn_helpers.metrics import mode_coverage
from deeplearn_helpers.models import GAN, VAE, GANConfig, d_loss, g_loss
from deeplearn_helpers.validate import HelperInputError
from deeplearn_helpers.widgets import EpochGallery, GANLab, LatentExplorer
from deeplearn_helpers.widgets.gan_lab import ARROWS, mixture_from_strokes


def test_gan_lab_trains_one_side_at_a_time_and_redraws():
    lab = GANLab(target="ring", recipe="fixed", points=200, heat=16)
    lab.frame_budget = 10.0                  # count steps exactly, however busy the machine
    lab.refresh()
    first = bytes(lab.image.value)
    assert first.startswith(b"\x89PNG")
    lab.controls["per_tick"].value = 3
    g_before = [p.clone() for p in lab.gan.G.parameters()]
    lab.controls["side"].value = "d"
    lab.tick()
    assert lab.steps == 3 and all(torch.equal(a, b) for a, b in zip(g_before, lab.gan.G.parameters()))
    assert len(lab.losses["loss_d"]) == 3 and all(v != v for v in lab.losses["loss_g"])   # NaN: G not trained
    lab.controls["side"].value = "both"
    lab.controls["lr_d"].value = 1e-3
    assert lab.updater.opt_d.param_groups[0]["lr"] == pytest.approx(1e-3)
    lab.play.value += 1                      # the ▶ widget drives tick()
    assert lab.steps == 6 and bytes(lab.image.value) != first
    assert "6" in lab.text.value


def test_gan_lab_resets_for_a_new_target_and_refuses_bad_arguments():
    lab = GANLab(points=100, heat=8)
    lab.refresh()
    lab.tick()
    assert lab.last_update and lab.steps <= 5              # at least one update per frame, at most per_tick rounds
    lab.controls["target"].value = "grid"
    assert lab.steps == 0 and len(lab.mixture.centers) == 25 and lab.gan.scale == 4.0
    lab.controls["recipe"].value = "plain"
    assert lab.gan.config.r1_gamma == 0 and lab.status[2] == 25
    with pytest.raises(HelperInputError):
        GANLab(target="moons")
    with pytest.raises(HelperInputError):
        GANLab(recipe="wgan")


def _trained_lab(rounds=40, **settings):
    lab = GANLab(points=200, heat=8)
    lab.frame_budget = 10.0
    for name, value in settings.items():
        lab.controls[name].value = value
    lab.controls["per_tick"].value = 20
    for _ in range(rounds // 20):
        lab.tick()
    return lab


@pytest.mark.parametrize("seed", [0, 1])
def test_least_squares_losses_follow_their_formula_and_log_loss_is_unchanged(seed):
    gen = torch.Generator().manual_seed(seed)
    real, fake = torch.randn(64, generator=gen), torch.randn(64, generator=gen)
    # Mao et al. (2017): D pulls its output to 1 on data and 0 on samples, G pulls it to 1 on samples.
    expected_d = 0.5 * F.mse_loss(real, torch.ones(64)) + 0.5 * F.mse_loss(fake, torch.zeros(64))
    assert torch.allclose(d_loss(real, fake, "least_squares"), expected_d, atol=1e-6)
    assert torch.allclose(g_loss(fake, loss="least_squares"), 0.5 * F.mse_loss(fake, torch.ones(64)), atol=1e-6)
    assert torch.equal(d_loss(real, fake, "log"), d_loss(real, fake))          # the default: the same numbers
    assert torch.equal(g_loss(fake, "non_saturating", "log"), g_loss(fake))
    with pytest.raises(HelperInputError):
        d_loss(real, fake, "hinge")
    with pytest.raises(HelperInputError):
        g_loss(fake, "minmax")                                                # a typo is refused
    with pytest.raises(HelperInputError):
        d_loss(None, fake)
    with pytest.raises(HelperInputError):
        GAN(GANConfig(noise="cauchy"))


def test_uniform_noise_stays_in_the_cube_and_normal_noise_does_not():
    uniform = GAN(GANConfig(noise="uniform")).noise(4000, torch.Generator().manual_seed(0))
    normal = GAN(GANConfig()).noise(4000, torch.Generator().manual_seed(0))
    assert uniform.abs().max() <= 1 and uniform.std() == pytest.approx(1 / 3 ** 0.5, rel=0.05)
    assert normal.abs().max() > 2 and normal.std() == pytest.approx(1.0, rel=0.05)


@pytest.mark.parametrize("loss", ["log", "least_squares"])
def test_gradient_arrows_are_minus_the_gradient_of_the_generator_loss(loss):
    lab = _trained_lab(loss=loss)
    x = lab._samples()[:ARROWS].detach().requires_grad_(True)
    a = lab.gan.D(x / lab.gan.scale)
    per_sample = -F.logsigmoid(a) if loss == "log" else 0.5 * (a - 1) ** 2     # −log D(x), or ½(a − 1)²
    (grad,) = torch.autograd.grad(per_sample.sum(), x)
    assert torch.allclose(lab.push, -grad, atol=1e-5)
    # The drawn arrows point the same way (scaled so that the longest is 12 % of the picture's half-width).
    drawn = np.stack([lab.arrows.U, lab.arrows.V], 1)
    assert np.allclose(drawn / np.linalg.norm(drawn, axis=1).max(), (-grad / grad.norm(dim=1).max()).numpy(), atol=1e-5)
    assert np.allclose(lab.arrows.get_offsets(), x.detach().numpy())


@pytest.mark.parametrize("latent", [1, 2, 3])
def test_the_manifold_is_the_generator_applied_to_a_z_grid(latent):
    lab = _trained_lab(latent=latent)
    G, scale = lab.generator, lab.gan.scale
    along = torch.linspace(-2, 2, 33)                  # normal noise: the grid spans ±2σ
    lines = lab.manifold_points
    assert lines.shape == ((18 if latent > 1 else 1), 33, 2)
    for i, level in enumerate(torch.linspace(-2, 2, 9) if latent > 1 else [None]):
        z = torch.zeros(33, latent)
        z[:, 0] = along
        if latent > 1:
            z[:, 1] = level                            # a line of constant z₂ ...
            zt = torch.zeros(33, latent)
            zt[:, 0], zt[:, 1] = level, along          # ... and one of constant z₁
            assert np.allclose(lines[9 + i], (G(zt) * scale).detach().numpy(), atol=1e-5)
        assert np.allclose(lines[i], (G(z) * scale).detach().numpy(), atol=1e-5)
    assert all(np.allclose(a, b) for a, b in zip(lab.manifold.get_segments(), lines))
    lab.controls["noise"].value = "uniform"            # the grid then spans the whole cube [−1, 1]
    z = torch.zeros(33, latent)
    z[:, 0] = torch.linspace(-1, 1, 33)
    if latent > 1:
        z[:, 1] = -1
    assert np.allclose(lab.manifold_points[0], (lab.generator(z) * lab.gan.scale).detach().numpy(), atol=1e-5)


def test_hand_drawn_strokes_become_the_target():
    lab = GANLab(target="drawn", points=300, heat=8)
    lab.refresh()
    assert len(lab.mixture.centers) == 22 and lab.gan.scale == 1.0          # the default drawing: a smiley
    lab.clear_drawing()
    assert lab.mixture is None and lab.draw_note.get_visible()
    lab.tick()
    assert lab.steps == 0                                                     # nothing to learn yet
    # A stroke drawn with the mouse on the picture: from (−0.8, 0) to (0.8, 0), through pixels.
    def to_pixel(x, y):                                # a picture's pixels count from its top left
        return lab.ax_points.transData.transform((x, y)) * [1, -1] + [0, lab.fig.bbox.height]

    for kind, (x, y) in [("mousedown", (-0.8, 0.0)), ("mousemove", (0.0, 0.0)), ("mouseup", (0.8, 0.0))]:
        px, py = to_pixel(x, y)
        lab._on_mouse({"type": kind, "dataX": px, "dataY": py})
    assert len(lab.strokes) == 1 and np.allclose(lab.strokes[0], [[-0.8, 0], [0, 0], [0.8, 0]], atol=0.02)
    centers = lab.mixture.centers
    assert len(centers) == round(1.6 / 0.15) and np.allclose(centers[:, 1], 0, atol=0.02)
    assert np.allclose(np.diff(centers[:, 0].numpy()), 1.6 / len(centers), atol=0.01)        # evenly along
    assert lab.real[:, 1].abs().max() < 5 * lab.mixture.std < 0.4 and lab.real[:, 0].abs().max() < 1.0   # along it
    covered, _, modes = mode_coverage(lab.real, centers, lab.mixture.std)
    assert covered == modes                            # the target's own samples cover every piece
    with pytest.raises(HelperInputError):
        mixture_from_strokes([])


def test_next_update_steps_d_then_g_and_each_is_shown():
    lab = GANLab(points=200, heat=8)
    lab.refresh()
    pictures = [bytes(lab.image.value)]
    for expected in ["d", "g"]:
        d_before = [p.clone() for p in lab.gan.D.parameters()]
        g_before = [p.clone() for p in lab.gan.G.parameters()]
        lab.next_button.click()
        d_same = all(torch.equal(a, b) for a, b in zip(d_before, lab.gan.D.parameters()))
        g_same = all(torch.equal(a, b) for a, b in zip(g_before, lab.gan.G.parameters()))
        assert lab.last_update == expected and (d_same, g_same) == ((True, False) if expected == "g" else (False, True))
        pictures.append(bytes(lab.image.value))
    assert len(set(pictures)) == 3 and lab.steps == 1 and "G" in lab.text.value


def test_every_new_control_changes_the_picture_and_the_game_settings_change_the_text():
    lab = GANLab(points=200, heat=8)
    lab.refresh()
    new_values = {"manifold": False, "arrows": False, "loss": "least_squares", "noise": "uniform", "latent": 1,
                  "g_layers": 2, "g_width": 32, "d_layers": 2, "d_width": 32, "target": "drawn", "recipe": "plain"}
    for name, value in new_values.items():
        before = bytes(lab.image.value)
        lab.controls[name].value = value
        assert bytes(lab.image.value) != before, name
    for name, value in {"side": "g", "lr_d": 5e-4, "lr_g": 3e-3, "d_steps": 2, "g_steps": 3, "per_tick": 7}.items():
        before = lab.text.value
        lab.controls[name].value = value
        assert lab.text.value != before, name                   # the game's settings are written under it
    # The recipe is a preset: its sizes and learning rates go into the sliders, one new GAN.
    lab.controls["recipe"].value = "fixed"
    assert [lab.controls[k].value for k in ["g_layers", "g_width", "d_width"]] == [3, 64, 64]
    assert (lab.controls["lr_g"].value, lab.gan.config.hidden) == (pytest.approx(2e-3), 64)
    assert len(lab.gan.G.net) == 2 * 3 + 1 and lab.steps == 0


def test_modes_and_quality_curves_follow_training():
    lab = _trained_lab(rounds=60, recipe="plain")
    history = lab.history
    assert history["steps"] == [20, 40, 60]
    covered, quality, modes = mode_coverage(lab._samples().detach(), lab.mixture.centers, lab.mixture.std)
    assert (history["modes"][-1], history["quality"][-1]) == (covered / modes, pytest.approx(quality))
    assert np.allclose(lab.line_modes.get_xydata(), np.stack([history["steps"], history["modes"]], 1))
    assert not lab.waiting[0].get_visible()


def test_a_frame_stops_after_its_budget_and_the_caller_rng_is_untouched():
    state = torch.random.get_rng_state()
    lab = GANLab(points=100, heat=8)
    lab.refresh()
    assert torch.equal(torch.random.get_rng_state(), state)
    lab.frame_budget = 0.0                            # one update per frame: D's, then G's
    lab.tick()
    assert (lab.steps, lab.last_update) == (0, "d")
    lab.tick()
    assert (lab.steps, lab.last_update) == (1, "g") and len(lab.losses["loss_d"]) == 1


def test_latent_explorer_decodes_the_slider_position():
    torch.manual_seed(0)
    vae = VAE(latent=2)
    explorer = LatentExplorer(vae, torch.randn(50, 2), torch.randint(0, 10, (50,)))
    explorer.controls["z1"].value = 1.5
    explorer.controls["z2"].value = -0.5
    expected = vae.decode_images(torch.tensor([[1.5, -0.5]]))[0]
    assert torch.allclose(explorer.last_image, expected)
    assert bytes(explorer.image.value).startswith(b"\x89PNG")
    with pytest.raises(HelperInputError):
        LatentExplorer(VAE(latent=3))
    with pytest.raises(HelperInputError):
        LatentExplorer(vae, torch.randn(5, 3))


def test_epoch_gallery_shows_the_chosen_epoch():
    snapshots = torch.rand(4, 8, 28, 28)
    gallery = EpochGallery(snapshots, nrow=4)
    gallery.controls["epoch"].value = 2
    assert (gallery.picture.get_array() == gallery.grids[1]).all()
    assert gallery.controls["epoch"].max == 4
    every_2nd = EpochGallery(snapshots, every=2)
    every_2nd.controls["epoch"].value = 6                       # the 3rd snapshot
    assert every_2nd.controls["epoch"].max == 8 and (every_2nd.picture.get_array() == every_2nd.grids[2]).all()
    with pytest.raises(HelperInputError):
        EpochGallery(torch.rand(4, 8, 28))
    with pytest.raises(HelperInputError):
        EpochGallery("not images")


def test_pictures_check_their_inputs():
    import matplotlib.pyplot as plt

    from deeplearn_helpers.plots import draw_gan_2d, image_grid, latent_grid, plot_latent_map

    assert image_grid(torch.rand(5, 28, 28), nrow=4).shape == (2 * 29 + 1, 4 * 29 + 1)
    assert latent_grid(3, 1.0).tolist()[0] == [-1.0, 1.0]          # top-left corner first
    _, ax = plt.subplots()
    with pytest.raises(HelperInputError):
        image_grid(torch.rand(28, 28))
    with pytest.raises(HelperInputError):
        draw_gan_2d(ax, torch.rand(10, 3), torch.rand(10, 2))
    with pytest.raises(HelperInputError):
        plot_latent_map(torch.rand(10, 2), torch.arange(10).float()[:, None], ax=ax)
    plt.close("all")


def test_notebook_04_lists_every_control_of_the_gan_lab_and_its_true_colours():
    import json
    from pathlib import Path

    from deeplearn_helpers.i18n import tr
    from deeplearn_helpers.plots.style import COLORS, CRITIC_CMAP
    from deeplearn_helpers.widgets.gan_lab import ARROW, GENERATED, REAL

    cells = json.loads((Path(__file__).parent.parent / "notebooks" / "04_gan_vae.ipynb").read_text(encoding="utf-8"))
    sources = ["".join(c["source"]) for c in cells["cells"]]
    text = next(source for source in sources if source.startswith("### GAN зертханасы"))
    lab = GANLab(points=100, heat=8)
    captions = [c.description for c in lab.controls.values()] + [tr("gen.next_update"), tr("gen.clear_drawing")]
    for caption in captions:                       # the first two words (a caption may be cut short: "жылд.")
        assert " ".join(caption.split()[:2]).lower() in text.lower(), caption
    # The colours the prose names are the ones drawn.
    assert (REAL, GENERATED, ARROW) == (COLORS["real"], COLORS["generated"], COLORS["ink"])
    assert (REAL, GENERATED, ARROW) == ("#000000", "#D55E00", "#333333")       # black, vermilion, dark grey
    assert "қара нүктелер — шынайы" in text and "қызыл-сарғыш (vermilion) нүктелер — генератор" in text
    assert "Қою сұр көрсеткілер" in text and "ақ — төмен, қою көк — жоғары" in text and CRITIC_CMAP == "Blues"
    assert "сары" not in text.replace("қызыл-сарғыш", "")


def test_the_drawing_helpers_check_their_inputs():
    lab = GANLab(points=100, heat=8)
    for bad in ["", [[0.1, 0.2, 0.3]], []]:
        with pytest.raises(HelperInputError):
            lab.add_stroke(bad)
    with pytest.raises(HelperInputError):
        lab.pixel_to_data(0.5, None)
    for bad in [None, "stroke", [[]]]:
        with pytest.raises(HelperInputError):
            mixture_from_strokes(bad)
    assert len(mixture_from_strokes([[[0.5, 0.5]]]).centers) == 1          # one dot: one mode where it is
