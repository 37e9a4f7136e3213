"""Strings and control questions of the basics topic: notebook 01, what deep learning is."""

STRINGS: dict[str, dict[str, str]] = {
    # network diagram
    "basics.input_layer": {"kk": "Кіріс қабаты", "ru": "Входной слой", "en": "Input layer"},
    "basics.hidden_layer": {"kk": "Жасырын қабат {i}", "ru": "Скрытый слой {i}", "en": "Hidden layer {i}"},
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
        "kk": "Қадам: {steps} (≈ {epoch:.1f} эпоха) · оқыту дәлдігі {train:.2f} · тест дәлдігі {test:.2f}",
        "ru": "Шаг: {steps} (≈ {epoch:.1f} эпохи) · точность на обучении {train:.2f} · на тесте {test:.2f}",
        "en": "Step {steps} (≈ {epoch:.1f} epochs) · training accuracy {train:.2f} · test accuracy {test:.2f}",
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
    "basics.err_no_results": {
        "kk": "Сақталған нәтижелер файлы жоқ: {path}. Оны `python -m benchmarks basics` жасайды.",
        "ru": "Нет файла сохранённых результатов: {path}. Его создаёт `python -m benchmarks basics`.",
        "en": "The stored results file is missing: {path}. `python -m benchmarks basics` makes it.",
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
                "kk": "Нейрон зерттеуішінде b-ны өзгертіп көріңіз: ақ сызық (z = 0) жылжиды, бірақ бағыты өзгермейді.",
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
