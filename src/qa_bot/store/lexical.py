"""BM25 over diacritic-folded tokens (bm25s), so 'dang uy' finds 'Đảng ủy'."""

from __future__ import annotations

from pathlib import Path

import bm25s
import numpy as np

from qa_bot.language.text import tokens


class LexicalIndex:
    def __init__(self, bm25: bm25s.BM25 | None, size: int):
        self._bm25 = bm25
        self.size = size
        self._df: np.ndarray | None = None

    @classmethod
    def build(cls, texts: list[str]) -> "LexicalIndex":
        if not texts:
            return cls(None, 0)
        # Token ids, not token strings: at 100k chunks the lists of per-token str objects
        # alone took ~700 MB at once, the peak of the whole build. An id is the int object
        # stored in ``vocab``, so each token costs one list slot. Scores do not depend on
        # which id a term gets (bm25s itself numbers terms in set order).
        vocab: dict[str, int] = {}
        ids = [[vocab.setdefault(t, len(vocab)) for t in tokens(text) or ["_"]] for text in texts]
        # every chunk keeps at least one token ("_") so bm25s' document ids match ours
        bm25 = bm25s.BM25()
        bm25.index((ids, vocab), show_progress=False)
        return cls(bm25, len(texts))

    def search(self, query: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Chunk ids and BM25 scores, best first; only chunks sharing a term."""
        return self.search_terms(tokens(query), k)

    def search_terms(self, terms, k: int) -> tuple[np.ndarray, np.ndarray]:
        """``search`` of a query already folded and split (a question's ``AskedQuestion.tokens``)."""
        q = [t for t in terms if self._bm25 is not None and t in self._bm25.vocab_dict]
        if not q or self.size == 0:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        ids, scores = self._bm25.retrieve([q], k=min(k, self.size), show_progress=False, n_threads=1)
        ids, scores = ids[0], scores[0]
        keep = scores > 0
        return ids[keep].astype(np.int64), scores[keep].astype(np.float32)

    @property
    def vocabulary(self):
        """Every folded term the corpus uses (a mapping; ``in`` tells)."""
        return self._bm25.vocab_dict if self._bm25 is not None else {}

    def idf(self, terms: list[str]) -> dict[str, float]:
        """BM25 idf of each folded term; a term the corpus never uses gets the highest idf."""
        if self._bm25 is None:
            return {t: 1.0 for t in terms}
        if self._df is None:
            # bm25s keeps a CSC term matrix: column nnz = document frequency
            self._df = np.diff(self._bm25.scores["indptr"])
        vocab = self._bm25.vocab_dict
        out = {}
        for t in terms:
            df = self._df[vocab[t]] if t in vocab and vocab[t] < len(self._df) else 0
            out[t] = float(_idf(np.asarray(df, dtype=np.float64), self.size))
        return out

    def holding(self, terms: tuple[str, ...]) -> np.ndarray:
        """The chunks that hold every one of these folded terms, anywhere."""
        none = np.empty(0, dtype=np.int64)
        if self._bm25 is None:
            return none
        vocab = self._bm25.vocab_dict
        indptr, indices = self._bm25.scores["indptr"], self._bm25.scores["indices"]
        held = None
        for t in terms:
            if t not in vocab or vocab[t] + 1 >= len(indptr):
                return none
            docs = indices[indptr[vocab[t]]:indptr[vocab[t] + 1]]
            held = docs if held is None else np.intersect1d(held, docs, assume_unique=True)
            if not len(held):
                return none
        return none if held is None else held.astype(np.int64)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self._bm25 is not None:
            self._bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, size: int) -> "LexicalIndex":
        if size == 0:
            return cls(None, 0)
        return cls(bm25s.BM25.load(str(folder), show_progress=False, verbosity=0), size)


def _idf(df: np.ndarray, n: int) -> np.ndarray:
    return np.log((n - df + 0.5) / (df + 0.5) + 1.0)
