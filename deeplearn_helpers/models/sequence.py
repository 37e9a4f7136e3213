"""One sequence model for the series: a recurrent layer (RNN, LSTM or GRU) and a linear readout.

The recurrent layer is torch's fast ``nn.RNN`` / ``nn.LSTM`` / ``nn.GRU`` with time first:
x has shape (T, B, input).  The readout turns hidden states into outputs:

* ``readout="last"`` — many-to-one: only the last hidden state h_T is read, (B, output);
* ``readout="all"``  — many-to-many: every h_t is read, (T, B, output).
"""
from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from ..validate import build_config, check_choice, check_int, check_tensor, fail

__all__ = ["CELLS", "READOUTS", "SequenceConfig", "SequenceModel"]

CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}
READOUTS = ("last", "all")


@dataclass
class SequenceConfig:
    cell: str = "rnn"          # "rnn" | "lstm" | "gru"
    input_size: int = 1
    hidden_size: int = 32
    output_size: int = 1
    num_layers: int = 1
    readout: str = "last"      # "last" (many-to-one) | "all" (many-to-many)


class SequenceModel(nn.Module):
    """x (T, B, input) → recurrent layer → linear readout → (B, output) or (T, B, output)."""

    def __init__(self, config: SequenceConfig | None = None, **kwargs):
        super().__init__()
        config = build_config(SequenceConfig, config, kwargs)
        check_choice(config.cell, "cell", CELLS)
        check_choice(config.readout, "readout", READOUTS)
        check_int(config.input_size, "input_size", 1, 100_000)
        check_int(config.hidden_size, "hidden_size", 1, 100_000)
        check_int(config.output_size, "output_size", 1, 100_000)
        check_int(config.num_layers, "num_layers", 1, 16)
        self.config = config
        self.recurrent = CELLS[config.cell](config.input_size, config.hidden_size,
                                            num_layers=config.num_layers)
        self.head = nn.Linear(config.hidden_size, config.output_size)

    def _check(self, x: torch.Tensor) -> torch.Tensor:
        x = check_tensor(x, "x", ndim=3, shape=(None, None, self.config.input_size),
                         hint="(T, B, input)")
        if x.shape[0] == 0 or x.shape[1] == 0:
            fail("err.empty", name="x")
        return x

    def hidden_states(self, x: torch.Tensor) -> torch.Tensor:
        """The last layer's hidden states h_1 … h_T, (T, B, hidden): for pictures."""
        x = self._check(x)
        out, _ = self.recurrent(x)                       # (T, B, H)
        return out

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.hidden_states(x)                        # (T, B, H)
        if self.config.readout == "last":
            return self.head(h[-1])                      # (B, output)
        return self.head(h)                              # (T, B, output)
