"""Dense vectors → nearest chunks. FAISS inner product over unit vectors = cosine."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np


class FaissStore:
    FILE = "dense.faiss"

    def __init__(self, index: faiss.Index):
        self._index = index

    @classmethod
    def build(cls, vectors: np.ndarray, dim: int) -> "FaissStore":
        index = faiss.IndexFlatIP(dim)  # exact search: the seeds are small, recall is 1
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return cls(index)

    @property
    def size(self) -> int:
        return self._index.ntotal

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        if self.size == 0:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        scores, ids = self._index.search(query.reshape(1, -1).astype(np.float32), min(k, self.size))
        keep = ids[0] >= 0
        return ids[0][keep].astype(np.int64), scores[0][keep]

    def save(self, folder: Path) -> None:
        faiss.write_index(self._index, str(folder / self.FILE))

    @classmethod
    def load(cls, folder: Path) -> "FaissStore":
        return cls(faiss.read_index(str(folder / cls.FILE)))
