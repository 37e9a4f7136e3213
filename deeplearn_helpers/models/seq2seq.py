"""Sequence to sequence (encoder–decoder, Sutskever et al. 2014) with attention
(Bahdanau, Cho & Bengio 2015; the dot-product form of Luong et al. 2015).

The task: a number written in digits → its Kazakh words, "1945" → «бір мың тоғыз жүз
қырық бес» (a transduction between two written forms of Kazakh, not a translation between
languages).  The *encoder* (a GRU) reads the digits; the *decoder* (another GRU) writes
one word at a time, starting from ``<s>`` and stopping at ``</s>``.  At every step it
*attends* to the encoder states: a softmax over dot-product scores says which digit to
look at now, e.g. the thousands digit while writing «мың».

Short numbers are padded on the left with ``<pad>``.  The encoder skips the padding
(packed sequences) and attention gives padded positions weight 0, so the words written
for "7" do not depend on how much padding surrounds it.

The output layer is a simplification of Luong's: P(w_t) = softmax(W [h_t; c_t]), where
Luong et al. first form h̃_t = tanh(W_c [c_t; h_t]) and then softmax(W_s h̃_t).
"""
from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from ..validate import build_config, check_int, check_tensor, fail

__all__ = ["PAD_ID", "BOS_ID", "EOS_ID", "Seq2SeqConfig", "Seq2Seq", "seq2seq_loss"]

PAD_ID, BOS_ID, EOS_ID = 0, 1, 2   # the first three ids of every vocabulary (``data.translation``)


@dataclass
class Seq2SeqConfig:
    src_vocab: int = 11
    tgt_vocab: int = 24
    embed: int = 32
    hidden: int = 128
    attention: bool = True


def _ids(value, name: str, *, hint: str, vocab: int) -> torch.Tensor:
    """Word ids (time, batch): integers in [0, vocab), at least one."""
    ids = check_tensor(value, name, ndim=2, hint=hint, dtype=torch.int64)
    if ids.numel() == 0:
        fail("err.empty", name=name)
    if ids.min() < 0 or ids.max() >= vocab:
        fail("err.range", name=name, low=0, high=vocab - 1, got=f"{int(ids.min())}…{int(ids.max())}")
    return ids


class Seq2Seq(nn.Module):
    """src (S, B) digit ids → logits (L, B, V) over words, teacher-forced by tgt_in (L, B)."""

    def __init__(self, config: Seq2SeqConfig | None = None, **kwargs):
        super().__init__()
        self.config = c = build_config(Seq2SeqConfig, config, kwargs)
        check_int(c.hidden, "hidden", 1, 4096)
        self.src_embed = nn.Embedding(c.src_vocab, c.embed)
        self.tgt_embed = nn.Embedding(c.tgt_vocab, c.embed)
        self.encoder = nn.GRU(c.embed, c.hidden)
        self.decoder = nn.GRU(c.embed, c.hidden)
        self.head = nn.Linear(2 * c.hidden if c.attention else c.hidden, c.tgt_vocab)

    def encode(self, src: torch.Tensor):
        """Encoder states (S, B, H) (zero at padding), last state (1, B, H), padding mask (S, B).

        ``src`` is padded on the left (``encode_numbers``): the GRU reads only the digits.
        """
        src = _ids(src, "src", hint="(S, B)", vocab=self.config.src_vocab)
        pad = src == PAD_ID                                       # (S, B) True at <pad>
        lengths = (~pad).sum(0)                                   # (B,) digits per number
        if src.numel() and (lengths.min() < 1 or (pad.int().diff(dim=0) > 0).any()):
            fail("app.src_padding")
        shift = pad.sum(0)                                        # left padding per column
        right = _roll_columns(src, -shift)                        # digits first, then padding
        packed = nn.utils.rnn.pack_padded_sequence(self.src_embed(right), lengths.cpu(),
                                                   enforce_sorted=False)
        out, h = self.encoder(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, total_length=src.shape[0])  # (S, B, H)
        return _roll_columns(out, shift), h, pad                  # back to the digits' places

    def decode_step(self, tgt_in: torch.Tensor, memory: torch.Tensor, h: torch.Tensor,
                    pad: torch.Tensor | None = None):
        """Logits (L, B, V), new state, attention weights (L, B, S) (0 where ``pad`` (S, B))."""
        tgt_in = _ids(tgt_in, "tgt_in", hint="(L, B)", vocab=self.config.tgt_vocab)
        batch, hidden = tgt_in.shape[1], self.config.hidden
        memory = check_tensor(memory, "memory", shape=(None, batch, hidden), hint="(S, B, H)")
        h = check_tensor(h, "h", shape=(1, batch, hidden), hint="(1, B, H)")
        out, h = self.decoder(self.tgt_embed(tgt_in), h)          # (L, B, H)
        if not self.config.attention:
            return self.head(out), h, None
        scores = torch.einsum("lbh,sbh->lbs", out, memory)        # (L, B, S)
        if pad is not None:
            scores = scores.masked_fill(pad.T[None], float("-inf"))   # padded digits: weight 0
        weights = torch.softmax(scores, dim=-1)
        context = torch.einsum("lbs,sbh->lbh", weights, memory)   # (L, B, H)
        return self.head(torch.cat([out, context], dim=-1)), h, weights

    def forward(self, src: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        memory, h, pad = self.encode(src)
        tgt_in = _ids(tgt_in, "tgt_in", hint="(L, B)", vocab=self.config.tgt_vocab)
        logits, _, _ = self.decode_step(tgt_in, memory, h, pad)
        return logits

    @torch.no_grad()
    def greedy(self, src: torch.Tensor, max_len: int = 8):
        """Write the words one at a time, each from the most likely next word: ids (L, B)
        and attention weights (L, B, S)."""
        max_len = check_int(max_len, "max_len", 1, 1000)
        memory, h, pad = self.encode(src)
        token = torch.full((1, src.shape[1]), BOS_ID, dtype=torch.int64)     # <s>
        ids, attn = [], []
        for _ in range(max_len):
            logits, h, weights = self.decode_step(token, memory, h, pad)
            token = logits.argmax(-1)                            # (1, B)
            ids.append(token[0])
            if weights is not None:
                attn.append(weights[0])
        return torch.stack(ids), (torch.stack(attn) if attn else None)


def _roll_columns(x: torch.Tensor, shift: torch.Tensor) -> torch.Tensor:
    """Roll column b of ``x`` (S, B, ...) down by ``shift[b]`` places (negative: up)."""
    S = x.shape[0]
    rows = (torch.arange(S)[:, None] - shift[None, :]) % S        # (S, B) source row of each place
    index = rows.reshape(S, -1, *([1] * (x.dim() - 2))).expand_as(x)
    return torch.gather(x, 0, index)


def seq2seq_loss(model: Seq2Seq, src: torch.Tensor, tgt: torch.Tensor) -> torch.Tensor:
    """Teacher-forced cross-entropy: src (S, B), tgt (L, B) ending in </s> and padding
    (``PAD_ID``, not counted); the decoder reads <s> (``BOS_ID``) and then the true previous words."""
    if not isinstance(model, Seq2Seq):
        fail("err.type", name="model", expected="Seq2Seq", got=type(model).__name__)
    tgt = check_tensor(tgt, "tgt", ndim=2, hint="(L, B)", dtype=torch.int64)
    tgt_in = torch.cat([torch.full_like(tgt[:1], BOS_ID), tgt[:-1]])     # <s> then the words
    logits = model(src, tgt_in)                                   # (L, B, V)
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), tgt.reshape(-1), ignore_index=PAD_ID)


