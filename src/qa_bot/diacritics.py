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
from collections import Counter, defaultdict
from typing import Iterable

from .text import fold, looks_english

_WORD = re.compile(r"\w+", re.UNICODE)

# Question phrasing rarely appears in news text; these forms win their folded pairs.
_QUESTION_PHRASES = """
có bao nhiêu | bao nhiêu | là gì | là ai | khi nào | lúc nào | ở đâu | như thế nào | thế nào | tại sao | vì sao |
bao giờ | diễn ra | những gì | mấy | nào | ai | gì | đâu | của | được | không | người | ngày | tháng | năm | những
"""
_PAIR_WEIGHT = 1000


def is_unaccented(text: str) -> bool:
    """True for Vietnamese typed without diacritics: ASCII letters only, and not English."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters) and not looks_english(text)


class DiacriticRestorer:
    def __init__(self, texts: Iterable[str]):
        self._forms: dict[str, Counter] = defaultdict(Counter)
        self._pairs: Counter = Counter()
        for text in texts:
            self._learn(_WORD.findall(text.lower()))
        for phrase in _QUESTION_PHRASES.split("|"):
            # a lone word only fills a gap in the corpus; a pair settles its context
            self._learn(phrase.split(), 1, _PAIR_WEIGHT)

    def _learn(self, words: list[str], weight: int = 1, pair_weight: int = 1) -> None:
        for w in words:
            self._forms[fold(w)][w] += weight
        for a, b in zip(words, words[1:]):
            self._pairs[(a, b)] += pair_weight

    def restore(self, text: str) -> str:
        words = _WORD.findall(text.lower())
        out: list[str] = []
        for i, w in enumerate(words):
            forms = self._forms.get(w)
            if not forms:
                out.append(w)
                continue
            nxt = self._forms.get(words[i + 1], {}) if i + 1 < len(words) else {}
            prev = out[-1] if out else None

            def score(form: str) -> float:
                s = forms[form]
                if prev is not None:
                    s += 10 * self._pairs[(prev, form)]
                s += 10 * max((self._pairs[(form, g)] for g in nxt), default=0)
                return s

            out.append(max(forms, key=score))
        return " ".join(out)
