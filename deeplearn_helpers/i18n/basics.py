"""Strings and control questions of the basics topic: notebook 01, what deep learning is."""

STRINGS: dict[str, dict[str, str]] = {
    # network diagram
    "basics.input_layer": {"kk": "Кіріс қабаты", "ru": "Входной слой", "en": "Input layer"},
    "basics.hidden_layer": {"kk": "{i}-жасырын қабат", "ru": "Скрытый слой {i}", "en": "Hidden layer {i}"},
    "basics.output_layer": {"kk": "Шығыс қабаты", "ru": "Выходной слой", "en": "Output layer"},
    "basics.forward": {"kk": "алға тарату", "ru": "прямое распространение", "en": "forward propagation"},
    "basics.neuron_n": {"kk": "{layer}-қабат, {i}-нейрон", "ru": "слой {layer}, нейрон {i}",
                        "en": "layer {layer}, neuron {i}"},
    # activations
    "basics.derivative": {"kk": "туынды f′(x)", "ru": "производная f′(x)", "en": "derivative f′(x)"},
    # neuron explorer
    "basics.neuron_title": {
        "kk": "Бір нейрон: y = f(w₁x₁ + w₂x₂ + b)",
        "ru": "Один нейрон: y = f(w₁x₁ + w₂x₂ + b)",
        "en": "One neuron: y = f(w₁x₁ + w₂x₂ + b)",
    },
    "basics.weight": {"kk": "салмақ w{i}", "ru": "вес w{i}", "en": "weight w{i}"},
    "basics.bias": {"kk": "ығысу b", "ru": "смещение b", "en": "bias b"},
    "basics.activation": {"kk": "активация f", "ru": "активация f", "en": "activation f"},
    "basics.neuron_readout": {
        "kk": "x = (1, 1) нүктесінде: z = Σ wᵢxᵢ + b = {z:.2f}, шығыс y = f(z) = {value:.3f}. "
              "Ақ үзік сызық — z = 0 болатын түзу.",
        "ru": "В точке x = (1, 1): z = Σ wᵢxᵢ + b = {z:.2f}, выход y = f(z) = {value:.3f}. "
              "Белая пунктирная линия — прямая z = 0.",
        "en": "At x = (1, 1): z = Σ wᵢxᵢ + b = {z:.2f}, output y = f(z) = {value:.3f}. "
              "The white dashed line is where z = 0.",
    },
    # playground
    "basics.playground_title": {
        "kk": "Ойын алаңы: желіні өзіңіз құрып, оқытыңыз",
        "ru": "Песочница: соберите и обучите сеть сами",
        "en": "Playground: build and train a network yourself",
    },
    "basics.dataset": {"kk": "Деректер жиыны", "ru": "Набор данных", "en": "Dataset"},
    "basics.dataset.spirals": {"kk": "спиральдар", "ru": "спирали", "en": "spirals"},
    "basics.dataset.moons": {"kk": "жарты айлар", "ru": "полумесяцы", "en": "moons"},
    "basics.dataset.circles": {"kk": "шеңберлер", "ru": "окружности", "en": "circles"},
    "basics.dataset.xor": {"kk": "XOR", "ru": "XOR", "en": "XOR"},
    "basics.hidden_layers": {"kk": "Жасырын қабаттар", "ru": "Скрытых слоёв", "en": "Hidden layers"},
    "basics.width": {"kk": "Нейрон саны", "ru": "Нейронов в слое", "en": "Neurons per layer"},
    "basics.lr": {"kk": "Оқыту жылдамдығы", "ru": "Скорость обучения", "en": "Learning rate"},
    "basics.playground_status": {
        "kk": "Қадам: {steps} (≈ {epoch:.1f} эпоха) · шығын: оқыту {train_loss:.3f}, тест {test_loss:.3f} · "
              "оқыту дәлдігі {train:.2f} · тест дәлдігі {test:.2f}",
        "ru": "Шаг: {steps} (≈ {epoch:.1f} эпохи) · потери: обучение {train_loss:.3f}, тест {test_loss:.3f} · "
              "точность на обучении {train:.2f} · на тесте {test:.2f}",
        "en": "Step {steps} (≈ {epoch:.1f} epochs) · loss: training {train_loss:.3f}, test {test_loss:.3f} · "
              "training accuracy {train:.2f} · test accuracy {test:.2f}",
    },
    "basics.playground_status_reg": {
        "kk": "Қадам: {steps} · орташа квадраттық қате (MSE): оқыту {train:.4f}, тест {test:.4f}",
        "ru": "Шаг: {steps} · среднеквадратичная ошибка (MSE): обучение {train:.4f}, тест {test:.4f}",
        "en": "Step {steps} · mean squared error (MSE): training {train:.4f}, test {test:.4f}",
    },
    "basics.dataset.plane": {"kk": "жазықтық (регрессия)", "ru": "плоскость (регрессия)", "en": "plane (regression)"},
    "basics.dataset.hills": {"kk": "төбелер мен шұңқырлар (регрессия)", "ru": "холмы и ямы (регрессия)",
                             "en": "hills and pits (regression)"},
    "basics.noise": {"kk": "Шу деңгейі", "ru": "Уровень шума", "en": "Noise"},
    "basics.train_percent": {"kk": "Оқыту жиынының үлесі, %", "ru": "Доля обучающей выборки, %",
                             "en": "Training share, %"},
    "basics.width_i": {"kk": "{i}-қабаттың нейрондары", "ru": "Нейронов в слое {i}", "en": "Neurons in layer {i}"},
    "basics.batch_size": {"kk": "Бума өлшемі", "ru": "Размер батча", "en": "Batch size"},
    "basics.penalty": {"kk": "Регуляризация", "ru": "Регуляризация", "en": "Regularisation"},
    "basics.penalty.none": {"kk": "жоқ", "ru": "нет", "en": "none"},
    "basics.penalty.l1": {"kk": "L1", "ru": "L1", "en": "L1"},
    "basics.penalty.l2": {"kk": "L2", "ru": "L2", "en": "L2"},
    "basics.penalty_rate": {"kk": "Регуляризация коэффициенті", "ru": "Коэффициент регуляризации",
                            "en": "Regularisation rate"},
    "basics.show_test": {"kk": "Тест нүктелерін көрсету", "ru": "Показать тестовые точки", "en": "Show test points"},
    "basics.show_code": {"kk": "Желінің torch коды", "ru": "Код сети на torch", "en": "The network's torch code"},
    "basics.code_features": {"kk": "кіріс белгілері", "ru": "входные признаки", "en": "input features"},
    "basics.code_batch": {"kk": "бір бума", "ru": "один батч", "en": "one batch"},
    "basics.runs_title": {"kk": "Алдыңғы тәжірибелер (баптау өзгергенде сақталады)",
                          "ru": "Предыдущие запуски (сохраняются при смене настроек)",
                          "en": "Earlier runs (kept when a setting changes)"},
    "basics.run_no": {"kk": "№", "ru": "№", "en": "#"},
    "basics.run_layers": {"kk": "жасырын қабаттар", "ru": "скрытые слои", "en": "hidden layers"},
    "basics.train_loss": {"kk": "оқыту шығыны", "ru": "потери на обучении", "en": "training loss"},
    "basics.test_loss": {"kk": "тест шығыны", "ru": "потери на тесте", "en": "test loss"},
    "basics.output_map": {"kk": "Шығыс: желінің жауабы", "ru": "Выход: ответ сети", "en": "Output: the network's answer"},
    "basics.output_node": {"kk": "шығыс", "ru": "выход", "en": "output"},
    "basics.settings_line": {
        "kk": "шу {noise:.2f} · оқыту {train} % · бума {batch} · η {lr:.3f} · {activation} · регуляризация: {penalty} ({rate:.0e})",
        "ru": "шум {noise:.2f} · обучение {train} % · батч {batch} · η {lr:.3f} · {activation} · регуляризация: {penalty} ({rate:.0e})",
        "en": "noise {noise:.2f} · training {train} % · batch {batch} · η {lr:.3f} · {activation} · regularisation: {penalty} ({rate:.0e})",
    },
    # plots in the notebook
    "basics.figure_13_1": {
        "kk": "Сурет 13.1 / 13.2: терең желінің құрылымы",
        "ru": "Рис. 13.1 / 13.2: структура глубокой сети",
        "en": "Figures 13.1 / 13.2: the structure of a deep network",
    },
    "basics.linear_model": {"kk": "Сызықтық модель", "ru": "Линейная модель", "en": "Linear model"},
    "basics.mlp_model": {"kk": "Көпқабатты желі (MLP)", "ru": "Многослойная сеть (MLP)",
                         "en": "Multilayer network (MLP)"},
    "basics.test_accuracy": {"kk": "тест дәлдігі {acc:.2f}", "ru": "точность на тесте {acc:.2f}",
                             "en": "test accuracy {acc:.2f}"},
    "basics.regression_title": {"kk": "Регрессия: шығыс — бір сан", "ru": "Регрессия: выход — одно число",
                                "en": "Regression: the output is one number"},
    "basics.data_points": {"kk": "деректер", "ru": "данные", "en": "data"},
    "basics.prediction": {"kk": "желінің болжамы", "ru": "предсказание сети", "en": "network's prediction"},
    "basics.truth": {"kk": "шын функция", "ru": "истинная функция", "en": "true function"},
    # experiments (learning curve, depth sweep)
    "basics.err_size_tens": {
        "kk": "Цифрлар саны ондыққа бөлінуі керек (әр класқа бірдей), ал берілгені: {size}.",
        "ru": "Число цифр должно делиться на 10 (поровну на каждый класс), а получено: {size}.",
        "en": "The number of digits must be a multiple of 10 (the same for every class); got {size}.",
    },
    "basics.err_no_hidden": {
        "kk": "Бұл модельде жасырын қабат жоқ: суретке салатын нейрон жоқ.",
        "ru": "В этой модели нет скрытых слоёв: рисовать нечего.",
        "en": "This model has no hidden layer: there are no neurons to draw.",
    },
    "basics.learner.logistic": {"kk": "логистикалық регрессия (пикселдер)", "ru": "логистическая регрессия (пиксели)",
                                "en": "logistic regression (pixels)"},
    "basics.learner.mlp": {"kk": "MLP (128 нейрон)", "ru": "MLP (128 нейронов)", "en": "MLP (128 neurons)"},
    "basics.learner.cnn": {"kk": "шағын CNN", "ru": "небольшая CNN", "en": "small CNN"},
    "basics.axis_train_size": {"kk": "оқыту цифрларының саны (логарифмдік шкала)",
                               "ru": "число обучающих цифр (логарифмическая шкала)",
                               "en": "training digits (log scale)"},
    "basics.axis_test_accuracy": {"kk": "тест дәлдігі", "ru": "точность на тесте", "en": "test accuracy"},
    "basics.axis_depth": {"kk": "жасырын қабаттар саны", "ru": "число скрытых слоёв", "en": "hidden layers"},
    "basics.seed_mean": {"kk": "5 тұқымның орташасы (жолағы — ең азы мен ең көбі)",
                         "ru": "среднее по 5 зёрнам (полоса — от минимума до максимума)",
                         "en": "mean of 5 seeds (band: lowest to highest)"},
    "basics.live_run": {"kk": "осы блокнотта оқытылды (0-тұқым)", "ru": "обучено в этом блокноте (зерно 0)",
                        "en": "trained in this notebook (seed 0)"},
    "basics.learning_curve_title": {"kk": "Оқыту қисығы: цифрлар, 5 тұқым", "ru": "Кривая обучения: цифры, 5 зёрен",
                                    "en": "Learning curve: digits, 5 seeds"},
    "basics.depth_title": {"kk": "Тереңдік: {budget} параметрге дейінгі желілер, спиральдар",
                           "ru": "Глубина: сети до {budget} параметров, спирали",
                           "en": "Depth: networks of up to {budget} parameters, spirals"},
    "basics.layer_row": {"kk": "{layer}-қабат", "ru": "слой {layer}", "en": "layer {layer}"},
    "basics.probe_short": {"kk": "сызықтық оқу: {acc:.2f}", "ru": "лин. считывание: {acc:.2f}",
                           "en": "linear read-out: {acc:.2f}"},
    "basics.claim_live_matches_stored": {
        "kk": "осы блокнотта оқытылған {runs} модель сақталған 0-тұқым нәтижелерін қайталайды (ең үлкен айырма {diff:.4f} ≤ {max_diff})",
        "ru": "{runs} моделей, обученных в этом блокноте, повторяют сохранённые результаты зерна 0 (наибольшее расхождение {diff:.4f} ≤ {max_diff})",
        "en": "the {runs} models trained in this notebook repeat the stored seed-0 results (largest difference {diff:.4f} ≤ {max_diff})",
    },
    "basics.claim_depth": {
        "kk": "{budget} параметрлік бюджетте бір жасырын қабат сызықтық модельден тек {one:+.3f} (≤ {max_one}) озады, "
              "екінші қабат тағы {two:+.3f} (≥ {min_two}) қосады; ең жақсы тереңдік — {best} жасырын қабат, ал одан "
              "тереңірек желі көмектеспейді ({deepest} қабат: {deepest_minus_best:+.3f})",
        "ru": "при бюджете {budget} параметров один скрытый слой опережает линейную модель лишь на {one:+.3f} (≤ {max_one}), "
              "второй слой добавляет ещё {two:+.3f} (≥ {min_two}); лучшая глубина — {best} скрытых слоя, а более глубокая "
              "сеть не помогает ({deepest} слоя: {deepest_minus_best:+.3f})",
        "en": "at a budget of {budget} parameters one hidden layer beats the linear model by only {one:+.3f} (≤ {max_one}), "
              "a second layer adds {two:+.3f} (≥ {min_two}); the best depth is {best} hidden layers, and a deeper network "
              "does not help ({deepest} layers: {deepest_minus_best:+.3f})",
    },
    "basics.claim_probe": {
        "kk": "1-қабаттың нейрондарынан сызықтық оқу спиральдарды бөле алмайды ({first:.2f} ≤ {max_first}), ал соңғы "
              "жасырын қабаттікі бөледі ({last:.2f} ≥ {min_last})",
        "ru": "линейное считывание с нейронов слоя 1 не разделяет спирали ({first:.2f} ≤ {max_first}), а с последнего "
              "скрытого слоя разделяет ({last:.2f} ≥ {min_last})",
        "en": "a linear read-out of layer 1's neurons cannot separate the spirals ({first:.2f} ≤ {max_first}); one of the "
              "last hidden layer's can ({last:.2f} ≥ {min_last})",
    },
    "basics.claim_learning_curve": {
        "kk": "бұл деректерде шағын CNN әр өлшемде логистикалық регрессиядан жоғары (ең аз айырма {min_gap:+.3f}), бірақ айырма "
              "деректермен бірге өспейді: {largest} цифрда {gap_large:+.3f}, ал кішірек өлшемдердегі ең үлкені {widest:+.3f}; "
              "соңғы қадам ({previous} → {largest} цифр) екеуіне де ≤ {max_gain} қосады (логистикалық регрессия "
              "{classical_gain:+.3f}, CNN {deep_gain:+.3f}); MLP логистикалық регрессиядан ең көбі {mlp_gap:+.3f} (≤ {max_mlp_gap}) озады",
        "ru": "на этих данных небольшая CNN точнее логистической регрессии при каждом размере (наименьший разрыв {min_gap:+.3f}), "
              "но разрыв не растёт вместе с данными: при {largest} цифрах {gap_large:+.3f}, а наибольший при меньших размерах "
              "{widest:+.3f}; последний шаг ({previous} → {largest} цифр) добавляет обеим ≤ {max_gain} (логистическая регрессия "
              "{classical_gain:+.3f}, CNN {deep_gain:+.3f}); MLP опережает логистическую регрессию не более чем на {mlp_gap:+.3f} (≤ {max_mlp_gap})",
        "en": "on this data the small CNN beats logistic regression at every size (smallest gap {min_gap:+.3f}), but the gap does "
              "not grow with the data: {gap_large:+.3f} at {largest} digits, at most {widest:+.3f} at the smaller sizes; the last "
              "step ({previous} → {largest} digits) adds ≤ {max_gain} to both (logistic regression {classical_gain:+.3f}, "
              "CNN {deep_gain:+.3f}); the MLP beats logistic regression by at most {mlp_gap:+.3f} (≤ {max_mlp_gap})",
    },
    "basics.err_no_results": {
        "kk": "Сақталған нәтижелер файлы жоқ: {path}. Оны `python -m benchmarks basics` жасайды.",
        "ru": "Нет файла сохранённых результатов: {path}. Его создаёт `python -m benchmarks basics`.",
        "en": "The stored results file is missing: {path}. `python -m benchmarks basics` makes it.",
    },
    "basics.err_no_features": {
        "kk": "Кемінде бір кіріс белгісін таңдаңыз.",
        "ru": "Выберите хотя бы один входной признак.",
        "en": "Choose at least one input feature.",
    },
    # self-checks
    "basics.claim_scratch_equals_torch": {
        "kk": "өз қолымызбен жазған алға тарату torch нәтижесімен сәйкес (ең үлкен айырма {diff:.1e})",
        "ru": "наше прямое распространение совпадает с torch (наибольшее расхождение {diff:.1e})",
        "en": "our forward pass matches torch (largest difference {diff:.1e})",
    },
    "basics.claim_gradient": {
        "kk": "қолмен есептелген градиент autograd нәтижесімен сәйкес (ең үлкен айырма {diff:.1e})",
        "ru": "градиент, посчитанный вручную, совпадает с autograd (наибольшее расхождение {diff:.1e})",
        "en": "the hand-computed gradient matches autograd (largest difference {diff:.1e})",
    },
    "basics.claim_linear_vs_mlp": {
        "kk": "спиральдарда сызықтық модель {linear:.2f} (≤ {max_linear}), ал MLP {mlp:.2f} (≥ {min_mlp}) тест дәлдігін береді",
        "ru": "на спиралях линейная модель даёт {linear:.2f} (≤ {max_linear}), а MLP {mlp:.2f} (≥ {min_mlp}) точности на тесте",
        "en": "on the spirals the linear model reaches {linear:.2f} (≤ {max_linear}) and the MLP {mlp:.2f} (≥ {min_mlp}) test accuracy",
    },
    "basics.claim_regression": {
        "kk": "регрессия желісі [{low}, {high}] аралығындағы {points} нүктелі торда шын функцияға жақын: орташа квадраттық қате {mse:.3f} < {max_mse}",
        "ru": "регрессионная сеть близка к истинной функции на сетке из {points} точек на [{low}, {high}]: средняя квадратичная ошибка {mse:.3f} < {max_mse}",
        "en": "the regression network is close to the true function on a grid of {points} points over [{low}, {high}]: mean squared error {mse:.3f} < {max_mse}",
    },
    # exercises
    "basics.ex_neuron": {"kk": "1-тапсырма: нейрон", "ru": "Задание 1: нейрон", "en": "Exercise 1: the neuron"},
    "basics.ex_neuron_hint": {
        "kk": "алдымен z = x @ w + b, содан кейін torch.sigmoid(z).",
        "ru": "сначала z = x @ w + b, затем torch.sigmoid(z).",
        "en": "first z = x @ w + b, then torch.sigmoid(z).",
    },
    "basics.ex_act": {"kk": "2-тапсырма: tanh және оның туындысы",
                      "ru": "Задание 2: tanh и его производная", "en": "Exercise 2: tanh and its derivative"},
    "basics.ex_act_hint": {
        "kk": "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ), ал туындысы 1 − tanh²(x).",
        "ru": "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ), а производная 1 − tanh²(x).",
        "en": "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ), and its derivative is 1 − tanh²(x).",
    },
    "basics.ex_params": {"kk": "3-тапсырма: параметрлер саны", "ru": "Задание 3: число параметров",
                         "en": "Exercise 3: number of parameters"},
    "basics.ex_mlp": {"kk": "4-тапсырма: шеңберлерді ажырататын MLP",
                      "ru": "Задание 4: MLP, разделяющий окружности",
                      "en": "Exercise 4: an MLP that separates the circles"},
    "basics.ex_mlp_condition": {
        "kk": "тест дәлдігі кемінде {target} болуы керек",
        "ru": "точность на тесте должна быть не меньше {target}",
        "en": "test accuracy must be at least {target}",
    },
    # --- figures (plots/boundary.py; alt texts for plots.show_figure) ---
    "basics.activation_value": {"kk": "нейронның шығысы", "ru": "выход нейрона", "en": "neuron output"},
    "basics.loss_hint": {"kk": "▶ басыңыз:\nшығын осында", "ru": "Нажмите ▶:\nпотери здесь",
                         "en": "Press ▶:\nlosses here"},
}

