"""A sentence classifier: word embeddings → LSTM → the topic, from the last hidden state.

Input (T, B) word ids, time-first and padded on the *left* with id 0 (``data.topics.WordVocab.padded``),
so the last step of every column is the sentence's last word; the padding's embedding is 0.
"""
from __future__ import annotations

import torch
from torch import nn

from ..validate import check_int, check_tensor, fail

__all__ = ["TopicLSTM"]


class TopicLSTM(nn.Module):
    """(T, B) word ids → (B, topics) logits."""

    def __init__(self, vocab_size: int, topics: int = 5, embed: int = 32, hidden: int = 32):
        super().__init__()
        check_int(vocab_size, "vocab_size", 2)
        check_int(topics, "topics", 2)
        check_int(embed, "embed", 1, 4096)
        check_int(hidden, "hidden", 1, 4096)
        self.embed = nn.Embedding(vocab_size, embed, padding_idx=0)
        self.lstm = nn.LSTM(embed, hidden)
        self.head = nn.Linear(hidden, topics)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        ids = check_tensor(ids, "ids", ndim=2, hint="(T, B)", dtype=torch.int64)
        if ids.shape[0] == 0 or ids.shape[1] == 0:
            fail("err.empty", name="ids")
        if ids.min() < 0 or ids.max() >= self.embed.num_embeddings:
            fail("err.range", name="ids", low=0, high=self.embed.num_embeddings - 1,
                 got=f"{int(ids.min())}…{int(ids.max())}")
        out, _ = self.lstm(self.embed(ids))              # (T, B, H)
        return self.head(out[-1])                        # (B, topics)
