"""Strings and control questions of the gated topic: LSTM and GRU (see i18n/__init__.py)."""

STRINGS: dict[str, dict[str, str]] = {
    # --- models/gated.py ---
    "gated.type_layer": {
        "kk": "torch-тың {cell} ұяшығы немесе бір қабатты {layer} қабаты",
        "ru": "ячейкой torch {cell} или однослойным {layer}",
        "en": "a torch {cell} or a one-layer {layer}",
    },
    "gated.type_lstm_state": {
        "kk": "(h, c) кортежі немесе None",
        "ru": "кортежем (h, c) или None",
        "en": "a tuple (h, c) or None",
    },
    "gated.err_one_layer": {
        "kk": "Тек бір қабатты, бір бағытты, проекциясыз {kind} көшіріледі; берілгенінде "
              "{layers} қабат, екі бағыттылығы: {bidirectional}.",
        "ru": "Копируется только однослойный однонаправленный {kind} без проекции; у данного "
              "слоёв: {layers}, двунаправленный: {bidirectional}.",
        "en": "Only a one-layer, one-directional {kind} without projection can be copied; this "
              "one has {layers} layers, bidirectional: {bidirectional}.",
    },
    "gated.err_no_bias": {
        "kk": "{kind} қабатында ығысу (bias) жоқ, ал нөлдік ұяшықта ол міндетті: bias=True "
              "қабатын беріңіз.",
        "ru": "У слоя {kind} нет смещения (bias), а ячейке с нуля оно нужно: передайте слой с "
              "bias=True.",
        "en": "The {kind} layer has no bias, which the scratch cell needs: pass a layer with "
              "bias=True.",
    },
    "gated.err_dtype": {
        "kk": "«{name}» тензорының түрі {got}, ал ұяшық салмақтарының түрі {expected}; "
              "біреуін .to(...) арқылы түрлендіріңіз.",
        "ru": "Тип тензора «{name}» — {got}, а веса ячейки имеют тип {expected}; "
              "приведите один из них через .to(...).",
        "en": "Tensor '{name}' has dtype {got} but the cell's weights are {expected}; "
              "convert one of them with .to(...).",
    },
    # --- data/adding.py ---
    "adding.err_positions": {
        "kk": "Белгі орындары (positions) 0 мен {length} − 1 аралығындағы екі әр түрлі бүтін сан "
              "болуы керек, мысалы (5, 30).",
        "ru": "Позиции меток (positions) — два разных целых числа от 0 до {length} − 1, "
              "например (5, 30).",
        "en": "The marker positions must be two different integers between 0 and {length} − 1, "
              "e.g. (5, 30).",
    },
    "adding.err_values": {
        "kk": "Белгіленген мәндер (values) [0, 1] аралығындағы екі сан болуы керек, мысалы (0.9, 0.3).",
        "ru": "Отмеченные значения (values) — два числа из [0, 1], например (0.9, 0.3).",
        "en": "The marked values must be two numbers in [0, 1], e.g. (0.9, 0.3).",
    },
}

QUIZZES: dict[str, list[dict]] = {}
