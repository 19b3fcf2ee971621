"""Put the diacritics back on a question typed without them, using the corpus itself.

People often type Vietnamese without diacritics ("hoi nghi truc tuyen"). The
lexical index folds diacritics, so BM25 matches anyway, but the embedding model
reads "hoi nghi" as different words from "hội nghị". The corpus knows which
accented word each folded word usually is, and word pairs settle the ambiguous
ones ("co quan" → "cơ quan", "co bao" → "có bao"), so the dense side embeds
the restored question.
"""

from __future__ import annotations

import re
from array import array
from typing import Iterable

import numpy as np

from .followup import POINTING_BACK
from .text import fold, looks_english

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


def is_unaccented(text: str) -> bool:
    """True for Vietnamese typed without diacritics: ASCII letters only, and not English."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters) and not looks_english(text)


class DiacriticRestorer:
    """Word and word-pair counts of a corpus, kept as arrays.

    Built once per index (see ``Index``): counting with a Counter per word and
    folding every occurrence took 15-35 s at 100k chunks, on the first question
    typed without diacritics. Here each distinct word is folded once and pairs
    are counted with numpy, as (first id << 32 | second id) codes in a sorted array.
    """

    def __init__(self, texts: Iterable[str]):
        ids = _Ids()
        get = ids.__getitem__
        # every word's id, texts separated by -1 (no pair spans two texts)
        flat = array("i")
        for text in texts:
            flat.extend(map(get, _WORD.findall(text.lower())))
            flat.append(-1)
        # Question phrasing rarely appears in news text: each phrase word counts once
        # (a lone word only fills a gap in the corpus), each phrase pair _PAIR_WEIGHT times.
        phrases = array("i")
        for phrase in (*_QUESTION_PHRASES.split("|"), *POINTING_BACK):
            phrases.extend(map(get, phrase.split()))
            phrases.append(-1)
        self._ids: dict[str, int] = dict(ids)
        self._words = list(ids)
        seq = np.frombuffer(flat, dtype=np.int32) if len(flat) else np.empty(0, np.int32)
        phr = np.frombuffer(phrases, dtype=np.int32)
        self._count = (np.bincount(seq[seq >= 0], minlength=len(ids))
                       + np.bincount(phr[phr >= 0], minlength=len(ids))).astype(np.int64)
        codes = np.concatenate([_pair_codes(seq), np.repeat(_pair_codes(phr), _PAIR_WEIGHT)])
        self._pair_keys, counts = np.unique(codes, return_counts=True)
        self._pair_count = counts.astype(np.int64)
        del codes, seq, flat
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
        out: list[str] = []
        prev: int | None = None  # id of the previous output word, if the corpus has it
        for i, w in enumerate(words):
            forms = self._forms.get(w)
            if forms is None:
                out.append(w)
                prev = self._ids.get(w)
                continue
            score = self._count[forms].copy()
            if prev is not None:
                score += 10 * self._pairs(np.array([prev], dtype=np.int64), forms)[0]
            nxt = self._forms.get(words[i + 1]) if i + 1 < len(words) else None
            if nxt is not None:
                score += 10 * self._pairs(forms, nxt).max(axis=1)
            prev = int(forms[int(np.argmax(score))])  # argmax: the first best, as max() did
            out.append(self._words[prev])
        pieces, pos = [], 0
        for m, word in zip(found, out):
            pieces += [text[pos:m.start()], _case_like(m.group(), word)]
            pos = m.end()
        return "".join(pieces) + text[pos:]


def _case_like(typed: str, word: str) -> str:
    """``word`` in the case ``typed`` was written in: "NQ" stays upper, "Pham" stays capitalised."""
    if len(typed) > 1 and typed.isupper():
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


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
