"""The index on disk: the embedding model, FAISS (or Qdrant) vectors, BM25, the paragraph store, atomic writes.
May import: ``ingest``, ``language`` and the top-level ``types``, ``settings``, ``errors``."""
