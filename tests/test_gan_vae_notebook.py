"""Notebook 04's check on the 2-D GAN's losses: near their values at D = ½, for other seeds too."""
import dataclasses
import math

import pytest

from deeplearn_helpers.models import GAN_FIXED, train_gan_2d

# The notebook's threshold: mean of the last WINDOW logged rounds within TOL of 2·log 2 (D) and log 2 (G).
WINDOW, TOL = 100, 0.15


def losses_near_half(history) -> bool:
    d_end, g_end = history.last("loss_d", WINDOW), history.last("loss_g", WINDOW)
    return abs(d_end - 2 * math.log(2)) < TOL and abs(g_end - math.log(2)) < TOL


@pytest.mark.parametrize("seed", [0, 1])
def test_the_fixed_gans_losses_end_near_their_values_at_one_half(seed):
    _, history = train_gan_2d("ring", GAN_FIXED, steps=1500, seed=seed)
    assert losses_near_half(history), (history.last("loss_d", WINDOW), history.last("loss_g", WINDOW))


def test_the_check_fails_when_the_generator_does_not_learn():
    # G frozen (learning rate 0): D wins the game, its loss falls far below 2·log 2.
    frozen = dataclasses.replace(GAN_FIXED, lr_g=0.0)
    _, history = train_gan_2d("ring", frozen, steps=300, seed=0)
    assert not losses_near_half(history)
