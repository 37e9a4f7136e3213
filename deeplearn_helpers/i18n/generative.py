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
    "gen.fixed": {"kk": "Түзетілген GAN (R1)", "ru": "Исправленный GAN (R1)", "en": "Fixed GAN (R1)"},
    "gen.epoch_title": {
        "kk": "{epoch}-эпохадан кейінгі сынамалар",
        "ru": "Сэмплы после эпохи {epoch}",
        "en": "Samples after epoch {epoch}",
    },
    "gen.decoded": {"kk": "Декодталған сурет", "ru": "Декодированное изображение", "en": "Decoded image"},
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
        "kk": "Фон: D(x), дискриминатордың «шынайы» деген ықтималдығы (қоңыр — жоғары, күлгін — төмен)",
        "ru": "Фон: D(x), вероятность «реальное» по мнению дискриминатора (коричневый — высокая)",
        "en": "Background: D(x), the discriminator's probability of 'real' (brown high, purple low)",
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
        "kk": "түзетілген GAN сақинаның 8/8 модасын қамтыды, сапалы сынамалар {quality:.0%} ≥ 80 %",
        "ru": "исправленный GAN покрыл 8/8 мод кольца, качественных сэмплов {quality:.0%} ≥ 80 %",
        "en": "the fixed GAN covered 8/8 ring modes with {quality:.0%} ≥ 80 % high-quality samples",
    },
    "gen.claim_grid": {
        "kk": "5×5 торда: түзетілген GAN {fixed}/25 мода (≥ 24), сапалы {quality:.0%} (≥ 80 %); қарапайымы {plain}/25",
        "ru": "сетка 5×5: исправленный GAN {fixed}/25 мод (≥ 24), качественных {quality:.0%} (≥ 80 %); обычный {plain}/25",
        "en": "5×5 grid: the fixed GAN {fixed}/25 modes (≥ 24), high quality {quality:.0%} (≥ 80 %); the plain one {plain}/25",
    },
    "gen.claim_classifier": {
        "kk": "жіктеуіш тест жиынында {accuracy:.1%} ≥ 97 % дәл",
        "ru": "классификатор точен на {accuracy:.1%} ≥ 97 % тестовой выборки",
        "en": "the classifier is {accuracy:.1%} ≥ 97 % accurate on the test split",
    },
    "gen.claim_between": {
        "kk": "сенімсіз танылған GAN сынамаларының {share:.0%} ≥ {bar:.0%} — екі цифрдың арасындағы пішін: жіктеуіштің екі болжамы бірге ≥ 90 %",
        "ru": "{share:.0%} ≥ {bar:.0%} неуверенно распознанных образцов GAN — формы между двумя цифрами: два лучших варианта классификатора вместе ≥ 90 %",
        "en": "{share:.0%} ≥ {bar:.0%} of the GAN samples recognised without confidence are shapes between two digits: the classifier's two best guesses add up to ≥ 90 %",
    },
    "gen.claim_digits": {
        "kk": "1 000 сынамадан тұратын бес жиынның ең нашарында да GAN цифрларының {confident:.0%} ≥ {bar:.0%} сенімді танылды; әр цифр бар, ең сирегінің үлесі {smallest:.1%} ≥ {floor:.0%}",
        "ru": "даже в худшей из пяти выборок по 1 000 {confident:.0%} ≥ {bar:.0%} цифр GAN распознаны уверенно; есть все цифры, доля самой редкой {smallest:.1%} ≥ {floor:.0%}",
        "en": "even in the worst of five draws of 1,000, {confident:.0%} ≥ {bar:.0%} of the GAN's digits are recognised confidently; every digit appears, the rarest at {smallest:.1%} ≥ {floor:.0%}",
    },
    "gen.claim_elbo": {
        "kk": "оқыту тест жиынындағы −ELBO-ны {before:.0f}-ден {after:.0f} нат-қа дейін төмендетті",
        "ru": "обучение снизило −ELBO на тесте с {before:.0f} до {after:.0f} нат",
        "en": "training lowered the test −ELBO from {before:.0f} to {after:.0f} nats",
    },
    "gen.claim_shipped_vae": {
        "kk": "ұзағырақ оқытылған VAE тест −ELBO-сы {shipped:.0f} нат, тікелей оқытылғанынан ({live:.0f}) жақсы",
        "ru": "у дольше обученного VAE −ELBO на тесте {shipped:.0f} нат, лучше, чем у обученного вживую ({live:.0f})",
        "en": "the longer-trained VAE reaches a test −ELBO of {shipped:.0f} nats, better than the live one ({live:.0f})",
    },
    "gen.claim_latent": {
        "kk": "латентті кеңістікте бір цифрдың нүктелері жақын: ең жақын көршінің цифры сол цифр {accuracy:.0%} ≥ 45 % жағдайда (кездейсоқ болса 10 %)",
        "ru": "точки одной цифры в латентном пространстве рядом: ближайший сосед той же цифры в {accuracy:.0%} ≥ 45 % случаев (случайно 10 %)",
        "en": "points of one digit lie close in the latent space: the nearest neighbour has the same digit in {accuracy:.0%} ≥ 45 % of cases (chance: 10 %)",
    },
    "gen.claim_sharp": {
        "kk": "GAN сынамалары VAE сынамаларынан айқынырақ: сия пикселдерінің ішінде сұрлары GAN-да {gan:.0%}, VAE-де {vae:.0%} (шынайы суреттерде {real:.0%})",
        "ru": "сэмплы GAN чётче сэмплов VAE: доля серых среди пикселей штриха у GAN {gan:.0%}, у VAE {vae:.0%} (у настоящих {real:.0%})",
        "en": "GAN samples are sharper than VAE samples: grey pixels among ink pixels, GAN {gan:.0%}, VAE {vae:.0%} (real images {real:.0%})",
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
    "gen.err_skip": {
        "kk": "skip қосу үшін latent пен data_dim тең болуы керек: latent = {latent}, data_dim = {dim}.",
        "ru": "Для skip нужно latent = data_dim: latent = {latent}, data_dim = {dim}.",
        "en": "A skip connection needs latent == data_dim: latent = {latent}, data_dim = {dim}.",
    },
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
            "explain": _q("G-ның шығыны −log D(G(z)); оның градиенті дискриминатор арқылы кері таралып, генераторға "
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
            "explain": _q("Сақинада бұл 8 модадың бірнешеуі ғана қамтылғанын білдіреді; біз оны модаларды санап өлшедік.",
                          "На кольце это значит, что покрыты лишь некоторые из 8 мод; мы измерили это, считая моды.",
                          "On the ring it means only some of the 8 modes are covered; we measured it by counting modes."),
        },
        {
            "question": _q("Генератор тұрақты болғанда, ең жақсы дискриминатор D*(x) неге тең?",
                           "Чему равен лучший дискриминатор D*(x) при фиксированном генераторе?",
                           "For a fixed generator, what is the best discriminator D*(x)?"),
            "options": [
                _q("p_data(x)", "p_data(x)", "p_data(x)"),
                _q("p_data(x) / (p_data(x) + p_g(x))", "p_data(x) / (p_data(x) + p_g(x))",
                   "p_data(x) / (p_data(x) + p_g(x))"),
                _q("Әрқашан ½", "Всегда ½", "Always ½"),
            ],
            "answer": 1,
            "explain": _q("Goodfellow және әріптестері (2014) дәлелдеген; p_g = p_data болғанда D* = ½, яғни "
                          "дискриминатор шынайыны жалғаннан ажырата алмайды.",
                          "Доказано Goodfellow и соавт. (2014); при p_g = p_data получаем D* = ½: дискриминатор "
                          "больше не отличает настоящее от поддельного.",
                          "Shown by Goodfellow et al. (2014); when p_g = p_data, D* = ½: the discriminator can no "
                          "longer tell real from fake."),
        },
    ],
}
