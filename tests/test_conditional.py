"""Conditional VAE, detector, and the augmentation experiment of notebook 05 (seeds 0..4)."""
import pytest
import torch

from deeplearn_helpers.data.digits import load_digits
from deeplearn_helpers.models.conditional import (ConditionalVAE, augmentation_trial, cvae_loss,
                                                  few_labelled, load_cvae_and_detector)
from deeplearn_helpers.validate import HelperInputError


def test_shapes_loss_and_bad_labels():
    model = ConditionalVAE(hidden=32, latent=3)
    x, y = torch.rand(5, 28, 28), torch.arange(5)
    logits, mu, logvar = model(x, y)
    assert logits.shape == (5, 784) and mu.shape == logvar.shape == (5, 3)
    out = cvae_loss(model, (x, y))
    assert torch.isfinite(out["loss"]) and out["kl"] >= 0
    assert model.sample([3, 3], seed=1).shape == (2, 28, 28)
    assert torch.equal(model.sample([3], seed=1), model.sample([3], seed=1))
    with pytest.raises(HelperInputError):
        model(x, torch.tensor([0, 1, 2, 3, 10]))
    with pytest.raises(HelperInputError):
        model(torch.rand(5, 27, 28), y)


def test_few_labelled_takes_per_class_images():
    x, y = load_digits("train")
    fx, fy = few_labelled(x, y, 3, seed=1)
    assert fx.shape == (30, 28, 28) and torch.bincount(fy).tolist() == [3] * 10


def test_shipped_generator_draws_the_asked_digit_and_detector_beats_chance():
    from deeplearn_helpers.models.classifier import load_digit_classifier

    cvae, detector = load_cvae_and_detector()
    xt, yt = load_digits("test")
    fakes = cvae.sample(yt, seed=3)
    with torch.no_grad():                         # notebook 04's classifier (97.6 % on real digits)
        assert (load_digit_classifier()(fakes).argmax(1) == yt).float().mean() > 0.95
        right = torch.cat([detector(xt) < 0, detector(fakes) > 0]).float().mean()
    assert right > 0.6


@pytest.mark.parametrize("seed", range(5))
def test_augmentation_result_as_the_notebook_states(seed):
    torch.set_num_threads(1)
    x, y = load_digits("train")
    xt, yt = load_digits("test")
    result = augmentation_trial(x, y, xt, yt, seed=seed, per_class=5)
    assert 0.4 < result["real"] < 0.9                       # few labels: far from the 97 % of full data
    assert result["real+generated"] <= result["real"]       # generated digits did not help
