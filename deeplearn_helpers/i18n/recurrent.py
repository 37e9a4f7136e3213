"""Strings and control questions of the recurrent topic (see i18n/__init__.py for the format)."""

STRINGS: dict[str, dict[str, str]] = {
    # --- models/recurrent.py ---
    "rnn.type_layer": {
        "kk": "torch-тың nn.RNNCell немесе бір қабатты nn.RNN қабаты",
        "ru": "слоем torch nn.RNNCell или однослойным nn.RNN",
        "en": "a torch nn.RNNCell or a one-layer nn.RNN",
    },
    "rnn.type_state": {
        "kk": "h тензоры немесе (h, c) кортежі",
        "ru": "тензором h или кортежем (h, c)",
        "en": "a tensor h or a tuple (h, c)",
    },
    "rnn.err_one_layer": {
        "kk": "Тек бір қабатты, бір бағытты nn.RNN көшіріледі; берілгенінде {layers} қабат, "
              "екі бағыттылығы: {bidirectional}.",
        "ru": "Копируется только однослойный однонаправленный nn.RNN; у данного слоёв: {layers}, "
              "двунаправленный: {bidirectional}.",
        "en": "Only a one-layer, one-directional nn.RNN can be copied; this one has {layers} "
              "layers, bidirectional: {bidirectional}.",
    },
    "rnn.err_dtype": {
        "kk": "«{name}» тензорының түрі {got}, ал ұяшық салмақтарының түрі {expected}; "
              "біреуін .to(...) арқылы түрлендіріңіз.",
        "ru": "Тип тензора «{name}» — {got}, а веса ячейки имеют тип {expected}; "
              "приведите один из них через .to(...).",
        "en": "Tensor '{name}' has dtype {got} but the cell's weights are {expected}; "
              "convert one of them with .to(...).",
    },
    "rnn.err_cell_shapes": {
        "kk": "Ұяшық әр қадамда әр түрлі пішінді жасырын күй қайтарды: {shapes}.",
        "ru": "Ячейка вернула скрытые состояния разной формы на разных шагах: {shapes}.",
        "en": "The cell returned hidden states of different shapes at different steps: {shapes}.",
    },
}

QUIZZES: dict[str, list[dict]] = {}
