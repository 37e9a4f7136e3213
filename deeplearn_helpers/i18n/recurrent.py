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
        "kk": "Уақыт бойынша жайылған түрі: {kind}",
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
    "rnn.sine_truth": {"kk": "шын келесі мән", "ru": "истинное следующее значение",
                       "en": "true next value"},
    "rnn.sine_pred": {"kk": "RNN болжамы", "ru": "прогноз RNN", "en": "RNN forecast"},
    "rnn.sine_title": {
        "kk": "Көп → көп: әр қадамда синусоиданың келесі мәнін болжау",
        "ru": "Многие → многие: следующее значение синусоиды на каждом шаге",
        "en": "Many → many: the next value of a sine wave at every step",
    },
    "rnn.claim_sine": {
        "kk": "RNN келесі мәнді аңғал болжамнан кемінде {factor} есе дәлірек болжайды: орташа квадраттық қате {rnn}, ал «келесі мән = қазіргі мән» үшін {naive}.",
        "ru": "RNN предсказывает следующее значение минимум в {factor} раз точнее наивного прогноза: среднеквадратичная ошибка {rnn}, а у «следующее = текущее» {naive}.",
        "en": "The RNN forecasts the next value at least {factor} times better than the naive forecast: mean squared error {rnn}, versus {naive} for 'next = current'.",
    },
    # --- notebook 03: claims ---
    "rnn.claim_order": {
        "kk": "{first} және {second} тізбектерінің қосындысы да, соңғы мәні де бірдей, ал RNN-нің соңғы күйлері ерекшеленеді: ең үлкен айырма {rnn_diff} (≥ {min_diff}). Күй бұрынғы қадамдардың ретін сақтайды.",
        "ru": "У последовательностей {first} и {second} одинаковы и сумма, и последнее значение, а последние состояния RNN различаются: наибольшая разница {rnn_diff} (≥ {min_diff}). Состояние помнит порядок прежних шагов.",
        "en": "{first} and {second} have the same sum and the same last value, yet the RNN's last states differ: largest difference {rnn_diff} (≥ {min_diff}). The state keeps the order of the earlier steps.",
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
        "kk": "ρ = {radius} болғанда 1-қадамдағы градиент {length}-қадамдағыдан {factor} есе кіші (≥ {min_factor} есе): градиент жоғалып кетеді.",
        "ru": "При ρ = {radius} градиент на шаге 1 в {factor} раз меньше, чем на шаге {length} (≥ {min_factor} раз): градиент затухает.",
        "en": "With ρ = {radius} the gradient at step 1 is {factor} times smaller than at step {length} (≥ {min_factor}×): it vanishes.",
    },
    "rnn.claim_explode": {
        "kk": "ρ = {radius} болғанда (қиюсыз) 1-қадамдағы градиент {length}-қадамдағыдан {factor} есе үлкен (≥ {min_factor}): градиент жарылады. Бірақ ρ^(T−1) = {predicted} болжамынан әлдеқайда аз (кемінде {gap} есе): күй өсіп, tanh қанығады, tanh′ мәнінің орташасы {slope} (≤ {max_slope}), сондықтан бір қадамдағы өсу ρ емес, {per_step} ғана.",
        "ru": "При ρ = {radius} (без обрезки) градиент на шаге 1 в {factor} раз больше, чем на шаге {length} (≥ {min_factor}): градиент взрывается. Но это намного меньше прогноза ρ^(T−1) = {predicted} (минимум в {gap} раз): состояние растёт, tanh насыщается, среднее tanh′ равно {slope} (≤ {max_slope}), и рост за шаг — не ρ, а лишь {per_step}.",
        "en": "With ρ = {radius} (no clipping) the gradient at step 1 is {factor} times larger than at step {length} (≥ {min_factor}): it explodes. Yet far less than the prediction ρ^(T−1) = {predicted} (at least {gap} times less): the state grows, tanh saturates, the mean tanh′ is {slope} (≤ {max_slope}), so the growth per step is not ρ but only {per_step}.",
    },
    "rnn.claim_clip": {
        "kk": "ρ = {radius}, T = {length}: градиенттің нормасы {norm}. Шығын қадамға дейін {before}; қиюсыз бір SGD қадамынан (η = {lr}) кейін {raw}, c = {clip} қиюмен {clipped}. Қиюсыз қадам шығынды көтереді, ал оның өзгерісі қиюмен кемінде {min_ratio} есе кіші (мұнда {ratio} есе).",
        "ru": "ρ = {radius}, T = {length}: норма градиента {norm}. Потери до шага {before}; после одного шага SGD (η = {lr}) без обрезки {raw}, с обрезкой c = {clip} {clipped}. Шаг без обрезки повышает потери, а с обрезкой их изменение минимум в {min_ratio} раз меньше (здесь в {ratio} раз).",
        "en": "ρ = {radius}, T = {length}: the gradient's norm is {norm}. Loss before the step {before}; after one SGD step (η = {lr}) without clipping {raw}, with clipping at c = {clip} {clipped}. The raw step raises the loss; with clipping the change is at least {min_ratio} times smaller (here {ratio} times).",
    },
    "rnn.claim_memory": {
        "kk": "Осы баптаулармен ({steps} оқыту қадамы) қарапайым RNN қысқа жады керек есепті шешті (дәлдік {short} ≥ {min_short}), ал ұзақ жады керек есепте кездейсоқ деңгейде қалды (дәлдік {long} ≤ {max_long}, кездейсоқ деңгей {chance}; соңғы 20 қадамның шығыны {loss} > {min_loss}, ln 4 ≈ {ln_k}).",
        "ru": "С этим рецептом ({steps} шагов обучения) простая RNN решила задачу с короткой памятью (точность {short} ≥ {min_short}), а на длинной осталась на уровне случайного угадывания (точность {long} ≤ {max_long}, случайный уровень {chance}; потери последних 20 шагов {loss} > {min_loss}, ln 4 ≈ {ln_k}).",
        "en": "With this recipe ({steps} training steps) the plain RNN solved the short-memory task (accuracy {short} ≥ {min_short}) and stayed near chance on the long-memory one (accuracy {long} ≤ {max_long}, chance {chance}; loss over the last 20 steps {loss} > {min_loss}, ln 4 ≈ {ln_k}).",
    },
    "rnn.axis_delay": {"kk": "Кідіріс d (неше қадам бұрын)", "ru": "Задержка d (сколько шагов назад)",
                       "en": "Delay d (steps back)"},
    "rnn.chance": {"kk": "кездейсоқ деңгей", "ru": "случайный уровень", "en": "chance"},
    "rnn.horizon_title": {
        "kk": "Осы баптаулармен оқытылған қарапайым RNN: дәлдік пен кідіріс (T = {length}, {steps} оқыту қадамы)",
        "ru": "Простая RNN, обученная по этому рецепту: точность и задержка (T = {length}, {steps} шагов обучения)",
        "en": "A plain RNN trained with this recipe: accuracy against delay (T = {length}, {steps} training steps)",
    },
    "rnn.claim_horizon": {
        "kk": "Осы баптаулармен ({steps} оқыту қадамы) қарапайым RNN {near_delay} қадам бұрынғы таңбаны есте сақтайды (дәлдік {near} ≥ {min_near}), ал {far_delay} қадам бұрынғысын — жоқ (дәлдік {far} ≤ {max_far}, кездейсоқ деңгей {chance}).",
        "ru": "С этим рецептом ({steps} шагов обучения) простая RNN помнит символ {near_delay} шагов назад (точность {near} ≥ {min_near}), а {far_delay} шагов назад — нет (точность {far} ≤ {max_far}, случайный уровень {chance}).",
        "en": "With this recipe ({steps} training steps) the plain RNN remembers the symbol {near_delay} steps back (accuracy {near} ≥ {min_near}) but not {far_delay} steps back (accuracy {far} ≤ {max_far}, chance {chance}).",
    },
    "rnn.claim_lstm": {
        "kk": "LSTM-де 1-қадамға жеткен градиенттің үлесі {lstm}, ал қарапайым RNN-де {rnn}: {factor} есе көп (≥ {min_factor} есе).",
        "ru": "В LSTM до шага 1 доходит доля градиента {lstm}, а в простой RNN {rnn}: в {factor} раз больше (≥ {min_factor} раз).",
        "en": "In the LSTM the share of the gradient reaching step 1 is {lstm}, in the plain RNN {rnn}: {factor} times more (≥ {min_factor}×).",
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
    "rnn.ex_clip_return": {
        "kk": "қадам функциясы {{'loss': шығын}} сөздігін қайтаруы керек (fit шығынды содан оқиды), ал қайтарылғаны: {got}.",
        "ru": "функция шага должна вернуть словарь {{'loss': потери}} (fit читает потери из него), а вернула: {got}.",
        "en": "the step function must return a dict {{'loss': loss}} (fit reads the loss from it), it returned: {got}.",
    },
    "rnn.ex_forward": {"kk": "Уақыт бойынша жаю", "ru": "Развёртка во времени", "en": "Unrolling in time"},
    "rnn.ex_forward_hint": {
        "kk": "h = h0; әр қадамда h = rnn_step(xs[t], h, W_xh, W_hh, b); күйлерді torch.stack-пен (T, B, H) етіп жинаңыз.",
        "ru": "h = h0; на каждом шаге h = rnn_step(xs[t], h, W_xh, W_hh, b); соберите состояния torch.stack в (T, B, H).",
        "en": "h = h0; at each step h = rnn_step(xs[t], h, W_xh, W_hh, b); stack the states with torch.stack into (T, B, H).",
    },
    "rnn.ex_clip_hint": {
        "kk": "zero_grad → шығын → backward → torch.nn.utils.clip_grad_norm_ → step; {{'loss': ...}} қайтарыңыз.",
        "ru": "zero_grad → потери → backward → torch.nn.utils.clip_grad_norm_ → step; верните {{'loss': ...}}.",
        "en": "zero_grad → loss → backward → torch.nn.utils.clip_grad_norm_ → step; return {{'loss': ...}}.",
    },
    "rnn.claim_saturation": {
        "kk": "ρ = {radius} > 1 болса да, кіріс шамасы {scale} болғанда tanh қанығады: 1-қадамдағы градиент {length}-қадамдағының {factor} үлесі ғана (< {max_factor}), яғни градиент жоғалады.",
        "ru": "Хотя ρ = {radius} > 1, при масштабе входа {scale} tanh насыщается: градиент на шаге 1 составляет лишь {factor} от градиента на шаге {length} (< {max_factor}), то есть затухает.",
        "en": "Although ρ = {radius} > 1, with input scale {scale} tanh saturates: the gradient at step 1 is only {factor} of that at step {length} (< {max_factor}), so it vanishes.",
    },
    "rnn.claim_irnn": {
        "kk": "Сол {steps} қадамда IRNN (W_hh = I, ReLU) ұзақ жады есебінде әлдеқайда жақсы: d = {far_delay} үшін дәлдік {irnn_far} (≥ {min_far}; tanh RNN-де {rnn_far}). Бірақ d = {near_delay} үшін оның дәлдігі {irnn_near}, tanh RNN-нікінен ({rnn_near}) төмен: нәтиже баптауларға тәуелді.",
        "ru": "За те же {steps} шагов IRNN (W_hh = I, ReLU) намного лучше справляется с длинной памятью: при d = {far_delay} точность {irnn_far} (≥ {min_far}; у tanh RNN {rnn_far}). Но при d = {near_delay} её точность {irnn_near}, ниже, чем у tanh RNN ({rnn_near}): результат зависит от рецепта.",
        "en": "In the same {steps} steps the IRNN (W_hh = I, ReLU) does far better on the long-memory task: accuracy {irnn_far} at d = {far_delay} (≥ {min_far}; tanh RNN {rnn_far}). But at d = {near_delay} it reaches {irnn_near}, below the tanh RNN ({rnn_near}): the outcome depends on the recipe.",
    },
    "rnn.claim_forget": {
        "kk": "Бастапқы LSTM-де ұмыту қақпасының орташа мәні f̄ = {f_mean}: ұяшық күйінің жолындағы көбейткіш f̄^{steps} ≈ {cell_path}, ал 1-қадамға жеткен градиенттің үлесі {lstm} (≤ {max_share}). Қақпалар жоғалуды жеңілдетеді, бірақ оқытусыз жоймайды.",
        "ru": "В LSTM при инициализации среднее значение вентиля забывания f̄ = {f_mean}: множитель на пути через состояние ячейки f̄^{steps} ≈ {cell_path}, а до шага 1 доходит доля градиента {lstm} (≤ {max_share}). Вентили смягчают затухание, но без обучения не устраняют его.",
        "en": "In the LSTM at initialisation the forget gate's mean is f̄ = {f_mean}: the factor along the cell state is f̄^{steps} ≈ {cell_path}, and the share of the gradient reaching step 1 is {lstm} (≤ {max_share}). Gates mitigate vanishing; untrained, they do not remove it.",
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
                {"kk": "Бір ереже кез келген орында қолданылады, ал параметрлер саны T-ге тәуелді емес",
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
                {"kk": "Шамамен ρ^(T−1)-ге көбейтіледі: ρ < 1 болса міндетті түрде жоғалады; ρ > 1 болса жарылуы мүмкін, бірақ tanh қанықса, жоғалуы да мүмкін",
                 "ru": "Примерно умножается на ρ^(T−1): при ρ < 1 обязательно затухает; при ρ > 1 может взорваться, но если tanh насыщен, может и затухнуть",
                 "en": "Roughly multiplied by ρ^(T−1): for ρ < 1 it surely vanishes; for ρ > 1 it can explode, but if tanh saturates it can vanish too"},
                {"kk": "T-ге көбейтіледі", "ru": "Умножается на T", "en": "It is multiplied by T"},
            ],
            "answer": 1,
            "explain": {
                "kk": "∂L/∂hₜ₋₁ = W_hhᵀ·(tanh′ ⊙ ∂L/∂hₜ): әр қадам ең көбі σ_max(W_hh)·max tanh′ есе созады. Сондықтан σ_max(W_hh)·max|tanh′| < 1 жоғалу үшін жеткілікті, ал σ_max > 1 жарылу үшін тек қажетті шарт (Pascanu т.б., 2013): күй өсіп, tanh қанықса, tanh′ кішірейіп, градиент ρ > 1 болса да жоғалуы мүмкін.",
                "ru": "∂L/∂hₜ₋₁ = W_hhᵀ·(tanh′ ⊙ ∂L/∂hₜ): каждый шаг растягивает не более чем в σ_max(W_hh)·max tanh′ раз. Поэтому σ_max(W_hh)·max|tanh′| < 1 достаточно для затухания, а σ_max > 1 лишь необходимо для взрыва (Pascanu и др., 2013): если состояние растёт и tanh насыщается, tanh′ уменьшается, и градиент может затухать даже при ρ > 1.",
                "en": "∂L/∂hₜ₋₁ = W_hhᵀ·(tanh′ ⊙ ∂L/∂hₜ): each step stretches by at most σ_max(W_hh)·max tanh′. So σ_max(W_hh)·max|tanh′| < 1 is sufficient for vanishing, and σ_max > 1 only necessary for exploding (Pascanu et al., 2013): when the state grows and tanh saturates, tanh′ shrinks and the gradient can vanish even for ρ > 1.",
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
                "kk": "Қию бүкіл градиентті бір санға бөледі: жоғалып кеткен алыс қадамдардың үлесін қайтара алмайды. Бұл мәселені LSTM мен GRU қақпалары жеңілдетеді: ұмыту қақпасы f ≈ 1 болған жерде градиент ұяшық күйі бойымен сақталады.",
                "ru": "Обрезка делит весь градиент на одно число: вклад далёких шагов, который уже исчез, она не вернёт. Это смягчают вентили LSTM и GRU: где вентиль забывания f ≈ 1, градиент сохраняется вдоль состояния ячейки.",
                "en": "Clipping divides the whole gradient by one number: it cannot bring back the share of distant steps that has vanished. The gates of LSTM and GRU mitigate this: where the forget gate is f ≈ 1, the gradient survives along the cell state.",
            },
        },
        {
            "question": {
                "kk": "Блокноттағы баптаулармен (әдепкі бастапқы салмақтар, 200 Adam қадамы) оқытылған tanh RNN неге 50 қадамнан кейін бірінші таңбаны еске түсірмеді?",
                "ru": "Почему tanh RNN, обученная по рецепту блокнота (инициализация по умолчанию, 200 шагов Adam), не вспомнила первый символ через 50 шагов?",
                "en": "Why did the tanh RNN trained with the notebook's recipe (default initialisation, 200 Adam steps) not recall the first symbol after 50 steps?",
            },
            "options": [
                {"kk": "Жасырын күйдің өлшемі тым кіші", "ru": "Скрытое состояние слишком мало",
                 "en": "Its hidden state is too small"},
                {"kk": "Шығыннан 1-қадамға жететін градиент жоғалып кетеді, сондықтан осы қадамдар санында салмақтар оны сақтауды үйренбейді",
                 "ru": "Градиент от потерь до шага 1 затухает, и за этот бюджет веса не учатся его хранить",
                 "en": "The gradient from the loss back to step 1 vanishes, so within this budget the weights do not learn to keep it"},
                {"kk": "Оқыту жылдамдығы тым үлкен", "ru": "Слишком большая скорость обучения",
                 "en": "The learning rate is too large"},
            ],
            "answer": 1,
            "explain": {
                "kk": "32 өлшемді күйге бір таңба оңай сыяды; мәселе — оқыту сигналының сонша алысқа жетпеуі. Бұл қарапайым RNN-нің шегі емес, баптаулар мен қадамдар санының нәтижесі: W_hh = I және ReLU бастапқы күйі (IRNN, Le т.б., 2015) немесе ұзағырақ оқыту көмектеседі; қақпалар (LSTM, GRU) да сол үшін ойлап табылды.",
                "ru": "Один символ легко помещается в состояние размера 32; беда в том, что обучающий сигнал не доходит так далеко. Это не предел простой RNN, а итог рецепта и бюджета: помогают начальные W_hh = I и ReLU (IRNN, Le и др., 2015) или более долгое обучение; для того же придуманы и вентили (LSTM, GRU).",
                "en": "One symbol fits easily into a 32-number state; the trouble is that the learning signal does not reach that far back. This is not a limit of plain RNNs but the outcome of the recipe and budget: starting from W_hh = I with ReLU (IRNN, Le et al., 2015) or training longer helps; gates (LSTM, GRU) were invented for the same reason.",
            },
        },
    ],
}

