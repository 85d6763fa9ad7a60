"""The word diff of a conflict view on a long section, against difflib on its lines.

Review s32 H18: ``position_diff.diff_text`` (every conflict view, Compare…, History…)
ran difflib on word tokens, quadratic and worse: 26,549 characters with two words
inserted took 14 s.  Both sides compare a 200,000-character section (the most a
section may hold: paragraphs of ordinary meeting prose) with the same text edited in
three places (a word inserted near the start, a sentence changed in the middle, a
word replaced near the end).  The floor is ``difflib`` on the two texts' lines (what
a line diff costs, without a word in it); the app is ``diff_text`` with its default
tokenizer (the CLI's; the GUI's ICU tokenizer splits the same).
"""

from __future__ import annotations

import contextlib
import difflib
import random
from collections.abc import Iterator

from .harness import Case, Env, Run, Side, stopwatch
from .textbank import CITIES, EN_SENTENCES, MEMBER_STATES, MONTHS, TOPICS

SECTION_CHARS = 200_000


def prose(chars: int, seed: int = 17) -> str:
    """Paragraphs of meeting prose, ``chars`` long (deterministic)."""
    rng = random.Random(seed)
    paras: list[str] = []
    size = 0
    while size < chars:
        sentences = []
        for _ in range(rng.randint(3, 7)):
            sentences.append(
                rng.choice(EN_SENTENCES).format(
                    D=rng.choice(MEMBER_STATES),
                    D2=rng.choice(MEMBER_STATES),
                    T=rng.choice(TOPICS),
                    T2=rng.choice(TOPICS),
                    N=rng.randint(2, 40),
                    M=rng.choice(MONTHS),
                    C=rng.choice(CITIES),
                )
            )
        paras.append(" ".join(sentences))
        size += len(paras[-1]) + 2
    return "\n\n".join(paras)[:chars]


def edited(text: str) -> str:
    """``text`` with a word inserted, a sentence changed and a word replaced."""
    a, b = len(text) // 10, len(text) // 2
    a = text.index(" ", a)
    b = text.index(". ", b) + 2
    c = text.rindex(" the ", 0, len(text) - len(text) // 10)
    return (
        text[:a]
        + " kindly"
        + text[a:b]
        + "Thailand asked for the floor twice. "
        + text[b:c]
        + " this"
        + text[c + 4 :]
    )


def _inputs(env: Env) -> tuple[str, str]:
    if "word_diff" not in env.cache:
        old = prose(SECTION_CHARS)
        env.cache["word_diff"] = (old, edited(old))
    pair: tuple[str, str] = env.cache["word_diff"]
    return pair


@contextlib.contextmanager
def _floor(env: Env) -> Iterator[Run]:
    old, new = _inputs(env)
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)

    def run() -> float:
        with stopwatch() as elapsed:
            difflib.SequenceMatcher(None, a, b).get_opcodes()
        return elapsed()

    yield run


@contextlib.contextmanager
def _app(env: Env) -> Iterator[Run]:
    from adgsom_desktop.services.position_diff import diff_text

    old, new = _inputs(env)

    def run() -> float:
        with stopwatch() as elapsed:
            diff_text(old, new)
        return elapsed()

    yield run


CASES = [
    Case(
        name="word_diff_long",
        title="Word diff of a 200,000-character section edited in three places",
        unit="ms",
        goal=None,
        floor=Side("difflib.SequenceMatcher on the two texts' lines", _floor),
        app=Side("position_diff.diff_text (the conflict views' word diff)", _app),
        how="200,000 characters of meeting prose; a word inserted, a sentence changed, "
        "a word replaced",
    ),
]