QUIZZES: dict[str, list[dict]] = {
    "q1": [
        {
            "question": {
                "kk": "Терең оқыту классикалық машиналық оқытудан несімен ерекшеленеді?",
                "ru": "Чем глубокое обучение отличается от классического машинного обучения?",
                "en": "How does deep learning differ from classical machine learning?",
            },
            "options": [
                {"kk": "Ол тек сызықтық модельдерді қолданады",
                 "ru": "Оно использует только линейные модели",
                 "en": "It uses only linear models"},
                {"kk": "Көп қабатты желі белгілерді (features) деректерден өзі үйренеді; адам оларды қолмен құрастырмайды",
                 "ru": "Многослойная сеть сама выучивает признаки из данных; человек не конструирует их вручную",
                 "en": "A multilayer network learns the features from the data itself; nobody hand-crafts them"},
                {"kk": "Ол деректерсіз жұмыс істейді",
                 "ru": "Оно работает без данных",
                 "en": "It works without data"},
                {"kk": "Ешқандай айырмашылығы жоқ, бұл жай ғана жаңа атау",
                 "ru": "Разницы нет, это просто новое название",
                 "en": "There is no difference, it is just a new name"},
            ],
            "answer": 1,
            "explain": {
                "kk": "Дәрісте айтылғандай, әр қабат деректердің әртүрлі деңгейдегі ерекшеліктерін анықтайды. Спиральдар мысалында жасырын нейрондар осындай белгілерді өздері құрады.",
                "ru": "Как сказано в лекции, каждый слой выделяет признаки разного уровня. В примере со спиралями скрытые нейроны сами строят такие признаки.",
                "en": "As the lecture says, each layer detects features at a different level. In the spirals example the hidden neurons build such features themselves.",
            },
        },
        {
            "question": {
                "kk": "y = f(Σ wᵢxᵢ + b) формуласында b деген не?",
                "ru": "Что такое b в формуле y = f(Σ wᵢxᵢ + b)?",
                "en": "What is b in y = f(Σ wᵢxᵢ + b)?",
            },
            "options": [
                {"kk": "Ығысу (bias): шекараны координаталар басынан жылжытады",
                 "ru": "Смещение (bias): сдвигает границу от начала координат",
                 "en": "The bias: it shifts the boundary away from the origin"},
                {"kk": "Активациялық функция", "ru": "Функция активации", "en": "The activation function"},
                {"kk": "Кіріс мәні", "ru": "Входное значение", "en": "An input value"},
                {"kk": "Қабаттар саны", "ru": "Число слоёв", "en": "The number of layers"},
            ],
            "answer": 0,
            "explain": {
                "kk": "Нейрон зерттеуішінде b-ні өзгертіп көріңіз: ақ сызық (z = 0) жылжиды, бірақ бағыты өзгермейді.",
                "ru": "Подвигайте b в исследователе нейрона: белая линия (z = 0) сдвигается, но не поворачивается.",
                "en": "Move b in the neuron explorer: the white line (z = 0) shifts but does not turn.",
            },
        },
        {
            "question": {
                "kk": "Активациялық функциясы жоқ (сызықтық) бірнеше қабатты желі не үйрене алады?",
                "ru": "Что может выучить многослойная сеть без функций активации (линейная)?",
                "en": "What can a multilayer network without activation functions (linear) learn?",
            },
            "options": [
                {"kk": "Кез келген функцияны", "ru": "Любую функцию", "en": "Any function"},
                {"kk": "Тек сызықтық функцияны: сызықтық қабаттардың тізбегі бір сызықтық қабатқа тең",
                 "ru": "Только линейную функцию: цепочка линейных слоёв равна одному линейному слою",
                 "en": "Only a linear function: a chain of linear layers equals one linear layer"},
                {"kk": "Спиральдарды жақсы ажыратуды", "ru": "Хорошо разделять спирали",
                 "en": "It separates the spirals well"},
            ],
            "answer": 1,
            "explain": {
                "kk": "W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂) — бұл да бір ғана сызықтық қабат. Ойын алаңында activation = linear таңдап көріңіз.",
                "ru": "W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂) — это снова один линейный слой. Выберите activation = linear в песочнице.",
                "en": "W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂) is again one linear layer. Try activation = linear in the playground.",
            },
        },
        {
            "question": {
                "kk": "Шығыс қабаты не береді?",
                "ru": "Что даёт выходной слой?",
                "en": "What does the output layer give?",
            },
            "options": [
                {"kk": "Бастапқы деректерді қабылдайды", "ru": "Принимает исходные данные",
                 "en": "It takes in the raw data"},
                {"kk": "Соңғы нәтижені: классификацияда кластардың ықтималдықтарын, регрессияда санды",
                 "ru": "Итоговый результат: вероятности классов при классификации, число при регрессии",
                 "en": "The final result: class probabilities for classification, a number for regression"},
                {"kk": "Тек градиенттерді", "ru": "Только градиенты", "en": "Only the gradients"},
            ],
            "answer": 1,
            "explain": {
                "kk": "Дәрістегідей: кіріс қабаты деректерді қабылдайды, жасырын қабаттар өңдейді, шығыс қабаты нәтиже шығарады (классификация немесе регрессия).",
                "ru": "Как в лекции: входной слой принимает данные, скрытые слои обрабатывают, выходной выдаёт результат (классификация или регрессия).",
                "en": "As in the lecture: the input layer takes the data, the hidden layers process it, the output layer gives the result (classification or regression).",
            },
        },
    ],
}