STRINGS.update({
    # --- figure alt texts: what each stored figure shows (plots.show_figure, issue 18) ---
    "rnn.alt_rnn": {
        "kk": "Сол жақта — жиналған RNN (бір ұяшық, h өзіне қайта оралады), оң жақта — сол желі уақыт бойынша жайылған ({kind}): әр қадамда сол бір W_xh, W_hh, W_hy салмақтары.",
        "ru": "Слева — свёрнутая RNN (одна ячейка, h возвращается в себя), справа — та же сеть, развёрнутая во времени ({kind}): на каждом шаге те же веса W_xh, W_hh, W_hy.",
        "en": "Left: the folded RNN (one cell whose h feeds back); right: the same network unrolled in time ({kind}), with the same weights W_xh, W_hh, W_hy at every step.",
    },
    "rnn.alt_sine": {
        "kk": "Синусоиданың шын мәндері (нүктелер) және RNN болжамы (сызық) уақыт қадамдары бойынша.",
        "ru": "Истинные значения синусоиды (точки) и прогноз RNN (линия) по шагам времени.",
        "en": "The sine wave's true values (dots) and the RNN's forecast (line) over the time steps.",
    },
    "rnn.alt_flow": {
        "kk": "Градиент нормасы ‖∂L/∂hₜ‖ уақыт қадамына қарай, логарифмдік шкалада, ρ-ның үш мәні үшін бір-бір қисық.",
        "ru": "Норма градиента ‖∂L/∂hₜ‖ по шагам времени в логарифмической шкале, по одной кривой на каждое из трёх значений ρ.",
        "en": "The gradient norm ‖∂L/∂hₜ‖ against the time step on a log scale, one curve for each of three values of ρ.",
    },
    "rnn.alt_recall": {
        "kk": "Екі есептің оқыту шығыны қадамдар бойынша: жақында көрген таңбаны еске түсіру және 49 қадам бұрын көргенін еске түсіру.",
        "ru": "Потери обучения двух задач по шагам: вспомнить недавно увиденный символ и вспомнить символ, увиденный 49 шагов назад.",
        "en": "The training loss of two tasks over the steps: recalling a symbol seen a moment ago and recalling one seen 49 steps ago.",
    },
    "rnn.alt_horizon": {
        "kk": "Еске түсіру дәлдігі таңба неше қадам бұрын көрінгеніне қарай; сұр үзік сызық — кездейсоқ болжау деңгейі.",
        "ru": "Точность припоминания в зависимости от того, сколько шагов назад был символ; серый пунктир — уровень случайного угадывания.",
        "en": "Recall accuracy against how many steps ago the symbol was seen; the grey dashed line is the level of random guessing.",
    },
    "rnn.alt_flow_lstm": {
        "kk": "Қарапайым RNN мен LSTM үшін градиент нормасы ‖∂L/∂hₜ‖ уақыт қадамына қарай, логарифмдік шкалада.",
        "ru": "Норма градиента ‖∂L/∂hₜ‖ для простой RNN и для LSTM по шагам времени в логарифмической шкале.",
        "en": "The gradient norm ‖∂L/∂hₜ‖ of a plain RNN and of an LSTM against the time step, on a log scale.",
    },
})

