"""Explorers of notebook 05: fast updates, and bad input answered with a Kazakh message."""

from deeplearn_helpers.data.digits import load_digits
from deeplearn_helpers.i18n import set_language
from deeplearn_helpers.experiments.applications import corpus_split, load_charlm
from deeplearn_helpers.models.conditional import load_cvae_and_detector
from deeplearn_helpers.experiments.applications import load_translator
from deeplearn_helpers.widgets.applications import (DigitGenerator, RealFakeGame, TextGenExplorer,
                                                    TranslatorExplorer)


def test_text_explorer_messages_for_bad_prompts():
    _, _, vocab = corpus_split()
    explorer = TextGenExplorer(load_charlm(), vocab)
    explorer.refresh()
    assert explorer.text.value.startswith("<div") and "терең оқыту" in explorer.text.value
    explorer.controls["prompt"].value = "   "
    assert "Бастама бос" in explorer.text.value
    explorer.controls["prompt"].value = "hello"
    assert "қазақ әрпі жоқ" in explorer.text.value
    set_language("en")
    explorer.controls["prompt"].value = ""
    assert "prompt is empty" in explorer.text.value
    set_language("kk")
    explorer.controls["temperature"].value = 1.5
    assert max(explorer.latencies) < 2.0


def test_translator_explorer_messages_and_attention():
    model, vocab = load_translator()
    explorer = TranslatorExplorer(model, vocab)
    explorer.refresh()
    assert "бір мың тоғыз жүз қырық бес ✓" in explorer.text.value and explorer.image.value
    for bad, words in [("", "енгізілмеді"), ("12a", "сан емес"), ("123456", "ауқымнан тыс")]:
        explorer.controls["number"].value = bad
        assert words in explorer.text.value
    explorer.controls["number"].value = "7"
    assert "жеті" in explorer.text.value


def test_game_reveals_verdict_and_truth_after_a_guess():
    cvae, detector = load_cvae_and_detector()
    xt, yt = load_digits("test")
    game = RealFakeGame(xt, cvae.sample(yt, seed=5), detector, rounds=6)
    game.refresh()
    assert "таңдаңыз" in game.text.value.lower()
    truth = "fake" if game.is_fake[0] else "real"
    game.controls["guess"].value = truth
    assert "есеп: 1/1" in game.text.value
    game.controls["round"].value = 1
    assert game.controls["guess"].value == "none"


def test_digit_generator_draws_and_scores():
    cvae, detector = load_cvae_and_detector()
    explorer = DigitGenerator(cvae, detector)
    explorer.refresh()
    explorer.controls["digit"].value = 3
    assert explorer.image.value and "8" in explorer.text.value