STRINGS.update({
    # --- figure alt texts: what each stored figure shows (plots.show_figure, issue 18) ---
    "basics.alt_network": {
        "kk": "Толық байланысқан желінің сызбасы: 3 нейронды кіріс қабаты, 5 нейроннан тұратын екі жасырын қабат және 2 нейронды шығыс қабаты; әр нейрон келесі қабаттың әр нейронымен байланысқан.",
        "ru": "Схема полносвязной сети: входной слой из 3 нейронов, два скрытых слоя по 5 нейронов и выходной слой из 2 нейронов; каждый нейрон связан с каждым нейроном следующего слоя.",
        "en": "A fully connected network: an input layer of 3 neurons, two hidden layers of 5 and an output layer of 2; every neuron is connected to every neuron of the next layer.",
    },
    "basics.alt_activations": {
        "kk": "Төрт активация функциясы (сигмоида, tanh, ReLU, leaky ReLU) тұтас сызықпен және олардың туындылары үзік сызықпен; leaky ReLU панеліндегі кішкене терезе x < 0 бөлігін үлкейтіп көрсетеді.",
        "ru": "Четыре функции активации (сигмоида, tanh, ReLU, leaky ReLU) сплошной линией и их производные пунктиром; маленькое окно на панели leaky ReLU увеличивает часть x < 0.",
        "en": "Four activation functions (sigmoid, tanh, ReLU, leaky ReLU) as solid lines and their derivatives dashed; a small window in the leaky ReLU panel magnifies the part x < 0.",
    },
    "basics.alt_boundaries": {
        "kk": "Екі панель: сызықтық модель мен MLP-нің шешім шекарасы (қара сызық) тест нүктелерінің үстінде; фонның түсі — 1-кластың ықтималдығы.",
        "ru": "Две панели: граница решений линейной модели и MLP (чёрная линия) поверх тестовых точек; цвет фона — вероятность класса 1.",
        "en": "Two panels: the decision boundary (black line) of the linear model and of the MLP over the test points; the background colour is the probability of class 1.",
    },
    "basics.alt_hidden_units": {
        "kk": "{layer}-жасырын қабаттың әр нейронының жазықтықтағы картасы: түсі нейронның шығысын көрсетеді, барлық картаның түс шкаласы біреу.",
        "ru": "Карта каждого нейрона скрытого слоя {layer} на плоскости: цвет показывает выход нейрона, шкала цвета у всех карт одна.",
        "en": "A map over the plane for each neuron of hidden layer {layer}: the colour is the neuron's output, on one colour scale for all maps.",
    },
    "basics.alt_learning_curve": {
        "kk": "Тест дәлдігі оқыту жиынының өлшеміне қарай (логарифмдік шкала): әр модельдің орташа сызығы және кездейсоқтық тұқымдары бойынша ең төмен–ең жоғары жолағы; қара шеңберлер — блокнотта оқытылған нүктелер.",
        "ru": "Точность на тесте в зависимости от размера обучающей выборки (логарифмическая шкала): средняя линия каждой модели и полоса от минимума до максимума по зёрнам; чёрные кружки — точки, обученные в блокноте.",
        "en": "Test accuracy against the training-set size (log scale): each model's mean line and its lowest-to-highest band over seeds; black circles are the points trained in the notebook.",
    },
    "basics.alt_depth": {
        "kk": "Тест дәлдігі жасырын қабаттар санына қарай: орташа сызық және кездейсоқтық тұқымдары бойынша жолақ; қара шеңбер — блокнотта оқытылған желі.",
        "ru": "Точность на тесте в зависимости от числа скрытых слоёв: средняя линия и полоса по зёрнам; чёрный кружок — сеть, обученная в блокноте.",
        "en": "Test accuracy against the number of hidden layers: the mean line and the band over seeds; the black circle is the network trained in the notebook.",
    },
    "basics.alt_units_by_layer": {
        "kk": "Әр жол — бір жасырын қабат, әр шаршы — сол қабаттың бір нейронының жазықтықтағы картасы; жол басында — қабаттың сызықтық оқу дәлдігі.",
        "ru": "Каждая строка — скрытый слой, каждый квадрат — карта одного его нейрона на плоскости; в начале строки — точность линейного зонда слоя.",
        "en": "Each row is a hidden layer and each square the map of one of its neurons over the plane; the start of a row gives the layer's linear-probe accuracy.",
    },
    "basics.alt_regression_live": {
        "kk": "Регрессия желісін оқыту кезіндегі шығын қисығы оқыту қадамдары бойынша.",
        "ru": "Кривая потерь регрессионной сети по шагам обучения.",
        "en": "The loss curve of the regression network over the training steps.",
    },
    "basics.alt_regression": {
        "kk": "Регрессия: сұр нүктелер — шулы деректер, қара үзік сызық — шын функция sin 2x, көк сызық — желінің болжамы [−2, 2] аралығында.",
        "ru": "Регрессия: серые точки — зашумлённые данные, чёрный пунктир — истинная функция sin 2x, синяя линия — предсказание сети на [−2, 2].",
        "en": "Regression: grey points are the noisy data, the black dashed line the true function sin 2x, the blue line the network's prediction on [−2, 2].",
    },
})

