"""The text layer: Unicode and folding, Vietnamese words and syllables, language, diacritics, English words.
May import: nothing of qa_bot's but ``types``, ``settings`` and ``errors``."""
