"""A multiple-choice quiz for the lecture's control questions (бақылау сұрақтары).

The questions live in the i18n topic modules (``QUIZZES``), in every language, so a quiz
switches language with ``set_language``.  Each question is a dict::

    {"question": {"kk": ..., "ru": ..., "en": ...},
     "options": [{"kk": ..., ...}, ...],
     "answer": 1,                       # index of the right option
     "explain": {"kk": ..., ...}}        # why, shown after checking
"""
from __future__ import annotations

import ipywidgets as W

from ..i18n import QUIZZES, pick, tr
from ..plots.style import COLORS
from ..validate import check_choice, check_int

# ipywidgets gives each radio option one line of fixed height: a long option wrapped over the
# next one and its circle was squeezed away.  Here an option grows with its text and its
# circle keeps its size, beside the first line.
RADIO_CSS = """<style>
.dl-quiz .widget-radio-box label {
  height: auto; line-height: 1.35; display: flex; align-items: flex-start;
  white-space: normal; padding: 3px 0; }
.dl-quiz .widget-radio-box input {
  float: none; flex: 0 0 auto; height: 1em; margin: 0.18em 0.5em 0 1px; }
</style>"""


class Quiz:
    """Radio buttons per question, one "check" button, feedback per question."""

    def __init__(self, key: str):
        check_choice(key, "key", sorted(QUIZZES))
        self.key = key
        self.questions = QUIZZES[key]
        self.choices: list[W.RadioButtons] = []
        self.feedback: list[W.HTML] = []
        rows = [W.HTML(RADIO_CSS + f"<h4>{tr('quiz.title')}</h4>")]
        for number, question in enumerate(self.questions, start=1):
            options = [(pick(option), i) for i, option in enumerate(question["options"])]
            radio = W.RadioButtons(options=options, value=None, layout=W.Layout(width="auto"))
            note = W.HTML()
            self.choices.append(radio)
            self.feedback.append(note)
            rows += [W.HTML(f"<b>{number}. {pick(question['question'])}</b>"), radio, note]
        self.button = W.Button(description=tr("quiz.check"), button_style="primary")
        self.score = W.HTML()
        self.button.on_click(lambda _: self.check())
        self.widget = W.VBox(rows + [self.button, self.score])
        self.widget.add_class("dl-quiz")              # the browser test finds quizzes by it

    def answer(self, question: int, option: int) -> None:
        """Choose ``option`` (0-based) for ``question`` (0-based), as a click would."""
        check_int(question, "question", 0, len(self.questions) - 1)
        check_int(option, "option", 0, len(self.questions[question]["options"]) - 1)
        self.choices[question].value = option

    def check(self) -> tuple[int, int]:
        """Mark every question; return (right, total)."""
        right = 0
        for question, radio, note in zip(self.questions, self.choices, self.feedback):
            if radio.value is None:
                note.value = f"<span style='color:{COLORS['baseline']}'>{tr('quiz.unanswered')}</span>"
                continue
            ok = radio.value == question["answer"]
            right += ok
            verdict = tr("quiz.correct") if ok else tr("quiz.wrong")
            colour = COLORS["correct"] if ok else COLORS["wrong"]
            note.value = f"<span style='color:{colour}'>{verdict}</span> {pick(question['explain'])}"
        self.score.value = tr("quiz.score", right=right, total=len(self.questions))
        return right, len(self.questions)

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)
