"""Terminology: the "avoid" column of the glossary's decisions table never appears.

``docs/glossary.md`` ends with "Decisions where the notebooks drifted": one word per
concept and the words to avoid.  This test reads every Kazakh text a student sees:

* notebook markdown cells, and the Kazakh comments and string literals of code cells;
* the ``kk`` text of every table in ``deeplearn_helpers/i18n/*.py`` (strings and quizzes);
* the Kazakh part of ``README.md`` (everything above ``## English``);

and fails on each avoid term, naming the file, the cell (or the i18n key), the term and the
glossary's replacement.  Code is not prose: fenced blocks, `inline code` and ``{placeholders}``
are removed before the rules look.

Some words are right in one sense and wrong in another (ығысу is the neuron's b, not a bias
of data; белгі is a feature, not a label or a marker).  Their rules look at the sentence
around the word; what the rule still cannot tell apart is listed in ``EXCEPTIONS`` with
its reason, and a test fails when an exception is no longer needed.

Run ``python tests/test_terminology.py`` to print the hits per file.
"""
from __future__ import annotations

import ast
import importlib
import io
import json
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import pytest

from deeplearn_helpers.i18n import ABBREVIATIONS, kk_case

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
I18N_FILES = sorted(p for p in (ROOT / "deeplearn_helpers" / "i18n").glob("*.py")
                    if p.stem not in ("__init__", "kk_grammar", "translate"))
README = ROOT / "README.md"
README_KAZAKH_ENDS = "\n## English"

CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
WORD = r"[^\W\d_]"  # a letter


# --------------------------------------------------------------------------- texts

@dataclass(frozen=True)
class Text:
    file: str    # repo-relative path
    where: str   # "cell 24 (markdown)", "key gates.input_title", "line 5"
    text: str


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _kazakh_lines_only(match: re.Match) -> str:
    """A fenced block keeps its Kazakh lines (a folder's description, a # comment)."""
    return "\n".join(line if CYRILLIC.search(line) else _blank(line)
                     for line in match.group(0).split("\n"))


def _strip_code(markdown: str) -> str:
    """Blank out code: fenced lines without Kazakh, `inline code`, HTML comments.

    Blanking keeps the length, so offsets (and line numbers) still point at the source.
    """
    def blank(match: re.Match) -> str:
        return _blank(match.group(0))
    markdown = re.sub(r"```.*?```", _kazakh_lines_only, markdown, flags=re.S)
    markdown = re.sub(r"`[^`\n]*`", blank, markdown)
    return re.sub(r"<!--.*?-->", blank, markdown, flags=re.S)


def _strip_placeholders(text: str) -> str:
    return re.sub(r"\{[^{}\n]*\}", lambda m: " " * len(m.group(0)), text)


def _python_kazakh(source: str) -> Iterator[tuple[str, str]]:
    """(kind, text) of every Kazakh comment and string literal of a code cell."""
    # IPython magics and shell lines are not Python: blank them so the cell still parses.
    source = "\n".join("" if line.lstrip().startswith(("%", "!")) else line
                       for line in source.split("\n"))
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and CYRILLIC.search(token.string):
            yield "comment", token.string
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and CYRILLIC.search(node.value):
            yield "string", node.value


def notebook_texts(path: Path) -> list[Text]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    name = path.relative_to(ROOT).as_posix()
    texts = []
    for index, cell in enumerate(cells):
        source = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            texts.append(Text(name, f"cell {index} (markdown)", _strip_code(source)))
        elif cell["cell_type"] == "code":
            for kind, text in _python_kazakh(source):
                texts.append(Text(name, f"cell {index} ({kind})", _strip_code(text)))
    return texts


