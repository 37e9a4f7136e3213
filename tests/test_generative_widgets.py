"""The GAN lab, the latent explorer and the epoch gallery, driven without a browser."""
import pytest
import torch

from deeplearn_helpers.models import VAE
from deeplearn_helpers.validate import HelperInputError
from deeplearn_helpers.widgets import EpochGallery, GANLab, LatentExplorer


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
    assert 1 <= lab.steps <= 5                                   # at least one step per frame
    lab.controls["target"].value = "grid"
    assert lab.steps == 0 and len(lab.mixture.centers) == 25 and lab.gan.scale == 4.0
    lab.controls["recipe"].value = "plain"
    assert lab.gan.config.r1_gamma == 0 and lab.status[2] == 25
    with pytest.raises(HelperInputError):
        GANLab(target="moons")
    with pytest.raises(HelperInputError):
        GANLab(recipe="wgan")


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
