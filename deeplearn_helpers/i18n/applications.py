"""Strings and control questions of the applications topic (see i18n/__init__.py for the format)."""

STRINGS: dict[str, dict[str, str]] = {
    # --- numbers and the translator ---
    "app.num_empty": {
        "kk": "Сан енгізілмеді: цифрлармен бір сан жазыңыз, мысалы, 1945.",
        "ru": "Число не введено: напишите число цифрами, например 1945.",
        "en": "No number given: type a number in digits, e.g. 1945.",
    },
    "app.num_not_digits": {
        "kk": "«{text}» — сан емес: тек 0–9 цифрларын жазыңыз (бос орынсыз, әріпсіз).",
        "ru": "«{text}» — не число: пишите только цифры 0–9 (без пробелов и букв).",
        "en": "'{text}' is not a number: type only the digits 0–9 (no spaces or letters).",
    },
    "app.src_padding": {
        "kk": "Цифрлар тізбегі дұрыс толтырылмаған: әр бағанда кемінде бір цифр болуы керек, ал <pad> тек сол жақта тұрады (encode_numbers қолданыңыз).",
        "ru": "Последовательность цифр дополнена неверно: в каждом столбце нужна хотя бы одна цифра, а <pad> стоит только слева (используйте encode_numbers).",
        "en": "The digit sequence is padded wrongly: every column needs at least one digit, and <pad> may only stand on the left (use encode_numbers).",
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
        "kk": "Мәтінде модель білмейтін таңбалар бар: «{chars}». Тек қазақ кирилл әріптері мен тыныс белгілерін жазыңыз.",
        "ru": "В тексте есть символы, которых модель не знает: «{chars}». Пишите только казахскими кириллическими буквами и знаками препинания.",
        "en": "The text has characters the model does not know: '{chars}'. Use only Kazakh Cyrillic letters and punctuation.",
    },
})

