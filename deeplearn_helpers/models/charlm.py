"""A character-level language model: embedding → LSTM → next-character logits.

Trained to predict every next character of a text (teacher forcing), it then *writes*
by sampling one character at a time from softmax(logits / temperature) and feeding it
back.  Quality: bits per character (bpc) on held-out text, the same measure as the
n-gram baselines in ``models.ngram``.  Ids are time-first, (T, B).  The training recipe,
the corpus split and the shipped model are in ``experiments/applications.py``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from ..core import evaluating
from ..validate import build_config, check_float, check_instance, check_int, check_str, check_tensor, fail

__all__ = ["CharLMConfig", "CharLM", "lm_bits_per_char", "sample_text"]


@dataclass
class CharLMConfig:
    vocab_size: int = 48
    embed: int = 32
    hidden: int = 128
    dropout: float = 0.5     # on the embeddings and on the LSTM outputs: the corpus is small

    def __post_init__(self):
        check_int(self.vocab_size, "vocab_size", 2, 10_000)
        check_int(self.hidden, "hidden", 1, 4096)
        check_float(self.dropout, "dropout", 0.0, 0.95)


class CharLM(nn.Module):
    """ids (T, B) → logits (T, B, V); ``state`` carries (h, c) between calls."""

    def __init__(self, config: CharLMConfig | None = None, **kwargs):
        super().__init__()
        self.config = c = build_config(CharLMConfig, config, kwargs)
        self.embed = nn.Embedding(c.vocab_size, c.embed)
        self.lstm = nn.LSTM(c.embed, c.hidden)
        self.drop = nn.Dropout(c.dropout)
        self.head = nn.Linear(c.hidden, c.vocab_size)

    def forward(self, ids: torch.Tensor, state=None):
        ids = check_tensor(ids, "ids", ndim=2, hint="(T, B)", dtype=torch.int64)
        if ids.numel() == 0:
            fail("err.empty", name="ids")
        if (ids.min() < 0 or ids.max() >= self.config.vocab_size):
            fail("err.range", name="ids", low=0, high=self.config.vocab_size - 1,
                 got=f"{int(ids.min())}…{int(ids.max())}")
        return self._run(ids, state)

    def _run(self, ids: torch.Tensor, state=None):
        """The forward pass without the argument checks (sampling calls it once per character)."""
        h, state = self.lstm(self.drop(self.embed(ids)), state)   # (T, B, H)
        return self.head(self.drop(h)), state                    # (T, B, V)


@torch.no_grad()
def lm_bits_per_char(model: CharLM, ids: torch.Tensor) -> float:
    """−mean log₂ P(next char) over ``ids`` (N,), the first id being a line break to start from.
    The model's train/eval mode is left as it was."""
    ids = check_tensor(ids, "ids", ndim=1, dtype=torch.int64)
    if len(ids) < 2:
        fail("err.range", name="len(ids)", low=2, high="∞", got=len(ids))
    with evaluating(model):
        logits, _ = model(ids[:-1, None])                         # (N−1, 1, V)
    return F.cross_entropy(logits[:, 0], ids[1:]).item() / math.log(2)


@torch.no_grad()
def sample_text(model: CharLM, vocab, prompt: str, length: int = 200,
                temperature: float = 0.8, seed: int = 0) -> str:
    """Continue ``prompt`` by ``length`` sampled characters (temperature → 0: greedy)."""
    check_instance(model, "model", CharLM)
    if not (callable(getattr(vocab, "encode", None)) and callable(getattr(vocab, "decode", None))):
        fail("err.type", name="vocab", expected="data.Vocab", got=type(vocab).__name__)
    check_str(prompt, "prompt")
    length = check_int(length, "length", 1, 5000)
    temperature = check_float(temperature, "temperature", 0.01, 5.0)
    generator = torch.Generator().manual_seed(check_int(seed, "seed", 0))
    out = []
    with evaluating(model):                                       # no dropout while writing
        logits, state = model(vocab.encode(prompt)[:, None])      # (T, 1, V)
        for _ in range(length):
            probs = torch.softmax(logits[-1, 0] / temperature, dim=-1)
            nxt = torch.multinomial(probs, 1, generator=generator)
            out.append(int(nxt))
            logits, state = model._run(nxt[:, None], state)      # nxt is a valid id: no checks
    return vocab.decode(out)


