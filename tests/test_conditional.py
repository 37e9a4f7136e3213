"""Conditional VAE, detector, and the augmentation experiment of notebook 05, with their self-checks."""
import pytest
import torch

from deeplearn_helpers.checks import ClaimFailed
from deeplearn_helpers.data.digits import binarize, load_digits
from deeplearn_helpers.models.conditional import (ConditionalVAE, cvae_negative_elbo, detector_scores,
                                                  load_cvae_and_detector)
from deeplearn_helpers.experiments.applications import (AUGMENT_RATIOS, augmentation_trial,
                                                        claim_augmentation, claim_detector, claim_judge,
                                                        cvae_loss, train_detector)
from deeplearn_helpers.data.digits import few_labelled
from deeplearn_helpers.models.vae import bernoulli_log_likelihood, init_output_bias
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


def test_loss_is_the_elbo_of_a_binarised_batch():
    model = ConditionalVAE(hidden=16, latent=2)
    x, y = torch.rand(4, 28, 28), torch.arange(4)
    torch.manual_seed(3)
    got = cvae_loss(model, (x, y))
    torch.manual_seed(3)                       # the same draws: the binary batch, then ε
    xb = binarize(x)
    logits, mu, logvar = model(xb, y)
    rec = -bernoulli_log_likelihood(logits, xb).mean()
    kl = (0.5 * (mu ** 2 + logvar.exp() - logvar - 1).sum(1)).mean()
    assert got["loss"].item() == pytest.approx((rec + kl).item(), rel=1e-6)


def test_negative_elbo_needs_binary_images_and_a_trained_model_is_better():
    cvae, _ = load_cvae_and_detector()
    xt, yt = load_digits("test")
    with pytest.raises(HelperInputError):
        cvae_negative_elbo(cvae, xt, yt)                        # grey levels: not a likelihood
    binary = binarize(xt, seed=0)
    fresh = ConditionalVAE()
    with torch.no_grad():
        init_output_bias(fresh, xt)                              # the mean image, nothing learnt
    assert cvae_negative_elbo(cvae, binary, yt) < cvae_negative_elbo(fresh, binary, yt) - 50


def test_few_labelled_takes_per_class_images():
    x, y = load_digits("train")
    fx, fy = few_labelled(x, y, 3, seed=1)
    assert fx.shape == (30, 28, 28) and torch.bincount(fy).tolist() == [3] * 10


@pytest.fixture(scope="module")
def shipped():
    cvae, detector = load_cvae_and_detector()
    xt, yt = load_digits("test")
    return cvae, detector, xt, yt, cvae.sample(yt, seed=7)


def test_shipped_generator_draws_the_asked_digit_and_its_check_fails_on_wrong_labels(shipped):
    from deeplearn_helpers.models.classifier import load_digit_classifier

    cvae, _, xt, yt, fakes = shipped
    classifier = load_digit_classifier()
    with torch.no_grad():
        real = (classifier(xt).argmax(1) == yt).float().mean().item()
        judged = (classifier(fakes).argmax(1) == yt).float().mean().item()
        shuffled = (classifier(cvae.sample((yt + 1) % 10, seed=7)).argmax(1) == yt).float().mean().item()
    claim_judge(judged, real)
    with pytest.raises(ClaimFailed):
        claim_judge(shuffled, real)                               # digits drawn for the wrong label


@pytest.mark.parametrize("seed", range(2))
def test_detector_check_holds_for_retrained_detectors_and_fails_on_real_fakes(shipped, seed):
    torch.set_num_threads(1)
    cvae, detector, xt, yt, fakes = shipped
    claim_detector(detector_scores(detector, xt, fakes))         # the shipped one
    x, y = load_digits("train")
    retrained = train_detector(x, cvae.sample(y, seed=seed + 1), seed=seed, epochs=3).model
    claim_detector(detector_scores(retrained, xt, fakes))
    with pytest.raises(ClaimFailed):                              # "generated" digits that are real
        claim_detector(detector_scores(detector, xt, xt.flip(0)))


@pytest.mark.parametrize("seed", range(2))
def test_augmentation_result_as_the_notebook_states(seed):
    torch.set_num_threads(1)
    x, y = load_digits("train")
    xt, yt = load_digits("test")
    result = augmentation_trial(x, y, xt, yt, seed=seed, per_class=5)
    assert sorted(result) == list(AUGMENT_RATIOS)
    assert 0.4 < result[0] < 0.9                              # few labels: far from the 97 % of full data
    claim_augmentation([result])


def test_augmentation_check_fails_when_generated_digits_help():
    helped = [{0: 0.60, 1: 0.62, 5: 0.58, 10: 0.55}, {0: 0.65, 1: 0.60, 5: 0.58, 10: 0.55}]
    with pytest.raises(ClaimFailed):
        claim_augmentation(helped)                             # ratio 1 beats real only in seed 0
    rising = [{0: 0.70, 1: 0.60, 5: 0.62, 10: 0.65}]
    with pytest.raises(ClaimFailed):
        claim_augmentation(rising)                             # the mean rises with the ratio