# Labels that notebook 03's code cells print
STRINGS.update({
    "rnn.nb_sums": {
        "kk": "қосындылар: {first:.1f} және {second:.1f}",
        "ru": "суммы: {first:.1f} и {second:.1f}",
        "en": "sums: {first:.1f} and {second:.1f}",
    },
    "rnn.nb_state_diff": {
        "kk": "RNN соңғы күйлерінің ең үлкен айырмасы: {diff:.3f}",
        "ru": "наибольшая разница последних состояний RNN: {diff:.3f}",
        "en": "largest difference between the RNN's last states: {diff:.3f}",
    },
    "rnn.nb_shapes": {
        "kk": "T = {length}: шығыстар {outputs}, соңғы күй {last}",
        "ru": "T = {length}: выходы {outputs}, последнее состояние {last}",
        "en": "T = {length}: outputs {outputs}, last state {last}",
    },
    "rnn.nb_sine_mse": {
        "kk": "орташа квадраттық қате: RNN {rnn:.4f}, аңғал болжам {naive:.4f}",
        "ru": "среднеквадратичная ошибка: RNN {rnn:.4f}, наивный прогноз {naive:.4f}",
        "en": "mean squared error: RNN {rnn:.4f}, naive forecast {naive:.4f}",
    },
    "rnn.nb_shared_parameters": {
        "kk": "RNN ұяшығының параметрлер саны: {n} (T = 10 үшін де, T = 1000 үшін де)",
        "ru": "число параметров ячейки RNN: {n} (и при T = 10, и при T = 1000)",
        "en": "parameters of the RNN cell: {n} (for T = 10 and for T = 1000 alike)",
    },
    "rnn.nb_unshared_parameters": {
        "kk": "T = 1000 қадамның әрқайсысына бөлек салмақтар берсек: {n}",
        "ru": "если дать каждому из T = 1000 шагов свои веса: {n}",
        "en": "with separate weights for each of T = 1000 steps: {n}",
    },
    "rnn.nb_growth": {
        "kk": "ρ = 1.5: өлшенген өсу {measured:.3g}, ρ^(T−1) = {predicted:.3g}; бір қадамда {per_step:.3f}, орташа tanh′ = {slope:.3f}",
        "ru": "ρ = 1.5: измеренный рост {measured:.3g}, ρ^(T−1) = {predicted:.3g}; за шаг {per_step:.3f}, средняя tanh′ = {slope:.3f}",
        "en": "ρ = 1.5: measured growth {measured:.3g}, ρ^(T−1) = {predicted:.3g}; per step {per_step:.3f}, mean tanh′ = {slope:.3f}",
    },
    "rnn.nb_recall_demo": {
        "kk": "тізбек: {sequence} → жауап (d = 2): {answer}",
        "ru": "последовательность: {sequence} → ответ (d = 2): {answer}",
        "en": "sequence: {sequence} → answer (d = 2): {answer}",
    },
    "rnn.nb_recall_accuracy": {
        "kk": "дәлдік: қысқа жады {short:.2f}, ұзақ жады {long:.2f} (кездейсоқ деңгей {chance})",
        "ru": "точность: короткая память {short:.2f}, длинная память {long:.2f} (уровень случайности {chance})",
        "en": "accuracy: short memory {short:.2f}, long memory {long:.2f} (chance level {chance})",
    },
    "rnn.nb_delay_accuracy": {
        "kk": "{model} дәлдігі: d = 5 → {near:.2f}, d = 49 → {far:.2f}",
        "ru": "точность {model}: d = 5 → {near:.2f}, d = 49 → {far:.2f}",
        "en": "{model} accuracy: d = 5 → {near:.2f}, d = 49 → {far:.2f}",
    },
    "rnn.nb_forget_mean": {
        "kk": "орташа f_t = {mean:.3f}; f̄^49 = {power:.1e}",
        "ru": "среднее f_t = {mean:.3f}; f̄^49 = {power:.1e}",
        "en": "mean f_t = {mean:.3f}; f̄^49 = {power:.1e}",
    },
})