STRINGS.update({
    # --- plots ---
    "app.truth": {"kk": "Шын мәні", "ru": "Истинное значение", "en": "Truth"},
    "app.temp_axis": {"kk": "Ең жоғары температура, °C", "ru": "Максимальная температура, °C",
                      "en": "Maximum temperature, °C"},
    "app.forecast_title": {"kk": "Ертеңгі температура болжамы (2015 жыл, соңғы 90 күн)",
                           "ru": "Прогноз температуры на завтра (2015 год, последние 90 дней)",
                           "en": "Next-day temperature forecast (2015, last 90 days)"},
    "app.persistence": {"kk": "Аңғал болжам (ертең = бүгін)", "ru": "Наивный прогноз (завтра = сегодня)",
                        "en": "Persistence (tomorrow = today)"},
    "app.climatology": {"kk": "Климаттық орташа", "ru": "Климатическое среднее",
                        "en": "Climatology"},
    "app.air_raw": {"kk": "Жолаушылар, мың", "ru": "Пассажиры, тыс.", "en": "Passengers, thousands"},
    "app.air_log": {"kk": "Логарифм", "ru": "Логарифм", "en": "Logarithm"},
    "app.air_diff": {"kk": "Логарифмнің 12 айлық айырымы", "ru": "Разность логарифма за 12 месяцев",
                     "en": "12-month difference of the log"},
    "app.year_axis": {"kk": "Жыл", "ru": "Год", "en": "Year"},
    "app.day_axis": {"kk": "Күн", "ru": "День", "en": "Day"},
    "app.walk_title": {"kk": "Кездейсоқ серуен: «баға»", "ru": "Случайное блуждание: «цена»",
                       "en": "Random walk: a 'price'"},
    "app.naive": {"kk": "Аңғал болжам", "ru": "Наивный прогноз", "en": "Naive"},
    "app.model": {"kk": "Модель", "ru": "Модель", "en": "Model"},
    "app.smooth_add_k": {"kk": "n-грам, add-k тегістеуі", "ru": "n-грамма, сглаживание add-k",
                         "en": "n-gram, add-k smoothing"},
    "app.smooth_kneser_ney": {"kk": "n-грам, Kneser–Ney тегістеуі", "ru": "n-грамма, сглаживание Кнезера–Нея",
                              "en": "n-gram, Kneser–Ney smoothing"},
    "app.order_axis": {"kk": "n-грам реті", "ru": "Порядок n-граммы", "en": "n-gram order"},
    "app.bpc_axis": {"kk": "Бит/таңба (тест мәтіні)", "ru": "Бит/символ (тестовый текст)",
                     "en": "Bits/char (held-out text)"},
    "app.bpc_title": {"kk": "Қайсысы жақсы болжайды: n-грам ба, LSTM бе?",
                      "ru": "Кто лучше предсказывает: n-грамма или LSTM?",
                      "en": "Who predicts better: n-gram or LSTM?"},
    "app.attention_title": {"kk": "Зейін: әр сөзде қай цифрға қарады",
                            "ru": "Внимание: на какую цифру смотрит каждое слово",
                            "en": "Attention: which digit each word looked at"},
    "app.aug_real_only": {"kk": "тек шынайы", "ru": "только реальные", "en": "real only"},
    "app.aug_mean": {"kk": "{n} кездейсоқтық тұқымының орташасы", "ru": "среднее по {n} зёрнам (seed)",
                     "en": "mean over {n} seeds"},
    "app.ratio_axis": {"kk": "Генерацияланған : шынайы мысалдар қатынасы",
                       "ru": "Отношение сгенерированных примеров к реальным",
                       "en": "Generated : real examples"},
    # --- explorers ---
    "app.prompt": {"kk": "Бастама", "ru": "Начало", "en": "Prompt"},
    "app.temperature": {"kk": "Температура", "ru": "Температура", "en": "Temperature"},
    "app.seed": {"kk": "Тұқым (seed)", "ru": "Зерно (seed)", "en": "Seed"},
    "app.textgen_title": {"kk": "Қазақша мәтін генерациясы (таңба деңгейіндегі LSTM)",
                          "ru": "Генерация казахского текста (символьная LSTM)",
                          "en": "Kazakh text generation (character-level LSTM)"},
    "app.prompt_empty": {"kk": "Бастама бос: модель жалғастыратын бірнеше қазақша сөз жазыңыз.",
                         "ru": "Начало пустое: напишите несколько казахских слов для продолжения.",
                         "en": "The prompt is empty: type a few Kazakh words for the model to continue."},
    "app.prompt_no_kazakh": {"kk": "«{text}» бастамасында қазақ әрпі жоқ: модель тек қазақ кирилл әріптерін біледі.",
                             "ru": "В начале «{text}» нет казахских букв: модель знает только казахскую кириллицу.",
                             "en": "The prompt '{text}' has no Kazakh letters: the model knows only Kazakh Cyrillic."},
    "app.number": {"kk": "Сан", "ru": "Число", "en": "Number"},
    "app.translate_title": {"kk": "Цифрдан сөзге аудармашы (seq2seq + зейін)",
                            "ru": "Переводчик из цифр в слова (seq2seq + внимание)",
                            "en": "Digits-to-words translator (seq2seq + attention)"},
    "app.model_says": {"kk": "Модель:", "ru": "Модель:", "en": "Model:"},
    "app.rule_says": {"kk": "Ереже бойынша:", "ru": "По правилу:", "en": "By the rules:"},
    "app.round": {"kk": "Раунд", "ru": "Раунд", "en": "Round"},
    "app.real": {"kk": "Шынайы", "ru": "Настоящая", "en": "Real"},
    "app.fake": {"kk": "Генерацияланған", "ru": "Сгенерированная", "en": "Generated"},
    "app.your_guess": {"kk": "Болжамыңыз", "ru": "Ваш ответ", "en": "Your guess"},
    "app.game_title": {"kk": "Шынайы ма, генерацияланған ба?", "ru": "Настоящая или сгенерированная?",
                       "en": "Real or generated?"},
    "app.guess_prompt": {"kk": "Бұл цифр шынайы ма, әлде модель салған ба? Таңдаңыз.",
                         "ru": "Эта цифра настоящая или нарисована моделью? Выберите.",
                         "en": "Is this digit real, or drawn by the model? Choose."},
    "app.game_verdict": {
        "kk": "Сіз: <b>{you}</b> · дискриминатор: <b>{detector}</b> (P(генерацияланған) = {p}) · шындығында: <b>{truth}</b> · есеп: {right}/{total}",
        "ru": "Вы: <b>{you}</b> · дискриминатор: <b>{detector}</b> (P(сгенерирована) = {p}) · на самом деле: <b>{truth}</b> · счёт: {right}/{total}",
        "en": "You: <b>{you}</b> · discriminator: <b>{detector}</b> (P(generated) = {p}) · truth: <b>{truth}</b> · score: {right}/{total}"},
    "app.digit": {"kk": "Цифр", "ru": "Цифра", "en": "Digit"},
    "app.generator_title": {"kk": "Шартты VAE: цифрды таңдаңыз — жаңа сынамалар",
                            "ru": "Условный VAE: выберите цифру — новые образцы",
                            "en": "Conditional VAE: pick a digit, get new samples"},
    "app.generator_caption": {"kk": "Дискриминатор {n} сынаманың ішінен {caught} сынаманы генерацияланған деп таныды.",
                              "ru": "Дискриминатор распознал {caught} из {n} образцов как сгенерированные.",
                              "en": "The discriminator flagged {caught} of {n} samples as generated."},
    "app.ngram_not_fitted": {"kk": "n-грам моделі әлі оқытылмаған: алдымен fit(мәтін) шақырыңыз.",
                             "ru": "n-граммная модель ещё не обучена: сначала вызовите fit(текст).",
                             "en": "The n-gram model is not fitted yet: call fit(text) first."},
})

