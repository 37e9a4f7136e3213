"""One heading scheme and one convention for names and numbers in the five notebooks
(CONTRIBUTING.md, "Headings, names and numbers").

* the first cell opens with «# 0N · Title», and it is the notebook's only «#» heading;
* sections are «## N. Title», numbered 1, 2, … in order; the notebook ends with
  «## Қорытынды» and then «## Әдебиет»;
* an exercise is «N-тапсырма» (numbered 1, 2, … in order), a lecture's control question
  «N-бақылау сұрағы»: never «Тапсырма 1», «Бақылау сұрағы 3»;
* authors' names are in Latin script (the literature list and «(Name т.б., 2014)» in prose);
* numbers use a decimal point: 1.2, never 1,2.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
CYRILLIC = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
KAZAKH_ET_AL = re.compile(r"т\.\s?б\.|және")          # «т.б.» (et al.) and «және» (and)
SECTION = re.compile(r"^## (\d+)\. \S")
CLOSING = ["## Қорытынды", "## Әдебиет"]
EXERCISE = re.compile(r"^(?:\*\*|#{2,4} )(\d+)-тапсырма\b", re.M)
WRONG_EXERCISE = re.compile(r"[Тт]апсырма\s*№?\s*\d")
WRONG_QUESTION = re.compile(r"[Бб]ақылау сұра\w*\s*№?\s*\d|\d+\s+бақылау сұра")
DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,\d+(?![\d,])")
CITATION = re.compile(r"\(([^()]*?),?\s*(?:\d{4})\)")


def markdown(path: Path) -> list[str]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]


def prose(text: str) -> str:
    """Markdown without code spans and code blocks (names and numbers in code are code)."""
    return re.sub(r"```.*?```|`[^`\n]*`", " ", text, flags=re.S)


def headings(texts: list[str]) -> list[str]:
    return [line.rstrip() for text in texts for line in prose(text).split("\n")
            if re.match(r"#{1,6} ", line)]


# --- the checks, as functions of the notebook's markdown (tested on broken input below) ---
def heading_problems(texts: list[str], number: str) -> list[str]:
    problems = []
    if not texts or not texts[0].startswith(f"# {number} · "):
        problems.append(f"the first cell should open with «# {number} · …»")
    found = headings(texts)
    if sum(h.startswith("# ") for h in found) != 1:
        problems.append("exactly one «#» heading (the title)")
    second = [h for h in found if h.startswith("## ")]
    if second[-2:] != CLOSING:
        problems.append(f"the last sections should be {CLOSING}, found {second[-2:]}")
    numbers = [int(SECTION.match(h).group(1)) for h in second if SECTION.match(h)]
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append(f"sections numbered {numbers}, not 1, 2, …")
    unnumbered = [h for h in second if not SECTION.match(h) and h not in CLOSING]
    if unnumbered:
        problems.append(f"«## N. …» expected: {unnumbered}")
    return problems


def naming_problems(texts: list[str]) -> list[str]:
    problems = []
    text = "\n".join(prose(t) for t in texts)
    exercises = [int(n) for n in EXERCISE.findall(text)]
    if exercises != list(range(1, len(exercises) + 1)):
        problems.append(f"exercises numbered {exercises}, not 1, 2, …")
    problems += [f"«N-тапсырма»: {m.group(0)!r}" for m in WRONG_EXERCISE.finditer(text)]
    problems += [f"«N-бақылау сұрағы»: {m.group(0)!r}" for m in WRONG_QUESTION.finditer(text)]
    return problems


def name_and_number_problems(texts: list[str]) -> list[str]:
    problems = []
    text = "\n".join(prose(t) for t in texts)
    literature = text.split("## Әдебиет", 1)[1] if "## Әдебиет" in text else ""
    for item in re.findall(r"^\s*\d+\.\s+(.*)$", literature, re.M):
        authors = re.split(r"\*|\d{4}", item)[0]
        if CYRILLIC.search(KAZAKH_ET_AL.sub("", authors)):
            problems.append(f"authors in Latin script: {authors.strip()!r}")
    for match in CITATION.finditer(text):
        names = KAZAKH_ET_AL.sub("", match.group(1))
        if re.match(r"\s*[A-ZА-ЯӘҒҚҢӨҰҮҺІ]", names) and CYRILLIC.search(names) and len(names) < 40:
            problems.append(f"cited names in Latin script: {match.group(0)!r}")
    problems += [f"decimal point, not comma: {m.group(0)!r}" for m in DECIMAL_COMMA.finditer(text)]
    return problems


# --- the notebooks -----------------------------------------------------------------------
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_headings_follow_the_scheme(path):
    assert heading_problems(markdown(path), path.name[:2]) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_exercises_and_control_questions_are_named_one_way(path):
    assert naming_problems(markdown(path)) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_names_are_latin_and_numbers_use_a_decimal_point(path):
    assert name_and_number_problems(markdown(path)) == []


# --- each check fails on a broken notebook -----------------------------------------------
GOOD = ["# 07 · Тақырып\n\nКіріспе.", "## 1. Бірінші\n\n**1-тапсырма.** Жазыңыз.",
        "## 2. Екінші (3-бақылау сұрағы)\n\n### 2.1. Ішкі", "## Қорытынды\n\nБәрі.",
        "## Әдебиет\n\n1. Hochreiter S., Schmidhuber J. *Long short-term memory.* 1997.\n"
        "2. Goodfellow I. т.б. *GAN*. 2014."]


def test_a_notebook_that_follows_the_scheme_passes():
    assert heading_problems(GOOD, "07") == []
    assert naming_problems(GOOD) == []
    assert name_and_number_problems(GOOD + ["Мысалы (Le т.б., 2015), 0.5 және 1.2 млн."]) == []


@pytest.mark.parametrize("broken", [
    ["# 7. Тақырып"] + GOOD[1:],                                    # old title form
    GOOD[:3] + ["## Әдебиеттер\n\n1. Goodfellow I. 2016."],         # no Қорытынды, plural
    GOOD[:1] + ["## 2. Екінші"] + GOOD[3:],                         # numbering starts at 2
    GOOD[:1] + ["## Бөлім"] + GOOD[3:],                             # unnumbered section
    GOOD + ["# Тағы бір тақырып"],                                  # two titles
])
def test_a_broken_heading_scheme_is_found(broken):
    assert heading_problems(broken, "07") != []


@pytest.mark.parametrize("broken", [
    GOOD + ["### Тапсырма 2: тағы"],
    GOOD + ["**3-тапсырма.** Секіріп кеткен нөмір."],
    GOOD + ["Бұл — бақылау сұрағы 4."],
])
def test_a_wrongly_named_exercise_or_question_is_found(broken):
    assert naming_problems(broken) != []


@pytest.mark.parametrize("broken", [
    GOOD[:4] + ["## Әдебиет\n\n1. Хохрайтер С. *LSTM.* 1997."],
    GOOD + ["Мұны (Гудфеллоу т.б., 2014) көрсетті."],
    GOOD + ["Ықтималдық 0,5-ке тең."],
])
def test_cyrillic_names_and_decimal_commas_are_found(broken):
    assert name_and_number_problems(broken) != []
