"""Set the slide metadata of the notebooks (``cell.metadata.slideshow``) from rules.

    python scripts/slide_metadata.py [NOTEBOOK ...]          # write it (default: all five)
    python scripts/slide_metadata.py --check [NOTEBOOK ...]  # exit 1 where a notebook drifted

Run it again after editing a notebook: ``tests/test_slides.py`` fails when the stored slide
metadata differs from what this script sets.  ``make slides`` (scripts/build_slides.py)
turns the metadata into reveal.js decks.

The rules.  Every cell gets a *role*, and the role decides what the deck shows:

* ``# `` or ``## `` heading → a new slide; ``### `` heading or other text → a sub-slide (↓);
  text longer than a slide is cut into several sub-slides when the deck is built
  (``chunks``), at paragraph boundaries, never inside a formula, list or table;
  a short sentence after a picture stays on the picture's slide as a fragment;
* set-up code (before the first ``##`` section) and exercises (solution, check and
  written-answer cells: tags ``exercise*`` or nbgrader metadata) → skipped;
* a picture (PNG output) or an explorer / quiz (widget view) → its output only, the code
  hidden; it shares the slide of the text before it when both fit, else opens a sub-slide;
* every other code cell (self-checks, helpers, prints) → speaker notes;
* ``OVERRIDES`` below name, per notebook, the cells whose code is the lesson (shown with
  its output) or whose printed output is a result worth projecting.  A cell is named by
  the start of its source, so the list survives cells being added or moved; a name that
  matches no cell, or several, is an error.

Heights are estimated in pixels of the 1280×720 deck (``scripts/slides_template``): the
browser test (``tests/test_slides.py``) measures the real ones.
"""
from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))

# --- the deck's geometry, as scripts/slides_template/lecture13/index.html.j2 sets it -------
SLIDE_HEIGHT = 720
BUDGET = 550            # px of a slide the estimate may fill (the estimate is rough)
TEXT_LINE = 35          # px per line of prose (26 px font, line height 1.35)
TEXT_CHARS = 90         # characters of prose per line
CODE_LINE = 26          # px per line of code (20 px font)
CODE_CHARS = 95
HEADING = {1: 80, 2: 70, 3: 60}   # px a heading takes, by level
FORMULA = 80            # px of a displayed formula ($$ … $$) ...
TALL_FORMULA = 130      # ... with fractions, sums or braces
TABLE_ROW = 44
MIN_PICTURE = 330       # a picture shrinks to fit the slide, but not below this height
SHORT_TEXT = 2          # lines: a sentence this short after a picture is its fragment

# --- roles ---------------------------------------------------------------------------
SHOWN = {"lesson", "output", "picture", "explorer"}   # code cells whose output is projected
EXERCISE_TAGS = {"exercise", "exercise-check", "exercise-written"}   # and nbgrader's own metadata

# Per notebook: start of a cell's source → role ("lesson": code and output shown;
# "output": output only; "notes"; "skip"), or → (role, extra slideshow keys).
OVERRIDES: dict[str, dict[str, str | tuple[str, dict]]] = {
    "01_deep_learning": {
        "def neuron(x, w, b):": "lesson",                       # a neuron from scratch
        "x = torch.tensor([1.0, -2.0])": "lesson",              # forward pass by numbers
        "x = torch.tensor([1.0, 2.0, 3.0])": "lesson",          # one gradient by hand
        "X, y = make_spirals(n=800, seed=0)": "output",         # linear model vs MLP
        "depth = stored[\"depth\"]": "output",                 # the depth sweep's networks
        "point = torch.tensor([[0.5, -0.5]])": "lesson",        # softmax probabilities
    },
    "02_lstm_gru": {
        "I, H = 2, 32": "output",                               # parameters of RNN, LSTM, GRU
        "print(tr(\"gated.table_header\"))": "output",          # the adding-problem table
    },
    "03_rnn": {
        "seed_everything(0)\ncell = RNNCellScratch(input_size=1": "lesson",   # memory: order matters
        "for length in (3, 7):": "output",
        "n_params = sum(": "output",
        "x_demo, y_demo = recall_batch(": "output",
    },
    "04_gan_vae": {
        "for field in dataclasses.fields(M.GANConfig):": "output",     # what the fixed recipe changes
        "from IPython.display import Markdown, display": "output",      # the ablation table
        "from IPython.display import Markdown\n": "output",            # GAN vs VAE table
        # the GAN lab: its controls and pictures are taller than a slide even zoomed out
        "# NBVAL_IGNORE_OUTPUT\nfrom deeplearn_helpers.widgets import GANLab": (
            "explorer", {"data": {"scroll": "intended"}}),
    },
    "05_applications": {
        "prompt = \"терең оқыту \"": "output",                  # generated Kazakh text
        "from num2words import num2words": "output",
        "import torch.nn.functional as F": "lesson",            # attention from scratch
    },
}


def source(cell: dict) -> str:
    text = cell["source"]
    return text if isinstance(text, str) else "".join(text)


