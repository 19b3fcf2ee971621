"""Conversations: follow-ups made standalone from earlier turns, the turns kept, the Markdown transcript.
May import: ``answer``, ``store``, ``ingest``, ``language`` and the top-level ``types``, ``settings``, ``errors``."""
