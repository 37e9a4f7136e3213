"""Strings and control questions of the applications topic (see i18n/__init__.py for the format)."""

STRINGS: dict[str, dict[str, str]] = {
    # --- numbers and the translator ---
    "app.num_empty": {
        "kk": "Сан енгізілмеді: цифрлармен бір сан жазыңыз, мысалы 1945.",
        "ru": "Число не введено: напишите число цифрами, например 1945.",
        "en": "No number given: type a number in digits, e.g. 1945.",
    },
    "app.num_not_digits": {
        "kk": "«{text}» — сан емес: тек 0–9 цифрларын жазыңыз (бос орынсыз, әріпсіз).",
        "ru": "«{text}» — не число: пишите только цифры 0–9 (без пробелов и букв).",
        "en": "'{text}' is not a number: type only the digits 0–9 (no spaces or letters).",
    },
    "app.num_range": {
        "kk": "{got} саны ауқымнан тыс: аудармашы тек {low}…{high} сандарын біледі.",
        "ru": "Число {got} вне диапазона: переводчик знает только числа {low}…{high}.",
        "en": "{got} is out of range: the translator knows only the numbers {low}…{high}.",
    },
}

QUIZZES: dict[str, list[dict]] = {}

STRINGS.update({
    "app.unknown_chars": {
        "kk": "Мәтінде үлгі білмейтін таңбалар бар: «{chars}». Тек қазақ кирилл әріптері мен тыныс белгілерін жазыңыз.",
        "ru": "В тексте есть символы, которых модель не знает: «{chars}». Пишите только казахскими кириллическими буквами и знаками препинания.",
        "en": "The text has characters the model does not know: '{chars}'. Use only Kazakh Cyrillic letters and punctuation.",
    },
})