def heading_level(text: str) -> int:
    match = re.match(r"(#{1,6}) ", text.lstrip())
    return len(match.group(1)) if match else 0


# --- height estimates ------------------------------------------------------------------
def _plain(line: str) -> str:
    """The characters a line of markdown shows (markup and LaTeX commands dropped)."""
    line = re.sub(r"\\[a-zA-Z]+", "x", line)
    return re.sub(r"[*_`$\\{}^]|\]\([^)]*\)", "", line)


def block_height(block: str) -> int:
    """Estimated height (px) of one markdown block: a paragraph, list, table or formula."""
    lines = [line for line in block.split("\n") if line.strip()]
    first = lines[0].lstrip() if lines else ""
    if not lines:
        return 0
    if heading_level(first):                    # a long heading wraps (38 px font)
        return HEADING.get(heading_level(first), 50) * math.ceil(len(_plain(first)) / 60)
    if first.startswith("$$"):
        tall = re.search(r"\\d?frac|\\sum|\\underbrace|\\prod|\\int", block)
        return (TALL_FORMULA if tall else FORMULA) * max(1, block.count("\\\\") + 1)
    if first.startswith("|"):
        cells = [len(_plain(c)) for line in lines for c in line.split("|")]
        wrap = max(1, math.ceil(max(cells) / 30))
        return TABLE_ROW * (len(lines) - 1) * wrap
    items: list[str] = []                      # visual lines start at each list marker
    for line in lines:
        if not items or re.match(r"\s*([*-]|\d+\.) ", line):
            items.append(line)
        else:
            items[-1] += " " + line.strip()
    tall = sum(20 for item in items if re.search(r"\\d?frac|\\sum|\\underbrace", item))  # tall inline maths
    return sum(line_height(i) * math.ceil(len(_plain(i)) / TEXT_CHARS) for i in items) + 16 + tall


def line_height(text: str) -> int:
    """Lines with inline formulas stand taller (MathJax)."""
    return TEXT_LINE + 6 if "$" in text else TEXT_LINE


def blocks(text: str) -> list[str]:
    """Markdown split at blank lines, before headings and around $$ formulas (a formula
    stays one block, blank lines inside it included)."""
    out, current, in_formula = [], [], False

    def flush():
        if current:
            out.append("\n".join(current))
        current.clear()

    for line in text.split("\n"):
        opens_formula = not in_formula and line.strip().startswith("$$")
        if not in_formula and not line.strip():
            flush()
            continue
        if not in_formula and (heading_level(line) or opens_formula):
            flush()
        current.append(line)
        if line.count("$$") % 2:
            in_formula = not in_formula
        if not in_formula and ("$$" in line and current[0].strip().startswith("$$") or heading_level(line)):
            flush()                                   # a formula ends here, or a heading line
    flush()
    return out


def list_items(block: str) -> list[str]:
    """A block cut before each of its top-level list items (each keeps its continuation
    lines; text before the list is a piece of its own); a block without a list stays whole."""
    items: list[list[str]] = []
    for line in block.split("\n"):
        if not items or re.match(r"([*-]|\d+\.) ", line):   # a top-level item starts
            items.append([line])
        else:
            items[-1].append(line)
    return ["\n".join(item) for item in items]


def chunks(text: str, budget: int = BUDGET) -> list[str]:
    """Markdown cut into pieces that each fit a slide: before every heading, and between
    blocks (or between the items of a long list) when the budget is spent."""
    pieces, current, used = [], [], 0
    for block in blocks(text):
        level = heading_level(block)
        units = [block] if block_height(block) + used <= budget else list_items(block)
        for k, unit in enumerate(units):
            height = block_height(unit)
            if current and ((k == 0 and level) or used + height > budget):
                pieces.append("\n\n".join(current))
                current, used = [], 0
            if k and current and used:
                current[-1] += "\n" + unit                  # the next item of the same list
            else:
                current.append(unit)
            used += height
    if current:
        pieces.append("\n\n".join(current))
    return pieces


def text_height(text: str) -> int:
    """Height of the last slide a markdown cell fills."""
    return sum(block_height(b) for b in blocks(chunks(text)[-1]))


def code_height(cell: dict, role: str) -> int:
    """Estimated height of a shown code cell: its code (for a lesson) and its text output."""
    height = 0
    if role == "lesson":
        height += 16 + CODE_LINE * sum(max(1, math.ceil(len(line) / CODE_CHARS))
                                       for line in source(cell).split("\n"))
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        if "image/png" in data or "application/vnd.jupyter.widget-view+json" in data:
            height += MIN_PICTURE
        elif "text/markdown" in data or "text/html" in data:
            height += block_height(str(data.get("text/markdown", ""))) or 200
        else:
            text = output.get("text") or data.get("text/plain", "")
            text = text if isinstance(text, str) else "".join(text)
            height += 12 + CODE_LINE * sum(max(1, math.ceil(len(line) / CODE_CHARS))
                                           for line in text.rstrip().split("\n"))
    return height


