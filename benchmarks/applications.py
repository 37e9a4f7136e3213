"""Notebook 05's claims over seeds 0..4: forecast RMSEs against persistence and climatology,
Kazakh char-LM bits/char against the best smoothed n-gram (two splits), the digits-to-words
translator's exact match and training time, and the scarce-data augmentation experiment."""
from __future__ import annotations

import statistics
import time

import torch

from deeplearn_helpers.data import load_corpus, load_digits, split_corpus
from deeplearn_helpers.models import (augmentation_trial, best_ngram, climatology_table, corpus_split,
                                      exact_match, forecast, lm_bits_per_char, make_number_pairs, rmse,
                                      train_charlm, train_forecaster, train_translator, weather_task)

SEEDS = range(5)


def _mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def _forecast_rows() -> list[str]:
    task = weather_task()
    test = task.test
    persistence = rmse(task.today[test], task.truth[test])
    table = climatology_table(task.truth[~test], task.day_of_year[~test])
    climatology = rmse(table[task.day_of_year[test]], task.truth[test])
    rows = ["### Next-day temp_max, Seattle, held-out year 2015 (RMSE, °C; 14-day window, hidden 24, 6 epochs)",
            "", f"Persistence: {persistence:.3f} °C · climatology (±7 days): {climatology:.3f} °C. "
            "Bar: model < persistence.", "",
            "| seed | LSTM | GRU | bar |", "|---|---|---|---|"]
    for seed in SEEDS:
        got = {cell: rmse(forecast(train_forecaster(task, cell, seed=seed), task)[test], task.truth[test])
               for cell in ("lstm", "gru")}
        rows.append(f"| {seed} | {got['lstm']:.3f} | {got['gru']:.3f} | "
                    f"{_mark(max(got.values()) < persistence)} |")
        print(rows[-1], flush=True)
    return rows


def _charlm_rows() -> list[str]:
    rows = ["", "### Kazakh char-LM, held-out bits/char (LSTM 128, dropout 0.5, 400 steps)", ""]
    train, held, vocab = corpus_split()
    _, scores = best_ngram(train, held, vocab=vocab.chars)
    best = min(scores, key=scores.get)
    # A second split, for honesty: every 10th line held out (lines of the lecture that repeat
    # its own phrases), where memorising n-grams is at an advantage.
    text = load_corpus()
    train2, held2 = split_corpus(text)
    _, scores2 = best_ngram(train2, held2, vocab=vocab.chars)
    best2 = min(scores2, key=scores2.get)
    rows += [f"Split A (notebook): first 90 % / last 10 % — best n-gram {best} {scores[best]:.3f}.",
             f"Split B: every 10th line held out — best n-gram {best2} {scores2[best2]:.3f}.", "",
             "| seed | LSTM, split A | bar (A) | LSTM, split B | below n-gram (B)? | seconds |",
             "|---|---|---|---|---|---|"]
    for seed in SEEDS:
        start = time.perf_counter()
        a = lm_bits_per_char(train_charlm(vocab.encode(train), len(vocab), seed=seed),
                             vocab.encode(train[-1] + held))
        seconds = time.perf_counter() - start
        b = lm_bits_per_char(train_charlm(vocab.encode(train2), len(vocab), seed=seed),
                             vocab.encode("\n" + held2))
        rows.append(f"| {seed} | {a:.3f} | {_mark(a < scores[best])} | {b:.3f} | "
                    f"{'yes' if b < scores2[best2] else 'no'} | {seconds:.1f} |")
        print(rows[-1], flush=True)
    return rows


def _translator_rows() -> list[str]:
    rows = ["", "### Digits → Kazakh words (GRU seq2seq + attention, hidden 64, 4 epochs; 2000 unseen numbers)",
            "", "Bars: exact match ≥ 95 %, training ≤ 45 s.", "",
            "| seed | exact match | training s (wall) | CPU s | bar |", "|---|---|---|---|---|"]
    for seed in SEEDS:
        train, held = make_number_pairs(seed=seed)
        wall, cpu = time.perf_counter(), time.process_time()
        model, vocab, _ = train_translator(train, seed=seed, epochs=4, hidden=64)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        acc = exact_match(model, vocab, held)
        rows.append(f"| {seed} | {100 * acc:.2f} % | {wall:.1f} | {cpu:.1f} | "
                    f"{_mark(acc >= 0.95 and wall <= 45)} |")
        print(rows[-1], flush=True)
    return rows


def _augmentation_rows() -> list[str]:
    x, y = load_digits("train")
    xt, yt = load_digits("test")
    rows = ["", "### Scarce labels: 5 digits per class, ± 50 generated per class (CVAE trained on the same 50)",
            "", "| seed | real only | real + generated |", "|---|---|---|"]
    results = [augmentation_trial(x, y, xt, yt, seed=seed, per_class=5) for seed in SEEDS]
    for seed, r in zip(SEEDS, results):
        rows.append(f"| {seed} | {r['real']:.3f} | {r['real+generated']:.3f} |")
    for name in ("real", "real+generated"):
        values = [r[name] for r in results]
        rows.append(f"| mean ± sd | {name}: {statistics.mean(values):.3f} ± {statistics.pstdev(values):.3f} | |")
    return rows


def run(only=None) -> str:
    torch.set_num_threads(1)
    rows = ["## Applications (notebook 05)", ""]
    rows += _forecast_rows() + _charlm_rows() + _translator_rows() + _augmentation_rows()
    return "\n".join(rows) + "\n"