STRINGS.update({
    # --- self-checks and exercises ---
    "app.claim_forecast": {
        "kk": "{cell}: тест жылындағы RMSE {model} °C < аңғал болжам {persistence} °C < климаттық орташа {climatology} °C",
        "ru": "{cell}: RMSE на тестовом году {model} °C < наивный прогноз {persistence} °C < климатическое среднее {climatology} °C",
        "en": "{cell}: held-out-year RMSE {model} °C < persistence {persistence} °C < climatology {climatology} °C"},
    "app.claim_air_range": {
        "kk": "Тест айларының {raw} %-ы оқыту жиынының ең үлкен мәнінен жоғары (шикі қатар); 12 айлық лог-айырымда — {diff} %",
        "ru": "{raw} % тестовых месяцев выше максимума обучающей выборки (сырой ряд); в 12-месячной лог-разности — {diff} %",
        "en": "{raw} % of the test months lie above the training maximum (raw series); in the 12-month log difference, {diff} %"},
    "app.claim_walk": {
        "kk": "Кездейсоқ серуенде оқытылған модельдің RMSE-сі аңғал болжамнікімен шамамен бірдей: модель {model}, аңғал болжам {naive}, айырмасы {gap} % (шегі ±{tolerance} %)",
        "ru": "На случайном блуждании RMSE обученной модели примерно равна RMSE наивного прогноза: модель {model}, наивный {naive}, разница {gap} % (порог ±{tolerance} %)",
        "en": "On a random walk the trained model's RMSE about equals the naive forecast's: model {model}, naive {naive}, difference {gap} % (limit ±{tolerance} %)"},
    "app.claim_walk_drift": {
        "kk": "Дрейфі μ = {drift} серуенде μ-ны үйренетін модель аңғал болжамнан жақсы: модель {model}, аңғал болжам {naive}, айырмасы {gap} % (шегі −{tolerance} %)",
        "ru": "На блуждании со сносом μ = {drift} модель, выучившая μ, лучше наивного прогноза: модель {model}, наивный {naive}, разница {gap} % (порог −{tolerance} %)",
        "en": "On a walk with drift μ = {drift} the model that learns μ beats the naive forecast: model {model}, naive {naive}, difference {gap} % (limit −{tolerance} %)"},
    "app.claim_bpc": {
        "kk": "LSTM тест мәтінінде {lstm} бит/таңба < ең жақсы n-грам ({best}) {ngram} бит/таңба",
        "ru": "LSTM на тестовом тексте {lstm} бит/символ < лучшая n-грамма ({best}) {ngram} бит/символ",
        "en": "LSTM on held-out text {lstm} bits/char < best n-gram ({best}) {ngram} bits/char"},
    "app.claim_alphabet": {
        "kk": "Генерацияланған мәтін тек корпустың қазақ әріптері мен тыныс белгілерін қолданады ({n} таңба)",
        "ru": "Сгенерированный текст использует только казахские буквы и знаки препинания корпуса ({n} символов)",
        "en": "The generated text uses only the corpus's Kazakh letters and punctuation ({n} characters)"},
    "app.claim_translator": {
        "kk": "Модель оқыту кезінде көрмеген {n} санның {acc} %-ын қатесіз жазады (шегі ≥ {bar} %)",
        "ru": "Модель без ошибок пишет {acc} % из {n} чисел, которых не видела при обучении (порог ≥ {bar} %)",
        "en": "The model writes {acc} % of {n} numbers it never saw in training exactly right (bar ≥ {bar} %)"},
    "app.claim_unseen": {
        "kk": "Тест мәтінінің {n} жолының оқыту мәтінінде кездесетіні: {shared}",
        "ru": "Из {n} строк тестового текста в обучающем тексте встречается: {shared}",
        "en": "Of the {n} held-out lines, found in the training text: {shared}"},
    "app.claim_converter": {
        "kk": "Ережелік түрлендіргіш num2words (kz) пакетімен 0…9999 аралығындағы барлық санда сәйкес келеді",
        "ru": "Конвертер по правилам совпадает с пакетом num2words (kz) на всех числах 0…9999",
        "en": "The rule-based converter agrees with num2words (kz) on every number 0…9999"},
    "app.claim_augmentation": {
        "kk": "Шынайы цифрлар әр нұсқада бірдей рет көрсетілгенде, {n} кездейсоқтық тұқымының ешбірінде генерацияланған цифрлардың ешбір қатынасы тест дәлдігін арттырмады, ал орташа дәлдік қатынас өскен сайын артпайды (генерацияланған : шынайы → дәлдік): {means}",
        "ru": "При одинаковом числе показов реальных цифр ни в одном из {n} зёрен (seed) ни одно отношение сгенерированных цифр не повысило точность на тесте, а средняя точность не растёт с ростом отношения (сгенерированные : реальные → точность): {means}",
        "en": "With the real digits shown equally often, in none of {n} seeds did any ratio of generated digits raise test accuracy, and the mean accuracy does not rise as the ratio grows (generated : real → accuracy): {means}"},
    "app.cond_words_match": {"kk": "әр сан үшін сөздер ереже бойынша жауаппен бірдей болуы керек",
                             "ru": "для каждого числа слова должны совпадать с ответом по правилам",
                             "en": "for every number the words must match the rule-based answer"},
    "app.claim_attention_torch": {
        "kk": "Нөлден жазылған зейін torch-тың scaled_dot_product_attention нәтижесімен бірдей",
        "ru": "Внимание, написанное с нуля, совпадает с scaled_dot_product_attention из torch",
        "en": "Attention written from scratch equals torch's scaled_dot_product_attention"},
    "app.claim_judge": {
        "kk": "04-блокноттың жіктеуіші генерацияланған цифрлардың {acc} %-ын сұралған цифр деп таниды (шегі ≥ {bar} %; шынайы тест цифрларында: {real} %)",
        "ru": "Классификатор блокнота 04 узнаёт запрошенную цифру в {acc} % сгенерированных цифр (порог ≥ {bar} %; на настоящих тестовых цифрах: {real} %)",
        "en": "Notebook 04's classifier recognises the asked-for digit in {acc} % of generated digits (bar ≥ {bar} %; on real test digits: {real} %)"},
    "app.claim_detector": {
        "kk": "Дискриминатор {n_real} шынайы тест цифрының {real} %-ын шынайы, {n_fake} генерацияланған цифрдың {fake} %-ын генерацияланған деп дұрыс таниды (барлығы {acc} %; кездейсоқ болжам 50 %; шегі — екі топта да ≥ {bar} %)",
        "ru": "Дискриминатор верно называет настоящими {real} % из {n_real} настоящих тестовых цифр и сгенерированными {fake} % из {n_fake} сгенерированных (всего {acc} %; случайное угадывание 50 %; порог ≥ {bar} % в обеих группах)",
        "en": "The discriminator labels {real} % of {n_real} real test digits real and {fake} % of {n_fake} generated digits generated (all together {acc} %; chance 50 %; bar ≥ {bar} % in both groups)"},
    "app.ex_rmse": {"kk": "RMSE функциясы", "ru": "Функция RMSE", "en": "The RMSE function"},
    "app.ex_bpc": {"kk": "Бит/таңбаны есептеу", "ru": "Подсчёт бит/символ", "en": "Bits per character"},
    "app.ex_below_thousand": {"kk": "1…999 сандарын сөзбен жазу", "ru": "Запись чисел 1…999 словами",
                              "en": "Writing 1…999 in words"},
    "app.ex_temperature": {"kk": "Температуралы softmax", "ru": "Softmax с температурой",
                           "en": "Softmax with temperature"},
    "app.hint_rmse": {
        "kk": "айырмалардың квадраттарын орташалап, түбірін алыңыз: np.sqrt(np.mean((a − b)²)).",
        "ru": "усредните квадраты разностей и извлеките корень: np.sqrt(np.mean((a − b)²)).",
        "en": "average the squared differences and take the root: np.sqrt(np.mean((a − b)²)).",
    },
    "app.hint_bpc": {
        "kk": "әр ықтималдықтың −log₂ мәнін орташалаңыз: −np.mean(np.log2(p)).",
        "ru": "усредните −log₂ каждой вероятности: −np.mean(np.log2(p)).",
        "en": "average −log₂ of each probability: −np.mean(np.log2(p)).",
    },
    "app.hint_softmax": {
        "kk": "z = logits / temperature; e = exp(z − max z); e / e.sum() (torch.softmax-сыз).",
        "ru": "z = logits / temperature; e = exp(z − max z); e / e.sum() (без torch.softmax).",
        "en": "z = logits / temperature; e = exp(z − max z); e / e.sum() (without torch.softmax).",
    },
    "app.hint_words": {
        "kk": "h, rest = divmod(n, 100); t, o = divmod(rest, 10); жүздік 1 болса — жай «жүз»; бос бөліктерді тастаңыз.",
        "ru": "h, rest = divmod(n, 100); t, o = divmod(rest, 10); сотня 1 — просто «жүз»; пустые части пропустите.",
        "en": "h, rest = divmod(n, 100); t, o = divmod(rest, 10); a hundreds digit 1 is just «жүз»; skip empty parts.",
    },
    "app.hint_not_written": {"kk": "функцияны толтырыңыз", "ru": "заполните функцию", "en": "fill in the function"},
})

