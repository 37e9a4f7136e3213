"""Strings and control questions of the recurrent topic (see i18n/__init__.py for the format)."""

STRINGS: dict[str, dict[str, str]] = {
    # --- models/recurrent.py ---
    "rnn.type_layer": {
        "kk": "torch-тың nn.RNNCell ұяшығы немесе бір қабатты nn.RNN",
        "ru": "слоем torch nn.RNNCell или однослойным nn.RNN",
        "en": "a torch nn.RNNCell or a one-layer nn.RNN",
    },
    "rnn.type_state": {
        "kk": "h тензоры немесе (h, c) кортежі",
        "ru": "тензором h или кортежем (h, c)",
        "en": "a tensor h or a tuple (h, c)",
    },
    "rnn.err_one_layer": {
        "kk": "Тек бір қабатты, бір бағытты nn.RNN-ді көшіруге болады; берілген желіде қабат саны "
              "{layers}, екі бағыттылығы (bidirectional): {bidirectional}.",
        "ru": "Копируется только однослойный однонаправленный nn.RNN; у данного слоёв: {layers}, "
              "двунаправленный: {bidirectional}.",
        "en": "Only a one-layer, one-directional nn.RNN can be copied; this one has {layers} "
              "layers, bidirectional: {bidirectional}.",
    },
    "rnn.err_dtype": {
        "kk": "«{name}» тензорының деректер түрі (dtype) {got}, ал ұяшық салмақтарыныкі — {expected}; "
              "біреуін .to(...) арқылы түрлендіріңіз.",
        "ru": "Тип тензора «{name}» — {got}, а веса ячейки имеют тип {expected}; "
              "приведите один из них через .to(...).",
        "en": "Tensor '{name}' has dtype {got} but the cell's weights are {expected}; "
              "convert one of them with .to(...).",
    },
    "rnn.err_cell_shapes": {
        "kk": "Ұяшық әр қадамда пішіні әртүрлі жасырын күйлер қайтарды: {shapes}.",
        "ru": "Ячейка вернула скрытые состояния разной формы на разных шагах: {shapes}.",
        "en": "The cell returned hidden states of different shapes at different steps: {shapes}.",
    },
    "rnn.err_no_graph": {
        "kk": "Градиентті есептеу мүмкін емес: ұяшық салмақтарының ешқайсысында да, кірісте де requires_grad=True жоқ.",
        "ru": "Градиент не вычисляется: ни веса ячейки, ни вход не имеют requires_grad=True.",
        "en": "No gradient can flow: neither the cell's weights nor the input require grad.",
    },
    "rnn.type_scalar": {
        "kk": "бір саннан тұратын тензор (скаляр)",
        "ru": "тензором из одного числа (скаляром)",
        "en": "a one-number tensor (a scalar)",
    },
    # --- plots/rnn.py ---
    "rnn.plot_folded": {"kk": "Жиналған түрі", "ru": "Свёрнутый вид", "en": "Folded"},
    "rnn.plot_unrolled": {
        "kk": "Уақыт бойынша жазылған түрі: {kind}",
        "ru": "Развёрнутый во времени вид: {kind}",
        "en": "Unrolled in time: {kind}",
    },
    "rnn.plot_shared": {
        "kk": "Әр қадамда сол бір W_xh, W_hh, W_hy салмақтары қолданылады",
        "ru": "На каждом шаге используются одни и те же веса W_xh, W_hh, W_hy",
        "en": "Every step uses the same weights W_xh, W_hh, W_hy",
    },
    "rnn.kind_many_to_many": {"kk": "көп → көп", "ru": "многие → многие", "en": "many → many"},
    "rnn.kind_many_to_one": {"kk": "көп → бір", "ru": "многие → один", "en": "many → one"},
    "rnn.kind_one_to_many": {"kk": "бір → көп", "ru": "один → многие", "en": "one → many"},
    "rnn.type_curves": {
        "kk": "атау → (T,) массив сөздігі (dict)",
        "ru": "словарём «подпись → массив (T,)»",
        "en": "a dict label → (T,) array",
    },
    "rnn.axis_step": {"kk": "Уақыт қадамы t", "ru": "Шаг времени t", "en": "Time step t"},
    "rnn.axis_grad_norm": {"kk": "‖∂L/∂hₜ‖ (лог. шкала)", "ru": "‖∂L/∂hₜ‖ (лог. шкала)",
                           "en": "‖∂L/∂hₜ‖ (log scale)"},
    "rnn.flow_title": {
        "kk": "Градиент уақыт бойымен кері ағады (T = {length})",
        "ru": "Градиент течёт назад во времени (T = {length})",
        "en": "The gradient flowing back in time (T = {length})",
    },
    # --- widgets/rnn.py ---
    "rnn.w_title": {
        "kk": "Жоғалып кететін және жарылатын градиент",
        "ru": "Затухающий и взрывающийся градиент",
        "en": "Vanishing and exploding gradients",
    },
    "rnn.w_radius": {"kk": "W_hh-тің спектрлік радиусы ρ", "ru": "спектральный радиус W_hh ρ",
                     "en": "spectral radius ρ of W_hh"},
    "rnn.w_length": {"kk": "Тізбек ұзындығы T", "ru": "Длина последовательности T",
                     "en": "Sequence length T"},
    "rnn.w_input_scale": {"kk": "Кіріс шамасы", "ru": "Масштаб входа", "en": "Input scale"},
    "rnn.w_clip": {"kk": "Градиентті қию (‖g‖ ≤ 1)", "ru": "Обрезка градиента (‖g‖ ≤ 1)",
                   "en": "Gradient clipping (‖g‖ ≤ 1)"},
    "rnn.w_raw": {"kk": "қиюсыз", "ru": "без обрезки", "en": "not clipped"},
    "rnn.w_clipped": {"kk": "қиюдан кейін", "ru": "после обрезки", "en": "clipped"},
    "rnn.w_before": {"kk": "дейін", "ru": "до", "en": "before"},
    "rnn.w_after": {"kk": "кейін", "ru": "после", "en": "after"},
    "rnn.w_curve_title": {
        "kk": "‖∂L/∂hₜ‖, ρ = {radius:.2f}, T = {length}",
        "ru": "‖∂L/∂hₜ‖, ρ = {radius:.2f}, T = {length}",
        "en": "‖∂L/∂hₜ‖, ρ = {radius:.2f}, T = {length}",
    },
    "rnn.w_summary": {
        "kk": "‖∂L/∂h₁‖ / ‖∂L/∂h<sub>{length}</sub>‖ = <b>{ratio}</b> · толық градиент "
              "‖∂L/∂θ‖ = {norm} → қиюдан кейін {clipped}",
        "ru": "‖∂L/∂h₁‖ / ‖∂L/∂h<sub>{length}</sub>‖ = <b>{ratio}</b> · полный градиент "
              "‖∂L/∂θ‖ = {norm} → после обрезки {clipped}",
        "en": "‖∂L/∂h₁‖ / ‖∂L/∂h<sub>{length}</sub>‖ = <b>{ratio}</b> · whole gradient "
              "‖∂L/∂θ‖ = {norm} → clipped {clipped}",
    },
    "rnn.sine_truth": {"kk": "нақты келесі мән", "ru": "истинное следующее значение",
                       "en": "true next value"},
    "rnn.sine_pred": {"kk": "RNN болжамы", "ru": "прогноз RNN", "en": "RNN forecast"},
    "rnn.sine_title": {
        "kk": "Көп → көп: әр қадамда синусоиданың келесі мәнін болжау",
        "ru": "Многие → многие: следующее значение синусоиды на каждом шаге",
        "en": "Many → many: the next value of a sine wave at every step",
    },
    "rnn.claim_sine": {
        "kk": "RNN келесі мәнді аңғал болжамнан кемінде 5 есе дәлірек болжайды: орташа квадраттық "
              "қате {rnn}, ал «келесі мән = қазіргі мән» үшін {naive}.",
        "ru": "RNN предсказывает следующее значение минимум в 5 раз точнее наивного прогноза: "
              "среднеквадратичная ошибка {rnn}, а у «следующее = текущее» {naive}.",
        "en": "The RNN forecasts the next value at least 5 times better than the naive forecast: "
              "mean squared error {rnn}, versus {naive} for 'next = current'.",
    },
    # --- notebook 03: claims ---
    "rnn.claim_order": {
        "kk": "Қосынды ретті сезбейді (айырма {sum_diff}), ал RNN-нің соңғы күйі ретке тәуелді "
              "(айырма {rnn_diff}).",
        "ru": "Сумма не чувствует порядка (разница {sum_diff}), а последнее состояние RNN "
              "зависит от порядка (разница {rnn_diff}).",
        "en": "A sum is blind to order (difference {sum_diff}) while the RNN's last state "
              "depends on it (difference {rnn_diff}).",
    },
    "rnn.claim_scratch": {
        "kk": "Нөлден жазылған RNN torch-тың nn.RNN-імен сәйкес келеді ({dtype}): шығыстардағы ең "
              "үлкен айырма {out_diff}, градиенттердегі {grad_diff} (шек {tol}).",
        "ru": "RNN, написанная с нуля, совпадает с nn.RNN из torch ({dtype}): наибольшая разница выходов "
              "{out_diff}, градиентов {grad_diff} (порог {tol}).",
        "en": "The scratch RNN matches torch's nn.RNN ({dtype}): largest difference in outputs "
              "{out_diff}, in gradients {grad_diff} (bound {tol}).",
    },
    "rnn.claim_bptt": {
        "kk": "Қолмен жазылған BPTT рекурсиясы autograd-пен сәйкес келеді: ең үлкен айырма {diff}.",
        "ru": "Рекурсия BPTT, написанная вручную, совпадает с autograd: наибольшая разница {diff}.",
        "en": "The hand-written BPTT recursion matches autograd: largest difference {diff}.",
    },
    "rnn.claim_vanish": {
        "kk": "ρ = 0.5 болғанда 1-қадамдағы градиент 50-қадамдағыдан {factor} есе кіші (≥ 1000 есе): "
              "градиент жоғалып кетеді.",
        "ru": "При ρ = 0.5 градиент на шаге 1 в {factor} раз меньше, чем на шаге 50 (≥ 1000 раз): "
              "градиент затухает.",
        "en": "With ρ = 0.5 the gradient at step 1 is {factor} times smaller than at step 50 "
              "(≥ 1000×): it vanishes.",
    },
    "rnn.claim_explode": {
        "kk": "ρ = 1.5 болғанда (қиюсыз) 1-қадамдағы градиент 50-қадамдағыдан {factor} есе үлкен: "
              "градиент жарылады.",
        "ru": "При ρ = 1.5 (без обрезки) градиент на шаге 1 в {factor} раз больше, чем на шаге 50: "
              "градиент взрывается.",
        "en": "With ρ = 1.5 (no clipping) the gradient at step 1 is {factor} times larger than "
              "at step 50: it explodes.",
    },
    "rnn.claim_clip": {
        "kk": "ρ = 1.5, T = {length}: толық градиенттің нормасы {norm}; қиюдан кейін {clipped} "
              "(бағыты өзгермейді, косинус {cosine}).",
        "ru": "ρ = 1.5, T = {length}: норма полного градиента {norm}; после обрезки {clipped} "
              "(направление то же, косинус {cosine}).",
        "en": "ρ = 1.5, T = {length}: the whole gradient's norm is {norm}; after clipping "
              "{clipped} (same direction, cosine {cosine}).",
    },
    "rnn.claim_memory": {
        "kk": "Қарапайым RNN қысқа жады керек есепті шешті (дәлдік {short}), ал ұзақ жады керек "
              "есепте кездейсоқ деңгейде қалды (дәлдік {long}, кездейсоқ деңгей {chance}; соңғы 20 "
              "қадамның шығыны {loss}, ln 4 ≈ 1.386).",
        "ru": "Простая RNN решила задачу с короткой памятью (точность {short}), а на длинной "
              "осталась на уровне случайного угадывания (точность {long}, случайный уровень {chance}; "
              "потери последних 20 шагов {loss}, ln 4 ≈ 1.386).",
        "en": "The plain RNN solved the short-memory task (accuracy {short}) and stayed near "
              "chance on the long-memory one (accuracy {long}, chance {chance}; loss over the last "
              "20 steps {loss}, ln 4 ≈ 1.386).",
    },
    "rnn.axis_delay": {"kk": "Кідіріс d (неше қадам бұрын)", "ru": "Задержка d (сколько шагов назад)",
                       "en": "Delay d (steps back)"},
    "rnn.chance": {"kk": "кездейсоқ деңгей", "ru": "случайный уровень", "en": "chance"},
    "rnn.horizon_title": {
        "kk": "Қарапайым RNN жадысының «көкжиегі» (T = {length}, 200 оқыту қадамы)",
        "ru": "«Горизонт» памяти простой RNN (T = {length}, 200 шагов обучения)",
        "en": "The memory horizon of a plain RNN (T = {length}, 200 training steps)",
    },
    "rnn.claim_horizon": {
        "kk": "Қарапайым RNN 5 қадам бұрынғы таңбаны есте сақтайды (дәлдік {near}), ал 20 қадам "
              "бұрынғысын — жоқ (дәлдік {far}, кездейсоқ деңгей 0.25).",
        "ru": "Простая RNN помнит символ 5 шагов назад (точность {near}), а 20 шагов назад — нет "
              "(точность {far}, случайный уровень 0.25).",
        "en": "The plain RNN remembers the symbol 5 steps back (accuracy {near}) but not 20 steps "
              "back (accuracy {far}, chance 0.25).",
    },
    "rnn.claim_lstm": {
        "kk": "LSTM-де 1-қадамға жеткен градиенттің үлесі {lstm}, ал қарапайым RNN-де {rnn}: "
              "{factor} есе көп (≥ 1000 есе).",
        "ru": "В LSTM до шага 1 доходит доля градиента {lstm}, а в простой RNN {rnn}: "
              "в {factor} раз больше (≥ 1000 раз).",
        "en": "In the LSTM the share of the gradient reaching step 1 is {lstm}, in the plain "
              "RNN {rnn}: {factor} times more (≥ 1000×).",
    },
    # --- notebook 03: plots and exercises ---
    "rnn.task_short": {"kk": "қысқа жады (кідіріс {delay})", "ru": "короткая память (задержка {delay})",
                       "en": "short memory (delay {delay})"},
    "rnn.task_long": {"kk": "ұзақ жады (кідіріс {delay})", "ru": "длинная память (задержка {delay})",
                      "en": "long memory (delay {delay})"},
    "rnn.recall_title": {
        "kk": "Қарапайым RNN: T = {length} таңбалы тізбектегі таңбаны еске түсіру",
        "ru": "Простая RNN: вспомнить символ в последовательности из T = {length}",
        "en": "Plain RNN: recall a symbol from a sequence of T = {length}",
    },
    "rnn.ex_step": {"kk": "RNN қадамы", "ru": "Шаг RNN", "en": "The RNN step"},
    "rnn.ex_step_hint": {
        "kk": "h_next = tanh(x @ W_xh.T + h @ W_hh.T + b); пішіні (B, H).",
        "ru": "h_next = tanh(x @ W_xh.T + h @ W_hh.T + b); форма (B, H).",
        "en": "h_next = tanh(x @ W_xh.T + h @ W_hh.T + b); shape (B, H).",
    },
    "rnn.ex_hand": {"kk": "Қолмен есептелген h₃", "ru": "h₃, посчитанное вручную",
                    "en": "h₃ computed by hand"},
    "rnn.ex_clip": {"kk": "Градиентті қиятын оқыту қадамы", "ru": "Шаг обучения с обрезкой градиента",
                    "en": "A training step with gradient clipping"},
    "rnn.ex_clip_hint": {
        "kk": "zero_grad → шығын → backward → torch.nn.utils.clip_grad_norm_ → step; {{'loss': ...}} қайтарыңыз.",
        "ru": "zero_grad → потери → backward → torch.nn.utils.clip_grad_norm_ → step; верните {{'loss': ...}}.",
        "en": "zero_grad → loss → backward → torch.nn.utils.clip_grad_norm_ → step; return {{'loss': ...}}.",
    },
}