def _kk_leaves(value, path: str) -> Iterator[tuple[str, str]]:
    """(path, kk text) of every {"kk": ...} entry nested anywhere in an i18n table."""
    if isinstance(value, dict):
        if isinstance(value.get("kk"), str):
            yield path, value["kk"]
        for key, item in value.items():
            if key not in ("kk", "ru", "en"):
                yield from _kk_leaves(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _kk_leaves(item, f"{path}[{index}]")


def i18n_texts(path: Path) -> list[Text]:
    module = importlib.import_module(f"deeplearn_helpers.i18n.{path.stem}")
    name = path.relative_to(ROOT).as_posix()
    texts = []
    for attribute, table in vars(module).items():
        if attribute.isupper() and isinstance(table, (dict, list, tuple)):
            for key, kk in _kk_leaves(table, ""):
                texts.append(Text(name, f"key {key}", _strip_code(_strip_placeholders(kk))))
    return texts


def readme_texts() -> list[Text]:
    kazakh = README.read_text(encoding="utf-8").split(README_KAZAKH_ENDS)[0]
    return [Text("README.md", "", _strip_code(kazakh))]


def all_sources() -> dict[str, Callable[[], list[Text]]]:
    sources = {p.relative_to(ROOT).as_posix(): (lambda p=p: notebook_texts(p)) for p in NOTEBOOKS}
    sources.update({p.relative_to(ROOT).as_posix(): (lambda p=p: i18n_texts(p)) for p in I18N_FILES})
    sources["README.md"] = readme_texts
    return sources


# --------------------------------------------------------------------------- rules

SENTENCE_ENDS = re.compile(r"[.!?;|]\s|\n\s*\n|\n\s*[*\-]\s|\n\s*\d+\.\s")
PARAGRAPH_ENDS = re.compile(r"\||\n\s*\n|\n\s*[*\-]\s|\n\s*\d+\.\s")


def sentence_around(text: str, start: int, end: int, stops=SENTENCE_ENDS) -> str:
    """The sentence (or list item, or table cell) that holds text[start:end]."""
    before = [m.end() for m in stops.finditer(text, 0, start)]
    after = stops.search(text, end)
    return text[(before[-1] if before else 0):(after.start() if after else len(text))]


def inside_quotation(text: str, start: int) -> bool:
    """Within «…» or a *single-star* italic span: a quoted title, not our own wording."""
    for span in re.finditer(r"«[^»]*»|(?<!\*)\*(?!\*)[^*]+?(?<!\*)\*(?!\*)", text, flags=re.S):
        if span.start() <= start < span.end():
            return True
    return False


@dataclass(frozen=True)
class Rule:
    name: str
    avoid: str      # the glossary row's "avoid" words
    use: str        # the glossary's replacement
    pattern: str
    flags: int = re.IGNORECASE
    # Given (text, match), the reason this occurrence is right after all, or None.
    allow: Callable[[Text, re.Match], str | None] | None = None

    def hits(self, text: Text) -> Iterator[re.Match]:
        for match in re.finditer(self.pattern, text.text, self.flags):
            if self.allow is None or self.allow(text, match) is None:
                yield match


def _seed_allowed(source, match):
    before = source.text[:match.start()]
    if re.search(r"тұқым\w*\s*\((?:random\s+)?$", before, re.I):
        return "glossed: (кездейсоқтық) тұқымы (seed)"
    return None


# Words that put ығысу inside a network: the b of a neuron, a layer, a gate or a cell.
NEURON_BIAS = re.compile(r"\$b|\bb\b|b_|bias_|bias=|салмақ|нейрон|қақпа|блок|табалдырық|"
                         r"параметр|шекара|ұяшық|қабат|декодтауыш|W_", re.I)


def _bias_allowed(source, match):
    paragraph = sentence_around(source.text, match.start(), match.end(), PARAGRAPH_ENDS)
    return "the b of a neuron or a layer" if NEURON_BIAS.search(paragraph) else None


# i18n keys of the adding problem and its gate explorer: there белгі can only be the marker.
MARKER_KEYS = ("key adding.", "key gates.")


def _feature_allowed(source, match):
    text = source.text
    word = match.group(0).lower()
    before = text[max(0, match.start() - 20):match.start()].lower()
    if word.startswith("белгіле") and not word.startswith("белгілер"):
        return "the verb белгілеу (to mark), not the noun"
    if word.startswith(("белгілі", "белгісіз")):
        return "белгілі / белгісіз: known / unknown"
    if re.search(r"класс\s+$", before):
        return "класс белгісі is the glossary's word for label"
    if re.search(r"тыныс\s+$", before):
        return "тыныс белгілері: punctuation marks"
    if re.search(r"✓\s*$", before):
        return "the printed ✓ sign"
    if source.where.startswith(MARKER_KEYS):
        return None
    sentence = sentence_around(text, match.start(), match.end())
    if re.search(r"label|marker|\bmark\b|маркер|қадам|қосу есеб|позиция|positions", sentence, re.I):
        return None
    return "белгі = feature"


def _model_allowed(source, match):
    text = source.text
    word = match.group(0).lower()
    before = text[max(0, match.start() - 20):match.start()].lower()
    if word.startswith("үлгісінде"):
        return "үлгісінде: in the manner of"
    if re.search(r"салыстыру\s+$", before):
        return "салыстыру үлгісі is the glossary's word for reference"
    if re.search(r"генеративті\s+$", before) and inside_quotation(text, match.start()):
        return "quoting the lecture's title «генеративті үлгілер»"
    return None


def _inertia_allowed(source, match):
    if re.match(r"\s*\(momentum", source.text[match.end():], re.I):
        return "the optimizer's momentum, not the naive forecast"
    return None


LATIN_NAME = r"[A-Z][a-zà-öø-ÿıłńśźżčšž'’\-]+(?:\s+(?:[A-Z]\.\s*)+)?"
# «... және т.б.» that closes a list of things is Kazakh for "etc."; only after a name is it "et al.".
_ET_AL_NAME = re.compile(rf"(?:{LATIN_NAME}|[А-ЯӘҒҚҢӨҰҮҺІ]{WORD}+)$")


def _budget_allowed(source, match):
    paragraph = sentence_around(source.text, match.start(), match.end(), PARAGRAPH_ENDS)
    return "the parameter budget (параметрлер бюджеті), a defined term" if re.search(r"параметр", paragraph, re.I) \
        else None


def _et_al_allowed(source, match):
    before = source.text[max(0, match.start() - 40):match.start()].rstrip()
    return None if _ET_AL_NAME.search(before) else "closes a list (etc.), not an author's name"


CYRILLIC_AUTHORS = (r"Хохрайтер|Хохрейтер|Шмидхубер|Шмидгубер|Герс|Гудфеллоу|Кингма|Веллинг|"
                    r"Уэллинг|Рэдфорд|Редфорд|Йозефович|Бенджио|Суцкевер|Мешедер|Симард|Фраскони|Паскану|"
                    r"Миколов|Элман|Вербос|Румельхарт|Хинтон|Шолле|Курвиль")

RULES = (
    Rule("notebook", "дәптер", "блокнот", rf"\bдәптер{WORD}*"),
    Rule("memory", "жад", "жады", rf"\bжад(?!ы){WORD}*"),
    Rule("slider", "сырғытпа", "жүгірткі", rf"\bсырғытпа{WORD}*"),
    Rule("chain rule", "тізбек ережесі, тізбектік ереже",
         "күрделі функцияның туындысы ережесі (chain rule)", rf"\bтізбек(?:тік)?\s+ереже{WORD}*"),
    Rule("unrolled", "уақыт бойынша жазылған (жазу = to write)", "уақыт бойынша жайылған",
         rf"\bуақыт\s+бойынша\s+жаз{WORD}*|\bжаз{WORD}*\s*\(unroll"),
    Rule("naive forecast", "инерция for the naive forecast", "аңғал болжам («ертең = бүгін»)",
         rf"\bинерци{WORD}*", allow=_inertia_allowed),
    Rule("seed", 'bare "seed" in prose', "кездейсоқтық тұқымы (seed)", r"\bseeds?\b",
         allow=_seed_allowed),
    Rule("validation set", "валидациялық жиын", "тексеру жиыны", rf"\bвалидация{WORD}*"),
    Rule("reference", "эталондық as an adjective", "эталон, салыстыру үлгісі",
         rf"\bэталондық{WORD}*"),
    Rule("et al.", "және т.б., және басқалар, әріптестері (after an author's name)",
         "Goodfellow т.б. (2016)",
         rf"(?<=[\w.])(?:,?\s+және\s+т\.\s*б\.?|,?\s+және\s+басқалар{WORD}*|\s+әріптестер{WORD}*"
         rf"|\s+et\s+al\.?)",
         flags=0, allow=_et_al_allowed),
    Rule("exercise n", "Тапсырма n: (and «Бақылау сұрағы n»)", "n-тапсырма, n-бақылау сұрағы",
         r"\b(?:тапсырма|бақылау\s+сұрағы)\s+\d+(?![\d-])"),
    Rule("data bias", "ығысу for a bias of data (that is the neuron's b)", "біржақтылық (bias)",
         rf"\bығысу{WORD}*", allow=_bias_allowed),
    Rule("label / marker", "белгі for a label or a marker", "класс белгісі (label), маркер (marker)",
         rf"\bбелгі{WORD}*", allow=_feature_allowed),
    Rule("model", "үлгі for a trained model", "модель", rf"\bүлгі{WORD}*", allow=_model_allowed),
    Rule("author names", "authors' names in Cyrillic", "Latin script (Hochreiter, Gers, …)",
         rf"\b(?:{CYRILLIC_AUTHORS}){WORD}*", flags=0),
    Rule("recipe", "рецепт", "баптаулар (of training), нұсқа (a GAN variant)", rf"\bрецепт{WORD}*"),
    Rule("steps budget", "бюджет for steps or time", "қадамдар саны; the time said plainly",
         rf"\bбюджет{WORD}*", allow=_budget_allowed),
    Rule("convolution", "конволюция", "үйірткі, үйірткілі", rf"\bконволюци{WORD}*"),
    Rule("distribution", "үлестірім", "таратылым", rf"\bүлестірім{WORD}*"),
    Rule("symbol", "символ", "таңба", rf"\bсимвол{WORD}*"),
    Rule("covered modes", "жабылған мода", "қамтылған мода", rf"\bжабылған\s+мода{WORD}*"),
    Rule("run", "жүгіріс (a training run)", "оқыту", rf"\bжүгіріс{WORD}*"),
    Rule("learning curve", "оқу қисығы", "оқыту қисығы", rf"\bоқу\s+қисығ{WORD}*"),
    Rule("notebook number", "«04 блокнот» without the hyphen", "04-блокнот", rf"\b\d+\s+блокнот{WORD}*"),
    Rule("n-dimensional", "2-D, 20-D", "2-өлшемді", r"\b\d+-D\b", flags=0),
)


@dataclass(frozen=True)
class Exception_:
    rule: str
    file: str
    phrase: str   # words around the term (cell numbers move when cells are added)
    reason: str


# Occurrences the rules above cannot tell apart from an avoid term, each with its reason.
EXCEPTIONS: tuple[Exception_, ...] = (
    Exception_("model", "notebooks/01_deep_learning.ipynb", "ойын алаңының үлгісі",
               "reference list: TensorFlow Playground is the prototype (үлгі = pattern) of the "
               "playground, not a trained model"),
    Exception_("model", "notebooks/04_gan_vae.ipynb", "20-тарау: генеративті үлгілер",
               "reference list: the book's chapter title «Deep Generative Models», quoted"),
)


@dataclass(frozen=True)
class Hit:
    file: str
    where: str
    line: int   # within the cell, the i18n text or the README
    term: str
    rule: Rule
    context: str

    @property
    def place(self) -> str:
        return f"{self.where}, line {self.line}".lstrip(", ")

    def __str__(self) -> str:
        return (f"{self.file} {self.place}: «{self.term}» — avoid {self.rule.avoid}; "
                f"use: {self.rule.use}   …{self.context}…")


def find_hits(texts: list[Text], rules=RULES) -> list[Hit]:
    hits = []
    for text in texts:
        for rule in rules:
            for match in rule.hits(text):
                term = " ".join(match.group(0).strip(" ,").split())
                context = text.text[max(0, match.start() - 30):match.end() + 30]
                line = text.text.count("\n", 0, match.start()) + 1
                hits.append(Hit(text.file, text.where, line, term, rule, " ".join(context.split())))
    return hits


def _excepted(hit: Hit, exception: Exception_) -> bool:
    return (hit.rule.name, hit.file) == (exception.rule, exception.file) \
        and exception.phrase in hit.context


def unexcepted(hits: list[Hit]) -> list[Hit]:
    return [h for h in hits if not any(_excepted(h, e) for e in EXCEPTIONS)]


# --------------------------------------------------------------------------- tests

SOURCES = all_sources()


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_no_avoid_term_of_the_glossary(name):
    hits = unexcepted(find_hits(SOURCES[name]()))
    if hits:
        pytest.fail(f"{len(hits)} avoid term(s) of the glossary:\n" + "\n".join(map(str, hits)),
                    pytrace=False)


def test_every_listed_exception_is_still_needed():
    hits = [h for name in sorted(SOURCES) for h in find_hits(SOURCES[name]())]
    stale = [e for e in EXCEPTIONS if not any(_excepted(h, e) for h in hits)]
    assert not stale, f"exceptions that match nothing any more (remove them): {stale}"


GLOSSARY = ROOT / "docs" / "glossary.md"
# Each row of the decisions table with an "avoid" column (by its English column) -> its rule.
RULE_OF_ROW = {
    "model": "model", "notebook": "notebook", "memory": "memory", "slider": "slider",
    "feature": "label / marker", "label": "label / marker", "marker": "label / marker",
    "bias of data": "data bias", "chain rule": "chain rule", "unrolled in time": "unrolled",
    "naive / persistence forecast": "naive forecast", "random seed": "seed",
    "validation set": "validation set", "reference": "reference", "et al.": "et al.",
    "exercise n": "exercise n", "training recipe": "recipe", "number of training steps": "steps budget",
    "convolution": "convolution", "probability distribution": "distribution", "symbol": "symbol",
    "covered mode": "covered modes", "training run": "run", "learning curve": "learning curve",
    "notebook n": "notebook number", "n-dimensional": "n-dimensional",
}


def test_every_row_of_the_decisions_table_has_a_rule():
    table = GLOSSARY.read_text(encoding="utf-8").split("Decisions where the notebooks drifted")[1]
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in table.splitlines() if line.startswith("|") and "---" not in line][1:]
    names = {rule.name for rule in RULES}
    missing = [row[1] for row in rows if row[2] and
               RULE_OF_ROW.get(next((k for k in RULE_OF_ROW if row[1].startswith(k)), "")) not in names]
    assert rows and not missing, f"rows of the decisions table without a rule: {missing}"