QUIZZES["q5"] = [
    {"question": {"kk": "Дәрісте генеративті модельдердің қолданылу саласы ретінде не аталады?",
                  "ru": "Что названо в лекции областью применения генеративных моделей?",
                  "en": "What does the lecture name as an application of generative models?"},
     "options": [{"kk": "Тек кестедегі сандарды сұрыптау", "ru": "Только сортировка чисел в таблице",
                  "en": "Only sorting numbers in a table"},
                 {"kk": "Сурет генерациясы (DeepFake), мәтін генерациясы мен аударма, медицинада деректер тапшылығын жеңу",
                  "ru": "Генерация изображений (DeepFake), генерация текста и перевод, преодоление нехватки данных в медицине",
                  "en": "Image generation (DeepFake), text generation and translation, overcoming data scarcity in medicine"},
                 {"kk": "Тек ойындардағы кейіпкерлер", "ru": "Только персонажи игр", "en": "Only game characters"}],
     "answer": 1,
     "explain": {"kk": "13.4-бөлім: DeepFake және сурет генерациясы, NLP (мәтін генерациясы, аударма), медицина (жасанды деректер, тері обыры суреттері).",
                 "ru": "Раздел 13.4: DeepFake и генерация изображений, NLP (генерация текста, перевод), медицина (синтетические данные, снимки рака кожи).",
                 "en": "Section 13.4: DeepFake and image generation, NLP (text generation, translation), medicine (synthetic data, skin-cancer images)."}},
    {"question": {"kk": "Ауа райын болжайтын LSTM-ді неге «ертең = бүгін» болжамымен салыстырамыз?",
                  "ru": "Зачем сравнивать LSTM для погоды с прогнозом «завтра = сегодня»?",
                  "en": "Why compare a weather LSTM with 'tomorrow = today'?"},
     "options": [{"kk": "Бұл қарапайым болжам жиі өте күшті: модель одан озбаса, ол пайдалы ештеңе үйренбеген",
                  "ru": "Этот простой прогноз часто очень силён: если модель его не обгоняет, она ничему не научилась",
                  "en": "This simple forecast is often very strong: a model that does not beat it has learned nothing useful"},
                 {"kk": "Салыстыру міндетті емес, дәстүр ғана", "ru": "Сравнение не нужно, это лишь традиция",
                  "en": "It is not needed, just a tradition"},
                 {"kk": "LSTM әрқашан одан 10 есе жақсы", "ru": "LSTM всегда в 10 раз лучше",
                  "en": "An LSTM is always 10 times better"}],
     "answer": 0,
     "explain": {"kk": "Әділ базалық модельсіз (baseline) RMSE мәнінің ешқандай мағынасы жоқ; қаржыдағы кездейсоқ серуенде (қадамдардың орташасы нөл болса) оны ешбір модель жеңе алмайды.",
                 "ru": "Без честного базового прогноза число RMSE ничего не значит; на случайном блуждании в финансах (со средним шагом ноль) его не победить.",
                 "en": "Without an honest baseline an RMSE means nothing; on a financial random walk (with zero-mean steps) nobody beats it."}},
    {"question": {"kk": "Медицинада генерацияланған суреттерді қосқанда не ескеру керек?",
                  "ru": "Что учитывать, добавляя сгенерированные снимки в медицине?",
                  "en": "What must be kept in mind when adding generated images in medicine?"},
     "options": [{"kk": "Ештеңе: генерацияланған деректер әрқашан дәлдікті арттырады",
                  "ru": "Ничего: сгенерированные данные всегда повышают точность",
                  "en": "Nothing: generated data always improves accuracy"},
                 {"kk": "Генератор тек өзі көрген деректерді қайталайды: олардағы біржақтылықты (bias) да сақтайды, науқастардың жеке деректерін ашып қоюы мүмкін, ал пайдасын тест жиынында өлшеу керек",
                  "ru": "Генератор повторяет только то, что видел: наследует смещения этих данных, может раскрыть данные пациентов, а пользу надо измерять на тестовой выборке",
                  "en": "A generator only repeats what it saw: it inherits its biases, may leak patients' data, and its benefit must be measured on a test set"},
                 {"kk": "Генерацияланған суреттерді нақты науқастар ретінде тіркеу керек",
                  "ru": "Сгенерированные снимки нужно регистрировать как реальных пациентов",
                  "en": "Generated images should be registered as real patients"}],
     "answer": 1,
     "explain": {"kk": "Біздің тәжірибеде аз деректен үйренген генератордың сынамалары дәлдікті арттырмады: пайдасын әрқашан өлшеу керек.",
                 "ru": "В нашем эксперименте образцы генератора, обученного на малых данных, не повысили точность: пользу всегда нужно измерять.",
                 "en": "In our experiment samples from a generator trained on little data did not raise accuracy: always measure the benefit."}},
]

