"""Issue 14's list of bad input: each one now raises HelperInputError (a message in the
current language), never a raw error or a silently wrong result."""
import pytest
import torch

from deeplearn_helpers import HelperInputError, fit
from deeplearn_helpers.data import Vocab, train_test_split
from deeplearn_helpers.data.numbers_kk import make_number_pairs
from deeplearn_helpers.data.translation import NumberVocab
from deeplearn_helpers.experiments import applications as A
from deeplearn_helpers.metrics import rmse
from deeplearn_helpers.models import (MLP, CharLM, ConditionalVAE, GAN, GANConfig, GANUpdate, MLPConfig,
                                      SequenceModel, g_loss)
from deeplearn_helpers.models.activations import ACTIVATIONS
from deeplearn_helpers.train import History

VOCAB = Vocab("абв\n")
BAD = {
    "train_test_split list X": lambda: train_test_split([[0.0, 1.0], [1.0, 0.0]], torch.tensor([0, 1, 1])),
    "train_test_split length mismatch": lambda: train_test_split(torch.zeros(4, 2), torch.zeros(3, dtype=torch.long)),
    "train_translator([12345])": lambda: A.train_translator([12345], epochs=1),
    "fit on an empty data set": lambda: fit(torch.nn.Linear(2, 1), lambda m, b: m(b[0]).sum(), (torch.zeros(0, 2),),
                                            steps=1, progress=False),
    "fit with a step returning None": lambda: fit(torch.nn.Linear(2, 1), None, (torch.zeros(4, 2),), steps=1,
                                                  step_fn=lambda batch: None, progress=False),
    "GANConfig(d_steps=0)": lambda: GAN(GANConfig(d_steps=0)),
    'GANUpdate("gan")': lambda: GANUpdate("gan"),
    "Vocab.decode([99])": lambda: VOCAB.decode([99]),
    "NumberVocab.decode_words([99])": lambda: NumberVocab().decode_words([99]),
    "CharLM float ids": lambda: CharLM(vocab_size=5)(torch.zeros(3, 1)),
    "rmse broadcasting": lambda: rmse([1, 2, 3], [[1], [2], [3]]),
    "History.last(window=0)": lambda: History(values={"loss": [1.0, 2.0]}).last("loss", window=0),
    "History.last of nothing": lambda: History().last("loss"),
    'g_loss(x, "minmax")': lambda: g_loss(torch.zeros(3), "minmax"),
    "make_number_pairs(held_out=1.5)": lambda: make_number_pairs(held_out=1.5),
    "ConditionalVAE.sample(temperature=-1)": lambda: ConditionalVAE().sample([1, 2], temperature=-1),
    "a config and keywords": lambda: MLP(MLPConfig(sizes=[2, 2]), activation="tanh"),
    "an unknown config field": lambda: SequenceModel(cells="lstm"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_raises_a_helper_error(name):
    with pytest.raises(HelperInputError):
        BAD[name]()


def test_what_used_to_be_wrong_now_is_right():
    assert rmse([1, 2, 3], [1, 2, 5]) == pytest.approx((4 / 3) ** 0.5)
    f = ACTIVATIONS["tanh"][0]
    assert torch.isfinite(f(torch.tensor([100.0, -100.0]))).all()
    assert History(values={"loss": [1.0, 3.0]}).last("loss", window=2) == 2.0


@pytest.mark.parametrize("device", ["gpu", 3, object()])
def test_a_recipe_refuses_a_device_that_is_not_one(device):
    from deeplearn_helpers.experiments.generative import train_gan_2d

    with pytest.raises(HelperInputError):
        train_gan_2d("ring", steps=1, device=device)
