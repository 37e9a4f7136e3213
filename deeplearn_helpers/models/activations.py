"""Activation functions f and their derivatives f′, written from scratch.

Each entry of ``ACTIVATION_FUNCTIONS`` is ``(f, df)``; ``tests/test_activations.py``
checks every f against torch's own function and every df against autograd.
"""
from __future__ import annotations

import torch

from ..validate import check_choice

__all__ = ["ACTIVATION_FUNCTIONS", "activation"]


def sigmoid(x):
    return 1 / (1 + torch.exp(-x))


def d_sigmoid(x):
    s = sigmoid(x)
    return s * (1 - s)


def tanh(x):
    return (torch.exp(x) - torch.exp(-x)) / (torch.exp(x) + torch.exp(-x))


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


ACTIVATION_FUNCTIONS = {
    "sigmoid": (sigmoid, d_sigmoid),
    "tanh": (tanh, d_tanh),
    "relu": (relu, d_relu),
    "leaky_relu": (leaky_relu, d_leaky_relu),
    "linear": (linear, d_linear),
}


def activation(name: str):
    check_choice(name, "activation", ACTIVATION_FUNCTIONS)
    return ACTIVATION_FUNCTIONS[name][0]