STRINGS.update({
    # --- translation between languages, the LSTM on the walk and the passengers, topics (issue 16) ---
    "app.unknown_words": {
        "kk": "Сөздікте жоқ сөздер: «{words}». Санды 0…9999 аралығында қазақша сөзбен жазыңыз, мысалы, «бір мың тоғыз жүз қырық бес».",
        "ru": "Слов нет в словаре: «{words}». Напишите число от 0 до 9999 казахскими словами, например «бір мың тоғыз жүз қырық бес».",
        "en": "Words not in the vocabulary: '{words}'. Write a number 0…9999 in Kazakh words, e.g. 'бір мың тоғыз жүз қырық бес'.",
    },
    "app.claim_kk_ru": {
        "kk": "Оқыту кезінде көрмеген {n} санның ішінде орысшаға қатесіз аударылғаны: {acc} % (шегі: кемінде {bar} %)",
        "ru": "Переводчик без ошибок перевёл на русский {acc} % из {n} чисел, не виденных при обучении (порог: не менее {bar} %)",
        "en": "The translator rendered {acc} % of the {n} numbers unseen in training into Russian exactly (bar: at least {bar} %)",
    },
    "app.claim_passengers": {
        "kk": "Әуе жолаушылары, 1959–1960 тест жылдары: рекурренттік модельдің RMSE-сі {model} мың, маусымдық аңғал болжамдікі {naive} мың жолаушы — модель дәлірек",
        "ru": "Авиапассажиры, тестовые 1959–1960 годы: RMSE рекуррентной модели {model} тыс., сезонного наивного прогноза {naive} тыс. пассажиров — модель точнее",
        "en": "Air passengers, test years 1959–1960: the recurrent model's RMSE is {model} thousand, seasonal naive's {naive} thousand passengers — the model is more accurate",
    },
    "app.claim_growth_baseline": {
        "kk": "Бір сан — оқыту жылдарындағы орташа жылдық өсу — рекурренттік модельден кем емес дәл: өсу болжамы {growth} мың, модель {model} мың жолаушы",
        "ru": "Одно число — средний годовой рост за обучающие годы — не менее точно, чем рекуррентная модель: прогноз роста {growth} тыс., модель {model} тыс. пассажиров",
        "en": "One number — the mean yearly growth of the training years — is at least as accurate as the recurrent model: growth forecast {growth} thousand, model {model} thousand passengers",
    },
    "app.seasonal_growth": {"kk": "Маусымдық болжам + орташа өсу", "ru": "Сезонный прогноз + средний рост",
                            "en": "Seasonal + mean growth"},
    "app.claim_topics": {
        "kk": "Кездейсоқтық тұқымының {n} мәнінің әрқайсысында: кездейсоқ таңдау ({chance}) < LSTM ({lstm}) < сөздер қапшығы ({bow})",
        "ru": "Для каждого из {n} значений зерна случайности: случайный выбор ({chance}) < LSTM ({lstm}) < мешок слов ({bow})",
        "en": "For each of the {n} random seeds: chance ({chance}) < LSTM ({lstm}) < bag of words ({bow})",
    },
    "app.topic_accuracy_title": {"kk": "Сөйлемнің тақырыбы: тест жиынындағы дәлдік",
                                 "ru": "Тема предложения: точность на тестовом множестве",
                                 "en": "Topic of a sentence: test accuracy"},
    "app.bow": {"kk": "Сөздер қапшығы", "ru": "Мешок слов", "en": "Bag of words"},
    "app.chance": {"kk": "Кездейсоқ таңдау", "ru": "Случайный выбор", "en": "Chance"},
    "app.accuracy_axis": {"kk": "Дәлдік", "ru": "Точность", "en": "Accuracy"},
    "app.topic_deep_learning": {"kk": "Терең оқыту", "ru": "Глубокое обучение", "en": "Deep learning"},
    "app.topic_lstm_gru": {"kk": "LSTM және GRU", "ru": "LSTM и GRU", "en": "LSTM and GRU"},
    "app.topic_rnn": {"kk": "Рекурренттік желілер", "ru": "Рекуррентные сети", "en": "Recurrent networks"},
    "app.topic_generative": {"kk": "Генеративті модельдер", "ru": "Генеративные модели", "en": "Generative models"},
    "app.topic_applications": {"kk": "Қолданылу салалары", "ru": "Области применения", "en": "Applications"},
    "app.kk_ru_src": {"kk": "Қазақша", "ru": "По-казахски", "en": "Kazakh"},
    "app.kk_ru_tgt": {"kk": "Орысша (модель)", "ru": "По-русски (модель)", "en": "Russian (model)"},
    "app.passengers_forecast_title": {"kk": "Әуе жолаушылары: тест жылдарындағы болжам",
                                      "ru": "Авиапассажиры: прогноз на тестовые годы",
                                      "en": "Air passengers: forecast for the test years"},
    "app.passengers_axis": {"kk": "Жолаушылар, мың", "ru": "Пассажиры, тыс.", "en": "Passengers, thousands"},
    "app.kk_ru_attention_title": {"kk": "Зейін: әр орыс сөзінде қай қазақ сөзіне қарады",
                                  "ru": "Внимание: на какое казахское слово смотрел для каждого русского",
                                  "en": "Attention: which Kazakh word each Russian word looked at"},
    "app.seasonal_naive": {"kk": "Маусымдық аңғал болжам", "ru": "Сезонный наивный прогноз",
                           "en": "Seasonal naive"},
})

