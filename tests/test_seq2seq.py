"""The digits → Kazakh words translator: ≥ 95 % exact match on unseen numbers, seeds 0, 1 (make bench: 0..4)."""
import time

import pytest
import torch

from deeplearn_helpers.checks import ClaimFailed
from deeplearn_helpers.models.seq2seq import Seq2Seq
from deeplearn_helpers.data.translation import NumberVocab
from deeplearn_helpers.experiments.applications import (claim_translator, exact_match, load_translator,
                                                        train_translator, translate_numbers)
from deeplearn_helpers.data.numbers_kk import make_number_pairs
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


@pytest.mark.parametrize("seed", [0, 1])  # seeds 0..4: make bench
def test_exact_match_on_unseen_numbers(seed):
    torch.set_num_threads(1)
    train, held = make_number_pairs(seed=seed)
    start = time.process_time()
    model, vocab = train_translator(train, seed=seed, epochs=4, hidden=64).model, NumberVocab()
    assert time.process_time() - start < 45
    assert exact_match(model, vocab, held) >= 0.95


def test_shipped_translator_and_bad_input():
    model, vocab = load_translator()
    _, held = make_number_pairs(seed=0)
    claim_translator(exact_match(model, vocab, held), len(held))
    with pytest.raises(ClaimFailed):                                 # an untrained model
        claim_translator(exact_match(Seq2Seq(hidden=64).eval(), vocab, held[:200]), 200)
    assert translate_numbers(model, vocab, ["1945"]) == ["бір мың тоғыз жүз қырық бес"]
    for bad in ["", "19a5", "10000", "-5"]:
        with pytest.raises(HelperInputError):
            translate_numbers(model, vocab, [bad])


def _left_padded(numbers, width):
    """(width, B) digit ids, each number right-aligned after <pad> (id 0)."""
    vocab = NumberVocab()
    rows = [[0] * (width - len(str(n))) + [vocab.src_index[d] for d in str(n)] for n in numbers]
    return torch.tensor(rows, dtype=torch.int64).T


@pytest.mark.parametrize("seed", range(3))
def test_scratch_attention_equals_torch(seed):
    torch.manual_seed(seed)
    L, S, B, H = seed + 1, seed + 4, seed + 2, 8
    model = Seq2Seq(hidden=H, embed=4).eval()
    src = _left_padded(torch.randint(1, 10 ** (S - 1), (B,)).tolist(), S)
    memory, h, pad = model.encode(src)
    tgt = torch.randint(0, 24, (L, B))
    logits, _, weights = model.decode_step(tgt, memory, h, pad)
    query, _ = model.decoder(model.tgt_embed(tgt), h)                       # (L, B, H)
    keys = memory.transpose(0, 1)                                           # (B, S, H)
    allowed = ~pad.T[:, None, :]                                            # (B, 1, S)
    context = torch.nn.functional.scaled_dot_product_attention(query.transpose(0, 1), keys, keys,
                                                               attn_mask=allowed, scale=1.0)  # (B, L, H)
    expected = model.head(torch.cat([query, context.transpose(0, 1)], dim=-1))
    assert torch.allclose(logits, expected, atol=1e-5)
    assert torch.allclose(weights.sum(-1), torch.ones(L, B))


@pytest.mark.parametrize("seed", range(2))
def test_padding_does_not_change_the_output(seed):
    torch.manual_seed(seed)
    model = Seq2Seq(hidden=16, embed=8).eval()
    numbers = [7, 45, 305, 1945]
    tgt = torch.randint(0, 24, (5, len(numbers)))
    short = model(_left_padded(numbers, 4), tgt)
    long = model(_left_padded(numbers, 9), tgt)                   # five more <pad> in front
    assert torch.allclose(short, long, atol=1e-5)
    _, _, weights = model.decode_step(tgt, *model.encode(_left_padded(numbers, 9)))
    assert torch.all(weights[:, 0, :8] == 0) and torch.all(weights[:, 3, :5] == 0)


def test_badly_padded_source_is_refused():
    model = Seq2Seq(hidden=8).eval()
    for bad in (torch.tensor([[3], [0], [4]]), torch.zeros(3, 1, dtype=torch.int64)):
        with pytest.raises(HelperInputError):
            model.encode(bad)


def test_the_vocabularies_use_the_models_token_ids():
    """data.translation's vocabularies and models.seq2seq agree on <pad>, <s>, </s> (the docstrings say so)."""
    from deeplearn_helpers.data.translation import kk_ru_vocab
    from deeplearn_helpers.models.seq2seq import BOS_ID, EOS_ID, PAD_ID

    for vocab in (NumberVocab(), kk_ru_vocab()):
        assert [vocab.tgt_index[t] for t in ("<pad>", "<s>", "</s>")] == [PAD_ID, BOS_ID, EOS_ID]
        assert vocab.src_index["<pad>"] == PAD_ID
