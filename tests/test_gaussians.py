import math

import pytest
import torch

from deeplearn_helpers.data import grid_gaussians, make_mixture, ring_gaussians
from deeplearn_helpers.validate import HelperInputError


def test_ring_has_8_modes_on_radius_2_with_sigma_0_02():
    x, centers, std = ring_gaussians(4000, seed=0)
    assert x.shape == (4000, 2) and centers.shape == (8, 2) and std == 0.02
    assert torch.allclose(centers.norm(dim=1), torch.full((8,), 2.0), atol=1e-6)
    angles = torch.atan2(centers[:, 1], centers[:, 0]) % (2 * math.pi)
    assert torch.allclose(angles.sort().values, torch.arange(8) * math.pi / 4, atol=1e-5)
    nearest = torch.cdist(x, centers).min(1).values
    assert 0.015 < nearest.pow(2).mean().div(2).sqrt() < 0.025      # σ per coordinate


def test_grid_has_25_modes_on_the_even_lattice_with_sigma_0_05():
    x, centers, std = grid_gaussians(5000, seed=0)
    assert centers.shape == (25, 2) and std == 0.05
    assert sorted(set(centers.flatten().tolist())) == [-4.0, -2.0, 0.0, 2.0, 4.0]
    counts = torch.bincount(torch.cdist(x, centers).argmin(1), minlength=25)
    assert counts.min() > 120                                        # 200 each on average


def test_sampling_is_reproducible_and_checked():
    assert torch.equal(ring_gaussians(10, seed=3)[0], ring_gaussians(10, seed=3)[0])
    assert not torch.equal(ring_gaussians(10, seed=3)[0], ring_gaussians(10, seed=4)[0])
    assert make_mixture("grid").scale == 4.0 and make_mixture("ring").scale == 2.0
    with pytest.raises(HelperInputError):
        make_mixture("spiral")
    with pytest.raises(HelperInputError):
        ring_gaussians(0)
    with pytest.raises(HelperInputError):
        grid_gaussians(10, seed=-1)
