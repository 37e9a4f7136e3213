"""Kazakh case endings after a number or an abbreviation: 216-дан, 40-тан, 1000-нан, GRU-ның.

A Kazakh ending follows the last sound of the word it is attached to, *as spoken*.  After a
number that word is the number's last spoken word (216 = «екі жүз он алты» → 216-дан;
40 = «қырық» → 40-тан; 1000 = «бір мың» → 1000-нан), so a message that puts an ending after
a computed number must compute the ending.  In an i18n text write the case after ``@`` in
the field's format spec and ``tr`` fills in number and ending::

    "kk": "−ELBO {elbo:.0f@ablative} төмен түсті"      # → «−ELBO 216-дан төмен түсті»

Two things decide the ending (Kazakh school grammar):

* vowel harmony: the last vowel of the word is back (а, о, ұ, ы) or front (ә, е, ө, ү, і, э);
* the last sound: a vowel; a nasal м, н, ң; a voiced sound л, р, й, у, ж, з (у and й are
  glides here: елу → елудің, елуге); or a voiceless consonant (п, т, к, қ, с, ш, …; also
  б, в, г, д, ғ, which are devoiced at the end of a word).

=============  ======  =======  ======  ========  =========
case           vowel   м н ң    voiced  voiceless example
=============  ======  =======  ======  ========  =========
genitive       -ның    -ның     -дың    -тың      216-ның, 10-ның, 50-дің, 40-тың
dative         -ға     -ға      -ға     -қа       216-ға, 10-ға, 50-ге, 40-қа
accusative     -ны     -ды      -ды     -ты       216-ны, 10-ды, 50-ді, 40-ты
locative       -да     -да      -да     -та       216-да, 10-да, 50-де, 40-та
ablative       -дан    -нан     -дан    -тан      216-дан, 10-нан, 50-ден, 40-тан
=============  ======  =======  ======  ========  =========

(front words take і/е and г/к: 2-нің, 2-ге, 3-ке.)
"""
from __future__ import annotations

import re
from numbers import Integral

from ..errors import HelperInputError
from .translate import template

__all__ = ["CASES", "ABBREVIATIONS", "spoken_last_word", "case_ending", "kk_case"]

CASES = ("genitive", "dative", "accusative", "locative", "ablative")

# How the series' abbreviations are read aloud in a Kazakh lecture: Latin letters by their
# Russian names (as the lecture's mixed Kazakh-Russian speech names them), words as words.
# The ending follows the reading's last sound (orthography rules: «Қосымшалар қысқарған
# сөздің айтылуына сәйкес дефис арқылы жазылады», e.g. ДДСҰ-ға, АҚ-ның):
ABBREVIATIONS = {
    "GRU": "гэ-эр-у",        # letter name «у» = the vowel [u], back: GRU-ның, GRU-ны (issue 13)
    "CPU": "цэ-пэ-у",        # likewise: CPU-ның
    "GPU": "гэ-пэ-у",
    "LSTM": "эл-эс-тэ-эм",   # м, front: LSTM-нің, LSTM-ге, LSTM-нен
    "RNN": "эр-эн-эн",       # н, front: RNN-нің, RNN-ге
    "MLP": "эм-эл-пэ",       # vowel, front: MLP-нің
    "GAN": "ган",            # said as a word: GAN-ның, GAN-ды, GAN-нан
    "VAE": "вэ-а-э",         # vowel э, front: VAE-нің, VAE-ге, VAE-ні
    "KL": "ка-эль",          # л, front (soft ль): KL-дің, KL-ге
    "ELBO": "элбо",          # said as a word: ELBO-ның, ELBO-ны
    "MSE": "эм-эс-э",        # vowel, front: MSE-нің
    "RMSE": "эр-эм-эс-э",
    "μ": "мю",               # vowel [ju], back: μ-ның (issue 13 prefers «μ мәні» in prose)
    "σ": "сигма",            # vowel, back: σ-ның
}

_ONES = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")
_SCALES = ("мың", "миллион", "миллиард", "триллион")  # 10³, 10⁶, 10⁹, 10¹²

_BACK, _FRONT = set("аоұыяёю"), set("әеөүіэ")
_VOWELS = _BACK | _FRONT
_NASALS, _VOICED = set("мнң"), set("лрйужзи")