STRINGS.update({
    # --- figure alt texts: what each stored figure shows (plots.show_figure, issue 18) ---
    "app.alt_forecast": {
        "kk": "Тест жылының соңғы 90 күнінің ең жоғары температурасы (қара) және әр болжам өз панелінде, шын мәнмен қатар.",
        "ru": "Максимальная температура последних 90 дней тестового года (чёрная) и каждый прогноз на своей панели рядом с истинным значением.",
        "en": "The highest temperature of the last 90 days of the test year (black) and each forecast in its own panel beside the truth.",
    },
    "app.alt_passengers": {
        "kk": "Үш панель: әуе жолаушыларының айлық саны, оның логарифмі және логарифмнің 12 айлық айырымы жылдар бойынша.",
        "ru": "Три панели: месячное число авиапассажиров, его логарифм и разность логарифма за 12 месяцев по годам.",
        "en": "Three panels: the monthly number of air passengers, its logarithm and the 12-month difference of the logarithm, over the years.",
    },
    "app.alt_passenger_forecast": {
        "kk": "Тест айларындағы жолаушылар саны (қара) және LSTM мен екі базалық болжамның мәндері.",
        "ru": "Число пассажиров в тестовые месяцы (чёрное) и значения LSTM и двух простых прогнозов.",
        "en": "The passengers in the test months (black) and the values of the LSTM and of two simple forecasts.",
    },
    "app.alt_random_walk": {
        "kk": "Сол жақта — кездейсоқ серуен қатары; оң жақта — аңғал болжам мен модельдің RMSE қатесі бағандармен.",
        "ru": "Слева — ряд случайного блуждания; справа — ошибка RMSE наивного прогноза и модели столбцами.",
        "en": "Left: a random walk; right: the RMSE of the naive forecast and of the model, as bars.",
    },
    "app.alt_bpc": {
        "kk": "Тест мәтініндегі бит/таңба n-грамның ретіне қарай, екі тегістеу тәсілі үшін; үзік сызық — LSTM.",
        "ru": "Бит на символ на проверочном тексте в зависимости от порядка n-граммы для двух способов сглаживания; пунктир — LSTM.",
        "en": "Bits per character on the held-out text against the n-gram order for two kinds of smoothing; the dashed line is the LSTM.",
    },
    "app.alt_topics": {
        "kk": "Екі тақырып жіктеуішінің тест дәлдігі: баған — орташа, нүктелер — әр кездейсоқтық тұқымы, үзік сызық — кездейсоқ таңдау деңгейі.",
        "ru": "Точность на тесте двух классификаторов тем: столбец — среднее, точки — каждое зерно, пунктир — уровень случайного выбора.",
        "en": "Test accuracy of the two topic classifiers: a bar for the mean, a dot per seed, a dashed line for random choice.",
    },
    "app.alt_kk_ru_attention": {
        "kk": "Екі сөйлемнің қазақшадан орысшаға аудармасындағы зейін салмақтары: жолдар — жазылған орыс сөздері, бағандар — қазақ сөздері, қою түс — көбірек зейін.",
        "ru": "Веса внимания при переводе двух фраз с казахского на русский: строки — написанные русские слова, столбцы — казахские слова, тёмный цвет — больше внимания.",
        "en": "Attention weights when translating two phrases from Kazakh into Russian: rows are the Russian words written, columns the Kazakh words, darker means more attention.",
    },
    "app.alt_cvae_digits": {
        "kk": "Шартты VAE салған 20 цифр: 0-ден 9-ға дейінгі әр цифр екі реттен.",
        "ru": "20 цифр, нарисованных условным VAE: каждая цифра от 0 до 9 дважды.",
        "en": "20 digits drawn by the conditional VAE: each digit from 0 to 9 twice.",
    },
    "app.alt_augmentation": {
        "kk": "Тест дәлдігі генерацияланған және шынайы цифрлардың қатынасына қарай: әр кездейсоқтық тұқымының бозғылт сызығы және орташасы.",
        "ru": "Точность на тесте в зависимости от отношения сгенерированных и реальных изображений: бледная линия для каждого зерна и среднее.",
        "en": "Test accuracy against the ratio of generated to real images: a faint line per seed and their mean.",
    },
})

