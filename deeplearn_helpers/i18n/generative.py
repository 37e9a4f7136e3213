"""Strings and control questions of the generative topic: GAN and VAE (see i18n/__init__.py)."""

STRINGS: dict[str, dict[str, str]] = {
    # --- plot labels ---
    "gen.real": {"kk": "Шынайы деректер", "ru": "Реальные данные", "en": "Real data"},
    "gen.fake": {"kk": "Генератор сынамалары", "ru": "Сэмплы генератора", "en": "Generator samples"},
    "gen.digit": {"kk": "Цифр", "ru": "Цифра", "en": "Digit"},
    "gen.latent_map": {
        "kk": "Латентті кеңістік: тест суреттерінің μ мәндері",
        "ru": "Латентное пространство: μ тестовых изображений",
        "en": "Latent space: μ of the test images",
    },
    "gen.manifold": {
        "kk": "Декодтауыш латентті тордан салған цифрлар",
        "ru": "Цифры, которые декодер рисует по сетке в латентном пространстве",
        "en": "Digits the decoder draws from a latent grid",
    },
    "gen.loss_d": {"kk": "Дискриминатор шығыны", "ru": "Потери дискриминатора", "en": "Discriminator loss"},
    "gen.loss_g": {"kk": "Генератор шығыны", "ru": "Потери генератора", "en": "Generator loss"},
    "gen.coverage_title": {
        "kk": "{name}\n{covered}/{modes} мода, сапалы сынамалар {quality:.0%}",
        "ru": "{name}\n{covered}/{modes} мод, качественных сэмплов {quality:.0%}",
        "en": "{name}\n{covered}/{modes} modes, high-quality samples {quality:.0%}",
    },
    "gen.plain": {"kk": "Қарапайым GAN", "ru": "Обычный GAN", "en": "Plain GAN"},
    "gen.fixed": {"kk": "Түзетілген GAN", "ru": "Исправленный GAN", "en": "Fixed GAN"},
    "gen.epoch_title": {
        "kk": "{epoch}-эпохадан кейінгі сынамалар",
        "ru": "Сэмплы после эпохи {epoch}",
        "en": "Samples after epoch {epoch}",
    },
    "gen.decoded": {"kk": "Декодталған сурет", "ru": "Декодированное изображение", "en": "Decoded image"},
    # --- notebook 04: titles, labels and printed lines ---
    "gen.mixture_title": {
        "kk": "{name}: {modes} мода, σ = {std}",
        "ru": "{name}: {modes} мод, σ = {std}",
        "en": "{name}: {modes} modes, σ = {std}",
    },
    "gen.collapsed": {"kk": "Бір модаға құлаған генератор", "ru": "Генератор, схлопнувшийся в одну моду",
                      "en": "A generator collapsed onto one mode"},
    "gen.coverage_line": {
        "kk": "{name}: {covered}/{modes} мода қамтылған, сапалы сынамалар {quality:.1%}",
        "ru": "{name}: покрыто мод {covered}/{modes}, качественных сэмплов {quality:.1%}",
        "en": "{name}: {covered}/{modes} modes covered, high-quality samples {quality:.1%}",
    },
    "gen.rounds": {"kk": "Сақинада әр нұсқа {rounds} раунд оқытылады", "ru": "На кольце каждый вариант учится {rounds} раундов",
                   "en": "On the ring each recipe trains for {rounds} rounds"},
    "gen.seconds": {"kk": "⏱ {seconds:.1f} с", "ru": "⏱ {seconds:.1f} с", "en": "⏱ {seconds:.1f} s"},
    "gen.recipe_diff": {
        "kk": "{field}: қарапайымда {plain}, түзетілгенде {fixed}",
        "ru": "{field}: в обычном {plain}, в исправленном {fixed}",
        "en": "{field}: plain {plain}, fixed {fixed}",
    },
    "gen.fixed_losses": {"kk": "Түзетілген GAN шығындары", "ru": "Потери исправленного GAN", "en": "Losses of the fixed GAN"},
    "gen.loss": {"kk": "шығын", "ru": "потери", "en": "loss"},
    "gen.live_rounds": {
        "kk": "{rounds} раунд: D шығыны {loss_d:.2f}, G шығыны {loss_g:.2f}",
        "ru": "{rounds} раундов: потери D {loss_d:.2f}, потери G {loss_g:.2f}",
        "en": "{rounds} rounds: D loss {loss_d:.2f}, G loss {loss_g:.2f}",
    },
    "gen.live_blobs": {
        "kk": "{rounds} раундтан кейін (тікелей оқытылған): әзірге тек дақтар",
        "ru": "После {rounds} раундов (обучено вживую): пока только пятна",
        "en": "After {rounds} rounds (trained live): only blobs so far",
    },
    "gen.confident_line": {
        "kk": "Сенімді танылғандар: GAN сынамалары {gan:.1%}, шынайы тест суреттері {real:.1%}",
        "ru": "Распознаны уверенно: сэмплы GAN {gan:.1%}, настоящие тестовые изображения {real:.1%}",
        "en": "Recognised confidently: GAN samples {gan:.1%}, real test images {real:.1%}",
    },
    "gen.gan_samples_title": {"kk": "GAN сынамалары (пакеттегі салмақтар)", "ru": "Сэмплы GAN (веса из пакета)",
                              "en": "GAN samples (shipped weights)"},
    "gen.judged_digit": {"kk": "жіктеуіш берген цифр", "ru": "цифра по классификатору", "en": "digit given by the classifier"},
    "gen.share": {"kk": "үлесі", "ru": "доля", "en": "share"},
    "gen.least_sure": {
        "kk": "жіктеуіш ең аз сенген {n} сынама және оның екі болжамы",
        "ru": "{n} сэмплов, в которых классификатор уверен меньше всего, и два его варианта",
        "en": "the {n} samples the classifier is least sure of, with its two guesses",
    },
    "gen.nelbo_line": {
        "kk": "тест −ELBO (екілік етілген тест суреттері): оқытуға дейін {before:.1f} нат, кейін {after:.1f} нат",
        "ru": "−ELBO на тесте (бинаризованные тестовые изображения): до обучения {before:.1f} нат, после {after:.1f} нат",
        "en": "test −ELBO (binarised test images): {before:.1f} nats before training, {after:.1f} nats after",
    },
    "gen.vae20_line": {
        "kk": "20-өлшемді латентті VAE: тест −ELBO {nelbo:.1f} нат",
        "ru": "VAE с 20-мерным z: −ELBO на тесте {nelbo:.1f} нат",
        "en": "VAE with a 20-D latent: test −ELBO {nelbo:.1f} nats",
    },
    "gen.live_latent_map": {
        "kk": "Тікелей оқытылған VAE: тест суреттерінің μ мәндері",
        "ru": "VAE, обученный вживую: μ тестовых изображений",
        "en": "The live VAE: μ of the test images",
    },
    "gen.shipped_manifold": {
        "kk": "Пакеттегі VAE: латентті тордан декодталған цифрлар (пиксель ықтималдықтары)",
        "ru": "VAE из пакета: цифры, декодированные из латентной сетки (вероятности пикселей)",
        "en": "The shipped VAE: digits decoded from a latent grid (pixel probabilities)",
    },
    "gen.interpolation": {
        "kk": "{a} → {b}: сол жақ пен оң жақ — шынайы суреттер",
        "ru": "{a} → {b}: слева и справа — настоящие изображения",
        "en": "{a} → {b}: the leftmost and rightmost are real images",
    },
    "gen.grey_title": {
        "kk": "{name}: сұр пикселдер {grey:.0%}",
        "ru": "{name}: серых пикселей {grey:.0%}",
        "en": "{name}: grey pixels {grey:.0%}",
    },
    "gen.vae_2d": {"kk": "VAE, 2-өлшемді z (орташа мәндер)", "ru": "VAE, 2-мерное z (средние)", "en": "VAE, 2-D z (means)"},
    "gen.vae_20d": {"kk": "VAE, 20-өлшемді z (орташа мәндер)", "ru": "VAE, 20-мерное z (средние)", "en": "VAE, 20-D z (means)"},
    "gen.compare_table": {
        "kk": "| | GAN | VAE |\n|---|---|---|\n"
              "| не оңтайландырады | минимакс ойын: D ажыратады, G алдайды | ELBO: қайта құру − KL |\n"
              "| айқындық: сұр пикселдер (шынайыда {real:.0%}) | {gan:.0%}: айқын | орташа суреттер: {vae:.0%} (2-өлшемді z), {vae20:.0%} (20-өлшемді z): бұлыңғыр |\n"
              "| жіктеуіш сенімді таныған сынамалар | {gan_confident:.0%} | {vae_confident:.0%} (2-өлшемді z), {vae20_confident:.0%} (20-өлшемді z) |\n"
              "| тұрақтылық | қарапайым GAN сақинада {ring_plain}/8, торда {grid_plain}/25 мода; түзетілген нұсқа {ring_fixed}/8 және {grid_fixed}/25 | бір шығын, біркелкі төмендейді: оқытуға дейін {before:.0f} нат, кейін {after:.0f} нат |\n"
              "| ықтималдық p(x) | бағаланбайды | екілік етілген тест суреттерінде төменгі шегі бар: −ELBO {nelbo:.0f} нат, −log p(x) ≈ {nll:.0f} нат |\n"
              "| латентті кеңістік | z → x ғана (кодтауыш жоқ) | x → z кодтауыш: карта, көрші дәлдігі {nn:.0%} |",
        "ru": "| | GAN | VAE |\n|---|---|---|\n"
              "| что оптимизирует | минимаксная игра: D различает, G обманывает | ELBO: реконструкция − KL |\n"
              "| чёткость: серые пиксели (у настоящих {real:.0%}) | {gan:.0%}: чётко | средние изображения: {vae:.0%} (2-мерное z), {vae20:.0%} (20-мерное z): размыто |\n"
              "| сэмплы, уверенно распознанные классификатором | {gan_confident:.0%} | {vae_confident:.0%} (2-мерное z), {vae20_confident:.0%} (20-мерное z) |\n"
              "| устойчивость | обычный GAN: на кольце {ring_plain}/8, на сетке {grid_plain}/25 мод; исправленный {ring_fixed}/8 и {grid_fixed}/25 | одна функция потерь, плавно падает: до обучения {before:.0f} нат, после {after:.0f} нат |\n"
              "| правдоподобие p(x) | не оценивается | на бинаризованных тестовых изображениях есть нижняя граница: −ELBO {nelbo:.0f} нат, −log p(x) ≈ {nll:.0f} нат |\n"
              "| латентное пространство | только z → x (нет кодировщика) | кодировщик x → z: карта, точность соседа {nn:.0%} |",
        "en": "| | GAN | VAE |\n|---|---|---|\n"
              "| optimises | a minimax game: D tells apart, G fools | ELBO: reconstruction − KL |\n"
              "| sharpness: grey pixels (real: {real:.0%}) | {gan:.0%}: sharp | mean images: {vae:.0%} (2-D z), {vae20:.0%} (20-D z): blurry |\n"
              "| samples the classifier recognises confidently | {gan_confident:.0%} | {vae_confident:.0%} (2-D z), {vae20_confident:.0%} (20-D z) |\n"
              "| stability | plain GAN: {ring_plain}/8 on the ring, {grid_plain}/25 modes on the grid; fixed recipe {ring_fixed}/8 and {grid_fixed}/25 | one loss, falls smoothly: {before:.0f} nats before training, {after:.0f} after |\n"
              "| likelihood p(x) | not estimated | a lower bound on binarised test images: −ELBO {nelbo:.0f} nats, −log p(x) ≈ {nll:.0f} nats |\n"
              "| latent space | z → x only (no encoder) | encoder x → z: a map, neighbour accuracy {nn:.0%} |",
    },
    # --- GAN explorer ---
    "gen.lab_title": {
        "kk": "GAN зертханасы: 2-өлшемді GAN-ды тікелей оқыту",
        "ru": "Лаборатория GAN: обучение двумерного GAN вживую",
        "en": "GAN lab: train a 2-D GAN live",
    },
    "gen.target": {"kk": "Мақсат таратылымы", "ru": "Целевое распределение", "en": "Target"},
    "gen.ring": {"kk": "Сақина (8 мода)", "ru": "Кольцо (8 мод)", "en": "Ring (8 modes)"},
    "gen.grid": {"kk": "Тор (25 мода)", "ru": "Сетка (25 мод)", "en": "Grid (25 modes)"},
    "gen.recipe": {"kk": "Нұсқа", "ru": "Вариант", "en": "Recipe"},
    "gen.train_side": {"kk": "Кімді оқыту", "ru": "Кого обучать", "en": "Train"},
    "gen.both": {"kk": "Екеуін де", "ru": "Обоих", "en": "Both"},
    "gen.d_only": {"kk": "Тек D", "ru": "Только D", "en": "D only"},
    "gen.g_only": {"kk": "Тек G", "ru": "Только G", "en": "G only"},
    "gen.lr_d": {"kk": "D оқыту жылд.", "ru": "Скорость D", "en": "D learning rate"},
    "gen.lr_g": {"kk": "G оқыту жылд.", "ru": "Скорость G", "en": "G learning rate"},
    "gen.d_steps": {"kk": "D қадамдары", "ru": "Шагов D", "en": "D steps"},
    "gen.g_steps": {"kk": "G қадамдары", "ru": "Шагов G", "en": "G steps"},
    "gen.per_tick": {"kk": "Кадрға қадам", "ru": "Шагов на кадр", "en": "Steps per frame"},
    "gen.lab_status": {
        "kk": "{steps} қадам · модалар {covered}/{modes} · сапалы сынамалар {quality:.0%}",
        "ru": "{steps} шагов · мод {covered}/{modes} · качественных сэмплов {quality:.0%}",
        "en": "{steps} steps · modes {covered}/{modes} · high-quality samples {quality:.0%}",
    },
    "gen.heat_note": {
        "kk": "Фон: D(x), дискриминатордың «шынайы» деген ықтималдығы (қою көк — жоғары, ақ — төмен)",
        "ru": "Фон: D(x), вероятность «реальное» по мнению дискриминатора (тёмно-синий — высокая, белый — низкая)",
        "en": "Background: D(x), the discriminator's probability of 'real' (dark blue high, white low)",
    },
    "gen.drawn": {"kk": "Өзіңіз салған сурет", "ru": "Нарисованное вами", "en": "Drawn by hand"},
    "gen.draw_hint": {
        "kk": "Мақсатты суреттің сол жағына тышқанмен салыңыз (әр сызық — жаңа мақсат, GAN қайта басталады)",
        "ru": "Нарисуйте цель мышью на левой части рисунка (каждый штрих — новая цель, GAN начинается заново)",
        "en": "Draw the target with the mouse on the left picture (each stroke: a new target, the GAN starts again)",
    },
    "gen.clear_drawing": {"kk": "Суретті өшіру", "ru": "Стереть рисунок", "en": "Clear the drawing"},
    "gen.next_update": {"kk": "Келесі жаңарту (D, сосын G)", "ru": "Следующее обновление (D, затем G)",
                        "en": "Next update (D, then G)"},
    "gen.last_update": {"kk": "соңғы жаңарту: {net}", "ru": "последнее обновление: {net}", "en": "last update: {net}"},
    "gen.group_data": {"kk": "Деректер", "ru": "Данные", "en": "Data"},
    "gen.group_model": {"kk": "Модель", "ru": "Модель", "en": "Model"},
    "gen.group_game": {"kk": "Оқыту", "ru": "Обучение", "en": "Training"},
    "gen.group_picture": {"kk": "Суретте", "ru": "На рисунке", "en": "Show"},
    "gen.loss_kind": {"kk": "Шығын функциясы", "ru": "Функция потерь", "en": "Loss"},
    "gen.loss_log": {"kk": "Логарифмдік (log loss)", "ru": "Логарифмическая", "en": "Log loss"},
    "gen.loss_least_squares": {"kk": "Ең кіші квадраттар", "ru": "Наименьшие квадраты", "en": "Least squares"},
    "gen.noise_kind": {"kk": "z таратылымы", "ru": "Распределение z", "en": "Noise z"},
    "gen.noise_normal": {"kk": "қалыпты N(0, 1)", "ru": "нормальное N(0, 1)", "en": "normal N(0, 1)"},
    "gen.noise_uniform": {"kk": "бірқалыпты U(−1, 1)", "ru": "равномерное U(−1, 1)", "en": "uniform U(−1, 1)"},
    "gen.noise_dim": {"kk": "z өлшемі", "ru": "Размерность z", "en": "Noise dimension"},
    "gen.g_layers": {"kk": "G қабаттары", "ru": "Слоёв G", "en": "G layers"},
    "gen.g_width": {"kk": "G қабатындағы нейрондар", "ru": "Нейронов в слое G", "en": "G neurons per layer"},
    "gen.d_layers": {"kk": "D қабаттары", "ru": "Слоёв D", "en": "D layers"},
    "gen.d_width": {"kk": "D қабатындағы нейрондар", "ru": "Нейронов в слое D", "en": "D neurons per layer"},
    "gen.show_manifold": {"kk": "G көпбейнесі (z торының бейнесі)", "ru": "Многообразие G (образ сетки z)",
                          "en": "G's manifold (the z grid it bends)"},
    "gen.show_arrows": {"kk": "Градиент көрсеткілері", "ru": "Стрелки градиента", "en": "Gradient arrows"},
    "gen.manifold_key": {"kk": "G көпбейнесі: z торы деректер кеңістігінде",
                         "ru": "многообразие G: сетка z в пространстве данных",
                         "en": "G's manifold: the z grid in data space"},
    "gen.arrows_key": {"kk": "−∇ₓ(G шығыны): D градиенті сынаманы қайда итереді",
                       "ru": "−∇ₓ(потери G): куда градиент D толкает сэмпл",
                       "en": "−∇ₓ(G's loss): where D's gradient pushes a sample"},
    "gen.loss_d_short": {"kk": "D шығыны", "ru": "Потери D", "en": "D loss"},
    "gen.loss_g_short": {"kk": "G шығыны", "ru": "Потери G", "en": "G loss"},
    "gen.modes_share": {"kk": "Қамтылған модалар", "ru": "Покрытые моды", "en": "Modes covered"},
    "gen.quality_share": {"kk": "Сапалы сынамалар", "ru": "Качественные сэмплы", "en": "High-quality samples"},
    "gen.share_axis": {"kk": "үлес", "ru": "доля", "en": "share"},
    "gen.not_started": {"kk": "Оқыту басталған жоқ: ▶ басыңыз", "ru": "Обучение не начато: нажмите ▶",
                        "en": "Not trained yet: press ▶"},
    "gen.side_both": {"kk": "D мен G оқиды", "ru": "учатся D и G", "en": "D and G learn"},
    "gen.side_d": {"kk": "тек D оқиды", "ru": "учится только D", "en": "only D learns"},
    "gen.side_g": {"kk": "тек G оқиды", "ru": "учится только G", "en": "only G learns"},
    "gen.lab_settings": {
        "kk": "{loss} · z өлшемі {latent}, {noise}\nG {g_layers}×{g_width}, D {d_layers}×{d_width}",
        "ru": "{loss} · размерность z {latent}, {noise}\nG {g_layers}×{g_width}, D {d_layers}×{d_width}",
        "en": "{loss} · noise dimension {latent}, {noise}\nG {g_layers}×{g_width}, D {d_layers}×{d_width}",
    },
    "gen.lab_game": {
        "kk": "{side} · D:G = {d_steps}:{g_steps} · lr D {lr_d:.0e}, G {lr_g:.0e} · кадрға {per_tick} раунд",
        "ru": "{side} · D:G = {d_steps}:{g_steps} · lr D {lr_d:.0e}, G {lr_g:.0e} · {per_tick} раундов за кадр",
        "en": "{side} · D:G = {d_steps}:{g_steps} · lr D {lr_d:.0e}, G {lr_g:.0e} · {per_tick} rounds per frame",
    },
    # --- latent explorer and epoch gallery ---
    "gen.latent_title": {
        "kk": "Латентті кеңістікті шарлау: z₁, z₂ → декодтауыш → сурет",
        "ru": "Прогулка по латентному пространству: z₁, z₂ → декодер → изображение",
        "en": "Walk the latent space: z₁, z₂ → decoder → image",
    },
    "gen.epochs_title": {
        "kk": "Цифрлар GAN-ы: эпохадан эпохаға сынамалар",
        "ru": "GAN для цифр: сэмплы от эпохи к эпохе",
        "en": "Digit GAN: samples epoch by epoch",
    },
    "gen.epoch": {"kk": "Эпоха", "ru": "Эпоха", "en": "Epoch"},
    "gen.judged": {
        "kk": "Жіктеуіш: {confident:.0%} сынама ≥ 0.9 сенімділікпен танылды",
        "ru": "Классификатор: {confident:.0%} сэмплов распознаны с уверенностью ≥ 0.9",
        "en": "Classifier: {confident:.0%} of samples recognised with confidence ≥ 0.9",
    },
    # --- self-checks (claims) ---
    "gen.claim_losses": {
        "kk": "нөлден жазылған D мен G шығындары torch-тың BCEWithLogitsLoss нәтижесімен сәйкес (айырма {diff:.1e})",
        "ru": "потери D и G, написанные с нуля, совпадают с BCEWithLogitsLoss из torch (разница {diff:.1e})",
        "en": "the scratch D and G losses equal torch's BCEWithLogitsLoss (difference {diff:.1e})",
    },
    "gen.claim_plain": {
        "kk": "қарапайым GAN сақинаны толық үйрене алмады: {covered}/8 мода, сапалы сынамалар {quality:.0%}",
        "ru": "обычный GAN не выучил кольцо полностью: {covered}/8 мод, качественных сэмплов {quality:.0%}",
        "en": "the plain GAN did not learn the whole ring: {covered}/8 modes, high-quality samples {quality:.0%}",
    },
    "gen.claim_fixed": {
        "kk": "түзетілген GAN сақинаның {covered}/{modes} модасын қамтыды, сапалы сынамалар {quality:.0%} ≥ {bar:.0%}",
        "ru": "исправленный GAN покрыл {covered}/{modes} мод кольца, качественных сэмплов {quality:.0%} ≥ {bar:.0%}",
        "en": "the fixed GAN covered {covered}/{modes} ring modes with {quality:.0%} ≥ {bar:.0%} high-quality samples",
    },
    "gen.claim_losses_near_half": {
        "kk": "түзетілген GAN-ның соңғы {window} раундтағы орташа шығындары: D {d:.3f} (R1 мүшесімен; 2 log 2 = {d_half:.3f}), "
              "G {g:.3f} (log 2 = {g_half:.3f}); екеуі де D = ½ мәндерінен {tol} ішінде",
        "ru": "средние потери исправленного GAN за последние {window} раундов: D {d:.3f} (с членом R1; 2 log 2 = {d_half:.3f}), "
              "G {g:.3f} (log 2 = {g_half:.3f}); оба в пределах {tol} от значений при D = ½",
        "en": "the fixed GAN's mean losses over the last {window} rounds: D {d:.3f} (with the R1 term; 2 log 2 = {d_half:.3f}), "
              "G {g:.3f} (log 2 = {g_half:.3f}); both within {tol} of their values at D = ½",
    },
    "gen.claim_grid": {
        "kk": "5×5 торда: түзетілген GAN {fixed}/25 мода (≥ {min_modes}), сапалы {quality:.0%} (≥ {bar:.0%}); қарапайымы {plain}/25",
        "ru": "сетка 5×5: исправленный GAN {fixed}/25 мод (≥ {min_modes}), качественных {quality:.0%} (≥ {bar:.0%}); обычный {plain}/25",
        "en": "5×5 grid: the fixed GAN {fixed}/25 modes (≥ {min_modes}), high quality {quality:.0%} (≥ {bar:.0%}); the plain one {plain}/25",
    },
    "gen.claim_ablation": {
        "kk": "сақталған абляцияда (0..4 тұқымдар, раундтың жартысы): skip-сіз ең нашар оқыту сақинада {ring_skip}/8, "
              "торда {grid_skip}/25 мода қамтиды; R1-сіз тор әр тұқымда модаларды жоғалтады (ең көбі {grid_r1}/25), ал "
              "сақина әр тұқымда {ring_r1}/8 қамтиды; EMA-сыз сапалы сынамалардың орташа үлесі сақинада {ring_half:.0%} → "
              "{ring_ema:.0%}, торда {grid_half:.0%} → {grid_ema:.0%}",
        "ru": "в сохранённой абляции (seed 0..4, половина раундов): без skip худший запуск покрывает {ring_skip}/8 мод "
              "кольца и {grid_skip}/25 мод сетки; без R1 сетка теряет моды при каждом seed (не больше {grid_r1}/25), а "
              "кольцо при каждом seed покрыто на {ring_r1}/8; без EMA средняя доля качественных сэмплов на кольце "
              "{ring_half:.0%} → {ring_ema:.0%}, на сетке {grid_half:.0%} → {grid_ema:.0%}",
        "en": "in the stored ablation (seeds 0..4, half the rounds): without the skip the worst run covers {ring_skip}/8 "
              "ring and {grid_skip}/25 grid modes; without R1 the grid loses modes for every seed (at most "
              "{grid_r1}/25) while the ring keeps {ring_r1}/8 for every seed; without EMA the mean high-quality "
              "share falls from {ring_half:.0%} to {ring_ema:.0%} on the ring and from {grid_half:.0%} to "
              "{grid_ema:.0%} on the grid",
    },
    "gen.claim_ablation_more": {
        "kk": "торда қарапайым нұсқаның оқыту жылдамдығымен ең нашар оқыту {grid_lr}/25, бумасымен {grid_batch}/25 "
              "мода қамтиды; қарапайым нұсқаның енімен орташа сапалы үлес сақинада {ring_half:.0%} → {ring_width:.0%}, "
              "торда {grid_half:.0%} → {grid_width:.0%}; масштабтаусыз торда {grid_half:.0%} → {grid_scaling:.0%}",
        "ru": "на сетке со скоростью обучения обычного рецепта худший запуск покрывает {grid_lr}/25 мод, с его батчем "
              "{grid_batch}/25; с шириной обычного рецепта средняя доля качественных сэмплов на кольце {ring_half:.0%} → "
              "{ring_width:.0%}, на сетке {grid_half:.0%} → {grid_width:.0%}; без масштабирования на сетке "
              "{grid_half:.0%} → {grid_scaling:.0%}",
        "en": "on the grid, with the plain recipe's learning rate the worst run covers {grid_lr}/25 modes, with its "
              "batch {grid_batch}/25; with the plain recipe's width the mean high-quality share goes from "
              "{ring_half:.0%} to {ring_width:.0%} on the ring and from {grid_half:.0%} to {grid_width:.0%} on the "
              "grid; without input scaling, from {grid_half:.0%} to {grid_scaling:.0%} on the grid",
    },
    "gen.claim_classifier": {
        "kk": "жіктеуіш тест жиынында {accuracy:.1%} ≥ {bar:.0%} дәл",
        "ru": "классификатор точен на {accuracy:.1%} ≥ {bar:.0%} тестовой выборки",
        "en": "the classifier is {accuracy:.1%} ≥ {bar:.0%} accurate on the test split",
    },
    "gen.claim_between": {
        "kk": "жіктеуіш сенімсіз танылған (ең үлкен ықтималдығы < {unsure:.0%}) GAN сынамаларының {share:.0%} ≥ {bar:.0%} "
              "жағдайында екі цифрдың арасында ғана екіұдай: оның ең жақсы екі болжамы бірге ≥ {pair:.0%}",
        "ru": "в {share:.0%} ≥ {bar:.0%} неуверенно распознанных сэмплов GAN (наибольшая вероятность < {unsure:.0%}) "
              "классификатор колеблется лишь между двумя цифрами: два его лучших варианта вместе ≥ {pair:.0%}",
        "en": "for {share:.0%} ≥ {bar:.0%} of the GAN samples recognised without confidence (top probability < {unsure:.0%}) "
              "the classifier hesitates between two digits only: its two best guesses add up to ≥ {pair:.0%}",
    },
    "gen.claim_digits": {
        "kk": "1 000 сынамадан тұратын бес жиынның ең нашарында да GAN цифрларының {confident:.0%} ≥ {bar:.0%} сенімді танылды; әр цифр бар, ең сирегінің үлесі {smallest:.1%} ≥ {floor:.0%}",
        "ru": "даже в худшей из пяти выборок по 1 000 {confident:.0%} ≥ {bar:.0%} цифр GAN распознаны уверенно; есть все цифры, доля самой редкой {smallest:.1%} ≥ {floor:.0%}",
        "en": "even in the worst of five draws of 1,000, {confident:.0%} ≥ {bar:.0%} of the GAN's digits are recognised confidently; every digit appears, the rarest at {smallest:.1%} ≥ {floor:.0%}",
    },
    "gen.claim_elbo": {
        "kk": "оқыту тест жиынындағы −ELBO-ны кемінде {drop} нат төмендетті: оқытуға дейін {before:.1f} нат, кейін {after:.1f} нат",
        "ru": "обучение снизило −ELBO на тесте не меньше чем на {drop} нат: до обучения {before:.1f} нат, после {after:.1f} нат",
        "en": "training lowered the test −ELBO by at least {drop} nats: {before:.1f} nats before, {after:.1f} nats after",
    },
    "gen.claim_shipped_vae": {
        "kk": "ұзағырақ оқытылған VAE тест −ELBO-сы {shipped:.1f} нат, тікелей оқытылғанынан ({live:.1f} нат) жақсы",
        "ru": "у дольше обученного VAE −ELBO на тесте {shipped:.1f} нат, лучше, чем у обученного вживую ({live:.1f} нат)",
        "en": "the longer-trained VAE reaches a test −ELBO of {shipped:.1f} nats, better than the live one ({live:.1f} nats)",
    },
    "gen.claim_bound": {
        "kk": "тест суреттері екілік, сондықтан p(x|z) — нағыз ықтималдық; маңыздылық іріктеуімен (K = {k}) бағаланған "
              "−log p(x) ≈ {nll:.1f} нат ≤ −ELBO = {nelbo:.1f} нат: ELBO шынымен төменгі шек, ол кемінде {gap:.1f} нат төмен",
        "ru": "тестовые изображения бинарны, поэтому p(x|z) — настоящая вероятность; оценка по значимости (K = {k}) "
              "−log p(x) ≈ {nll:.1f} нат ≤ −ELBO = {nelbo:.1f} нат: ELBO действительно нижняя граница, ниже не меньше чем на {gap:.1f} нат",
        "en": "the test images are binary, so p(x|z) is a true probability; importance sampling (K = {k}) estimates "
              "−log p(x) ≈ {nll:.1f} nats ≤ −ELBO = {nelbo:.1f} nats: the ELBO is a lower bound, at least {gap:.1f} nats below",
    },
    "gen.claim_latent": {
        "kk": "латентті кеңістікте бір цифрдың нүктелері жақын: ең жақын көршінің цифры сол цифр {accuracy:.0%} ≥ {bar:.0%} жағдайда (кездейсоқ болса 10 %)",
        "ru": "точки одной цифры в латентном пространстве рядом: ближайший сосед той же цифры в {accuracy:.0%} ≥ {bar:.0%} случаев (случайно 10 %)",
        "en": "points of one digit lie close in the latent space: the nearest neighbour has the same digit in {accuracy:.0%} ≥ {bar:.0%} of cases (chance: 10 %)",
    },
    "gen.claim_sharp": {
        "kk": "GAN сынамалары екі VAE-нің де орташа суреттерінен айқынырақ: сия пикселдерінің ішінде сұрлары GAN-да {gan:.0%}, "
              "2-өлшемді латентті VAE-де {vae:.0%}, 20-өлшемдіде {vae20:.0%} (шынайы суреттерде {real:.0%}); айырма ≥ {margin:.0%}",
        "ru": "сэмплы GAN чётче средних изображений обоих VAE: доля серых среди пикселей штриха у GAN {gan:.0%}, "
              "у VAE с 2-мерным z {vae:.0%}, с 20-мерным {vae20:.0%} (у настоящих {real:.0%}); разница ≥ {margin:.0%}",
        "en": "GAN samples are sharper than the mean images of both VAEs: grey pixels among ink pixels, GAN {gan:.0%}, "
              "2-D-latent VAE {vae:.0%}, 20-D-latent VAE {vae20:.0%} (real images {real:.0%}); a gap ≥ {margin:.0%}",
    },
    # --- exercises ---
    "gen.ex_d_loss": {"kk": "Дискриминатор шығыны", "ru": "Потери дискриминатора", "en": "Discriminator loss"},
    "gen.ex_d_loss_hint": {
        "kk": "−log σ(a) = softplus(−a), ал −log(1 − σ(a)) = softplus(a); екеуінің орташасын қосыңыз.",
        "ru": "−log σ(a) = softplus(−a), а −log(1 − σ(a)) = softplus(a); сложите их средние.",
        "en": "−log σ(a) = softplus(−a) and −log(1 − σ(a)) = softplus(a); add their means.",
    },
    "gen.ex_kl": {"kk": "Екі Гаусс таратылымының KL алшақтығы", "ru": "KL двух гауссиан", "en": "KL of two Gaussians"},
    "gen.ex_kl_hint": {
        "kk": "KL = log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²) / (2σ₂²) − ½, әр өлшем бойынша қосыңыз.",
        "ru": "KL = log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²) / (2σ₂²) − ½, сложите по измерениям.",
        "en": "KL = log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²) / (2σ₂²) − ½, summed over dimensions.",
    },
    "gen.ex_reparam": {"kk": "Қайта параметрленген сынама", "ru": "Репараметризованный сэмпл", "en": "Reparameterised sample"},
    "gen.ex_g_loss": {"kk": "Генератордың қанықпайтын шығыны", "ru": "Ненасыщающие потери генератора",
                      "en": "The generator's non-saturating loss"},
    "gen.ex_g_loss_hint": {
        "kk": "−log σ(a) = softplus(−a); оның жалғандар бойынша орташасын алыңыз: F.softplus(−fake_logits).mean().",
        "ru": "−log σ(a) = softplus(−a); возьмите среднее по подделкам: F.softplus(−fake_logits).mean().",
        "en": "−log σ(a) = softplus(−a); take its mean over the fakes: F.softplus(−fake_logits).mean().",
    },
    "gen.ex_reparam_hint": {
        "kk": "σ = exp(½ · log σ²), одан кейін z = μ + σ · ε.",
        "ru": "σ = exp(½ · log σ²), затем z = μ + σ · ε.",
        "en": "σ = exp(½ · log σ²), then z = μ + σ · ε.",
    },
    # --- errors ---
    "gen.err_snapshots": {
        "kk": "Эпоха суреттері (E, N, 28, 28) пішінді тензор болуы керек; берілгені: {shape}.",
        "ru": "Снимки эпох должны быть тензором формы (E, N, 28, 28); получено: {shape}.",
        "en": "Epoch snapshots must be a tensor of shape (E, N, 28, 28); got {shape}.",
    },
    "gen.err_latent2": {
        "kk": "Латентті зерттеуіш 2-өлшемді латентті VAE-мен ғана жұмыс істейді; бұл VAE-де latent = {latent}.",
        "ru": "Исследователь латентного пространства работает только с VAE с 2-мерным z; здесь latent = {latent}.",
        "en": "The latent explorer needs a VAE with a 2-D latent space; this one has latent = {latent}.",
    },
    "gen.err_not_binary": {
        "kk": "«{name}» суреттері екілік болуы керек (әр пиксель 0 не 1): Бернулли ықтималдығы сұр пикселдерде "
              "ықтималдық емес. Алдымен `binarize(x, seed=0)` қолданыңыз.",
        "ru": "Изображения «{name}» должны быть бинарными (каждый пиксель 0 или 1): бернуллиевское правдоподобие "
              "на серых пикселях не является вероятностью. Сначала примените `binarize(x, seed=0)`.",
        "en": "The images '{name}' must be binary (every pixel 0 or 1): a Bernoulli likelihood is no probability "
              "on grey pixels. Apply `binarize(x, seed=0)` first.",
    },
    "gen.err_skip": {
        "kk": "skip қосу үшін latent пен data_dim тең болуы керек: latent = {latent}, data_dim = {dim}.",
        "ru": "Для skip нужно latent = data_dim: latent = {latent}, data_dim = {dim}.",
        "en": "A skip connection needs latent == data_dim: latent = {latent}, data_dim = {dim}.",
    },
    # === 2-D GAN ablation table (data/gan2d_results.py; owned by the GAN-ablation work) ===
    "gen.abl_variant": {"kk": "Нұсқа", "ru": "Вариант", "en": "Variant"},
    "gen.abl_ring": {"kk": "Сақина", "ru": "Кольцо", "en": "Ring"},
    "gen.abl_grid": {"kk": "Тор", "ru": "Сетка", "en": "Grid"},
    "gen.abl_steps": {"kk": "{target}: раунд", "ru": "{target}: раунды", "en": "{target}: rounds"},
    "gen.abl_modes": {"kk": "{target}: қамтылған модалар", "ru": "{target}: покрытые моды",
                      "en": "{target}: modes covered"},
    "gen.abl_quality": {"kk": "{target}: сапалы сынамалар үлесі", "ru": "{target}: доля качественных сэмплов",
                        "en": "{target}: high-quality share"},
    "gen.abl_note": {
        "kk": "Әр ұяшықта: кездейсоқтық тұқымдары (seed) {seeds} бойынша ең нашар – ең жақсы нәтиже; әр оқытудан "
              "{samples} сынама. «…-сыз» және «қарапайым нұсқаның …» жолдары раундтың жартысындағы "
              "түзетілген нұсқаның бір ғана құрамдасын қарапайым нұсқадағы мәнге ауыстырады. "
              "Сақталған нәтижелер: benchmarks/gan2d_ablation.py, коммит {commit}.",
        "ru": "В каждой ячейке: худший – лучший результат по seed {seeds}; {samples} сэмплов с каждого "
              "обучения. Строки «без …» и «… обычного рецепта» меняют в исправленном рецепте с половиной раундов ровно одну составляющую на значение "
              "обычного рецепта. Сохранённые результаты: benchmarks/gan2d_ablation.py, коммит {commit}.",
        "en": "Each cell: worst – best result over the random seeds {seeds}; {samples} samples per run. The "
              "'without …' and 'plain recipe's …' rows set one ingredient of the half-rounds fixed recipe to the "
              "plain recipe's value. Stored results: benchmarks/gan2d_ablation.py, commit {commit}.",
    },
    "gen.abl_v_fixed": {"kk": "Түзетілген нұсқа (толық)", "ru": "Исправленный рецепт (целиком)",
                        "en": "Fixed recipe (complete)"},
    "gen.abl_v_half_steps": {"kk": "Түзетілген нұсқа, раундтың жартысы",
                             "ru": "Исправленный рецепт, половина раундов", "en": "Fixed recipe, half the rounds"},
    "gen.abl_v_no_r1": {"kk": "R1 айыппұлынсыз", "ru": "Без штрафа R1", "en": "Without the R1 penalty"},
    "gen.abl_v_no_skip": {"kk": "Генератордағы қысқа жолсыз (skip)", "ru": "Без обходной связи генератора (skip)",
                          "en": "Without the generator skip"},
    "gen.abl_v_no_ema": {"kk": "EMA-сыз", "ru": "Без EMA", "en": "Without EMA"},
    "gen.abl_v_no_width": {"kk": "Қарапайым нұсқаның ені", "ru": "Ширина обычного рецепта",
                           "en": "The plain recipe's width"},
    "gen.abl_v_no_lr": {"kk": "Қарапайым нұсқаның оқыту жылдамдығы", "ru": "Скорость обучения обычного рецепта",
                        "en": "The plain recipe's learning rate"},
    "gen.abl_v_no_batch": {"kk": "Қарапайым нұсқаның бумасы", "ru": "Батч обычного рецепта",
                           "en": "The plain recipe's batch"},
    "gen.abl_v_no_scaling": {"kk": "Деректерді масштабқа бөлмей", "ru": "Без деления данных на масштаб",
                             "en": "Without input scaling"},
    "gen.abl_v_plain": {"kk": "Қарапайым нұсқа (деректер масштабқа бөлінеді)",
                        "ru": "Обычный рецепт (данные делятся на масштаб)",
                        "en": "Plain recipe (inputs scaled)"},
    "gen.abl_v_plain_no_scaling": {"kk": "Қарапайым нұсқа, деректерді масштабқа бөлмей",
                                   "ru": "Обычный рецепт без деления данных на масштаб",
                                   "en": "Plain recipe without input scaling"},
    "gen.err_no_results": {
        "kk": "Сақталған нәтижелер файлы жоқ: {path}. Оны `python -m benchmarks gan2d_ablation` жасайды.",
        "ru": "Нет файла сохранённых результатов: {path}. Его создаёт `python -m benchmarks gan2d_ablation`.",
        "en": "The stored results file is missing: {path}. `python -m benchmarks gan2d_ablation` makes it.",
    },
    # === end of the 2-D GAN ablation block ===
}

