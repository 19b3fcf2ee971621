"""Question → Hits → Answer: retrieval, the scorer's features and model, the verbatim quote, the short answer.
May import: ``store``, ``ingest``, ``language`` and the top-level ``types``, ``settings``, ``errors``."""