# Labels that notebook 05's code cells print
STRINGS.update({
    "app.nb_passenger_rmse": {
        "kk": "{name:32s} RMSE = {rmse:5.1f} мың жолаушы",
        "ru": "{name:32s} RMSE = {rmse:5.1f} тыс. пассажиров",
        "en": "{name:32s} RMSE = {rmse:5.1f} thousand passengers",
    },
    "app.nb_walk_rmse": {
        "kk": "аңғал болжам: RMSE = {naive:.4f}, LSTM: RMSE = {lstm:.4f}",
        "ru": "наивный прогноз: RMSE = {naive:.4f}, LSTM: RMSE = {lstm:.4f}",
        "en": "naive forecast: RMSE = {naive:.4f}, LSTM: RMSE = {lstm:.4f}",
    },
    "app.nb_corpus": {
        "kk": "{train} / {held} таңба, сөздік: V = {v} таңба, log₂ V = {bits:.2f} бит",
        "ru": "{train} / {held} символов, словарь: V = {v} символов, log₂ V = {bits:.2f} бит",
        "en": "{train} / {held} characters, vocabulary: V = {v} characters, log₂ V = {bits:.2f} bits",
    },
    "app.nb_best_ngram": {
        "kk": "ең жақсы n-грам: {name}, {bpc:.3f} бит/таңба",
        "ru": "лучшая n-граммная модель: {name}, {bpc:.3f} бит/символ",
        "en": "best n-gram: {name}, {bpc:.3f} bits/character",
    },
    "app.nb_lstm_bpc": {
        "kk": "LSTM: {bpc:.3f} бит/таңба",
        "ru": "LSTM: {bpc:.3f} бит/символ",
        "en": "LSTM: {bpc:.3f} bits/character",
    },
    "app.nb_topic_seed": {
        "kk": "тұқым {seed}: сөздер қапшығы {bow:.3f}, LSTM {lstm:.3f}",
        "ru": "зерно {seed}: мешок слов {bow:.3f}, LSTM {lstm:.3f}",
        "en": "seed {seed}: bag of words {bow:.3f}, LSTM {lstm:.3f}",
    },
    "app.nb_topic_split": {
        "kk": "{train} оқыту және {test} тест сөйлемі, сөздік V = {v} сөз",
        "ru": "{train} обучающих и {test} тестовых предложений, словарь V = {v} слов",
        "en": "{train} training and {test} test sentences, vocabulary V = {v} words",
    },
    "app.nb_wrong": {
        "kk": "✗ (дұрысы: {truth})",
        "ru": "✗ (правильно: {truth})",
        "en": "✗ (right: {truth})",
    },
    "app.nb_unseen": {
        "kk": "көрмеген",
        "ru": "не видела",
        "en": "unseen",
    },
    "app.nb_seen": {
        "kk": "оқытуда болған",
        "ru": "было в обучении",
        "en": "seen in training",
    },
    "app.nb_unseen_mistakes": {
        "kk": "көрмеген {n} санның ішіндегі қателер саны: {mistakes}",
        "ru": "ошибок среди {n} невиданных чисел: {mistakes}",
        "en": "mistakes among the {n} unseen numbers: {mistakes}",
    },
    "app.nb_mistake_row": {
        "kk": "  {kk:34s} → {ru:36s} (дұрысы: {truth})",
        "ru": "  {kk:34s} → {ru:36s} (правильно: {truth})",
        "en": "  {kk:34s} → {ru:36s} (right: {truth})",
    },
    "app.nb_augment_row": {
        "kk": "генерацияланған : шынайы = {ratio:2d} : 1   дәлдік {accuracy:.3f} ± {spread:.3f}",
        "ru": "сгенерированные : настоящие = {ratio:2d} : 1   точность {accuracy:.3f} ± {spread:.3f}",
        "en": "generated : real = {ratio:2d} : 1   accuracy {accuracy:.3f} ± {spread:.3f}",
    },
})
