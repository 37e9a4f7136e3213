"""The multilayer perceptron (MLP): input layer → hidden layers → output layer.

Each hidden layer computes h = f(W·x + b) for all its neurons at once; the output layer
has no activation (its raw scores, "logits", go to the loss).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import torch
from torch import nn

from ..validate import build_config, check_choice, check_instance, check_int, check_tensor, fail
from .activations import ACTIVATIONS

__all__ = ["MLP", "MLPConfig", "accuracy", "classification_loss", "regression_loss",
           "weight_penalty"]


@dataclass
class MLPConfig:
    sizes: list[int] = field(default_factory=lambda: [2, 16, 16, 2])  # input, hidden..., output
    activation: str = "relu"


class MLP(nn.Module):
    """A stack of fully connected layers; ``sizes=[2, 2]`` is a plain linear model."""

    def __init__(self, config: MLPConfig | None = None, **kwargs):
        super().__init__()
        config = build_config(MLPConfig, config, kwargs)
        if not isinstance(config.sizes, (list, tuple)) or len(config.sizes) < 2:
            fail("err.type", name="sizes", expected="[input, ..., output]", got=config.sizes)
        for i, size in enumerate(config.sizes):
            check_int(size, f"sizes[{i}]", 1, 100_000)
        check_choice(config.activation, "activation", ACTIVATIONS)
        self.config = config
        layers: list[nn.Module] = []
        pairs = list(zip(config.sizes[:-1], config.sizes[1:]))
        for i, (n_in, n_out) in enumerate(pairs):
            layers.append(nn.Linear(n_in, n_out))
            if i < len(pairs) - 1:                       # no activation after the output layer
                layers.append(ACTIVATIONS[config.activation][2]())      # torch's layer
        self.layers = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = check_tensor(x, "x", ndim=2, shape=(None, self.config.sizes[0]), hint="(B, input)")
        return self.layers(x)                            # (B, output)

    def hidden(self, x: torch.Tensor) -> list[torch.Tensor]:
        """The activations of every hidden layer, for pictures of what they learned."""
        x = check_tensor(x, "x", ndim=2, shape=(None, self.config.sizes[0]), hint="(B, input)")
        outputs = []
        for layer in self.layers:
            x = layer(x)
            if not isinstance(layer, nn.Linear):
                outputs.append(x)                        # (B, hidden_i)
        return outputs


def _pair(batch):
    """``(x, y)`` of a batch, or a HelperInputError."""
    if not isinstance(batch, (tuple, list)) or len(batch) != 2:
        fail("err.type", name="batch", expected="(x, y)", got=type(batch).__name__)
    x, y = batch
    for value, name in ((x, "x"), (y, "y")):
        check_instance(value, name, torch.Tensor)
    if len(x) != len(y):
        fail("err.same_length", name="batch", sizes=(len(x), len(y)))
    return x, y


def classification_loss(model: nn.Module, batch) -> torch.Tensor:
    """Cross-entropy of the model's scores (logits) against the class labels."""
    x, y = _pair(batch)                                         # (B, input), (B,)
    return nn.functional.cross_entropy(model(x), y)


def regression_loss(model: nn.Module, batch) -> torch.Tensor:
    """Mean squared error between the model's output and the targets."""
    x, y = _pair(batch)                                         # (B, input), (B, output)
    return nn.functional.mse_loss(model(x), y)


def weight_penalty(model: nn.Module, kind: str) -> torch.Tensor:
    """L1 (Σ|w|) or L2 (Σw²) of the weight matrices, biases left out; 0 for ``"none"``.

    Added to the loss times a rate, it pulls weights toward zero: L1 makes many exactly
    zero, L2 makes all of them small."""
    check_choice(kind, "kind", ["none", "l1", "l2"])
    weights = [p for name, p in model.named_parameters() if name.endswith("weight")]
    if kind == "none" or not weights:
        return torch.zeros(())
    if kind == "l1":
        return sum(w.abs().sum() for w in weights)
    return sum((w ** 2).sum() for w in weights)


@torch.no_grad()
def accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    """Share of points whose highest score is the right class."""
    x = check_tensor(x, "x", ndim=2)
    y = check_tensor(y, "y", ndim=1, shape=(x.shape[0],), dtype=torch.long)
    return (model(x).argmax(dim=1) == y).float().mean().item()
