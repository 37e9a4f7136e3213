"""The digit classifier that judges generated digits (shipped weights) and the weight files."""
import pytest
import torch

from deeplearn_helpers.data import binarize, load_digits
from deeplearn_helpers.models import (DigitClassifier, ImageGenerator, SampleSnapshots, VAE, grey_share,
                                      judge_digits, load_digit_classifier, load_gan_snapshots,
                                      load_image_generator, load_vae_2d, two_guess_share)
from deeplearn_helpers.experiments.generative import classifier_accuracy, load_gan_2d
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


def test_two_guess_share_counts_doubts_between_two_digits_only():
    between = torch.tensor([[0.5, 0.45] + [0.05 / 8] * 8])            # unsure, but only between 0 and 1
    spread = torch.full((1, 10), 0.1)                                  # unsure among all ten
    sure = torch.tensor([[0.95] + [0.05 / 9] * 9])
    assert two_guess_share(torch.cat([between, spread, sure])) == 0.5   # the sure one is not counted
    assert two_guess_share(sure) == 0.0
    with pytest.raises(HelperInputError):
        two_guess_share(torch.rand(3, 9))


def test_notebook_between_check_holds_for_gan_samples_and_fails_on_spread_doubt():
    # Notebook 04: among the digit GAN's unsure samples at least half hesitate between two
    # digits (top-2 mass ≥ 0.9), for two draws of z.  A classifier whose doubt is spread
    # over all digits fails the same check.
    judge, generator = load_digit_classifier(), load_image_generator()
    for seed in (1, 2):
        with torch.no_grad():
            probs = torch.softmax(judge(generator(torch.randn(1000, 32, generator=torch.Generator().manual_seed(seed)))), 1)
        assert two_guess_share(probs, 0.9, 0.9) >= 0.5
    flat = 0.5 * probs + 0.5 * torch.full_like(probs, 0.1)             # the same guesses, the doubt spread out
    assert two_guess_share(flat, 0.9, 0.9) < 0.5


def test_grey_share_measures_blur():
    x, _ = load_digits("test")
    assert grey_share(binarize(x, seed=0)) == 0.0                       # binary images: no grey at all
    assert grey_share(torch.full((2, 28, 28), 0.5)) == 1.0
    assert 0.3 < grey_share(x) < 0.7                                    # real digits: about half
    assert grey_share(torch.zeros(1, 28, 28)) == 0.0                    # no ink: nothing to count


def test_notebook_sharpness_check_holds_and_fails_on_bernoulli_draws():
    # Notebook 04 §6: the GAN's grey share lies at least MARGIN below the VAE's mean images
    # (pixel probabilities), for two draws of z.  Bernoulli draws from the same VAE are binary
    # (grey share 0), so the check compares means on purpose: with draws it would fail.
    margin = 0.2
    vae, generator = load_vae_2d(), load_image_generator()
    for seed in (1, 2):
        z = torch.Generator().manual_seed(seed)
        gan = grey_share(generator(torch.randn(1000, 32, generator=z)))
        means = vae.decode_images(torch.randn(1000, 2, generator=z))
        assert gan < grey_share(means) - margin
    assert not gan < grey_share(binarize(means, seed=0)) - margin