# --- roles and placement -----------------------------------------------------------------
def has_output(cell: dict, *kinds: str) -> bool:
    return any(kind in output.get("data", {}) for output in cell.get("outputs", []) for kind in kinds)


def is_exercise(cell: dict) -> bool:
    grader = cell["metadata"].get("nbgrader", {})
    return (bool(EXERCISE_TAGS & set(cell["metadata"].get("tags", [])))
            or grader.get("solution", False) or grader.get("grade", False)
            or "### BEGIN SOLUTION" in source(cell))


def default_role(cell: dict, before_first_section: bool) -> str:
    if is_exercise(cell):                   # a solution, a check, a written answer
        return "exercise"
    if cell["cell_type"] == "markdown":
        return "text"
    if before_first_section:
        return "setup"
    if has_output(cell, "application/vnd.jupyter.widget-view+json") \
            and source(cell).startswith("# NBVAL_IGNORE_OUTPUT"):
        return "explorer"
    if has_output(cell, "image/png", "image/svg+xml"):
        return "picture"
    return "notes"


def overridden(notebook: dict, name: str) -> dict[int, tuple[str, dict]]:
    """Cell index → (role, extra slideshow keys) for the notebook's overrides."""
    found = {}
    for start, value in OVERRIDES.get(name, {}).items():
        role, extra = (value, {}) if isinstance(value, str) else value
        hits = [i for i, cell in enumerate(notebook["cells"]) if source(cell).startswith(start)]
        if len(hits) != 1:
            raise SystemExit(f"{name}: override {start!r} matches {len(hits)} cells, not one "
                             "(edit OVERRIDES in scripts/slide_metadata.py)")
        found[hits[0]] = (role, extra)
    return found


def roles(notebook: dict, name: str) -> list[tuple[str, dict]]:
    result, before_first_section = [], True
    overrides = overridden(notebook, name)
    for i, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] == "markdown" and heading_level(source(cell)) == 2:
            before_first_section = False
        result.append(overrides.get(i, (default_role(cell, before_first_section), {})))
    return result


def slideshow(notebook: dict, name: str) -> list[dict]:
    """The slideshow metadata of every cell, in order."""
    out, used, pictures = [], 0, 0
    previous_shown = False
    for cell, (role, extra) in zip(notebook["cells"], roles(notebook, name)):
        meta: dict = {}
        if role == "text":
            text = source(cell)
            level = heading_level(text)
            lines = text_height(text) // TEXT_LINE
            if level in (1, 2):
                meta["slide_type"] = "slide"
            elif previous_shown and len(chunks(text)) == 1 and lines <= SHORT_TEXT \
                    and used + text_height(text) <= BUDGET:
                meta["slide_type"] = "fragment"
            else:
                meta["slide_type"] = "subslide"
            if meta["slide_type"] == "fragment":
                used += text_height(text)
            else:
                used, pictures = text_height(text), 0
            previous_shown = False
        elif role in ("setup", "exercise", "skip"):
            meta["slide_type"] = "skip"
        elif role == "notes":
            meta["slide_type"] = "notes"
        else:   # shown: lesson, output, picture, explorer
            height = code_height(cell, role)
            picture = role in ("picture", "explorer") or has_output(cell, "image/png")
            alone = role == "explorer" or used + height > BUDGET or (picture and pictures)
            meta["slide_type"] = "subslide" if alone else "-"
            if alone:
                used, pictures = 0, 0
            used += height
            pictures += picture
            if role != "lesson":
                meta["hide_input"] = True
            if role == "explorer":
                meta["data"] = {"explorer": "saved-state"}
            previous_shown = True
        meta.update({key: value for key, value in extra.items() if key != "data"})
        if "data" in extra:
            meta["data"] = {**meta.get("data", {}), **extra["data"]}
        out.append(meta)
    return out


def apply(notebook: dict, name: str) -> bool:
    """Write the slide metadata into a notebook (a dict as json.load gives it); True if it changed."""
    changed = False
    for cell, meta in zip(notebook["cells"], slideshow(notebook, name)):
        if cell["metadata"].get("slideshow") != meta:
            cell["metadata"]["slideshow"] = meta
            changed = True
    return changed


def drift(path: Path) -> list[int]:
    """Indices of the cells whose stored slide metadata differs from what the rules set."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    wanted = slideshow(notebook, path.stem)
    return [i for i, (cell, meta) in enumerate(zip(notebook["cells"], wanted))
            if cell["metadata"].get("slideshow") != meta]


def main(args: list[str]) -> int:
    check = "--check" in args
    paths = [Path(a) for a in args if a != "--check"] or NOTEBOOKS
    status = 0
    for path in paths:
        if check:
            cells = drift(path)
            if cells:
                print(f"{path}: slide metadata drifted in cells {cells}; "
                      f"run python scripts/slide_metadata.py {path}")
                status = 1
            continue
        notebook = json.loads(path.read_text(encoding="utf-8"))
        if apply(notebook, path.stem):
            path.write_text(json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                            encoding="utf-8")        # as nbformat writes it
            print(f"{path}: slide metadata written")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
