"""VAE pieces against torch.distributions and torch's losses."""
import pytest
import torch
from torch.distributions import Bernoulli, Normal, kl_divergence

from deeplearn_helpers import fit
from deeplearn_helpers.data import load_digits
from deeplearn_helpers.models import (VAE, bernoulli_log_likelihood, init_output_bias, kl_to_standard_normal,
                                      negative_elbo, reparameterize, vae_loss)
from deeplearn_helpers.validate import HelperInputError


@pytest.mark.parametrize("batch, latent", [(1, 1), (5, 2), (17, 20)])
def test_kl_matches_torch_distributions(batch, latent):
    g = torch.Generator().manual_seed(batch * latent)
    mu, logvar = torch.randn(batch, latent, generator=g), torch.randn(batch, latent, generator=g)
    q = Normal(mu, torch.exp(0.5 * logvar))
    expected = kl_divergence(q, Normal(torch.zeros_like(mu), torch.ones_like(mu))).sum(1)
    assert torch.allclose(kl_to_standard_normal(mu, logvar), expected, atol=1e-5)


@pytest.mark.parametrize("batch, pixels", [(1, 4), (6, 784)])
def test_bernoulli_log_likelihood_matches_torch(batch, pixels):
    g = torch.Generator().manual_seed(pixels)
    logits, x = torch.randn(batch, pixels, generator=g) * 4, torch.rand(batch, pixels, generator=g)
    x_binary = (x > 0.5).float()
    expected = Bernoulli(logits=logits).log_prob(x_binary).sum(1)
    assert torch.allclose(bernoulli_log_likelihood(logits, x_binary), expected, atol=1e-4)
    # grey pixels: the same formula with x ∈ [0, 1] (what the VAE trains on)
    p, x64 = torch.sigmoid(logits.double()), x.double()
    manual = (x64 * torch.log(p) + (1 - x64) * torch.log(1 - p)).sum(1)
    assert torch.allclose(bernoulli_log_likelihood(logits, x).double(), manual, atol=1e-3)


def test_reparameterized_sample_is_mu_plus_sigma_eps_and_differentiable():
    mu = torch.randn(4, 3, requires_grad=True)
    logvar = torch.randn(4, 3, requires_grad=True)
    eps = torch.randn(4, 3)
    z = reparameterize(mu, logvar, eps)
    assert torch.allclose(z, Normal(mu, torch.exp(0.5 * logvar)).loc + torch.exp(0.5 * logvar) * eps)
    z.sum().backward()
    assert torch.allclose(mu.grad, torch.ones(4, 3))
    assert torch.allclose(logvar.grad, 0.5 * torch.exp(0.5 * logvar.detach()) * eps)
    # without eps: the statistics of N(μ, σ²)
    many = reparameterize(torch.full((20000, 1), 2.0), torch.full((20000, 1), 0.0))
    assert abs(many.mean() - 2.0) < 0.05 and abs(many.std() - 1.0) < 0.05


def test_shapes_bias_init_and_loss():
    torch.manual_seed(0)
    x, _ = load_digits("train")
    vae = VAE(latent=2)
    logits, mu, logvar = vae(x[:8])
    assert logits.shape == (8, 784) and mu.shape == logvar.shape == (8, 2)
    assert vae.decode_images(torch.zeros(3, 2)).shape == (3, 28, 28)
    init_output_bias(vae, x)
    mean = x.reshape(len(x), -1).mean(0).clamp(1e-3, 1 - 1e-3)
    assert torch.allclose(torch.sigmoid(vae.dec_out.bias), mean, atol=1e-5)
    out = vae_loss(vae, (x[:16],))
    assert torch.allclose(out["loss"], torch.tensor(out["rec"] + out["kl"]), atol=1e-3)


@pytest.mark.parametrize("seed", range(5))
def test_the_notebook_vae_claims_hold_for_every_seed(seed):
    # The notebook's live run (2-D latent, 10 epochs, lr 3e-3, bias init): the test −ELBO
    # falls by more than 30 nats, and a test image's nearest latent neighbour shows the same
    # digit in at least 45 % of cases (chance: 10 %).
    torch.manual_seed(seed)
    x, _ = load_digits("train")
    x_test, y_test = load_digits("test")
    vae = VAE(hidden=400, latent=2)
    init_output_bias(vae, x)
    before = negative_elbo(vae, x_test)
    fit(vae, vae_loss, (x,), epochs=10, batch_size=128, lr=3e-3, progress=False, seed=seed)
    after = negative_elbo(vae, x_test)
    assert after < before - 30, (before, after)
    with torch.no_grad():
        z, _ = vae.encode(x_test)
    distances = torch.cdist(z, z).fill_diagonal_(float("inf"))
    assert (y_test[distances.argmin(1)] == y_test).float().mean() >= 0.45


def test_bad_input_is_refused_clearly():
    vae = VAE(latent=2)
    with pytest.raises(HelperInputError):
        vae(torch.zeros(3, 27, 27))
    with pytest.raises(HelperInputError):
        vae.decode(torch.zeros(3, 5))
    with pytest.raises(HelperInputError):
        reparameterize(torch.zeros(2, 2), torch.zeros(3, 2))
    with pytest.raises(HelperInputError):
        kl_to_standard_normal(torch.zeros(2, 2), torch.full((2, 2), float("nan")))
    with pytest.raises(HelperInputError):
        VAE(latent=0)
