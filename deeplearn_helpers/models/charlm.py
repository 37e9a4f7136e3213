"""A character-level language model: embedding → LSTM → next-character logits.

Trained to predict every next character of a text (teacher forcing), it then *writes*
by sampling one character at a time from softmax(logits / temperature) and feeding it
back.  Quality: bits per character (bpc) on held-out text, the same measure as the
n-gram baselines in ``models.ngram``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from .. import checks
from ..data.text import Vocab, load_corpus
from ..storage import load_weights
from ..train import fit
from ..validate import check_float, check_int, check_str, check_tensor, fail

__all__ = ["CharLMConfig", "CharLM", "train_charlm", "lm_bits_per_char", "sample_text",
           "CHARLM_WEIGHTS", "corpus_split", "load_charlm", "shared_lines", "claim_unseen"]


@dataclass
class CharLMConfig:
    vocab_size: int = 48
    embed: int = 32
    hidden: int = 128
    dropout: float = 0.5     # on the embeddings and on the LSTM outputs: the corpus is small


class CharLM(nn.Module):
    """ids (T, B) → logits (T, B, V); ``state`` carries (h, c) between calls."""

    def __init__(self, config: CharLMConfig | None = None, **kwargs):
        super().__init__()
        self.config = c = config or CharLMConfig(**kwargs)
        check_int(c.vocab_size, "vocab_size", 2, 10_000)
        check_int(c.hidden, "hidden", 1, 4096)
        check_float(c.dropout, "dropout", 0.0, 0.95)
        self.embed = nn.Embedding(c.vocab_size, c.embed)
        self.lstm = nn.LSTM(c.embed, c.hidden)
        self.drop = nn.Dropout(c.dropout)
        self.head = nn.Linear(c.hidden, c.vocab_size)

    def forward(self, ids: torch.Tensor, state=None):
        ids = check_tensor(ids, "ids", ndim=2, hint="(T, B)", dtype=torch.int64)
        if ids.numel() and (ids.min() < 0 or ids.max() >= self.config.vocab_size):
            fail("err.range", name="ids", low=0, high=self.config.vocab_size - 1,
                 got=f"{int(ids.min())}…{int(ids.max())}")
        return self._run(ids, state)

    def _run(self, ids: torch.Tensor, state=None):
        """The forward pass without the argument checks (sampling calls it once per character)."""
        h, state = self.lstm(self.drop(self.embed(ids)), state)   # (T, B, H)
        return self.head(self.drop(h)), state                    # (T, B, V)


def train_charlm(ids: torch.Tensor, vocab_size: int, seed: int = 0, steps: int = 300,
                 seq_len: int = 64, batch_size: int = 32, lr: float = 5e-3,
                 progress: bool = False, **config) -> CharLM:
    """Train on random windows of the encoded training text ``ids`` (N,)."""
    ids = check_tensor(ids, "ids", ndim=1, dtype=torch.int64)
    seq_len = check_int(seq_len, "seq_len", 2, max(2, len(ids) - 2))
    torch.manual_seed(seed)
    model = CharLM(CharLMConfig(vocab_size=vocab_size, **config))
    generator = torch.Generator().manual_seed(seed)

    def sample(_step):
        starts = torch.randint(0, len(ids) - seq_len - 1, (batch_size,), generator=generator)
        window = torch.stack([ids[s:s + seq_len + 1] for s in starts.tolist()], dim=1)
        return window[:-1], window[1:]                            # (T, B) inputs and targets

    def loss_fn(model, batch):
        x, y = batch
        logits, _ = model(x)                                      # (T, B, V)
        return F.cross_entropy(logits.reshape(-1, vocab_size), y.reshape(-1))

    fit(model, loss_fn, sample, steps=steps, lr=lr, clip_grad_norm=1.0, progress=progress,
        seed=seed)
    return model.eval()


@torch.no_grad()
def lm_bits_per_char(model: CharLM, ids: torch.Tensor) -> float:
    """−mean log₂ P(next char) over ``ids`` (N,), the first id being a line break to start from."""
    ids = check_tensor(ids, "ids", ndim=1, dtype=torch.int64)
    model.eval()
    logits, _ = model(ids[:-1, None])                             # (N−1, 1, V)
    return F.cross_entropy(logits[:, 0], ids[1:]).item() / math.log(2)


@torch.no_grad()
def sample_text(model: CharLM, vocab: Vocab, prompt: str, length: int = 200,
                temperature: float = 0.8, seed: int = 0) -> str:
    """Continue ``prompt`` by ``length`` sampled characters (temperature → 0: greedy)."""
    check_str(prompt, "prompt")
    length = check_int(length, "length", 1, 5000)
    temperature = check_float(temperature, "temperature", 0.01, 5.0)
    generator = torch.Generator().manual_seed(check_int(seed, "seed", 0))
    model.eval()
    logits, state = model(vocab.encode(prompt)[:, None])          # (T, 1, V)
    out = []
    for _ in range(length):
        probs = torch.softmax(logits[-1, 0] / temperature, dim=-1)
        nxt = torch.multinomial(probs, 1, generator=generator)
        out.append(int(nxt))
        logits, state = model._run(nxt[:, None], state)          # nxt is a valid id: no checks
    return vocab.decode(out)


CHARLM_WEIGHTS = "app_charlm.safetensors"


def corpus_split():
    """(train text, held-out text, vocab): the lines of the first ~90 % of the corpus / the rest.

    The cut falls at the first line break after 90 % of the characters, so no line is split
    between the two parts; the held-out part is the end of the proverbs.
    """
    text = load_corpus()
    cut = text.index("\n", int(len(text) * 0.9)) + 1
    return text[:cut], text[cut:], Vocab(text)


def load_charlm() -> CharLM:
    """The shipped model (``scripts/train_application_weights.py`` makes it again)."""
    _, _, vocab = corpus_split()
    return load_weights(CharLM(CharLMConfig(vocab_size=len(vocab))), CHARLM_WEIGHTS).eval()


def shared_lines(train: str, held_out: str) -> list[str]:
    """The held-out lines that also occur, whole, as a line of the training text."""
    seen = set(check_str(train, "train").split("\n"))
    return [line for line in check_str(held_out, "held_out").split("\n") if line and line in seen]


def claim_unseen(train: str, held_out: str) -> None:
    """Self-check: no held-out line is a line of the training text."""
    lines = [line for line in held_out.split("\n") if line]
    checks.claim(not shared_lines(train, held_out), "app.claim_unseen", n=len(lines),
                 shared=len(shared_lines(train, held_out)))