# Labels that notebook 01's code cells print
STRINGS.update({
    "basics.nb_hidden_z": {
        "kk": "жасырын қабаттың z мәндері:",
        "ru": "значения z скрытого слоя:",
        "en": "hidden layer's z values:",
    },
    "basics.nb_hidden_h": {
        "kk": "жасырын қабаттың шығысы h:  ",
        "ru": "выход скрытого слоя h:    ",
        "en": "hidden layer's output h:  ",
    },
    "basics.nb_output_y": {
        "kk": "шығыс қабаты y:             ",
        "ru": "выходной слой y:          ",
        "en": "output layer y:           ",
    },
    "basics.nb_by_hand": {
        "kk": "қолмен   ∂L/∂w:",
        "ru": "вручную ∂L/∂w:",
        "en": "by hand  ∂L/∂w:",
    },
    "basics.nb_linear_accuracy": {
        "kk": "Сызықтық модель: тест дәлдігі {accuracy:.3f}   (параметрлер: {n})",
        "ru": "Линейная модель: точность на тесте {accuracy:.3f}   (параметров: {n})",
        "en": "Linear model: test accuracy {accuracy:.3f}   (parameters: {n})",
    },
    "basics.nb_mlp_accuracy": {
        "kk": "MLP:             тест дәлдігі {accuracy:.3f}   (параметрлер: {n})",
        "ru": "MLP:             точность на тесте {accuracy:.3f}   (параметров: {n})",
        "en": "MLP:          test accuracy {accuracy:.3f}   (parameters: {n})",
    },
    "basics.nb_train_digits": {
        "kk": "оқыту цифрлары:",
        "ru": "обучающих цифр:",
        "en": "training digits:",
    },
    "basics.nb_steps": {
        "kk": "қадамдар:      ",
        "ru": "шагов:          ",
        "en": "steps:          ",
    },
    "basics.nb_seeds": {
        "kk": "тұқымдар:",
        "ru": "зёрна:",
        "en": "seeds:",
    },
    "basics.nb_live_vs_saved": {
        "kk": "{learner}, {n} цифр: тест дәлдігі {accuracy:.3f} (сақталғаны {saved:.3f})",
        "ru": "{learner}, {n} цифр: точность на тесте {accuracy:.3f} (сохранённая {saved:.3f})",
        "en": "{learner}, {n} digits: test accuracy {accuracy:.3f} (stored {saved:.3f})",
    },
    "basics.nb_depth_model": {
        "kk": "{depth} жасырын қабат: өлшемдері {sizes}, параметрлер {n}",
        "ru": "скрытых слоёв: {depth}; размеры {sizes}, параметров {n}",
        "en": "{depth} hidden layers: sizes {sizes}, parameters {n}",
    },
    "basics.nb_live_depth": {
        "kk": "{depth} жасырын қабат, 0-тұқым: тест дәлдігі {accuracy:.3f} (сақталғаны {saved:.3f})",
        "ru": "скрытых слоёв: {depth}, зерно 0: точность на тесте {accuracy:.3f} (сохранённая {saved:.3f})",
        "en": "{depth} hidden layers, seed 0: test accuracy {accuracy:.3f} (stored {saved:.3f})",
    },
    "basics.nb_logits": {
        "kk": "логиттер:",
        "ru": "логиты:",
        "en": "logits:",
    },
    "basics.nb_probabilities": {
        "kk": "P(0-класс), P(1-класс):",
        "ru": "P(класс 0), P(класс 1):",
        "en": "P(class 0), P(class 1):",
    },
})
