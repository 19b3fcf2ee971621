"""Dense vectors → nearest chunks, behind one small interface.

* ``FaissStore`` (default, embedded): inner product over unit vectors = cosine.
  Exact search below ``Settings.ann_threshold`` chunks; HNSW above it, where
  exact search stops fitting the latency budget (see eval/scripts/bench.py).
* ``QdrantStore``: the same interface over Qdrant, for corpora beyond one
  machine. Without ``Settings.qdrant_url`` it runs qdrant-client's embedded
  local mode inside the index folder; with a URL it talks to a Qdrant server.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Protocol

import numpy as np

from qa_bot.settings import Settings


class VectorStore(Protocol):
    backend: str

    @property
    def size(self) -> int: ...

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Row ids and cosine scores of the ``k`` nearest vectors, best first."""

    def save(self, folder: Path) -> dict:
        """Write to ``folder``; returns what the manifest records about this store."""


def build_store(vectors: np.ndarray, dim: int, settings: Settings) -> VectorStore:
    if settings.vector_store == "qdrant":
        return QdrantStore.build(vectors, dim, settings)
    return FaissStore.build(vectors, dim, settings)


def load_store(folder: Path, info: dict, settings: Settings, vectors: np.ndarray) -> VectorStore:
    if info.get("backend") == "qdrant":
        return QdrantStore.load(folder, info, settings, vectors)
    return FaissStore.load(folder, info, settings)


class FaissStore:
    backend = "faiss"
    FILE = "dense.faiss"

    def __init__(self, index, kind: str, ef_search: int = 0):
        import faiss

        self._index = index
        self.kind = kind
        if kind == "hnsw":
            faiss.downcast_index(index).hnsw.efSearch = ef_search
        self._ef_search = ef_search

    @classmethod
    def build(cls, vectors: np.ndarray, dim: int, settings: Settings | None = None) -> "FaissStore":
        import faiss

        settings = settings or Settings()
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(vectors) >= settings.ann_threshold:
            index = faiss.IndexHNSWFlat(dim, settings.hnsw_m, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = settings.hnsw_ef_construction
            kind = "hnsw"
        else:
            index = faiss.IndexFlatIP(dim)
            kind = "flat"
        if len(vectors):
            index.add(vectors)
        return cls(index, kind, settings.hnsw_ef_search)

    @property
    def size(self) -> int:
        return self._index.ntotal

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        if self.size == 0:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        scores, ids = self._index.search(query.reshape(1, -1).astype(np.float32), min(k, self.size))
        keep = ids[0] >= 0
        return ids[0][keep].astype(np.int64), scores[0][keep]

    def save(self, folder: Path) -> dict:
        import faiss

        faiss.write_index(self._index, str(folder / self.FILE))
        return {"backend": self.backend, "kind": self.kind, "ef_search": self._ef_search}

    @classmethod
    def load(cls, folder: Path, info: dict | None = None, settings: Settings | None = None) -> "FaissStore":
        import faiss

        info = info or {}
        index = faiss.read_index(str(folder / cls.FILE))
        kind = info.get("kind", "flat")
        ef = (settings.hnsw_ef_search if settings else 0) or int(info.get("ef_search", 64))
        return cls(index, kind, ef)


class QdrantStore:
    """Qdrant behind the same interface.

    Embedded mode (no URL) keeps the collection in memory and fills it from the
    index's ``embeddings.npy`` on load, so the index folder stays the single
    source of truth and two processes can open it at once. Server mode stores
    the collection on the Qdrant server; the manifest records its URL and name.
    """

    backend = "qdrant"

    def __init__(self, client, collection: str, size: int, url: str | None):
        self._client = client
        self._collection = collection
        self._size = size
        self._url = url

    @classmethod
    def build(cls, vectors: np.ndarray, dim: int, settings: Settings, collection: str | None = None) -> "QdrantStore":
        from qdrant_client import QdrantClient, models

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if settings.qdrant_url:
            client = QdrantClient(url=settings.qdrant_url)
            collection = collection or f"qabot-{uuid.uuid4().hex[:12]}"
        else:
            client, collection = QdrantClient(location=":memory:"), "chunks"
        if client.collection_exists(collection):
            client.delete_collection(collection)
        client.create_collection(collection, vectors_config=models.VectorParams(size=dim, distance=models.Distance.COSINE))
        if len(vectors):
            client.upload_collection(collection, vectors=vectors, ids=list(range(len(vectors))), batch_size=1024)
        return cls(client, collection, len(vectors), settings.qdrant_url)

    @property
    def size(self) -> int:
        return self._size

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        if self._size == 0:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        points = self._client.query_points(self._collection, query=query.astype(np.float32).tolist(),
                                           limit=min(k, self._size)).points
        return (np.array([p.id for p in points], dtype=np.int64),
                np.array([p.score for p in points], dtype=np.float32))

    def save(self, folder: Path) -> dict:
        return {"backend": self.backend, "url": self._url, "collection": self._collection}

    @classmethod
    def load(cls, folder: Path, info: dict, settings: Settings, vectors: np.ndarray) -> "QdrantStore":
        if info.get("url"):
            from qdrant_client import QdrantClient

            client = QdrantClient(url=info["url"])
            return cls(client, info["collection"], client.count(info["collection"]).count, info["url"])
        return cls.build(vectors, vectors.shape[1] if vectors.ndim == 2 else 0, settings.with_(qdrant_url=None))
