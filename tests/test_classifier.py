"""The digit classifier that judges generated digits (shipped weights) and the weight files."""
import pytest
import torch

from deeplearn_helpers.data import load_digits
from deeplearn_helpers.models import (DigitClassifier, ImageGenerator, SampleSnapshots, VAE, classifier_accuracy,
                                      judge_digits, load_digit_classifier, load_gan_2d, load_gan_snapshots,
                                      load_image_generator, load_vae_2d)
from deeplearn_helpers.storage import load_weights, save_weights, shipped_weights_path
from deeplearn_helpers.validate import HelperInputError


def test_shipped_classifier_is_at_least_97_percent_accurate_on_the_test_split():
    assert classifier_accuracy(load_digit_classifier(), "test") >= 0.97


def test_judge_counts_confident_samples_and_class_shares():
    judge = load_digit_classifier()
    x, y = load_digits("test")
    confident, shares = judge_digits(x, judge)
    assert confident > 0.9 and torch.allclose(shares, torch.full((10,), 0.1), atol=0.02)
    # a "generator" that always draws the same digit: one class takes everything
    confident, shares = judge_digits(x[y == 7][:1].repeat(50, 1, 1), judge)
    assert shares[7] == 1.0 and shares.sum() == pytest.approx(1.0)
    with pytest.raises(HelperInputError):
        judge_digits(torch.rand(5, 784), judge)
    with pytest.raises(HelperInputError):
        judge_digits(x[:5], judge, threshold=2.0)


def test_every_shipped_file_loads_and_stays_small():
    names = ["digit_classifier.safetensors", "gen_mnist_gan.safetensors", "gen_mnist_gan_epochs.safetensors",
             "vae_mnist_2d.safetensors", "gen_gan2d_grid_plain.safetensors", "gen_gan2d_grid_fixed.safetensors"]
    assert sum(shipped_weights_path(n).stat().st_size for n in names) < 4_000_000
    assert load_image_generator()(torch.randn(3, 32)).shape == (3, 28, 28)
    snapshots = load_gan_snapshots()
    assert snapshots.shape[1:] == (32, 28, 28) and 0 <= snapshots.min() and snapshots.max() <= 1
    assert load_vae_2d().config.latent == 2
    assert load_gan_2d("grid", "fixed").sample(10).shape == (10, 2)


@pytest.mark.parametrize("model, name", [
    (DigitClassifier(width=8), "digit_classifier.safetensors"),
    (ImageGenerator(latent=16), "gen_mnist_gan.safetensors"),
    (VAE(latent=3), "vae_mnist_2d.safetensors"),
    (SampleSnapshots(epochs=2), "gen_mnist_gan_epochs.safetensors"),
])
def test_a_mismatched_model_gets_a_clear_error(model, name):
    with pytest.raises(HelperInputError, match="сәйкес емес"):
        load_weights(model, shipped_weights_path(name))


def test_a_corrupted_file_gets_a_clear_error_never_a_pickle_load(tmp_path):
    good = tmp_path / "vae.safetensors"
    save_weights(VAE(latent=2), good)
    damaged = tmp_path / "damaged.safetensors"
    damaged.write_bytes(good.read_bytes()[:1000])               # cut short
    with pytest.raises(HelperInputError, match="оқылмады"):
        load_weights(VAE(latent=2), damaged)
    pickled = tmp_path / "pickled.safetensors"
    pickled.write_bytes(b"\x80\x04\x95" + bytes(200))          # starts like a pickle (protocol 4)
    with pytest.raises(HelperInputError, match="оқылмады"):
        load_weights(VAE(latent=2), pickled)
