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

from .. import checks
from ..data.numbers_kk import ONES, TENS, number_to_kazakh, parse_number
from ..train import fit
from ..storage import load_weights
from ..validate import check_int, check_tensor, fail

__all__ = ["NumberVocab", "Seq2SeqConfig", "Seq2Seq", "make_number_pairs", "train_translator",
           "translate_numbers", "exact_match", "TRANSLATOR_WEIGHTS", "TRANSLATOR_HIDDEN", "load_translator",
           "TRANSLATOR_BAR", "claim_translator", "seq2seq_loss"]

PAD, BOS, EOS = "<pad>", "<s>", "</s>"
REPEATS = {1: 30, 2: 10, 3: 3, 4: 1}   # copies of a training number, by its digit count


class NumberVocab:
    """Source tokens: the ten digits; target tokens: every Kazakh number word up to мың."""

    def __init__(self):
        self.src = [PAD] + list("0123456789")
        self.tgt = [PAD, BOS, EOS] + ONES + [w for w in TENS if w] + ["жүз", "мың"]
        self.src_index = {t: i for i, t in enumerate(self.src)}
        self.tgt_index = {t: i for i, t in enumerate(self.tgt)}
        self.max_src, self.max_tgt = 4, 8     # "9999"; «тоғыз мың тоғыз жүз тоқсан тоғыз» + </s>

    def encode_numbers(self, numbers) -> torch.Tensor:
        """(B,) numbers → (S, B) digit ids, right-aligned and padded on the left."""
        rows = [[0] * (self.max_src - len(str(n))) + [self.src_index[d] for d in str(n)]
                for n in numbers]
        return torch.tensor(rows, dtype=torch.int64).T

    def encode_words(self, numbers) -> torch.Tensor:
        """(B,) numbers → (L, B) target ids of their words, then </s>, then padding."""
        rows = []
        for n in numbers:
            ids = [self.tgt_index[w] for w in number_to_kazakh(n).split()] + [self.tgt_index[EOS]]
            rows.append(ids + [0] * (self.max_tgt - len(ids)))
        return torch.tensor(rows, dtype=torch.int64).T

    def decode_words(self, ids) -> str:
        words = []
        for i in ids:
            token = self.tgt[int(i)]
            if token == EOS:
                break
            if token not in (PAD, BOS):
                words.append(token)
        return " ".join(words)


@dataclass
class Seq2SeqConfig:
    src_vocab: int = 11
    tgt_vocab: int = 24
    embed: int = 32
    hidden: int = 128
    attention: bool = True


class Seq2Seq(nn.Module):
    """src (S, B) digit ids → logits (L, B, V) over words, teacher-forced by tgt_in (L, B)."""

    def __init__(self, config: Seq2SeqConfig | None = None, **kwargs):
        super().__init__()
        self.config = c = config or Seq2SeqConfig(**kwargs)
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
        src = check_tensor(src, "src", ndim=2, hint="(S, B)", dtype=torch.int64)
        pad = src == 0                                            # (S, B) True at <pad>
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
        tgt_in = check_tensor(tgt_in, "tgt_in", ndim=2, hint="(L, B)", dtype=torch.int64)
        logits, _, _ = self.decode_step(tgt_in, memory, h, pad)
        return logits

    @torch.no_grad()
    def greedy(self, src: torch.Tensor, max_len: int = 8):
        """Write the words one at a time, each from the most likely next word: ids (L, B)
        and attention weights (L, B, S)."""
        memory, h, pad = self.encode(src)
        token = torch.full((1, src.shape[1]), 1, dtype=torch.int64)     # <s>
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
    """Teacher-forced cross-entropy: src (S, B), tgt (L, B) ending in </s> and padding (id 0,
    not counted); the decoder reads <s> (id 1) and then the true previous words."""
    tgt_in = torch.cat([torch.ones_like(tgt[:1]), tgt[:-1]])     # <s> then the words
    logits = model(src, tgt_in)                                   # (L, B, V)
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), tgt.reshape(-1), ignore_index=0)


def make_number_pairs(seed: int = 0, held_out: float = 0.2, high: int = 9999):
    """Shuffle 0 … ``high`` with ``seed``; return (train numbers, held-out numbers)."""
    high = check_int(high, "high", 10, 9999)
    order = torch.randperm(high + 1, generator=torch.Generator().manual_seed(seed)).tolist()
    cut = int(round((high + 1) * (1 - held_out)))
    return order[:cut], order[cut:]


def train_translator(numbers, seed: int = 0, epochs: int = 12, batch_size: int = 64,
                     lr: float = 3e-3, progress: bool = False, **config):
    """Teacher-forced training on the given numbers; returns (model, vocab, history)."""
    vocab = NumberVocab()
    # Short numbers are rare (10 of 10 000 have one digit): repeat them so the model meets
    # "7" often enough to learn that a lone 7 is «жеті», not the «жетпіс» of 70.
    numbers = [n for n in numbers for _ in range(REPEATS[len(str(n))])]
    torch.manual_seed(seed)
    model = Seq2Seq(Seq2SeqConfig(src_vocab=len(vocab.src), tgt_vocab=len(vocab.tgt), **config))
    src = vocab.encode_numbers(numbers).T                         # (N, S): fit wants N first
    tgt = vocab.encode_words(numbers).T                           # (N, L)

    history = fit(model, lambda m, batch: seq2seq_loss(m, batch[0].T, batch[1].T), (src, tgt), epochs=epochs, batch_size=batch_size, lr=lr,
                  clip_grad_norm=1.0, progress=progress, seed=seed)
    return model.eval(), vocab, history


def translate_numbers(model: Seq2Seq, vocab: NumberVocab, numbers) -> list[str]:
    """Kazakh words for each number (0 … 9999), as the model writes them."""
    numbers = [parse_number(n) for n in numbers]
    ids, _ = model.greedy(vocab.encode_numbers(numbers), vocab.max_tgt)
    return [vocab.decode_words(ids[:, b]) for b in range(len(numbers))]


def exact_match(model: Seq2Seq, vocab: NumberVocab, numbers) -> float:
    """Share of numbers whose every word is right."""
    got = translate_numbers(model, vocab, numbers)
    return sum(g == number_to_kazakh(n) for g, n in zip(got, numbers)) / len(numbers)


TRANSLATOR_WEIGHTS = "app_translator.safetensors"
TRANSLATOR_HIDDEN = 64


def load_translator() -> tuple[Seq2Seq, NumberVocab]:
    """The shipped translator, trained on ``make_number_pairs(seed=0)[0]`` only."""
    vocab = NumberVocab()
    model = Seq2Seq(Seq2SeqConfig(src_vocab=len(vocab.src), tgt_vocab=len(vocab.tgt),
                                  hidden=TRANSLATOR_HIDDEN))
    return load_weights(model, TRANSLATOR_WEIGHTS).eval(), vocab


TRANSLATOR_BAR = 0.95   # share of unseen numbers the translator must write exactly right


def claim_translator(accuracy: float, n: int, bar: float = TRANSLATOR_BAR) -> None:
    """Self-check: exact match on the ``n`` unseen numbers is at least ``bar``."""
    checks.claim(accuracy >= bar, "app.claim_translator", n=n, acc=f"{100 * accuracy:.2f}",
                 bar=f"{100 * bar:.0f}")