def _terms(text: str, rule_name: str, where: str = "cell 0 (markdown)") -> list[str]:
    rules = [r for r in RULES if r.name == rule_name]
    return [h.term for h in find_hits([Text("x", where, _strip_code(text))], rules)]


@pytest.mark.parametrize("rule_name, wrong, right", [
    ("notebook", "Бұл дәптерде екі модель бар.", "Бұл блокнотта екі модель бар."),
    ("memory", "ұзақ жадқа қақпалар керек; жад толық сақталады", "ұзақ жадыға қақпалар керек; жадысы"),
    ("slider", "Сырғытпа уақыт қадамын таңдайды.", "Жүгірткі уақыт қадамын таңдайды."),
    ("chain rule", "Тізбектік ереже бойынша; тізбек ережесі",
     "күрделі функцияның туындысы ережесі (chain rule) бойынша"),
    ("unrolled", "уақыт бойынша жазылған (unrolled) желі", "уақыт бойынша жайылған (unrolled) желі"),
    ("naive forecast", "RMSE < инерция 2.1 °C", "RMSE < аңғал болжам 2.1 °C; инерция (momentum) әдісі"),
    ("seed", "бес seed бойынша; seed-тің бәрінде",
     "бес кездейсоқтық тұқымы (seed) бойынша, `seed=0`; Тұқым (seed); тұқымының (random seed)"),
    ("validation set", "1000 валидациялық тізбекте", "1000 тізбектен тұратын тексеру жиынында"),
    ("reference", "эталондық жауап", "эталон жауап; салыстыру үлгісі; эталонды аламыз"),
    ("et al.", "Goodfellow I. және т.б. (2014); Luong және басқалар; Cho K. et al.",
     "Goodfellow т.б. (2014); сан, әріп және т.б. таңбалар"),
    ("exercise n", "### Тапсырма 1: дискриминатор", "### 1-тапсырма. 3-тапсырма 6-бөлімде"),
    ("data bias", "**ығысу** (bias): генератор тек көргенін қайталайды — бір топтың деректерін",
     "$b$ — **ығысу** (bias): нейронның табалдырығы. Деректердің біржақтылығы."),
    ("label / marker", "кездейсоқ мән және белгі (marker; 0 немесе 1); белгілерді (labels)",
     "әр нүктенің екі белгісі бар; класс белгісі (label); тыныс белгілері; тіл белгісіз"),
    ("model", "Екі рекурренттік үлгі де жақсы.", "Екі рекурренттік модель де жақсы; «генеративті үлгілер» дәрісі"),
    ("author names", "Хохрайтер мен Шмидхубер (1997)", "Hochreiter мен Schmidhuber (1997)"),
    ("recipe", "осы рецептпен оқытамыз", "осы баптаулармен оқытамыз; түзетілген нұсқа"),
    ("steps budget", "қадам бюджеті 3000.\n\nБюджет бірдей.", "3000 қадам; параметрлер бюджеті (parameter budget)"),
    ("convolution", "конволюциялық желі", "үйірткілі желі (CNN)"),
    ("distribution", "екі үлестірім", "екі таратылым"),
    ("symbol", "символдар тізбегі", "таңбалар тізбегі"),
    ("covered modes", "8 жабылған модалар", "8 қамтылған мода"),
    ("run", "бес жүгірістің бәрінде", "бес оқытудың бәрінде"),
    ("learning curve", "оқу қисығы төмендейді", "оқыту қисығы төмендейді; оқу жылы"),
    ("notebook number", "04 блокнотта көрдік", "04-блокнотта көрдік; блокнот 04-те"),
    ("n-dimensional", "2-D GAN", "2-өлшемді GAN; 2D"),
])
def test_each_rule_catches_the_wrong_form_and_spares_the_right_one(rule_name, wrong, right):
    assert _terms(wrong, rule_name), f"{rule_name}: missed in «{wrong}»"
    assert _terms(right, rule_name) == [], f"{rule_name}: false alarm in «{right}»"


