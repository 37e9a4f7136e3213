import pytest
import torch

from deeplearn_helpers.metrics import mode_coverage
from deeplearn_helpers.validate import HelperInputError

CENTERS = torch.tensor([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
STD = 0.1


def test_samples_on_every_mode_cover_all_and_are_high_quality():
    samples = CENTERS.repeat(100, 1)
    assert mode_coverage(samples, CENTERS, STD) == (3, 1.0, 3)


def test_a_sample_counts_as_high_quality_only_within_3_sigma_of_its_nearest_mode():
    inside = torch.tensor([[0.29, 0.0]] * 50)     # 2.9 σ from mode 0
    outside = torch.tensor([[0.31, 0.0]] * 50)    # 3.1 σ from mode 0
    covered, quality, _ = mode_coverage(torch.cat([inside, outside]), CENTERS, STD)
    assert covered == 1 and quality == pytest.approx(0.5)


def test_a_mode_is_covered_from_one_percent_of_all_samples():
    far = torch.full((990, 2), 5.0)                           # high quality nowhere
    at_mode0 = CENTERS[0].repeat(10, 1)                       # 10 / 1000 = 1 %: covered
    at_mode1 = CENTERS[1].repeat(9, 1)                        # 9 / 999 < 1 %: not covered
    covered, quality, modes = mode_coverage(torch.cat([far, at_mode0]), CENTERS, STD)
    assert (covered, modes) == (1, 3) and quality == pytest.approx(0.01)
    covered, _, _ = mode_coverage(torch.cat([far[:980], at_mode1, CENTERS[2:3].repeat(10, 1)]), CENTERS, STD)
    assert covered == 1                                        # only mode 2 (10 / 999)


def test_collapsed_samples_cover_one_mode():
    samples = CENTERS[2] + 0.01 * torch.randn(500, 2, generator=torch.Generator().manual_seed(0))
    covered, quality, _ = mode_coverage(samples, CENTERS, STD)
    assert covered == 1 and quality == 1.0


@pytest.mark.parametrize("samples, centers, std", [
    (torch.zeros(5, 3), CENTERS, STD),               # wrong dimension
    (torch.zeros(5), CENTERS, STD),                  # not (N, D)
    (torch.full((5, 2), float("nan")), CENTERS, STD),
    (torch.zeros(5, 2), CENTERS, 0.0),               # σ must be positive
    (torch.zeros(5, 2), CENTERS, "0.1"),
    ("points", CENTERS, STD),
])
def test_bad_input_is_refused_clearly(samples, centers, std):
    with pytest.raises(HelperInputError):
        mode_coverage(samples, centers, std)