def _q(kk, ru, en):
    return {"kk": kk, "ru": ru, "en": en}


QUIZZES: dict[str, list[dict]] = {
    # The lecture's control question 4: «GAN қалай жұмыс істейді?»
    "q4": [
        {
            "question": _q("GAN-ның екі желісінің әрқайсысы не істейді?",
                           "Что делает каждая из двух сетей GAN?",
                           "What does each of the two networks of a GAN do?"),
            "options": [
                _q("Генератор шудан жаңа мысал жасайды, дискриминатор мысалдың шынайы не жалған екенін бағалайды",
                   "Генератор делает новый пример из шума, дискриминатор оценивает, настоящий он или поддельный",
                   "The generator makes a new example from noise; the discriminator judges whether an example is real or fake"),
                _q("Генератор суретті кодтайды, дискриминатор оны қайта декодтайды",
                   "Генератор кодирует изображение, дискриминатор его декодирует",
                   "The generator encodes an image; the discriminator decodes it back"),
                _q("Екеуі де бір класс белгісін болжайды, нәтижелері орташаланады",
                   "Обе предсказывают метку класса, результаты усредняются",
                   "Both predict a class label and their outputs are averaged"),
            ],
            "answer": 0,
            "explain": _q("Дәрістегідей: генератор жасанды деректер жасайды, дискриминатор оларды шынайы не жалған деп бағалайды; "
                          "бұл қарсыласу генераторды жақсырақ деректер жасауға итермелейді.",
                          "Как в лекции: генератор создаёт искусственные данные, дискриминатор оценивает их как настоящие или "
                          "поддельные; это соперничество толкает генератор к лучшим данным.",
                          "As in the lecture: the generator creates artificial data, the discriminator judges it real or fake; "
                          "this contest pushes the generator to make better data."),
        },
        {
            "question": _q("Генератор шынайы деректерді ешқашан көрмейді. Ол неден үйренеді?",
                           "Генератор никогда не видит реальных данных. На чём он учится?",
                           "The generator never sees real data. What does it learn from?"),
            "options": [
                _q("Шынайы суреттермен пиксель бойынша салыстырудан",
                   "Из попиксельного сравнения с реальными изображениями",
                   "From a pixel-by-pixel comparison with real images"),
                _q("Дискриминатордың бағасының градиентінен: D(G(z)) өсетін бағытқа",
                   "Из градиента оценки дискриминатора: в сторону роста D(G(z))",
                   "From the gradient of the discriminator's verdict: towards a larger D(G(z))"),
                _q("Класс белгілерінен", "Из меток классов", "From class labels"),
            ],
            "answer": 1,
            "explain": _q("G-нің шығыны −log D(G(z)); оның градиенті дискриминатор арқылы кері таралып, генераторға "
                          "«қай жаққа жылжу керек» дегенді айтады.",
                          "Потери G равны −log D(G(z)); их градиент проходит назад через дискриминатор и говорит "
                          "генератору, куда сдвинуться.",
                          "G's loss is −log D(G(z)); its gradient flows back through the discriminator and tells the "
                          "generator which way to move."),
        },
        {
            "question": _q("Модалардың құлдырауы (mode collapse) дегеніміз не?",
                           "Что такое коллапс мод (mode collapse)?",
                           "What is mode collapse?"),
            "options": [
                _q("Дискриминатор барлық мысалды шынайы деп атайды",
                   "Дискриминатор называет все примеры настоящими",
                   "The discriminator calls every example real"),
                _q("Шығын NaN болып кетеді", "Потери становятся NaN", "The loss becomes NaN"),
                _q("Генератор деректердің бірнеше түрін ғана (бірнеше модасын) шығарып, қалғанын жоғалтады",
                   "Генератор выдаёт лишь несколько видов данных (мод) и теряет остальные",
                   "The generator produces only a few kinds of data (modes) and misses the rest"),
            ],
            "answer": 2,
            "explain": _q("Сақинада бұл 8 моданың бірнешеуі ғана қамтылғанын білдіреді; біз оны модаларды санап өлшедік.",
                          "На кольце это значит, что покрыты лишь некоторые из 8 мод; мы измерили это, считая моды.",
                          "On the ring it means only some of the 8 modes are covered; we measured it by counting modes."),
        },
        {
            "question": _q("Генератор бекітілген (өзгермейтін) болғанда, ең жақсы дискриминатор D*(x) неге тең?",
                           "Чему равен лучший дискриминатор D*(x) при фиксированном генераторе?",
                           "For a fixed generator, what is the best discriminator D*(x)?"),
            "options": [
                _q("p_data(x)", "p_data(x)", "p_data(x)"),
                _q("p_data(x) / (p_data(x) + p_g(x))", "p_data(x) / (p_data(x) + p_g(x))",
                   "p_data(x) / (p_data(x) + p_g(x))"),
                _q("Әрқашан ½", "Всегда ½", "Always ½"),
            ],
            "answer": 1,
            "explain": _q("Goodfellow т.б. (2014) дәлелдеген; p_g = p_data болғанда D* = ½, яғни "
                          "дискриминатор шынайыны жалғаннан ажырата алмайды.",
                          "Доказано Goodfellow и соавт. (2014); при p_g = p_data получаем D* = ½: дискриминатор "
                          "больше не отличает настоящее от поддельного.",
                          "Shown by Goodfellow et al. (2014); when p_g = p_data, D* = ½: the discriminator can no "
                          "longer tell real from fake."),
        },
    ],
}

