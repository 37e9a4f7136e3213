"""The digits → Kazakh words translator: ≥ 95 % exact match on unseen numbers, seeds 0..4."""
import time

import pytest
import torch

from deeplearn_helpers.models.seq2seq import (NumberVocab, Seq2Seq, exact_match, load_translator,
                                              make_number_pairs, train_translator, translate_numbers)
from deeplearn_helpers.validate import HelperInputError


def test_pairs_are_disjoint_and_cover_the_range():
    train, held = make_number_pairs(seed=3)
    assert len(train) == 8000 and len(held) == 2000
    assert not set(train) & set(held) and set(train) | set(held) == set(range(10000))


def test_vocab_encodes_words_and_digits():
    vocab = NumberVocab()
    src = vocab.encode_numbers([7, 1945])
    assert src.shape == (4, 2) and src[:, 0].tolist() == [0, 0, 0, vocab.src_index["7"]]
    tgt = vocab.encode_words([1945])
    assert vocab.decode_words(tgt[:, 0]) == "бір мың тоғыз жүз қырық бес"


def test_attention_weights_are_distributions():
    model = Seq2Seq(hidden=16).eval()
    ids, attn = model.greedy(NumberVocab().encode_numbers([12, 3456]))
    assert ids.shape == (8, 2) and attn.shape == (8, 2, 4)
    assert torch.allclose(attn.sum(-1), torch.ones(8, 2))


@pytest.mark.parametrize("seed", range(5))
def test_exact_match_on_unseen_numbers(seed):
    torch.set_num_threads(1)
    train, held = make_number_pairs(seed=seed)
    start = time.process_time()
    model, vocab, _ = train_translator(train, seed=seed, epochs=4, hidden=64)
    assert time.process_time() - start < 45
    assert exact_match(model, vocab, held) >= 0.95


def test_shipped_translator_and_bad_input():
    model, vocab = load_translator()
    _, held = make_number_pairs(seed=0)
    assert exact_match(model, vocab, held) >= 0.95
    assert translate_numbers(model, vocab, ["1945"]) == ["бір мың тоғыз жүз қырық бес"]
    for bad in ["", "19a5", "10000", "-5"]:
        with pytest.raises(HelperInputError):
            translate_numbers(model, vocab, [bad])


@pytest.mark.parametrize("seed", range(3))
def test_scratch_attention_equals_torch(seed):
    torch.manual_seed(seed)
    L, S, B, H = seed + 1, seed + 3, seed + 2, 8
    model = Seq2Seq(hidden=H, embed=4).eval()
    memory, h = model.encode(torch.randint(0, 11, (S, B)))
    tgt = torch.randint(0, 24, (L, B))
    logits, _, weights = model.decode_step(tgt, memory, h)
    query, _ = model.decoder(model.tgt_embed(tgt), h)                       # (L, B, H)
    keys = memory.transpose(0, 1)                                           # (B, S, H)
    context = torch.nn.functional.scaled_dot_product_attention(query.transpose(0, 1), keys, keys,
                                                               scale=1.0)  # (B, L, H)
    expected = model.head(torch.cat([query, context.transpose(0, 1)], dim=-1))
    assert torch.allclose(logits, expected, atol=1e-5)
    assert torch.allclose(weights.sum(-1), torch.ones(L, B))
