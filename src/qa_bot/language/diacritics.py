"""Put the diacritics back on a question typed without them, using the corpus itself.

People often type Vietnamese without diacritics ("hoi nghi truc tuyen"). The
lexical index folds diacritics, so BM25 matches anyway, but the embedding model
reads "hoi nghi" as different words from "hội nghị". The corpus knows which
accented word each folded word usually is, and word pairs settle the ambiguous
ones ("co quan" → "cơ quan", "co bao" → "có bao"), so the dense side embeds
the restored question.

The whole question is read at once (Viterbi over a smoothed word-pair model),
not word by word, and general Vietnamese text backs the corpus up where it is
silent: a collection of news reports rarely says "có tổng số", "cần", "mấy" or
"bao lâu" the way a question does. Measured as word accuracy on accented
questions folded and restored (tests/language/test_diacritics.py): 0.930 word by word on
the corpus alone, 0.952 with the whole question read at once, 0.974 with the
general text as well (1,653 words of the in-house dev questions; on 2,166 words
of held-out questions 0.922, 0.947, 0.970).
"""

from __future__ import annotations

import re
from array import array
from typing import Iterable

import numpy as np

from qa_bot.language.detect import looks_english
from qa_bot.language.text import POINTING_BACK, fold

_WORD = re.compile(r"\w+", re.UNICODE)

# Question phrasing rarely appears in news text; these forms win their folded pairs. The last line is
# how a chat points back ("còn ... thì sao", "lúc đó", "đây là", "người thứ hai"), rare in news text too; the
# person pronouns ("ông ấy") come from followup.py, which reads them.
_QUESTION_PHRASES = """
có bao nhiêu | bao nhiêu | là gì | là ai | khi nào | lúc nào | ở đâu | như thế nào | thế nào | tại sao | vì sao |
bao giờ | diễn ra | những gì | mấy | nào | ai | gì | đâu | của | được | không | người | ngày | tháng | năm | những
| thì sao | còn | đó | ấy | này | đây là | lúc đó | khi đó | hôm nào | thứ nhất | thứ hai | thứ ba
"""
_PAIR_WEIGHT = 1000
# How much one occurrence in the general text counts against one in the corpus. On the dev questions'
# words any weight from 0.01 to 0.05 restores 0.971-0.974 of them (0.3: 0.970, 1.0: 0.968): the corpus's
# own usage must win where it has any, the general text only fills its silences.
BACKGROUND_WEIGHT = 0.02
# Dirichlet smoothing of P(word | previous word) towards P(word): 3 to 10 restore 0.971-0.974 (1: 0.967)
SMOOTHING = 5.0


def is_unaccented(text: str) -> bool:
    """True for Vietnamese typed without diacritics: ASCII letters only, and not English."""
    return letters_ascii(text) and not looks_english(text)