QUIZZES: dict[str, list[dict]] = {
    "rnn": [
        {
            "question": {
                "kk": "Рекурренттік нейрондық желіні (RNN) көпқабатты перцептроннан (MLP) не ерекшелейді?",
                "ru": "Чем рекуррентная нейронная сеть (RNN) отличается от многослойного перцептрона (MLP)?",
                "en": "What sets a recurrent neural network (RNN) apart from a multilayer perceptron (MLP)?",
            },
            "options": [
                {"kk": "Қабаттары көбірек", "ru": "У неё больше слоёв", "en": "It has more layers"},
                {"kk": "Қадамнан қадамға берілетін жасырын күйі (жады) бар",
                 "ru": "У неё есть скрытое состояние (память), передаваемое от шага к шагу",
                 "en": "It has a hidden state (memory) passed from step to step"},
                {"kk": "Активациялық функциясы жоқ", "ru": "У неё нет функции активации",
                 "en": "It has no activation function"},
            ],
            "answer": 1,
            "explain": {
                "kk": "hₜ = tanh(W_xh·xₜ + W_hh·hₜ₋₁ + b): hₜ₋₁ арқылы желі бұрын көргенін есте сақтайды.",
                "ru": "hₜ = tanh(W_xh·xₜ + W_hh·hₜ₋₁ + b): через hₜ₋₁ сеть помнит увиденное раньше.",
                "en": "hₜ = tanh(W_xh·xₜ + W_hh·hₜ₋₁ + b): through hₜ₋₁ the network remembers what it saw.",
            },
        },
        {
            "question": {
                "kk": "Неліктен RNN әр уақыт қадамында бірдей салмақтарды қолданады?",
                "ru": "Почему RNN использует одни и те же веса на каждом шаге времени?",
                "en": "Why does an RNN use the same weights at every time step?",
            },
            "options": [
                {"kk": "Бір ереже кез келген орында қолданылады, ал параметрлер саны T-ға тәуелді емес",
                 "ru": "Одно правило применяется в любой позиции, а число параметров не зависит от T",
                 "en": "One rule applies at every position, and the parameter count does not depend on T"},
                {"kk": "Тек жадыны үнемдеу үшін, нәтижеге әсері жоқ",
                 "ru": "Только чтобы сэкономить память, на результат это не влияет",
                 "en": "Only to save memory; it does not matter for the result"},
                {"kk": "Градиент жоғалып кетпеуі үшін", "ru": "Чтобы градиент не затухал",
                 "en": "So that the gradient does not vanish"},
            ],
            "answer": 0,
            "explain": {
                "kk": "Салмақтарды ортақ пайдалану кез келген ұзындықтағы тізбекті өңдеуге мүмкіндік береді; "
                      "бірақ дәл осы W_hh-ке қайта-қайта көбейту градиенттің жоғалуына немесе жарылуына әкеледі.",
                "ru": "Общие веса позволяют обрабатывать последовательности любой длины; но именно "
                      "повторное умножение на W_hh заставляет градиент затухать или взрываться.",
                "en": "Shared weights let the network read sequences of any length; but multiplying by "
                      "the same W_hh again and again is exactly what makes gradients vanish or explode.",
            },
        },
        {
            "question": {
                "kk": "W_hh = ρ·Q (Q ортогональ), tanh қанықпаған. T-қадамнан 1-қадамға жеткен градиент шамамен қалай өзгереді?",
                "ru": "W_hh = ρ·Q (Q ортогональна), tanh не насыщен. Как меняется градиент, дошедший от шага T до шага 1?",
                "en": "W_hh = ρ·Q (Q orthogonal), tanh not saturated. How does the gradient change on its way from step T to step 1?",
            },
            "options": [
                {"kk": "Өзгермейді", "ru": "Не меняется", "en": "It does not change"},
                {"kk": "ρ^(T−1)-ге көбейтіледі: ρ < 1 болса жоғалады, ρ > 1 болса жарылады",
                 "ru": "Умножается на ρ^(T−1): при ρ < 1 затухает, при ρ > 1 взрывается",
                 "en": "It is multiplied by ρ^(T−1): it vanishes for ρ < 1 and explodes for ρ > 1"},
                {"kk": "T-ға көбейтіледі", "ru": "Умножается на T", "en": "It is multiplied by T"},
            ],
            "answer": 1,
            "explain": {
                "kk": "∂L/∂hₜ₋₁ = W_hhᵀ·(tanh′ ⊙ ∂L/∂hₜ): әр қадам тағы бір ρ көбейткішін қосады, ал tanh′ ≤ 1 оны тек кішірейтеді.",
                "ru": "∂L/∂hₜ₋₁ = W_hhᵀ·(tanh′ ⊙ ∂L/∂hₜ): каждый шаг добавляет ещё один множитель ρ, а tanh′ ≤ 1 его только уменьшает.",
                "en": "∂L/∂hₜ₋₁ = W_hhᵀ·(tanh′ ⊙ ∂L/∂hₜ): every step adds another factor ρ, and tanh′ ≤ 1 only shrinks it.",
            },
        },
        {
            "question": {
                "kk": "Градиентті қию (gradient clipping) нені емдейді?",
                "ru": "Что лечит обрезка градиента (gradient clipping)?",
                "en": "What does gradient clipping cure?",
            },
            "options": [
                {"kk": "Тек жарылатын градиентті: тым үлкен қадамды қысқартады, бағытын сақтайды",
                 "ru": "Только взрывающийся градиент: укорачивает слишком большой шаг, сохраняя направление",
                 "en": "Only exploding gradients: it shortens a step that is too long and keeps its direction"},
                {"kk": "Жоғалып кететін градиентті де, жарылатынды да",
                 "ru": "И затухающий, и взрывающийся градиент",
                 "en": "Both vanishing and exploding gradients"},
                {"kk": "Тек жоғалып кететін градиентті", "ru": "Только затухающий градиент",
                 "en": "Only vanishing gradients"},
            ],
            "answer": 0,
            "explain": {
                "kk": "Қию бүкіл градиентті бір санға бөледі: жоғалып кеткен алыс қадамдардың үлесін қайтара алмайды. Бұл мәселені LSTM мен GRU қақпалары шешеді.",
                "ru": "Обрезка делит весь градиент на одно число: вклад далёких шагов, который уже исчез, она не вернёт. Это решают вентили LSTM и GRU.",
                "en": "Clipping divides the whole gradient by one number: it cannot bring back the share of distant steps that has vanished. The gates of LSTM and GRU do that.",
            },
        },
        {
            "question": {
                "kk": "Қарапайым RNN неге 50 қадамнан кейін бірінші таңбаны еске түсіре алмайды?",
                "ru": "Почему простая RNN не может вспомнить первый символ через 50 шагов?",
                "en": "Why can a plain RNN not recall the first symbol after 50 steps?",
            },
            "options": [
                {"kk": "Жасырын күйдің өлшемі тым кіші", "ru": "Скрытое состояние слишком мало",
                 "en": "Its hidden state is too small"},
                {"kk": "Шығыннан 1-қадамға жететін градиент жоғалып кетеді, сондықтан салмақтар оны сақтауды үйренбейді",
                 "ru": "Градиент от потерь до шага 1 затухает, и веса не учатся его хранить",
                 "en": "The gradient from the loss back to step 1 vanishes, so the weights never learn to keep it"},
                {"kk": "Оқыту жылдамдығы тым үлкен", "ru": "Слишком большая скорость обучения",
                 "en": "The learning rate is too large"},
            ],
            "answer": 1,
            "explain": {
                "kk": "32 өлшемді күйге бір таңба оңай сыяды; мәселе — оқыту сигналының сонша алысқа жетпеуі. Сондықтан қақпалар (LSTM, GRU) ойлап табылды.",
                "ru": "Один символ легко помещается в состояние размера 32; беда в том, что обучающий сигнал не доходит так далеко. Поэтому и придумали вентили (LSTM, GRU).",
                "en": "One symbol fits easily into a 32-number state; the trouble is that the learning signal never reaches that far back. That is why gates (LSTM, GRU) were invented.",
            },
        },
    ],
}