STRINGS.update({
    # --- the legend of draw_gan_2d ---
    "gen.mode_centres": {"kk": "модалар", "ru": "моды", "en": "modes"},
    "gen.legend_generated": {"kk": "генерацияланған", "ru": "сгенерированные", "en": "generated"},
    "gen.legend_real": {"kk": "шынайы", "ru": "реальные", "en": "real"},
    # --- figure alt texts: what each stored figure shows (plots.show_figure, issue 18) ---
    "gen.alt_mixtures": {
        "kk": "Екі мақсат таратылымы: сақинадағы 8 Гаусс таратылымы және 5 × 5 тордағы 25 Гаусс таратылымы, әрқайсысынан 2500 нүкте.",
        "ru": "Два целевых распределения: 8 гауссиан по кругу и 25 гауссиан на сетке 5 × 5, по 2500 точек.",
        "en": "The two targets: 8 Gaussians on a ring and 25 on a 5 × 5 grid, 2500 points each.",
    },
    "gen.alt_gan_ring": {
        "kk": "Сақинадағы 2-өлшемді GAN: екі панельде қарапайым және түзетілген нұсқаның генерацияланған нүктелері (қызыл-сарғыш) шынайы нүктелердің (қара) астында, көк шеңберлер — модалар, фон — D(x); үшінші панельде D мен G шығындары.",
        "ru": "2-D GAN на круге: на двух панелях сгенерированные точки простого и исправленного рецепта (оранжево-красные) под реальными (чёрными), синие кружки — моды, фон — D(x); на третьей — потери D и G.",
        "en": "The 2-D GAN on the ring: two panels show the generated points (vermilion) of the plain and the fixed recipe under the real points (black), blue circles mark the modes, the background is D(x); the third shows the losses of D and G.",
    },
    "gen.alt_gan_grid": {
        "kk": "Тордағы 2-өлшемді GAN: қарапайым және түзетілген нұсқаның генерацияланған нүктелері (қызыл-сарғыш) шынайы нүктелердің (қара) астында, көк шеңберлер — 25 мода.",
        "ru": "2-D GAN на сетке: сгенерированные точки простого и исправленного рецепта (оранжево-красные) под реальными (чёрными), синие кружки — 25 мод.",
        "en": "The 2-D GAN on the grid: the generated points (vermilion) of the plain and the fixed recipe under the real points (black); blue circles mark the 25 modes.",
    },
    "gen.alt_live_blobs": {
        "kk": "Блокнотта аз раунд оқытылған GAN-ның 16 суреті бір қатарда.",
        "ru": "16 изображений GAN, обученного в блокноте немного раундов, в один ряд.",
        "en": "16 images from the GAN trained for a few rounds in the notebook, in one row.",
    },
    "gen.alt_gan_digits": {
        "kk": "Сол жақта — пакеттегі GAN-ның 40 суреті; оң жақта — жіктеуіш әр цифр деп таныған суреттердің үлесі бағандармен, үзік сызық — біркелкі 0.1 үлес.",
        "ru": "Слева — 40 изображений готового GAN; справа — доля изображений, которые классификатор отнёс к каждой цифре, столбцами, пунктир — равная доля 0.1.",
        "en": "Left: 40 images from the shipped GAN; right: the share of images the classifier judged to be each digit, as bars; the dashed line is an even share of 0.1.",
    },
    "gen.alt_least_sure": {
        "kk": "Жіктеуіш ең аз сенген 10 GAN суреті, әрқайсысының үстінде ең ықтимал екі цифр және олардың ықтималдығы.",
        "ru": "10 изображений GAN, в которых классификатор уверен меньше всего, над каждым — две самые вероятные цифры и их вероятности.",
        "en": "The 10 GAN images the classifier is least sure of, each with its two most likely digits and their probabilities above it.",
    },
    "gen.alt_latent_map": {
        "kk": "Тест суреттерінің 2-өлшемді латентті кеңістіктегі μ мәндері, әр цифр өз түсімен.",
        "ru": "Средние μ тестовых изображений в 2-D латентном пространстве, каждая цифра своим цветом.",
        "en": "The means μ of the test images in the 2-D latent space, each digit in its own colour.",
    },
    "gen.alt_manifold": {
        "kk": "Латентті кеңістіктің [−2, 2]² торынан декодталған 15 × 15 цифр: көршілес суреттер бір-біріне біртіндеп ауысады.",
        "ru": "15 × 15 цифр, декодированных из сетки [−2, 2]² латентного пространства: соседние изображения плавно переходят друг в друга.",
        "en": "15 × 15 digits decoded from a grid over [−2, 2]² of the latent space: neighbouring images change into each other gradually.",
    },
    "gen.alt_interpolation": {
        "kk": "Латентті интерполяция: шеттерінде екі шынайы цифр, арасында латентті кеңістіктегі түзу бойымен декодталған 10 сурет.",
        "ru": "Латентная интерполяция: по краям две реальные цифры, между ними 10 изображений, декодированных вдоль прямой в латентном пространстве.",
        "en": "Latent interpolation: two real digits at the ends and between them 10 images decoded along a straight line in the latent space.",
    },
    "gen.alt_grey": {
        "kk": "GAN, 2-өлшемді латентті VAE және 20-өлшемді латентті VAE суреттері үш панельде, әрқайсысында 20 сурет; тақырыптарда сұр пикселдердің үлесі.",
        "ru": "Изображения GAN, 2-D VAE и 20-D VAE на трёх панелях, по 20 в каждой; в заголовках — доля серых пикселей.",
        "en": "Images from the GAN, the 2-D VAE and the 20-D VAE in three panels of 20; the titles give the share of grey pixels.",
    },
})
