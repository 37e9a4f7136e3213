"""Strings shared by the whole package: input errors, checks, training, quiz, axes."""

STRINGS: dict[str, dict[str, str]] = {
    # --- input validation (validate.py) ---
    "err.type": {
        "kk": "«{name}» аргументі {expected} болуы керек, ал берілгені: {got}.",
        "ru": "Аргумент «{name}» должен быть {expected}, а получено: {got}.",
        "en": "Argument '{name}' must be {expected}, got {got}.",
    },
    "err.range": {
        "kk": "«{name}» мәні [{low}, {high}] аралығында болуы керек, ал берілгені: {got}.",
        "ru": "Значение «{name}» должно лежать между {low} и {high}, а получено: {got}.",
        "en": "'{name}' must lie between {low} and {high}, got {got}.",
    },
    "err.choice": {
        "kk": "«{name}» мәні мыналардың бірі болуы керек: {choices}; берілгені: {got}.",
        "ru": "Значение «{name}» должно быть одним из: {choices}; получено: {got}.",
        "en": "'{name}' must be one of: {choices}; got {got}.",
    },
    "err.ndim": {
        "kk": "«{name}» тензоры {ndim} өлшемді болуы керек {hint}, ал оның пішіні {shape}.",
        "ru": "Число измерений тензора «{name}» должно быть {ndim} {hint}, а его форма {shape}.",
        "en": "Tensor '{name}' must have {ndim} dimensions {hint}, but its shape is {shape}.",
    },
    "err.dim": {
        "kk": "«{name}» тензорының {axis}-өлшемі {expected} болуы керек, ал оның пішіні {shape}.",
        "ru": "Размер {axis}-й оси тензора «{name}» должен быть {expected}, а форма {shape}.",
        "en": "Dimension {axis} of tensor '{name}' must be {expected}, but its shape is {shape}.",
    },
    "err.finite": {
        "kk": "«{name}» ішінде NaN немесе шексіз мәндер бар.",
        "ru": "В «{name}» есть NaN или бесконечные значения.",
        "en": "'{name}' contains NaN or infinite values.",
    },
    "err.empty": {
        "kk": "«{name}» бос болмауы керек.",
        "ru": "Значение «{name}» не должно быть пустым.",
        "en": "'{name}' must not be empty.",
    },
    "err.config_and_kwargs": {
        "kk": "«{name}» және оның өрістері ({keys}) бірге берілді: біреуін ғана беріңіз (әйтпесе өрістер еленбей қалар еді).",
        "ru": "«{name}» и его поля ({keys}) заданы вместе: задайте что-то одно (иначе поля были бы молча отброшены).",
        "en": "'{name}' and its fields ({keys}) were both given: give one of them (the fields would be silently dropped).",
    },
    "err.same_shape": {
        "kk": "«{name}» пішіндері бірдей болуы керек (бос емес), ал олар: {shapes}.",
        "ru": "Формы «{name}» должны совпадать (и быть непустыми); найдено: {shapes}.",
        "en": "The shapes of '{name}' must be equal (and not empty); found {shapes}.",
    },
    "err.model_data": {
        "kk": "«{name}» моделі бұл деректерді қабылдай алмады (өлшемдері немесе типі сәйкес емес): {error}",
        "ru": "Модель «{name}» не может принять эти данные (не совпадают размеры или тип): {error}",
        "en": "The model '{name}' cannot take this data (its sizes or dtype do not match): {error}",
    },
    "err.same_length": {
        "kk": "«{name}» ішіндегі тензорлардың бірінші өлшемі бірдей болуы керек, ал олардың өлшемдері: {sizes}.",
        "ru": "Первые размеры тензоров в «{name}» должны совпадать; найдено: {sizes}.",
        "en": "The tensors in '{name}' must share their first dimension; found {sizes}.",
    },
    "err.file": {
        "kk": "«{path}» файлы оқылмады немесе жазылмады: {reason}",
        "ru": "Не удалось прочитать или записать файл «{path}»: {reason}",
        "en": "Could not read or write the file '{path}': {reason}",
    },
    "err.weights_file": {
        "kk": "«{path}» салмақтар файлы оқылмады: {reason}",
        "ru": "Не удалось прочитать файл весов «{path}»: {reason}",
        "en": "Could not read the weights file '{path}': {reason}",
    },
    "err.weights_mismatch": {
        "kk": "«{path}» файлындағы салмақтар модельге сәйкес емес: {reason}",
        "ru": "Веса из «{path}» не подходят к модели: {reason}",
        "en": "The weights in '{path}' do not fit the model: {reason}",
    },
    "grammar.err_value": {
        "kk": "{got} үшін жалғау анықталмады: бүтін санды, басылған санды (мысалы «0,85») немесе "
              "мына қысқартулардың бірін беріңіз: {choices}.",
        "ru": "Не удалось подобрать окончание: {got}. Дайте целое число, число как оно напечатано "
              "(например «0,85») или одно из сокращений: {choices}.",
        "en": "Cannot choose the ending for {got}. Give a whole number, a number as printed "
              "(e.g. '0,85') or one of the abbreviations: {choices}.",
    },
    "grammar.err_word": {
        "kk": "Жалғау қазақша сөзге жалғанады, ал берілгені: {got}.",
        "ru": "Окончание присоединяется к казахскому слову, а получено: {got}.",
        "en": "The ending attaches to a Kazakh word, got {got}.",
    },
    "type.int": {"kk": "бүтін сан", "ru": "целым числом", "en": "an integer"},
    "type.number": {"kk": "сан", "ru": "числом", "en": "a number"},
    "type.bool": {"kk": "ақиқат мәні (True/False)", "ru": "логическим значением (True/False)",
                  "en": "a truth value (True/False)"},
    "type.tensor": {"kk": "тензор (torch.Tensor)", "ru": "тензором (torch.Tensor)", "en": "a tensor (torch.Tensor)"},
    "type.str": {"kk": "мәтін (str)", "ru": "строкой (str)", "en": "a string (str)"},
    "type.callable": {"kk": "функция", "ru": "функцией", "en": "a function"},
    "type.module": {"kk": "torch модулі (nn.Module)", "ru": "модулем torch (nn.Module)", "en": "a torch module (nn.Module)"},
    "type.instance": {"kk": "{kind} нысаны", "ru": "объектом {kind}", "en": "a {kind}"},
    "type.path": {"kk": "файл жолы (str немесе pathlib.Path)", "ru": "путём к файлу (str или pathlib.Path)",
                  "en": "a file path (str or pathlib.Path)"},
    "type.sequence": {"kk": "тізім (list) немесе кортеж (tuple)", "ru": "списком (list) или кортежем (tuple)",
                      "en": "a list or a tuple"},
    "type.data": {
        "kk": "тензорлар кортежі немесе бума (батч) беретін функция",
        "ru": "кортежем тензоров или функцией, выдающей батч",
        "en": "a tuple of tensors or a function that returns a batch",
    },
    # --- checks.py ---
    "check.ok": {"kk": "✓ {what}: дұрыс. {detail}", "ru": "✓ {what}: верно. {detail}", "en": "✓ {what}: correct. {detail}"},
    "check.fail": {"kk": "✗ {what}: {detail}", "ru": "✗ {what}: {detail}", "en": "✗ {what}: {detail}"},
    "check.all_passed": {
        "kk": "Барлық {n} тексеру өтті.",
        "ru": "Пройдены все проверки ({n}).",
        "en": "All {n} checks passed.",
    },
    "check.case": {"kk": "{i}-мысал ({args}): ", "ru": "пример {i} ({args}): ", "en": "case {i} ({args}): "},
    "check.raised": {
        "kk": "кодыңыз орындалғанда қате шықты — {error}",
        "ru": "ваш код выбросил ошибку — {error}",
        "en": "your code raised an error — {error}",
    },
    "check.not_implemented": {
        "kk": "әлі жазылмаған (NotImplementedError). Кеңес: {hint}",
        "ru": "ещё не написано (NotImplementedError). Подсказка: {hint}",
        "en": "not written yet (NotImplementedError). Hint: {hint}",
    },
    "check.none": {
        "kk": "ештеңе қайтармады (None). `return` жолын ұмытып кеткен жоқсыз ба?",
        "ru": "ничего не вернуло (None). Не забыли `return`?",
        "en": "returned nothing (None). Did you forget `return`?",
    },
    "check.not_numeric": {
        "kk": "сан немесе тензор күтілген еді, ал қайтарылғаны: {got}.",
        "ru": "ожидалось число или тензор, а возвращено: {got}.",
        "en": "expected a number or a tensor, got {got}.",
    },
    "check.nan": {
        "kk": "нәтижеде NaN немесе шексіз мәндер бар. Бөлуді, log пен exp-ті тексеріңіз.",
        "ru": "в результате есть NaN или бесконечности. Проверьте деление, log и exp.",
        "en": "the result contains NaN or infinite values. Check divisions, log and exp.",
    },
    "check.shape": {
        "kk": "пішіні қате: күтілгені {expected}, алынғаны {got}.",
        "ru": "неверная форма: ожидалась {expected}, получена {got}.",
        "en": "wrong shape: expected {expected}, got {got}.",
    },
    "check.values": {
        "kk": "мәндер сәйкес емес: ең үлкен айырма {diff:.3g} (рұқсат етілгені {tol:.1g}).",
        "ru": "значения не совпадают: наибольшее расхождение {diff:.3g} (допустимо {tol:.1g}).",
        "en": "values differ: largest difference {diff:.3g} (allowed {tol:.1g}).",
    },
    "check.predicate": {
        "kk": "шарт орындалмады: {condition}.",
        "ru": "условие не выполнено: {condition}.",
        "en": "condition not met: {condition}.",
    },
    "check.score_low": {
        "kk": "нәтиже {score:.3f}, ал кемінде {target} керек.",
        "ru": "результат {score:.3f}, а нужно не меньше {target}.",
        "en": "the score is {score:.3f}, at least {target} is needed.",
    },
    "check.score_ok": {
        "kk": "Нәтиже {score:.3f} ≥ {target}.",
        "ru": "Результат {score:.3f} ≥ {target}.",
        "en": "Score {score:.3f} ≥ {target}.",
    },
    "check.not_text": {
        "kk": "мәтін (str) күтілген еді, ал қайтарылғаны: {got}.",
        "ru": "ожидался текст (str), а возвращено: {got}.",
        "en": "expected text (str), got {got}.",
    },
    "check.text_differs": {
        "kk": "мәтін сәйкес емес: күтілгені «{expected}», алынғаны «{got}».",
        "ru": "текст не совпадает: ожидалось «{expected}», получено «{got}».",
        "en": "the text differs: expected '{expected}', got '{got}'.",
    },
    "check.not_sequence": {
        "kk": "тізім немесе кортеж күтілген еді, ал қайтарылғаны: {got}.",
        "ru": "ожидался список или кортеж, а возвращено: {got}.",
        "en": "expected a list or a tuple, got {got}.",
    },
    "check.length": {
        "kk": "элементтер саны қате: күтілгені {expected}, алынғаны {got}.",
        "ru": "неверное число элементов: ожидалось {expected}, получено {got}.",
        "en": "wrong number of items: expected {expected}, got {got}.",
    },
    "check.item": {"kk": "№{i} элемент: ", "ru": "элемент №{i}: ", "en": "item {i}: "},
    "check.time_limit": {
        "kk": "{seconds} секунд ішінде аяқталмады, сондықтан тоқтатылды. Цикліңіз шексіз емес пе?",
        "ru": "не завершилось за {seconds} с и было остановлено. Нет ли бесконечного цикла?",
        "en": "did not finish within {seconds} s and was stopped. Is there an endless loop?",
    },
    "check.is_reference": {
        "kk": "бұл — тексеруге арналған эталон функцияның өзі, сіздің шешіміңіз емес. Функцияны өзіңіз жазыңыз.",
        "ru": "это сама эталонная функция проверки, а не ваше решение. Напишите функцию сами.",
        "en": "this is the checker's reference function itself, not your solution. Write the function yourself.",
    },
    "check.calls_reference": {
        "kk": "функцияңыз эталонды ({name}) шақырады. Тапсырманы эталонсыз, өзіңіз шешіңіз.",
        "ru": "ваша функция вызывает эталон ({name}). Решите задание сами, без эталона.",
        "en": "your function calls the reference ({name}). Solve the exercise yourself, without it.",
    },
    "check.forbidden": {
        "kk": "бұл тапсырмада {name} қолдануға болмайды: дәл осыны өзіңіз жазуыңыз керек.",
        "ru": "в этом задании нельзя использовать {name}: именно это нужно написать самим.",
        "en": "{name} is not allowed in this exercise: this is exactly what you are asked to write.",
    },
    "check.no_source": {
        "kk": "өз Python функцияңызды (def) беріңіз: бұл нысанның ({got}) бастапқы коды жоқ, яғни ол дайын функция.",
        "ru": "дайте свою функцию Python (def): у этого объекта ({got}) нет исходного кода, это готовая функция.",
        "en": "give your own Python function (def): this object ({got}) has no source code, it is a ready-made function.",
    },
    "check.claim_ok": {"kk": "✓ Тексеру өтті: {claim}", "ru": "✓ Проверка пройдена: {claim}", "en": "✓ Check passed: {claim}"},
    "check.claim_fail": {
        "kk": "✗ Тексеру өтпеді: {claim}",
        "ru": "✗ Проверка не пройдена: {claim}",
        "en": "✗ Check failed: {claim}",
    },
    "check.exercise_failed": {
        "kk": "«{what}» әлі дұрыс шешілмеген. Жоғарыдағы ✗ жолдарын қараңыз.",
        "ru": "Задание «{what}» пока не решено. Смотрите строки с ✗ выше.",
        "en": "Exercise '{what}' is not solved yet. See the ✗ lines above.",
    },
    # --- train.py ---
    "train.progress": {"kk": "Оқыту", "ru": "Обучение", "en": "Training"},
    "train.step": {"kk": "Қадам", "ru": "Шаг", "en": "Step"},
    "train.epoch": {"kk": "Эпоха", "ru": "Эпоха", "en": "Epoch"},
    "train.loss": {"kk": "Шығын (loss)", "ru": "Потери (loss)", "en": "Loss"},
    "train.live_title": {"kk": "Оқыту барысы", "ru": "Ход обучения", "en": "Training progress"},
    "train.nan_loss": {
        "kk": "{step}-қадамда шығын NaN немесе шексіз мәнге айналды: оқыту жылдамдығын азайтып көріңіз.",
        "ru": "На шаге {step} потери стали NaN или бесконечными: уменьшите скорость обучения.",
        "en": "The loss became NaN or infinite at step {step}: try a smaller learning rate.",
    },
    "train.need_length": {
        "kk": "Оқыту ұзақтығын көрсетіңіз: steps немесе epochs (тек біреуін).",
        "ru": "Задайте длительность обучения: steps или epochs (только одно).",
        "en": "Give the training length: steps or epochs (exactly one).",
    },
    "train.epochs_need_tensors": {
        "kk": "epochs тек тензорлар кортежімен жұмыс істейді; деректер функция түрінде берілсе, steps көрсетіңіз.",
        "ru": "epochs работает только с кортежем тензоров; для функции задайте steps.",
        "en": "epochs works only with a tuple of tensors; give steps for a function.",
    },
    "train.empty_data": {
        "kk": "Деректер жиыны бос: оқытуға кемінде бір мысал керек.",
        "ru": "Набор данных пуст: для обучения нужен хотя бы один пример.",
        "en": "The data set is empty: training needs at least one example.",
    },
    "train.empty_series": {
        "kk": "«{name}» әлі бірде-бір мән жазылмаған.",
        "ru": "Для «{name}» ещё не записано ни одного значения.",
        "en": "No value of “{name}” has been logged yet.",
    },
    # --- quiz ---
    "quiz.check": {"kk": "Тексеру", "ru": "Проверить", "en": "Check"},
    "quiz.correct": {"kk": "✓ Дұрыс!", "ru": "✓ Верно!", "en": "✓ Correct!"},
    "quiz.wrong": {"kk": "✗ Қате.", "ru": "✗ Неверно.", "en": "✗ Wrong."},
    "quiz.unanswered": {"kk": "Жауап таңдалмаған.", "ru": "Ответ не выбран.", "en": "No answer chosen."},
    "quiz.score": {
        "kk": "Нәтиже: {right} / {total} дұрыс.",
        "ru": "Результат: {right} из {total} верно.",
        "en": "Score: {right} / {total} correct.",
    },
    "quiz.title": {"kk": "Бақылау сұрақтары", "ru": "Контрольные вопросы", "en": "Control questions"},
    # --- explorers ---
    "explorer.play": {"kk": "Оқыту", "ru": "Обучать", "en": "Train"},
    "explorer.step": {"kk": "Бір қадам", "ru": "Один шаг", "en": "One step"},
    "explorer.reset": {"kk": "Қайта бастау", "ru": "Сбросить", "en": "Reset"},
    # --- common axis labels ---
    "axis.step": {"kk": "Қадам", "ru": "Шаг", "en": "Step"},
    "axis.epoch": {"kk": "Эпоха", "ru": "Эпоха", "en": "Epoch"},
    "axis.loss": {"kk": "Шығын", "ru": "Потери", "en": "Loss"},
    "axis.accuracy": {"kk": "Дәлдік", "ru": "Точность", "en": "Accuracy"},
    "axis.time_step": {"kk": "Уақыт қадамы t", "ru": "Шаг времени t", "en": "Time step t"},
    # --- the caption under every figure (plots.show_figure) ---
    "plots.caption": {"kk": "▲ Сурет: {alt}", "ru": "▲ Рисунок: {alt}", "en": "▲ Figure: {alt}"},
    # --- printed by the notebooks' code cells ---
    "nb.seconds": {"kk": "⏱ {seconds:.1f} с", "ru": "⏱ {seconds:.1f} с", "en": "⏱ {seconds:.1f} s"},
}

QUIZZES: dict[str, list[dict]] = {}
