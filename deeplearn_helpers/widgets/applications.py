"""Explorers of notebook 05: text sampling, number translation, real-or-generated, digit generator.

Each explorer catches ``HelperInputError`` from a bad prompt or number and shows its
Kazakh message in the explorer's text instead of a traceback.
"""
from __future__ import annotations

import html

import ipywidgets as W
import numpy as np
import torch

from ..core import torch_threads
from ..data.numbers_kk import number_to_kazakh, parse_number
from ..data.text import Vocab, clean_text
from ..data.translation import NumberVocab
from ..i18n import tr
from ..models.charlm import CharLM, sample_text
from ..models.conditional import ConditionalVAE
from ..models.seq2seq import Seq2Seq
from ..plots.applications import plot_attention
from ..plots.style import COLORS, DPI
from ..validate import HelperInputError, check_instance, check_int, check_module, check_str, check_tensor
from .base import Explorer, new_figure

__all__ = ["TextGenExplorer", "TranslatorExplorer", "RealFakeGame", "DigitGenerator"]


def _error(message: str) -> str:
    return f"<span style='color:{COLORS['wrong']}'>⚠ {html.escape(message)}</span>"


class TextGenExplorer(Explorer):
    """A prompt box and a temperature slider: the char-LM continues the prompt."""

    demo_values = {"prompt": ["терең оқыту ", "білім ", "", "hello", "нейрон"]}

    def __init__(self, model, vocab, prompt: str = "терең оқыту ", length: int = 120):
        check_instance(model, "model", CharLM)
        check_instance(vocab, "vocab", Vocab)
        check_str(prompt, "prompt", allow_empty=True)
        self.model, self.vocab, self.length = model, vocab, check_int(length, "length", 1, 10_000)
        controls = {
            "prompt": W.Text(value=prompt, description=tr("app.prompt"), continuous_update=False),
            "temperature": W.FloatSlider(value=0.8, min=0.1, max=2.0, step=0.1,
                                         description=tr("app.temperature"), continuous_update=False),
            "seed": W.IntSlider(value=0, min=0, max=9, description=tr("app.seed"),
                                continuous_update=False),
        }
        super().__init__(controls, title=tr("app.textgen_title"))

    def generate(self, prompt: str, temperature: float, seed: int) -> str:
        """The prompt, cleaned, then the sampled continuation (raises HelperInputError)."""
        check_str(prompt, "prompt", allow_empty=True)
        if not prompt.strip():
            raise HelperInputError(tr("app.prompt_empty"))
        cleaned = clean_text(prompt).rstrip("\n")
        if not cleaned.strip():
            raise HelperInputError(tr("app.prompt_no_kazakh", text=prompt[:20]))
        if prompt.endswith(" "):
            cleaned += " "
        with torch_threads(1):   # one character at a time: a second thread costs more than it saves
            return cleaned + sample_text(self.model, self.vocab, cleaned, self.length, temperature, seed)

    def update(self, prompt, temperature, seed):
        try:
            text = self.generate(prompt, temperature, seed)
        except HelperInputError as error:
            self.text.value = _error(str(error))
            return
        body = html.escape(text).replace("\n", "<br>")
        self.text.value = f"<div style='font-size:15px;max-width:640px'>{body}</div>"


class TranslatorExplorer(Explorer):
    """Type a number: the seq2seq model writes it in Kazakh words; attention is drawn."""

    demo_values = {"number": ["1945", "7", "2024", "", "12a", "123456", "9999", "305", "40", "1000", "815",
                              "3600", "11", "2500", "999", "6071", "100", "4444", "58", "7777"]}

    def __init__(self, model, vocab, number: str = "1945"):
        check_instance(model, "model", Seq2Seq)
        check_instance(vocab, "vocab", NumberVocab)
        check_str(number, "number", allow_empty=True)
        self.model, self.vocab = model, vocab
        self.fig = new_figure(figsize=(4.6, 3.2), dpi=DPI)
        controls = {"number": W.Text(value=number, description=tr("app.number"),
                                     continuous_update=False)}
        super().__init__(controls, title=tr("app.translate_title"))

    def translate(self, number) -> tuple[str, np.ndarray, str]:
        n = parse_number(number)
        with torch_threads(1):   # one word at a time: a second thread costs more than it saves
            ids, attn = self.model.greedy(self.vocab.encode_numbers([n]), self.vocab.max_tgt)
        return self.vocab.decode_words(ids[:, 0]), attn[:, 0].numpy(), str(n)

    def update(self, number):
        try:
            words, attn, digits = self.translate(number)
        except HelperInputError as error:
            self.text.value = _error(str(error))
            return
        truth = number_to_kazakh(int(digits))
        verdict = "✓" if words == truth else "✗"
        self.text.value = (f"<b>{tr('app.model_says')}</b> {html.escape(words)} {verdict}<br>"
                           f"<b>{tr('app.rule_says')}</b> {html.escape(truth)}")
        self.fig.clf()
        shown = words.split() + ["</s>"]
        plot_attention(attn, digits, shown, ax=self.fig.add_subplot())
        self.show(self.fig)


