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
    # --- plots/gated.py ---
    "gated.lstm_title": {"kk": "LSTM ұяшығы (13.3-сурет)", "ru": "Ячейка LSTM (рисунок 13.3)",
                         "en": "The LSTM cell (figure 13.3)"},
    "gated.gru_title": {"kk": "GRU ұяшығы (13.4-сурет)", "ru": "Ячейка GRU (рисунок 13.4)",
                        "en": "The GRU cell (figure 13.4)"},
    "gated.gate_f": {"kk": "f: ұмыту қақпасы", "ru": "f: вентиль забывания", "en": "f: forget gate"},
    "gated.gate_i": {"kk": "i: кіріс қақпасы", "ru": "i: входной вентиль", "en": "i: input gate"},
    "gated.gate_g": {"kk": "g: жаңа мазмұн", "ru": "g: кандидат", "en": "g: candidate"},
    "gated.gate_o": {"kk": "o: шығыс қақпасы", "ru": "o: выходной вентиль", "en": "o: output gate"},
    "gated.gate_r": {"kk": "r: ресет қақпасы", "ru": "r: вентиль сброса", "en": "r: reset gate"},
    "gated.gate_z": {"kk": "z: жаңарту қақпасы", "ru": "z: вентиль обновления", "en": "z: update gate"},
    "gated.gate_n": {"kk": "n: жаңа мазмұн", "ru": "n: кандидат", "en": "n: candidate"},
    "gated.cell_state_line": {
        "kk": "ұяшық күйі c: жад қадамнан қадамға осы жолмен ағады",
        "ru": "состояние ячейки c: память течёт от шага к шагу по этой линии",
        "en": "cell state c: memory flows from step to step along this line",
    },
    "gated.panel_f": {"kk": "f — ұмыту қақпасы", "ru": "f — забывание", "en": "f — forget gate"},
    "gated.panel_i": {"kk": "i — кіріс қақпасы", "ru": "i — входной", "en": "i — input gate"},
    "gated.panel_g": {"kk": "g — жаңа мазмұн", "ru": "g — кандидат", "en": "g — candidate"},
    "gated.panel_o": {"kk": "o — шығыс қақпасы", "ru": "o — выходной", "en": "o — output gate"},
    "gated.panel_c": {"kk": "c — ұяшық күйі", "ru": "c — состояние ячейки", "en": "c — cell state"},
    "gated.panel_h": {"kk": "h — жасырын күй", "ru": "h — скрытое состояние", "en": "h — hidden state"},
    "gated.panel_r": {"kk": "r — ресет қақпасы", "ru": "r — сброс", "en": "r — reset gate"},
    "gated.panel_z": {"kk": "z — жаңарту қақпасы", "ru": "z — обновление", "en": "z — update gate"},
    "gated.panel_n": {"kk": "n — жаңа мазмұн", "ru": "n — кандидат", "en": "n — candidate"},
    "gated.axis_time": {"kk": "уақыт қадамы t", "ru": "шаг времени t", "en": "time step t"},
    "gated.axis_unit": {"kk": "нейрон", "ru": "нейрон", "en": "unit"},
    # --- widgets/gates.py ---
    "gates.title": {"kk": "Қақпаларды зерттеу: оқытылған ұяшық тізбекті қалай оқиды",
                    "ru": "Исследуем вентили: как обученная ячейка читает последовательность",
                    "en": "Gate explorer: how a trained cell reads a sequence"},
    "gates.model": {"kk": "Модель", "ru": "Модель", "en": "Model"},
    "gates.sequence": {"kk": "Тізбек", "ru": "Последовательность", "en": "Sequence"},
    "gates.typed": {"kk": "Өз белгілерім", "ru": "Свои метки", "en": "My marks"},
    "gates.step": {"kk": "Қадам t", "ru": "Шаг t", "en": "Step t"},
    "gates.preset_early": {"kk": "белгілер {a} және {b} қадамда", "ru": "метки на шагах {a} и {b}",
                           "en": "marks at steps {a} and {b}"},
    "gates.preset_late": {"kk": "кеш белгілер: {a} және {b}", "ru": "поздние метки: {a} и {b}",
                          "en": "late marks: {a} and {b}"},
    "gates.preset_far": {"kk": "ең алыс: {a} және {b}", "ru": "самые далёкие: {a} и {b}",
                         "en": "farthest apart: {a} and {b}"},
    "gates.preset_close": {"kk": "жақын белгілер: {a} және {b}", "ru": "близкие метки: {a} и {b}",
                           "en": "close marks: {a} and {b}"},
    "gates.preset_typed": {"kk": "✎ өзім жазамын (төмендегі жол)", "ru": "✎ свои (строка ниже)",
                           "en": "✎ my own (the line below)"},
    "gates.err_typed": {
        "kk": "Екі белгіні «қадам:мән» түрінде жазыңыз, мысалы «10:0.9, 70:0.2» немесе «10, 70»; "
              "қадамдар 0 мен {length} − 1 аралығында, мәндер [0, 1] аралығында.",
        "ru": "Запишите две метки как «шаг:значение», например «10:0.9, 70:0.2» или «10, 70»; "
              "шаги от 0 до {length} − 1, значения из [0, 1].",
        "en": "Write two marks as 'step:value', e.g. '10:0.9, 70:0.2' or '10, 70'; steps between "
              "0 and {length} − 1, values in [0, 1].",
    },
    "gates.err_model": {
        "kk": "«{name}» моделі бір қабатты LSTM немесе GRU SequenceModel болуы керек (input_size=2).",
        "ru": "Модель «{name}» должна быть однослойной SequenceModel с LSTM или GRU (input_size=2).",
        "en": "Model '{name}' must be a one-layer LSTM or GRU SequenceModel (input_size=2).",
    },
    "gates.answer": {"kk": "модельдің жауабы head(hₜ)", "ru": "ответ модели head(hₜ)",
                     "en": "model's answer head(hₜ)"},
    "gates.target": {"kk": "дұрыс қосынды", "ru": "верная сумма", "en": "true sum"},
    "gates.input_title": {"kk": "Кіріс: сұр — шу, қызыл — белгіленген мәндер",
                          "ru": "Вход: серые — шум, красные — отмеченные значения",
                          "en": "Input: grey is noise, red are the marked values"},
    "gates.kept": {"kk": "сақталды", "ru": "сохранено", "en": "kept"},
    "gates.forgotten": {"kk": "ұмытылды", "ru": "забыто", "en": "forgotten"},
    "gates.written": {"kk": "жазылды", "ru": "записано", "en": "written"},
    "gates.new_state": {"kk": "жаңа күй", "ru": "новое состояние", "en": "new state"},
    "gates.memory_lstm": {
        "kk": "Қадам t: сақталды f⊙cₜ₋₁, ұмытылды (1−f)⊙cₜ₋₁, жазылды i⊙g → cₜ",
        "ru": "Шаг t: сохранено f⊙cₜ₋₁, забыто (1−f)⊙cₜ₋₁, записано i⊙g → cₜ",
        "en": "Step t: kept f⊙cₜ₋₁, forgotten (1−f)⊙cₜ₋₁, written i⊙g → cₜ",
    },
    "gates.memory_gru": {
        "kk": "Қадам t: сақталды z⊙hₜ₋₁, ұмытылды (1−z)⊙hₜ₋₁, жазылды (1−z)⊙n → hₜ",
        "ru": "Шаг t: сохранено z⊙hₜ₋₁, забыто (1−z)⊙hₜ₋₁, записано (1−z)⊙n → hₜ",
        "en": "Step t: kept z⊙hₜ₋₁, forgotten (1−z)⊙hₜ₋₁, written (1−z)⊙n → hₜ",
    },
    "gates.summary": {
        "kk": "t = {t}: кіріс мәні {value:.2f}, белгі {mark}; осы сәттегі жауап {answer:.3f}. "
              "Соңғы жауап {final:.3f}, дұрыс қосынды {target:.3f}.",
        "ru": "t = {t}: значение {value:.2f}, метка {mark}; ответ в этот момент {answer:.3f}. "
              "Итоговый ответ {final:.3f}, верная сумма {target:.3f}.",
        "en": "t = {t}: value {value:.2f}, mark {mark}; answer at this step {answer:.3f}. "
              "Final answer {final:.3f}, true sum {target:.3f}.",
    },
}

QUIZZES: dict[str, list[dict]] = {}