def letters_ascii(text: str) -> bool:
    """Some letters, all of them ASCII: Vietnamese typed without diacritics, or English."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters)


class DiacriticRestorer:
    """Word and word-pair counts of a corpus, kept as arrays.

    Built once per index (see ``Index``): counting with a Counter per word and
    folding every occurrence took 15-35 s at 100k chunks, on the first question
    typed without diacritics. Here each distinct word is folded once and pairs
    are counted with numpy, as (first id << 32 | second id) codes in a sorted array.
    """

    def __init__(self, texts: Iterable[str], background: Iterable[str] = (),
                 background_weight: float = BACKGROUND_WEIGHT):
        """``background``: general Vietnamese text (vietnamese.general_sentences()), counted at
        ``background_weight`` of the corpus."""
        ids = _Ids()
        # ids are numbered on first sight, corpus first: ties between written forms go to the corpus's
        seq = _id_runs((_WORD.findall(text.lower()) for text in texts), ids)
        gen = _id_runs((_WORD.findall(text.lower()) for text in background), ids)
        # Question phrasing rarely appears in news text: each phrase word counts once
        # (a lone word only fills a gap in the corpus), each phrase pair _PAIR_WEIGHT times.
        phr = _id_runs((phrase.split() for phrase in (*_QUESTION_PHRASES.split("|"), *POINTING_BACK)), ids)
        self._ids: dict[str, int] = dict(ids)
        self._words = list(ids)
        self._count = (np.bincount(seq[seq >= 0], minlength=len(ids))
                       + np.bincount(phr[phr >= 0], minlength=len(ids))
                       + background_weight * np.bincount(gen[gen >= 0], minlength=len(ids))).astype(np.float64)
        codes = np.concatenate([_pair_codes(seq), np.repeat(_pair_codes(phr), _PAIR_WEIGHT)])
        keys, counts = np.unique(codes, return_counts=True)
        gkeys, gcounts = np.unique(_pair_codes(gen), return_counts=True)
        self._pair_keys = np.union1d(keys, gkeys)
        self._pair_count = np.zeros(len(self._pair_keys), np.float64)
        self._pair_count[np.searchsorted(self._pair_keys, keys)] += counts
        self._pair_count[np.searchsorted(self._pair_keys, gkeys)] += background_weight * gcounts
        # the denominator of every single-word probability: worked out once, not per question
        self._total = self._count.sum() + len(self._count)
        del codes, seq, gen
        # Folded word -> its written forms as ids, in order of first appearance
        # (ties go to the form seen first).
        forms: dict[str, list[int]] = {}
        for word, i in self._ids.items():
            forms.setdefault(fold(word), []).append(i)
        self._forms = {k: np.array(v, dtype=np.int64) for k, v in forms.items()}

    def _pairs(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """Counts of the pairs (first[i], second[j]) as a len(first) x len(second) array."""
        want = (first[:, None] << 32) | second[None, :]
        if not len(self._pair_keys):
            return np.zeros(want.shape, dtype=np.int64)
        pos = np.minimum(np.searchsorted(self._pair_keys, want), len(self._pair_keys) - 1)
        return np.where(self._pair_keys[pos] == want, self._pair_count[pos], 0)

    def dense_text(self, question: str) -> str:
        """The question as the embedding model should see it: restored when typed without diacritics."""
        return self.restore(question) if is_unaccented(question) else question

    def restore(self, text: str) -> str:
        """``text`` with each word's diacritics put back in place: its case, numbers, codes and
        punctuation stay as typed ("Chieu 30/9, ai chu tri?" → "Chiều 30/9, ai chủ trì?")."""
        found = list(_WORD.finditer(text))
        words = [m.group().lower() for m in found]
        out = list(words)  # a word the corpus does not know stays as typed
        i = 0
        while i < len(words):
            if words[i] not in self._forms:
                i += 1
                continue
            j = i
            while j < len(words) and words[j] in self._forms:
                j += 1
            for k, word_id in enumerate(self._best_path([self._forms[w] for w in words[i:j]])):
                out[i + k] = self._words[word_id]
            i = j
        pieces, pos = [], 0
        for m, word in zip(found, out):
            pieces += [text[pos:m.start()], _case_like(m.group(), word)]
            pos = m.end()
        return "".join(pieces) + text[pos:]

    def _best_path(self, forms: list[np.ndarray]) -> list[int]:
        """The written form of each word of a run that makes the likeliest sequence (Viterbi), with
        P(w | v) = (pairs(v, w) + SMOOTHING · P(w)) / (count(v) + SMOOTHING)."""
        unigram = [(self._count[f] + 1.0) / self._total for f in forms]
        score = np.log(unigram[0])
        back = []
        for t in range(1, len(forms)):
            pairs = self._pairs(forms[t - 1], forms[t])
            p = (pairs + SMOOTHING * unigram[t][None, :]) / (self._count[forms[t - 1]][:, None] + SMOOTHING)
            paths = score[:, None] + np.log(p)
            back.append(np.argmax(paths, axis=0))  # argmax: the first of equals, the form seen first
            score = paths.max(axis=0)
        best = [int(np.argmax(score))]
        for b in reversed(back):
            best.append(int(b[best[-1]]))
        return [int(f[k]) for f, k in zip(forms, reversed(best))]


def _case_like(typed: str, word: str) -> str:
    """``word`` in the case ``typed`` was written in: "NQ" stays upper, "Pham" stays capitalised."""
    if len(typed) > 1 and typed.isupper():
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _id_runs(runs: Iterable[list[str]], ids: "_Ids") -> np.ndarray:
    """Every word's id, each run of words ended by -1 (no pair spans two runs)."""
    flat = array("i")
    for words in runs:
        flat.extend(map(ids.__getitem__, words))
        flat.append(-1)
    return np.frombuffer(flat, dtype=np.int32) if len(flat) else np.empty(0, np.int32)


def _pair_codes(seq: np.ndarray) -> np.ndarray:
    """(first << 32 | second) of each adjacent pair of ids in ``seq``, skipping the -1 separators."""
    first, second = seq[:-1], seq[1:]
    keep = (first >= 0) & (second >= 0)
    return (first[keep].astype(np.int64) << 32) | second[keep]


class _Ids(dict):
    """Word -> id, numbering a new word on first sight (lookups stay in C)."""

    def __missing__(self, word: str) -> int:
        self[word] = len(self)
        return self[word]