def test_in_the_adding_problems_strings_белгі_is_the_marker():
    assert _terms("Өз белгілерім", "label / marker", where="key gates.typed") == ["белгілерім"]
    assert _terms("Өз белгілерім", "label / marker", where="key basics.x") == []


def test_code_is_not_prose():
    markdown = "Мысал: `seed=0` және\n```python\nseed = 0  # the seed\n```\n"
    assert find_hits([Text("x", "y", _strip_code(markdown))]) == []
    block = "```\ntests/   бірнеше seed\nseed = 0\n```"
    assert [h.term for h in find_hits([Text("x", "y", _strip_code(block))])] == ["seed"]
    cell = 'x = 1  # 5 seed бойынша\nprint("дәптер")\n%matplotlib inline\nseed = 3\n'
    kinds = dict(_python_kazakh(cell))
    assert kinds == {"comment": "# 5 seed бойынша", "string": "дәптер"}


# --------------------------------------------------------------------------- typed endings

# A case ending typed after a number or an abbreviation must be the one its reading takes
# (216-дан, 40-тан, GRU-ның): i18n.kk_grammar, tested against num2words, is the reference.
_ENDINGS = {
    "ablative": ("дан", "ден", "тан", "тен", "нан", "нен"),
    "genitive": ("ның", "нің", "дың", "дің", "тың", "тің"),
    "locative": ("да", "де", "та", "те"),
    "dative": ("ға", "ге", "қа", "ке"),
    "accusative": ("ны", "ні", "ды", "ді", "ты", "ті"),
}
_ABBREVIATION = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
_TYPED = re.compile(rf"(?<![\w.,−-])(?P<base>{_ABBREVIATION}|\d+(?:[.,]\d+)?)-(?P<suffix>{WORD}+)")


