import pytest
import torch

from deeplearn_helpers.data import load_digits, make_2d, make_spirals, train_test_split
from deeplearn_helpers.validate import HelperInputError


def test_digits_split_is_fixed_balanced_and_disjoint():
    x_train, y_train = load_digits("train")
    x_test, y_test = load_digits("test")
    assert x_train.shape == (4500, 28, 28) and x_test.shape == (500, 28, 28)
    assert torch.bincount(y_test).tolist() == [50] * 10
    assert 0.0 <= x_train.min() and x_train.max() <= 1.0
    seen = {image.numpy().tobytes() for image in x_train}
    assert not any(image.numpy().tobytes() in seen for image in x_test)


def test_toy_sets_are_reproducible_and_checked():
    a, b = make_spirals(seed=1), make_spirals(seed=1)
    assert torch.equal(a[0], b[0]) and not torch.equal(a[0], make_spirals(seed=2)[0])
    X, y = make_2d("circles", n=100)
    assert X.shape == (100, 2) and set(y.tolist()) == {0, 1}
    Xtr, ytr, Xte, yte = train_test_split(X, y, 0.25)
    assert len(Xte) == 25 and len(Xtr) == 75
    with pytest.raises(HelperInputError):
        make_2d("squares")
    with pytest.raises(HelperInputError):
        make_spirals(n=-5)
    with pytest.raises(HelperInputError):
        load_digits("validation")
