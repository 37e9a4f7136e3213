"""Strings and control questions of the gated topic: LSTM and GRU (see i18n/__init__.py)."""

STRINGS: dict[str, dict[str, str]] = {
    # --- models/gated.py ---
    "gated.type_layer": {
        "kk": "torch-тың {cell} ұяшығы немесе бір қабатты {layer}",
        "ru": "ячейкой torch {cell} или однослойным {layer}",
        "en": "a torch {cell} or a one-layer {layer}",
    },
    "gated.type_lstm_state": {
        "kk": "(h, c) кортежі немесе None",
        "ru": "кортежем (h, c) или None",
        "en": "a tuple (h, c) or None",
    },
    "gated.err_one_layer": {
        "kk": "Тек бір қабатты, бір бағытты және проекциясыз {kind} қабатын көшіруге болады; "
              "берілген желіде қабат саны {layers}, екі бағыттылығы (bidirectional): {bidirectional}.",
        "ru": "Копируется только однослойный однонаправленный {kind} без проекции; у данного "
              "слоёв: {layers}, двунаправленный: {bidirectional}.",
        "en": "Only a one-layer, one-directional {kind} without projection can be copied; this "
              "one has {layers} layers, bidirectional: {bidirectional}.",
    },
    "gated.err_no_bias": {
        "kk": "{kind} қабатында ығысу (bias) жоқ, ал нөлден жазылған ұяшыққа ол қажет: bias=True "
              "параметрімен құрылған қабатты беріңіз.",
        "ru": "У слоя {kind} нет смещения (bias), а ячейке, написанной с нуля, оно нужно: "
              "передайте слой с bias=True.",
        "en": "The {kind} layer has no bias, which the scratch cell needs: pass a layer with "
              "bias=True.",
    },
    "gated.err_span": {
        "kk": "start пен stop — (B,) пішінді бүтін сандар, әр тізбекте 0 ≤ start < stop ≤ {length} − 1 "
              "болуы керек.",
        "ru": "start и stop — целые числа формы (B,), в каждой последовательности 0 ≤ start < stop ≤ "
              "{length} − 1.",
        "en": "start and stop must be (B,) integers with 0 ≤ start < stop ≤ {length} − 1 in every sequence.",
    },
    # --- data/adding.py ---
    "adding.err_positions": {
        "kk": "Маркерлердің орындары (positions) 0 мен {length} − 1 аралығындағы өзара тең емес "
              "екі бүтін сан болуы керек, мысалы (5, 30).",
        "ru": "Позиции маркеров (positions) должны быть двумя разными целыми числами от 0 до "
              "{length} − 1, например (5, 30).",
        "en": "The marker positions must be two different integers between 0 and {length} − 1, "
              "e.g. (5, 30).",
    },
    "adding.err_values": {
        "kk": "Маркерлі мәндер (values) [0, 1] аралығындағы екі сан болуы керек, мысалы (0.9, 0.3).",
        "ru": "Отмеченные значения (values) должны быть двумя числами из [0, 1], например (0.9, 0.3).",
        "en": "The marked values must be two numbers in [0, 1], e.g. (0.9, 0.3).",
    },
    "adding.err_two_markers": {
        "kk": "x-тің екінші арнасы (маркерлер) тек 0 мен 1-ден тұруы және әр тізбекте дәл екі рет 1 "
              "болуы керек, adding_batch жасағандай.",
        "ru": "Второй канал x (маркеры) должен содержать только 0 и 1 и ровно две единицы в каждой "
              "последовательности, как у adding_batch.",
        "en": "The second channel of x (the markers) must hold only 0 and 1, with exactly two 1s in "
              "every sequence, as adding_batch makes it.",
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
        "kk": "ұяшық күйі c: жады қадамнан қадамға осы сызық бойымен ағады",
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
    "gates.title": {"kk": "Қақпа зерттеуіші: оқытылған ұяшық тізбекті қалай оқиды",
                    "ru": "Исследуем вентили: как обученная ячейка читает последовательность",
                    "en": "Gate explorer: how a trained cell reads a sequence"},
    "gates.model": {"kk": "Модель", "ru": "Модель", "en": "Model"},
    "gates.sequence": {"kk": "Тізбек", "ru": "Последовательность", "en": "Sequence"},
    "gates.typed": {"kk": "Өз маркерлерім", "ru": "Свои маркеры", "en": "My markers"},
    "gates.step": {"kk": "Қадам t", "ru": "Шаг t", "en": "Step t"},
    "gates.preset_early": {"kk": "маркерлер {a}- және {b}-қадамдарда", "ru": "маркеры на шагах {a} и {b}",
                           "en": "markers at steps {a} and {b}"},
    "gates.preset_late": {"kk": "кеш маркерлер: {a} және {b}", "ru": "поздние маркеры: {a} и {b}",
                          "en": "late markers: {a} and {b}"},
    "gates.preset_far": {"kk": "ең алыс: {a} және {b}", "ru": "самые далёкие: {a} и {b}",
                         "en": "farthest apart: {a} and {b}"},
    "gates.preset_close": {"kk": "жақын маркерлер: {a} және {b}", "ru": "близкие маркеры: {a} и {b}",
                           "en": "close markers: {a} and {b}"},
    "gates.preset_typed": {"kk": "✎ өзім жазамын (төмендегі жол)", "ru": "✎ свои (строка ниже)",
                           "en": "✎ my own (the line below)"},
    "gates.err_typed": {
        "kk": "Екі маркерді «қадам:мән» түрінде жазыңыз, мысалы «10:0.9, 70:0.2» немесе «10, 70»; "
              "қадамдар 0 мен {length} − 1 аралығында, мәндер [0, 1] аралығында болуы керек.",
        "ru": "Запишите два маркера как «шаг:значение», например «10:0.9, 70:0.2» или «10, 70»; "
              "шаги от 0 до {length} − 1, значения из [0, 1].",
        "en": "Write two markers as 'step:value', e.g. '10:0.9, 70:0.2' or '10, 70'; steps between "
              "0 and {length} − 1, values in [0, 1].",
    },
    "gates.err_model": {
        "kk": "«{name}» моделі бір қабатты LSTM немесе GRU негізіндегі SequenceModel болуы керек (input_size=2).",
        "ru": "Модель «{name}» должна быть однослойной SequenceModel с LSTM или GRU (input_size=2).",
        "en": "Model '{name}' must be a one-layer LSTM or GRU SequenceModel (input_size=2).",
    },
    "gates.answer": {"kk": "модельдің жауабы head(hₜ)", "ru": "ответ модели head(hₜ)",
                     "en": "model's answer head(hₜ)"},
    "gates.target": {"kk": "дұрыс қосынды", "ru": "верная сумма", "en": "true sum"},
    "gates.input_title": {"kk": "Кіріс: сұр — шу, қызыл-сарғыш — маркерлі мәндер",
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
        "kk": "t = {t}: кіріс мәні {value:.2f}, маркер {mark}; осы сәттегі жауап {answer:.3f}. "
              "Соңғы жауап {final:.3f}, дұрыс қосынды {target:.3f}.",
        "ru": "t = {t}: значение {value:.2f}, маркер {mark}; ответ в этот момент {answer:.3f}. "
              "Итоговый ответ {final:.3f}, верная сумма {target:.3f}.",
        "en": "t = {t}: value {value:.2f}, marker {mark}; answer at this step {answer:.3f}. "
              "Final answer {final:.3f}, true sum {target:.3f}.",
    },
    # --- notebook 02: self-checks, exercises, table ---
    "gated.claim_equal": {
        "kk": "нөлден жазылған {name} ұяшығы torch-тың {name} қабатымен бірдей: шығыстардың ең үлкен "
              "айырмасы {out:.1e}, градиенттердікі {grad:.1e} (шегі {tol:.0e}).",
        "ru": "ячейка {name} с нуля совпадает с {name} из torch: наибольшее расхождение выходов "
              "{out:.1e}, градиентов {grad:.1e} (порог {tol:.0e}).",
        "en": "the scratch {name} cell equals torch's {name}: largest difference of outputs "
              "{out:.1e}, of gradients {grad:.1e} (bound {tol:.0e}).",
    },
    "gated.claim_params": {
        "kk": "I={inputs}, H={hidden} үшін бір блок H·I + H·H + 2·H = {block} параметр; torch-тың "
              "қабаттарында RNN-де {rnn} ({rnn_blocks} блок), LSTM-де {lstm} ({lstm_blocks} блок), "
              "GRU-да {gru} ({gru_blocks} блок) параметр — формуламен дәл сәйкес, нөлден жазылған "
              "ұяшықтарда да дәл солай.",
        "ru": "при I={inputs}, H={hidden} один блок H·I + H·H + 2·H = {block} параметров; в слоях torch "
              "у RNN {rnn} ({rnn_blocks} блок), у LSTM {lstm} ({lstm_blocks} блока), у GRU {gru} "
              "({gru_blocks} блока) — ровно по формуле, и столько же в ячейках с нуля.",
        "en": "for I={inputs}, H={hidden} one block H·I + H·H + 2·H has {block} parameters; torch's "
              "layers have {rnn} for the RNN ({rnn_blocks} block), {lstm} for the LSTM ({lstm_blocks} "
              "blocks) and {gru} for the GRU ({gru_blocks} blocks) — exactly the formula, and the "
              "scratch cells have the same.",
    },
    "gated.claim_adding": {
        "kk": "T = {T} болғанда қосу есебінде, осы баптаулармен және ең көбі {steps} Adam қадамымен, "
              "LSTM-нің (тест MSE {lstm:.4f}) және GRU-ның ({gru:.4f}) қатесі {learned} шегінен төмен "
              "түсті, ал қарапайым RNN-нің қатесі ({rnn:.4f}) {not_learned} шегінен жоғары қалды "
              "(орташаны болжау: {baseline:.3f}). GRU мақсатқа LSTM-ге қарағанда азырақ қадаммен жетті "
              "({gru_steps} және {lstm_steps}).",
        "ru": "в задаче сложения при T = {T}, с этим рецептом и не больше {steps} шагов Adam, LSTM "
              "(тестовая MSE {lstm:.4f}) и GRU ({gru:.4f}) опустились ниже {learned}, а простая RNN "
              "({rnn:.4f}) осталась выше {not_learned} (угадывание среднего: {baseline:.3f}). GRU "
              "достигла цели за меньшее число шагов, чем LSTM ({gru_steps} и {lstm_steps}).",
        "en": "on the adding problem at T = {T}, with this recipe and at most {steps} Adam steps, the "
              "LSTM (test MSE {lstm:.4f}) and the GRU ({gru:.4f}) went below {learned} while the plain "
              "RNN ({rnn:.4f}) stayed above {not_learned} (guessing the mean: {baseline:.3f}). The GRU "
              "reached the target in fewer steps than the LSTM ({gru_steps} and {lstm_steps}).",
    },
    "gated.claim_speed": {
        "kk": "уақыт параметрлер санына пропорционал емес: LSTM-де параметр RNN-дікінен {lstm_ratio} есе "
              "көп, бірақ оның оқыту қадамы RNN қадамынан {bound} еседен аз уақыт алады (медианалар "
              "жоғарыдағы кестеде).",
        "ru": "время не пропорционально числу параметров: у LSTM параметров в {lstm_ratio} раза больше, "
              "чем у RNN, но её шаг обучения занимает меньше {bound}× времени шага RNN (медианы в "
              "таблице выше).",
        "en": "time is not proportional to the parameter count: the LSTM has {lstm_ratio}× the RNN's "
              "parameters, yet its training step takes less than {bound}× the RNN's (medians in the "
              "table above).",
    },
    "gated.claim_write": {
        "kk": "маркерлі қадамдарда жады басқа қадамдардағыдан кемінде {bound} есе көп өзгереді: LSTM-де "
              "{lstm:.1f} есе, GRU-да {gru:.1f} есе — жазу маркерлерге шоғырланған (оқытылмаған "
              "модельдерде: {lstm0:.1f} және {gru0:.1f} есе, маркердің өзі де жадыны қозғайды). Жады "
              "басқа уақытта сақтала ма — мұны бұл өлшем көрсетпейді, оны келесі тексеру өлшейді.",
        "ru": "на отмеченных шагах память меняется по крайней мере в {bound} раза сильнее, чем на "
              "остальных: у LSTM в {lstm:.1f} раза, у GRU в {gru:.1f} раза — запись сосредоточена на "
              "маркерах (у необученных моделей: {lstm0:.1f} и {gru0:.1f}, сам маркер тоже сдвигает "
              "память). Хранится ли память в остальное время, эта мера не показывает: это измеряет "
              "следующая проверка.",
        "en": "at the marked steps the memory changes at least {bound}× more than at other steps: "
              "{lstm:.1f}× for the LSTM, {gru:.1f}× for the GRU — writing concentrates at the markers "
              "(untrained models: {lstm0:.1f}× and {gru0:.1f}×; the marker itself moves the memory). "
              "Whether the memory is kept in between, this measure does not show: the next check "
              "measures it.",
    },
    "gated.claim_forget": {
        "kk": "оқытуға дейін LSTM-нің ұмыту қақпасының орташасы f = {f0:.2f}, ал маркерлер арасындағы "
              "≈ {gap:.0f} қадамда ең жақсы нейрон да бірінші мәннің тек {kept0:.1e} бөлігін сақтайды "
              "({low:.0e} шегінен аз; салыстыру үшін {f0:.2f}^{gap:.0f} ≈ {power:.0e}). Оқытудан кейін "
              "f-тің орташасы {f1:.2f}, яғни өспеді, бірақ {units} нейрон (H = {hidden}) {high} шегінен "
              "көп сақтайды, ең жақсысы {kept1:.2f}: градиент ұяшық күйі бойымен оқыту f ≈ 1 еткен "
              "нейрондарда ғана алысқа жетеді.",
        "ru": "до обучения среднее вентиля забывания LSTM f = {f0:.2f}, и за ≈ {gap:.0f} шагов между "
              "маркерами даже лучший нейрон сохраняет лишь {kept0:.1e} первого значения (меньше "
              "{low:.0e}; для сравнения {f0:.2f}^{gap:.0f} ≈ {power:.0e}). После обучения среднее f "
              "равно {f1:.2f}, то есть не выросло, но {units} нейрон(а) (H = {hidden}) сохраняют больше "
              "{high}, лучший — {kept1:.2f}: градиент вдоль состояния ячейки доходит далеко только в "
              "нейронах, где обучение сделало f ≈ 1.",
        "en": "before training the LSTM's mean forget gate is f = {f0:.2f}, and over the ≈ {gap:.0f} steps "
              "between the markers even the best unit keeps only {kept0:.1e} of the first value (below "
              "{low:.0e}; compare {f0:.2f}^{gap:.0f} ≈ {power:.0e}). After training the mean f is "
              "{f1:.2f}, so it did not grow, yet {units} unit(s) (H = {hidden}) keep more than {high}, "
              "the best {kept1:.2f}: along the cell state the gradient reaches far only in units where "
              "training made f ≈ 1.",
    },
    "gated.ex_lstm": {"kk": "LSTM қадамы", "ru": "Шаг LSTM", "en": "LSTM step"},
    "gated.ex_gru": {"kk": "GRU қадамы", "ru": "Шаг GRU", "en": "GRU step"},
    "gated.ex_params": {"kk": "Параметрлер саны", "ru": "Число параметров", "en": "Parameter count"},
    "gated.hint_lstm": {
        "kk": "z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, содан кейін z.chunk(4, dim=1) → i, f, g, o.",
        "ru": "z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, затем z.chunk(4, dim=1) → i, f, g, o.",
        "en": "z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, then z.chunk(4, dim=1) → i, f, g, o.",
    },
    "gated.hint_gru": {
        "kk": "Кіріс пен жадының көбейтінділерін бөлек есептеп, әрқайсысын chunk(3) арқылы бөліңіз: "
              "r тек W_hn h + b_hn-ге көбейтіледі.",
        "ru": "Вычислите произведения для входа и для памяти отдельно и разбейте каждое (chunk(3)): "
              "r умножает только W_hn h + b_hn.",
        "en": "Split the input and memory products separately (chunk(3)): r multiplies only W_hn h + b_hn.",
    },
    "gated.ex_forgetting": {"kk": "Ұмыту қақпасы мен жады", "ru": "Вентиль забывания и память",
                            "en": "The forget gate and memory"},
    "gated.hint_forgetting": {
        "kk": "c = 1.0, t = 0 деп бастаңыз; c ≥ fraction болғанша c = c · forget, t = t + 1.",
        "ru": "Начните с c = 1.0, t = 0; пока c ≥ fraction: c = c · forget, t = t + 1.",
        "en": "Start with c = 1.0, t = 0; while c ≥ fraction: c = c · forget, t = t + 1.",
    },
    "gated.hint_params": {
        "kk": "Бір блок: H·I + H·H + 2·H. RNN-де 1 блок, LSTM-де 4, GRU-да 3.",
        "ru": "Один блок: H·I + H·H + 2·H. У RNN 1 блок, у LSTM 4, у GRU 3.",
        "en": "One block: H·I + H·H + 2·H. The RNN has 1 block, the LSTM 4, the GRU 3.",
    },
    "gated.table_header": {
        "kk": "модель | параметрлер | RNN-ге қатынасы | кері тарату үшін сақталған аралық тензорлар (МБ) | "
              "оқыту қадамы (медиана) | болжам, 1000 тізбек (медиана)",
        "ru": "модель | параметры | отношение к RNN | промежуточные тензоры для обратного прохода (МБ) | "
              "шаг обучения (медиана) | предсказание, 1000 последовательностей (медиана)",
        "en": "model | parameters | ratio to RNN | intermediate tensors kept for backward (MB) | "
              "training step (median) | inference, 1000 sequences (median)",
    },
    "gated.trained": {
        "kk": "{name}: {steps} қадам, тексеру жиынындағы MSE {val:.4f}, тест MSE {test:.4f}",
        "ru": "{name}: {steps} шагов, валидационная MSE {val:.4f}, тестовая MSE {test:.4f}",
        "en": "{name}: {steps} steps, validation MSE {val:.4f}, test MSE {test:.4f}",
    },
    # --- notebook 02 §6: recognition, digits read row by row (experiments/gated.py) ---
    "gated.rec_live": {
        "kk": "{name} осы жерде {epochs} эпоха оқытылды: тест дәлдігі {accuracy:.3f}",
        "ru": "{name} обучена здесь {epochs} эпох(и): тестовая точность {accuracy:.3f}",
        "en": "{name} trained here for {epochs} epochs: test accuracy {accuracy:.3f}",
    },
    "gated.rec_table_header": {
        "kk": "модель | оқиды | параметрлер | тест дәлдігі (500 цифр)",
        "ru": "модель | читает | параметры | тестовая точность (500 цифр)",
        "en": "model | reads | parameters | test accuracy (500 digits)",
    },
    "gated.rec_reads_rows": {"kk": "28 жол, жол-жолымен", "ru": "28 строк, по одной", "en": "28 rows, one by one"},
    "gated.rec_reads_pixels": {"kk": "784 пиксел бірден", "ru": "784 пикселя сразу", "en": "784 pixels at once"},
    "gated.rec_title": {
        "kk": "Цифрды тану: 500 тест цифрындағы дәлдік",
        "ru": "Распознавание цифр: точность на 500 тестовых цифрах",
        "en": "Recognising digits: accuracy on the 500 test digits",
    },
    "gated.rec_axis_accuracy": {"kk": "тест дәлдігі", "ru": "тестовая точность", "en": "test accuracy"},
    "gated.rec_bar": {"kk": "шек {bar}", "ru": "порог {bar}", "en": "bar {bar}"},
    "gated.claim_recognition": {
        "kk": "цифрды жол-жолымен оқитын LSTM (тест дәлдігі {lstm:.3f}) мен GRU ({gru:.3f}) 500 тест "
              "цифрының кемінде {bar} бөлігін дұрыс атады; қарапайым RNN ({rnn:.3f}) LSTM-нен кемінде {gap} "
              "артта қалды; 784 пикселді бірден көретін MLP ({mlp:.3f}) мен LSTM дәлдіктерінің айырмасы "
              "{close} шегінде.",
        "ru": "LSTM, читающая цифру по строкам (тестовая точность {lstm:.3f}), и GRU ({gru:.3f}) верно назвали "
              "не меньше доли {bar} из 500 тестовых цифр; простая RNN ({rnn:.3f}) отстала от LSTM не меньше "
              "чем на {gap}; MLP, видящий все 784 пикселя сразу ({mlp:.3f}), отличается от LSTM не больше "
              "чем на {close}.",
        "en": "the LSTM reading a digit row by row (test accuracy {lstm:.3f}) and the GRU ({gru:.3f}) named at "
              "least a share {bar} of the 500 test digits right; the plain RNN ({rnn:.3f}) fell at least {gap} "
              "behind the LSTM; the MLP that sees all 784 pixels at once ({mlp:.3f}) is within {close} of the "
              "LSTM.",
    },
    "gated.rec_gates_title": {
        "kk": "LSTM цифрды оқығанда: әр жолдағы ұмыту қақпасы (500 тест цифрының орташасы)",
        "ru": "LSTM читает цифру: вентиль забывания на каждой строке (среднее по 500 тестовым цифрам)",
        "en": "The LSTM reading a digit: the forget gate at each row (mean over the 500 test digits)",
    },
    "gated.rec_axis_row": {"kk": "жол (уақыт қадамы)", "ru": "строка (шаг времени)", "en": "row (time step)"},
    "gated.rec_forget": {"kk": "ұмыту қақпасы f (орташа)", "ru": "вентиль забывания f (среднее)",
                         "en": "forget gate f (mean)"},
    "gated.rec_ink": {"kk": "жолдағы сия (пикселдердің орташа жарықтығы)",
                      "ru": "чернила в строке (средняя яркость пикселей)",
                      "en": "ink in the row (mean pixel brightness)"},
    "gated.claim_blank_rows": {
        "kk": "цифрдың үстіндегі және астындағы жолдар дерлік бос (орташа сия ең көбі {ink:.3f}), яғни "
              "кіріс іс жүзінде бірдей; бірақ ұмыту қақпасы алғашқы {rows} жолда орташа {top:.2f}, ал соңғы {rows} жолда {bottom:.2f}: "
              "цифр оқылғаннан кейін ол кемінде {margin} ашығырақ — LSTM оқығанын көбірек сақтайды. Қақпаны кіріс "
              "қана емес, жады (h) да шешеді.",
        "ru": "строки над цифрой и под ней почти пусты (средние чернила не больше {ink:.3f}), то есть "
              "вход практически одинаков; но вентиль забывания на первых {rows} строках в среднем {top:.2f}, а на последних {rows} — "
              "{bottom:.2f}: после прочитанной цифры он открыт хотя бы на {margin} больше — LSTM больше "
              "хранит прочитанное. Вентиль решают не только вход, но и память (h).",
        "en": "the rows above and below the digit are almost blank (mean ink at most {ink:.3f}), so the "
              "input is practically the same; yet the forget gate averages {top:.2f} on the first {rows} "
              "rows and {bottom:.2f} on the last {rows}: after the digit has been read it is at least {margin} more open — the LSTM keeps "
              "more of what it read. The gate is set by the memory (h), not by the input alone.",
    },
    "gated.curves_title": {
        "kk": "Қосу есебі, T = {T}: тексеру жиынындағы MSE", "ru": "Задача сложения, T = {T}: валидационная MSE",
        "en": "Adding problem, T = {T}: validation MSE",
    },
    "gated.baseline": {"kk": "орташаны болжау ({mse:.3f})", "ru": "угадывание среднего ({mse:.3f})",
                       "en": "guessing the mean ({mse:.3f})"},
    "gated.axis_mse": {"kk": "MSE (лог. шкала)", "ru": "MSE (лог. шкала)", "en": "MSE (log scale)"},
    "gated.example_title": {
        "kk": "Қосу есебінің бір мысалы: жауап = {a:.2f} + {b:.2f} = {y:.2f}",
        "ru": "Пример задачи сложения: ответ = {a:.2f} + {b:.2f} = {y:.2f}",
        "en": "One adding-problem example: answer = {a:.2f} + {b:.2f} = {y:.2f}",
    },
    "gated.axis_value": {"kk": "мән", "ru": "значение", "en": "value"},
}


def _q(kk, ru, en):
    return {"kk": kk, "ru": ru, "en": en}


QUIZZES: dict[str, list[dict]] = {
    "q2": [
        {"question": _q("LSTM ұяшығындағы ұмыту қақпасы (forget gate) не істейді?",
                        "Что делает вентиль забывания (forget gate) в ячейке LSTM?",
                        "What does the forget gate of an LSTM cell do?"),
         "options": [_q("Ұяшық күйінің (cₜ₋₁) қай бөлігін сақтап, қайсысын өшіретінін шешеді",
                        "Решает, какую часть состояния ячейки (cₜ₋₁) сохранить, а какую стереть",
                        "Decides which part of the cell state (cₜ₋₁) to keep and which to erase"),
                     _q("Жаңа кірісті ұяшыққа жазады", "Записывает новый вход в ячейку",
                        "Writes the new input into the cell"),
                     _q("Оқыту жылдамдығын азайтады", "Уменьшает скорость обучения",
                        "Lowers the learning rate"),
                     _q("Жасырын күйді шығысқа көрсетеді", "Показывает скрытое состояние на выходе",
                        "Shows the hidden state at the output")],
         "answer": 0,
         "explain": _q("cₜ = f ⊙ cₜ₋₁ + i ⊙ g: f = 1 болса жады толық сақталады, f = 0 болса өшеді.",
                       "cₜ = f ⊙ cₜ₋₁ + i ⊙ g: при f = 1 память сохраняется целиком, при f = 0 стирается.",
                       "cₜ = f ⊙ cₜ₋₁ + i ⊙ g: with f = 1 the memory is kept whole, with f = 0 it is erased.")},
        {"question": _q("Кіріс қақпасы (input gate) i мен жаңа мазмұн g қалай бірге жұмыс істейді?",
                        "Как вместе работают входной вентиль i и кандидат g?",
                        "How do the input gate i and the candidate g work together?"),
         "options": [_q("i ⊙ g ұяшық күйіне қосылады: g — нені жазуға болатынын, i — қаншалықты жазу керегін анықтайды",
                        "i ⊙ g прибавляется к состоянию: g — что можно записать, i — сколько записать",
                        "i ⊙ g is added to the cell state: g says what could be written, i how much"),
                     _q("i мен g бір-біріне бөлінеді", "i и g делятся друг на друга",
                        "i and g are divided by each other"),
                     _q("g тек шығыс қақпасына барады", "g идёт только в выходной вентиль",
                        "g only goes to the output gate"),
                     _q("i ұяшық күйін нөлге теңестіреді", "i обнуляет состояние ячейки",
                        "i resets the cell state to zero")],
         "answer": 0,
         "explain": _q("Жаңа ақпарат тек i ⊙ g арқылы қосылады; i ≈ 0 болса ештеңе жазылмайды.",
                       "Новое попадает в память только через i ⊙ g; при i ≈ 0 ничего не записывается.",
                       "New information enters only through i ⊙ g; with i ≈ 0 nothing is written.")},
        {"question": _q("Шығыс қақпасы (output gate) o не береді?", "Что даёт выходной вентиль o?",
                        "What does the output gate o give?"),
         "options": [_q("hₜ = o ⊙ tanh(cₜ): жадының қай бөлігі осы қадамда сыртқа көрінетінін анықтайды",
                        "hₜ = o ⊙ tanh(cₜ): какая часть памяти видна снаружи на этом шаге",
                        "hₜ = o ⊙ tanh(cₜ): which part of the memory is shown outside at this step"),
                     _q("Ұяшық күйін өшіреді", "Стирает состояние ячейки", "Erases the cell state"),
                     _q("Келесі кірісті таңдайды", "Выбирает следующий вход", "Chooses the next input"),
                     _q("Градиентті қияды", "Обрезает градиент", "Clips the gradient")],
         "answer": 0,
         "explain": _q("o жадыны өзгертпейді, тек оны hₜ арқылы қаншалықты көрсету керегін шешеді.",
                       "o не меняет память, а лишь решает, сколько её показать через hₜ.",
                       "o does not change the memory; it only decides how much of it hₜ shows.")},
    ],
    "q3": [
        {"question": _q("GRU мен LSTM-нің басты құрылымдық айырмашылығы қандай?",
                        "Главное структурное отличие GRU от LSTM?",
                        "The main structural difference between the GRU and the LSTM?"),
         "options": [_q("GRU-да екі қақпа (жаңарту z, ресет r) бар және бөлек ұяшық күйі жоқ; LSTM-де "
                        "үш қақпа және бөлек ұяшық күйі c бар",
                        "У GRU два вентиля (обновления z, сброса r) и нет отдельного состояния ячейки; у "
                        "LSTM три вентиля и отдельное состояние c",
                        "The GRU has two gates (update z, reset r) and no separate cell state; the LSTM has "
                        "three gates and a separate cell state c"),
                     _q("GRU-да қақпа мүлдем жоқ", "У GRU нет вентилей", "The GRU has no gates"),
                     _q("GRU тек суреттермен жұмыс істейді", "GRU работает только с изображениями",
                        "The GRU works only on images"),
                     _q("LSTM-де параметр GRU-дан аз", "У LSTM меньше параметров, чем у GRU",
                        "The LSTM has fewer parameters than the GRU")],
         "answer": 0,
         "explain": _q("GRU жадыны бір ғана hₜ күйінде ұстайды: hₜ = (1 − z) ⊙ n + z ⊙ hₜ₋₁.",
                       "GRU держит память в одном состоянии hₜ: hₜ = (1 − z) ⊙ n + z ⊙ hₜ₋₁.",
                       "The GRU keeps its memory in one state hₜ: hₜ = (1 − z) ⊙ n + z ⊙ hₜ₋₁.")},
        {"question": _q("Бірдей I мен H үшін параметрлер қатынасы RNN : GRU : LSTM қандай?",
                        "Каково отношение параметров RNN : GRU : LSTM при одинаковых I и H?",
                        "For the same I and H, what is the parameter ratio RNN : GRU : LSTM?"),
         "options": [_q("1 : 3 : 4", "1 : 3 : 4", "1 : 3 : 4"), _q("1 : 2 : 3", "1 : 2 : 3", "1 : 2 : 3"),
                     _q("1 : 1 : 1", "1 : 1 : 1", "1 : 1 : 1"), _q("4 : 3 : 1", "4 : 3 : 1", "4 : 3 : 1")],
         "answer": 0,
         "explain": _q("Әр қақпа немесе жаңа мазмұн — бір блок (W_ih, W_hh, екі ығысу): GRU-да 3, LSTM-де 4 блок.",
                       "Каждый вентиль или кандидат — один блок (W_ih, W_hh, два смещения): у GRU 3, у LSTM 4.",
                       "Each gate or candidate is one block (W_ih, W_hh, two biases): the GRU has 3, the LSTM 4.")},
        {"question": _q("GRU-дағы жаңарту қақпасы z LSTM-нің қай қақпаларының орнын басады?",
                        "Какие вентили LSTM заменяет вентиль обновления z в GRU?",
                        "Which LSTM gates does the GRU's update gate z stand in for?"),
         "options": [_q("Ұмыту мен кіріс қақпаларының екеуінің де: z ескіні сақтайды, 1 − z жаңаны жазады",
                        "Вентили забывания и входа вместе: z сохраняет старое, 1 − z записывает новое",
                        "The forget and input gates together: z keeps the old, 1 − z writes the new"),
                     _q("Тек шығыс қақпасының", "Только выходной вентиль", "Only the output gate"),
                     _q("Ешқайсысының", "Никакие", "None of them"),
                     _q("Ұяшық күйінің", "Состояние ячейки", "The cell state")],
         "answer": 0,
         "explain": _q("LSTM-де f мен i тәуелсіз; GRU-да олар бір z-ке байланған (f ≈ z, i ≈ 1 − z).",
                       "В LSTM f и i независимы; в GRU они связаны одним z (f ≈ z, i ≈ 1 − z).",
                       "In the LSTM f and i are independent; in the GRU one z ties them (f ≈ z, i ≈ 1 − z).")},
    ],
}


def _place_answer(question: dict, index: int) -> None:
    """Move the right option to ``index`` so that the answer is not always the first one."""
    right = question["options"].pop(question["answer"])
    question["options"].insert(index, right)
    question["answer"] = index


for _question, _index in zip(QUIZZES["q2"] + QUIZZES["q3"], (1, 2, 0, 2, 0, 1)):
    _place_answer(_question, _index)

STRINGS.update({
    # --- colour bars of the gate heatmaps (plots/gated.py) ---
    "gated.bar_gate": {"kk": "қақпа мәні", "ru": "значение вентиля", "en": "gate value"},
    # --- figure alt texts: what each stored figure shows (plots.show_figure, issue 18) ---
    "gated.alt_lstm": {
        "kk": "LSTM ұяшығының сызбасы: үстіңгі сызықпен ұяшық күйі c ағады; f, i, g, o төрт қабаты төменгі [h, x] сызығынан оқиды; f ескі c-ні көбейтеді, i·g оған қосылады, o·tanh(c) жаңа h болады.",
        "ru": "Схема ячейки LSTM: по верхней линии течёт состояние ячейки c; четыре слоя f, i, g, o читают нижнюю линию [h, x]; f умножает старое c, к нему прибавляется i·g, o·tanh(c) становится новым h.",
        "en": "The LSTM cell: the cell state c flows along the top line; the four layers f, i, g, o read the bottom line [h, x]; f multiplies the old c, i·g is added to it, and o·tanh(c) becomes the new h.",
    },
    "gated.alt_gru": {
        "kk": "GRU ұяшығының сызбасы: үстіңгі сызықпен h ағады; r мен z қақпалары [h, x]-тен есептеледі; r⊙(W_hn h) tanh қабатына x-пен бірге кіреді; жаңа h = z⊙h₍t−1₎ + (1−z)⊙n.",
        "ru": "Схема ячейки GRU: по верхней линии течёт h; вентили r и z вычисляются из [h, x]; r⊙(W_hn h) входит в слой tanh вместе с x; новое h = z⊙h₍t−1₎ + (1−z)⊙n.",
        "en": "The GRU cell: h flows along the top line; the gates r and z are computed from [h, x]; r⊙(W_hn h) enters the tanh layer together with x; the new h = z⊙h₍t−1₎ + (1−z)⊙n.",
    },
    "gated.alt_adding_example": {
        "kk": "Қосу есебінің {T} қадамнан тұратын бір тізбегі: сұр бағандар — кездейсоқ мәндер, екі қызыл-сарғыш баған — маркерлі мәндер; дұрыс жауап — солардың қосындысы.",
        "ru": "Одна последовательность задачи сложения из {T} шагов: серые столбцы — случайные значения, два оранжево-красных — значения с маркером; правильный ответ — их сумма.",
        "en": "One adding-problem sequence of {T} steps: grey bars are random values, the two vermilion bars the marked values; the right answer is their sum.",
    },
    "gated.alt_curves": {
        "kk": "Қосу есебінде RNN, LSTM және GRU-ның тексеру жиынындағы MSE қатесі оқыту қадамдары бойынша (логарифмдік шкала); сұр үзік сызық — әрдайым орташа мәнді айтатын жауаптың қатесі.",
        "ru": "Ошибка MSE на проверочной выборке для RNN, LSTM и GRU в задаче сложения по шагам обучения (логарифмическая шкала); серый пунктир — ошибка ответа, всегда равного среднему.",
        "en": "Validation MSE of the RNN, LSTM and GRU on the adding problem over the training steps (log scale); the grey dashed line is the error of always answering the mean.",
    },
    "gated.alt_gate_heatmaps": {
        "kk": "Оқытылған LSTM-нің бір тізбектегі f, i, g, o қақпалары мен c, h күйлері: әр панель — нейрон × уақыт жылу картасы, әр топтың өз түс шкаласы бар; панельдердің үстіндегі ▼ үшбұрыштар маркерлі қадамдарды көрсетеді.",
        "ru": "Вентили f, i, g, o и состояния c, h обученной LSTM на одной последовательности: каждая панель — тепловая карта нейрон × время, у каждой группы своя шкала цвета; треугольники ▼ над панелями указывают шаги с маркером.",
        "en": "Gates f, i, g, o and states c, h of the trained LSTM on one sequence: each panel is a neuron × time heatmap, each group with its own colour scale; the ▼ above the panels point at the marked steps.",
    },
    "gated.alt_recognition": {
        "kk": "Цифрды жол-жолымен оқитын модельдердің тест дәлдігі бағандармен; сұр үзік сызық — талап етілетін шек.",
        "ru": "Точность на тесте моделей, читающих цифру строка за строкой, столбцами; серый пунктир — требуемый порог.",
        "en": "Test accuracy of the models that read a digit row by row, as bars; the grey dashed line is the required bar.",
    },
    "gated.alt_row_forget": {
        "kk": "Сол жақта — мысал цифр; оң жақта — әр жолдағы ұмыту қақпасының орташа мәні (нүктелер) және жолдағы сия (үзік сызық); цифрдың үстіндегі және астындағы бос жолдар сұр жолақпен белгіленген.",
        "ru": "Слева — пример цифры; справа — среднее значение вентиля забывания в каждой строке (точки) и чернила строки (пунктир); пустые строки над и под цифрой отмечены серыми полосами.",
        "en": "Left: an example digit; right: the mean forget gate in each row (dots) and the row's ink (dashed); the blank rows above and below the digit are shaded grey.",
    },
})

# Labels that notebook 02's code cells print
STRINGS.update({
    "gated.nb_parameters": {
        "kk": "{kind:5s} {n:6d} параметр  ({ratio:.0f} × RNN)",
        "ru": "{kind:5s} {n:6d} параметров  ({ratio:.0f} × RNN)",
        "en": "{kind:5s} {n:6d} parameters  ({ratio:.0f} × RNN)",
    },
    "gated.nb_table_row": {
        "kk": "{kind:5s} | {n:6d} | {ratio:.0f}× | {megabytes:.2f} | ⏱ {step:.1f} мс | ⏱ {infer:.1f} мс",
        "ru": "{kind:5s} | {n:6d} | {ratio:.0f}× | {megabytes:.2f} | ⏱ {step:.1f} мс | ⏱ {infer:.1f} мс",
        "en": "{kind:5s} | {n:6d} | {ratio:.0f}× | {megabytes:.2f} | ⏱ {step:.1f} ms | ⏱ {infer:.1f} ms",
    },
})