def _case_of(suffix: str) -> str | None:
    """The case of a bare case ending (locative also with -ғы/-гі: GRU-дағы); else None."""
    for case, forms in _ENDINGS.items():
        if suffix in forms or (case == "locative" and suffix[:2] in forms and suffix[2:] in ("ғы", "гі")):
            return case
    return None


def wrong_endings(texts: list[Text]) -> list[str]:
    wrong = []
    for text in texts:
        for match in _TYPED.finditer(text.text):
            base, suffix = match.group("base"), match.group("suffix").lower()
            case = _case_of(suffix)
            if case is None:
                continue   # an ordinal (5-қадам), a possessive or a plural: not a case ending
            right = kk_case(base, case)
            if not f"{base}-{suffix}".startswith(right):
                line = text.text.count("\n", 0, match.start()) + 1
                wrong.append(f"{text.file} {text.where}, line {line}: «{match.group(0)}» → «{right}"
                             f"{suffix[2:] if case == 'locative' else ''}»")
    return wrong


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_typed_case_endings_follow_the_reading(name):
    wrong = wrong_endings(SOURCES[name]())
    if wrong:
        pytest.fail(f"{len(wrong)} case ending(s) that do not follow the spoken word:\n"
                    + "\n".join(wrong), pytrace=False)


def test_typed_endings_rule_catches_the_issues_examples():
    texts = [Text("x", "y", "GRU-дың қатесі 216-ден 40-тан; GRU-ның, 1000-нан, GRU-дағы, 5-қадам")]
    assert wrong_endings(texts) == ["x y, line 1: «GRU-дың» → «GRU-ның»",
                                    "x y, line 1: «216-ден» → «216-дан»"]


def report() -> str:
    """Markdown list of the current hits, per file (for /work/coord/terminology_hits.md)."""
    lines = []
    for name in sorted(SOURCES):
        hits = unexcepted(find_hits(SOURCES[name]()))
        lines.append(f"\n### {name}: {len(hits)}\n")
        lines += [f"- {h.place}: «{h.term}» → {h.rule.use}   (…{h.context}…)" for h in hits]
        lines += [f"- case ending: {w}" for w in wrong_endings(SOURCES[name]())]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