# The first letters of each ending: case -> (after a vowel, a nasal, a voiced, a voiceless sound).
_CONSONANT = {
    "genitive": ("н", "н", "д", "т"),
    "dative": ("ғ", "ғ", "ғ", "қ"),
    "accusative": ("н", "д", "д", "т"),
    "locative": ("д", "д", "д", "т"),
    "ablative": ("д", "н", "д", "т"),
}
_REST = {"genitive": ("ың", "ің"), "dative": ("а", "е"), "accusative": ("ы", "і"),
         "locative": ("а", "е"), "ablative": ("ан", "ен")}
_FRONT_CONSONANT = {"ғ": "г", "қ": "к"}

# A number as it is printed: an optional minus, digits (spaces may group them), a decimal part.
_NUMBER = re.compile(r"[−-]?(\d[\d\s]*?)(?:[.,](\d+))?")


def _fail(key: str, **values) -> None:
    raise HelperInputError(template(key).format(**values))


def _words_last(n: int) -> str:
    """The last spoken word of a whole number n ≥ 0: 216 → алты, 40 → қырық, 2000 → мың."""
    if n == 0:
        return _ONES[0]
    power = 0
    while n % 1000 == 0:
        n //= 1000
        power += 1
    if power:
        return _SCALES[power - 1]
    if n % 10:
        return _ONES[n % 10]
    if n % 100:
        return _TENS[n % 100 // 10]
    return "жүз"


def spoken_last_word(value) -> str:
    """The last word of ``value`` read aloud in Kazakh.

    ``value`` is a whole number (216 → «алты»), a number as printed («0,85» and «0.85» are
    read «нөл бүтін жүзден сексен бес» → «бес»; «−3» → «үш»), or one of ``ABBREVIATIONS``
    («GRU» → «гэ-эр-у»).
    """
    if isinstance(value, bool) or not isinstance(value, (Integral, str)):
        _fail("grammar.err_value", got=repr(value)[:40], choices=", ".join(ABBREVIATIONS))
    if isinstance(value, Integral):
        return _words_last(abs(int(value)))
    text = value.strip()
    if text in ABBREVIATIONS:
        return ABBREVIATIONS[text]
    match = _NUMBER.fullmatch(text)
    if match is None or len(re.sub(r"\s", "", match.group(1))) > 15:
        _fail("grammar.err_value", got=repr(value)[:40], choices=", ".join(ABBREVIATIONS))
    whole, fraction = match.groups()
    return _words_last(int(fraction) if fraction else int(re.sub(r"\s", "", whole)))


def _sound(word: str) -> tuple[int, bool]:
    """(0 vowel | 1 nasal | 2 voiced | 3 voiceless, front?) of a Kazakh word's last sound."""
    letters = [c for c in word.lower() if c.isalpha() and c not in "ьъ"]
    last = letters[-1]
    if last == "у" and word[-2:-1] in ("-", ""):
        return 0, False  # «у» alone is a letter's name, the back vowel [u] (гэ-эр-у)
    vowels = [c for c in letters if c in _VOWELS]
    # The glides у and и (елу, ми) decide harmony only in a word with no other vowel (су).
    front = (vowels[-1] if vowels else {"у": "ұ", "и": "і"}.get(last, "ы")) in _FRONT
    if last in _VOWELS:
        kind = 0
    elif last in _NASALS:
        kind = 1
    elif last in _VOICED:
        kind = 2
    else:
        kind = 3
    return kind, front


def case_ending(word: str, case: str) -> str:
    """The ending of ``case`` after the Kazakh word ``word``: ("алты", "ablative") → "дан"."""
    if not isinstance(case, str) or case not in CASES:
        _fail("err.choice", name="case", choices=", ".join(CASES), got=repr(case)[:40])
    if not isinstance(word, str) or not re.search(r"[а-яәғқңөұүһі]", word.lower()):
        _fail("grammar.err_word", got=repr(word)[:40])
    kind, front = _sound(word)
    consonant = _CONSONANT[case][kind]
    if front:
        consonant = _FRONT_CONSONANT.get(consonant, consonant)
    return consonant + _REST[case][front]


def kk_case(value, case: str) -> str:
    """``value`` with its Kazakh case ending: (216, "ablative") → "216-дан", ("GRU", "genitive") → "GRU-ның"."""
    if not isinstance(case, str) or case not in CASES:
        _fail("err.choice", name="case", choices=", ".join(CASES), got=repr(case)[:40])
    text = value.strip() if isinstance(value, str) else value
    return f"{text}-{case_ending(spoken_last_word(value), case)}"