class RealFakeGame(Explorer):
    """Guess whether a digit is real or generated; then see the detector's verdict and the truth."""

    def __init__(self, real_images, fake_images, detector, rounds: int = 20, seed: int = 0):
        real_images = check_tensor(real_images, "real_images", ndim=3, hint="(N, 28, 28)")
        fake_images = check_tensor(fake_images, "fake_images", ndim=3, hint="(N, 28, 28)")
        check_module(detector, "detector")
        rounds = check_int(rounds, "rounds", 1, min(len(real_images), len(fake_images)))
        rng = np.random.default_rng(check_int(seed, "seed", 0))
        self.is_fake = rng.integers(0, 2, size=rounds).astype(bool)
        pick_real = rng.choice(len(real_images), rounds, replace=False)
        pick_fake = rng.choice(len(fake_images), rounds, replace=False)
        self.images = torch.stack([fake_images[f] if fake else real_images[r]
                                   for fake, r, f in zip(self.is_fake, pick_real, pick_fake)])
        with torch.no_grad():
            self.p_fake = torch.sigmoid(detector(self.images)).numpy()
        self.fig = new_figure(figsize=(2.2, 2.2), dpi=DPI)
        self.score: dict[int, bool] = {}
        controls = {
            "round": W.IntSlider(value=0, min=0, max=rounds - 1, description=tr("app.round")),
            "guess": W.ToggleButtons(options=[("?", "none"), (tr("app.real"), "real"),
                                              (tr("app.fake"), "fake")], value="none",
                                     description=tr("app.your_guess")),
        }
        super().__init__(controls, title=tr("app.game_title"))
        controls["round"].observe(lambda _: setattr(controls["guess"], "value", "none"), "value")

    def update(self, round, guess):  # noqa: A002 - the control's name
        self.fig.clf()
        ax = self.fig.add_subplot()
        ax.imshow(self.images[round].numpy(), cmap="gray_r", vmin=0, vmax=1)
        ax.axis("off")
        self.show(self.fig)
        if guess == "none":
            self.text.value = tr("app.guess_prompt")
            return
        truth = "fake" if self.is_fake[round] else "real"
        self.score[round] = guess == truth
        detector_says = "fake" if self.p_fake[round] > 0.5 else "real"
        self.text.value = tr("app.game_verdict",
                             you=tr(f"app.{guess}"), detector=tr(f"app.{detector_says}"),
                             p=f"{self.p_fake[round]:.2f}", truth=tr(f"app.{truth}"),
                             right=sum(self.score.values()), total=len(self.score))


class DigitGenerator(Explorer):
    """Pick a digit: the conditional VAE draws new ones; the detector scores them."""

    def __init__(self, cvae, detector, n: int = 8):
        check_instance(cvae, "cvae", ConditionalVAE)
        check_module(detector, "detector")
        n = check_int(n, "n", 1, 32)
        self.cvae, self.detector, self.n = cvae, detector, n
        controls = {
            "digit": W.IntSlider(value=7, min=0, max=9, description=tr("app.digit")),
            "temperature": W.FloatSlider(value=1.0, min=0.1, max=2.0, step=0.1,
                                         description=tr("app.temperature")),
            "seed": W.IntSlider(value=0, min=0, max=20, description=tr("app.seed")),
        }
        super().__init__(controls, title=tr("app.generator_title"))   # applies the style first
        self.fig = new_figure(figsize=(6.4, 0.8), dpi=DPI)
        self.fig.set_layout_engine("none")                # one axes filling the figure
        ax = self.fig.add_axes((0, 0, 1, 1))
        ax.axis("off")
        self.picture = ax.imshow(np.zeros((28, 28 * n)), cmap="gray_r", vmin=0, vmax=1)

    def update(self, digit, temperature, seed):
        images = self.cvae.sample([digit] * self.n, seed=seed, temperature=temperature)  # (n, 28, 28)
        with torch.no_grad():
            p_fake = torch.sigmoid(self.detector(images)).numpy()
        self.picture.set_data(torch.cat(list(images), dim=1).numpy())    # one strip (28, 28·n)
        self.show(self.fig)
        self.text.value = tr("app.generator_caption", caught=int((p_fake > 0.5).sum()), n=self.n)
