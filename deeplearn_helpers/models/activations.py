"""Activation functions f and their derivatives f′, written from scratch: the package's one
table of activations.

Each entry of ``ACTIVATIONS`` is ``(f, df, layer)``: the scratch function, its derivative,
and torch's own layer that ``models.MLP`` builds.  ``ACTIVATION_FUNCTIONS`` is the same
table without the layers, ``(f, df)``.  ``tests/test_basics.py`` checks every f against
torch's layer and every df against autograd.
"""
from __future__ import annotations

import math

import torch
from torch import nn

from ..validate import check_choice

__all__ = ["ACTIVATIONS", "ACTIVATION_FUNCTIONS", "activation"]


def sigmoid(x):
    return 1 / (1 + torch.exp(-x))


def d_sigmoid(x):
    s = sigmoid(x)
    return s * (1 - s)


def tanh(x):
    # (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) = 2·sigmoid(2x) − 1: the same function, but at x = 100 the left
    # form is inf/inf (NaN) while the right one is 2·1 − 1 = 1
    return 2 * sigmoid(2 * x) - 1


def d_tanh(x):
    return 1 - tanh(x) ** 2


def relu(x):
    return torch.clamp(x, min=0)


def d_relu(x):
    return (x > 0).to(x.dtype)                 # at x = 0 we take 0, as torch does


def leaky_relu(x, slope: float = 0.01):
    return torch.where(x > 0, x, slope * x)


def d_leaky_relu(x, slope: float = 0.01):
    return torch.where(x > 0, torch.ones_like(x), torch.full_like(x, slope))


def linear(x):
    return x


def d_linear(x):
    return torch.ones_like(x)


def gelu(x):
    return x * _normal_cdf(x)                  # x · Φ(x): the input, weighted by how likely it is to be larger


def d_gelu(x):
    return _normal_cdf(x) + x * torch.exp(-0.5 * x ** 2) / math.sqrt(2 * math.pi)   # Φ(x) + x·φ(x)


def _normal_cdf(x):
    return 0.5 * (1 + torch.erf(x / math.sqrt(2)))


ACTIVATIONS = {                                # name: (f, f′, torch's layer)
    "sigmoid": (sigmoid, d_sigmoid, nn.Sigmoid),
    "tanh": (tanh, d_tanh, nn.Tanh),
    "relu": (relu, d_relu, nn.ReLU),
    "leaky_relu": (leaky_relu, d_leaky_relu, nn.LeakyReLU),
    "linear": (linear, d_linear, nn.Identity),
    "gelu": (gelu, d_gelu, nn.GELU),
}
ACTIVATION_FUNCTIONS = {name: (f, df) for name, (f, df, _) in ACTIVATIONS.items()}


def activation(name: str):
    check_choice(name, "activation", ACTIVATION_FUNCTIONS)
    return ACTIVATION_FUNCTIONS[name][0]
