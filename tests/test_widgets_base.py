import io

import ipywidgets as W
import numpy as np
import pytest
from PIL import Image

from deeplearn_helpers.i18n import QUIZZES
from deeplearn_helpers.validate import HelperInputError
from deeplearn_helpers.widgets import Explorer, Quiz, drive_explorers, new_figure
from deeplearn_helpers.widgets import base


class Square(Explorer):
    def __init__(self):
        super().__init__({"x": W.IntSlider(value=2, min=0, max=9), "kind": W.Dropdown(options=["a", "b"])})
        self.seen = []

    def update(self, x, kind):
        self.seen.append((x, kind))
        fig = new_figure(figsize=(2, 2))
        fig.gca().plot([0, 1], [0, x])
        self.show(fig)
        self.text.value = f"{kind}:{x * x}"


def test_controls_call_update_and_picture_changes():
    explorer = Square()
    explorer.refresh()
    first = explorer.image.value
    explorer.controls["x"].value = 7
    assert explorer.text.value == "a:49" and explorer.image.value != first
    assert len(explorer.latencies) == 2


def test_drive_explorers_moves_every_control():
    base.CREATED.clear()
    explorer = Square()
    report = drive_explorers(moves=10)
    (name, timing), = report.items()
    assert "Square" in name and len(timing["latencies"]) >= 5
    assert {kind for _, kind in explorer.seen} == {"a", "b"}


@pytest.mark.skipif(not QUIZZES, reason="no quiz written yet")
def test_quiz_marks_answers():
    key = sorted(QUIZZES)[0]
    quiz = Quiz(key)
    for i, question in enumerate(quiz.questions):
        quiz.answer(i, question["answer"])
    assert quiz.check() == (len(quiz.questions), len(quiz.questions))
    quiz.answer(0, (quiz.questions[0]["answer"] + 1) % len(quiz.questions[0]["options"]))
    assert quiz.check()[0] == len(quiz.questions) - 1
    with pytest.raises(HelperInputError):
        quiz.answer(99, 0)


def test_quiz_unknown_key():
    with pytest.raises(HelperInputError):
        Quiz("no-such-quiz")


def test_blit_frame_redraws_only_the_moving_artists_and_matches_a_full_draw():
    from deeplearn_helpers.plots.style import canvas_png
    from deeplearn_helpers.widgets import BlitFrame

    fig = new_figure(figsize=(3, 2), dpi=50)
    ax = fig.add_subplot()
    ax.set(xlim=(0, 1), ylim=(0, 1), title="Жасырын күй")
    (line,) = ax.plot([0, 1], [0, 0])
    frame = BlitFrame(fig, [line])
    first = frame.png()
    line.set_ydata([0.2, 0.9])
    blitted = frame.png()
    assert blitted != first
    line.set_animated(False)                     # the same picture drawn the slow way
    fig.canvas.draw()
    full = canvas_png(fig.canvas)
    decode = lambda png: np.asarray(Image.open(io.BytesIO(png)), dtype=int)  # noqa: E731
    differs = (np.abs(decode(full) - decode(blitted)).sum(axis=2) > 30).mean()
    assert differs < 0.01        # only where the line meets the axes' spines (drawn in another order)
