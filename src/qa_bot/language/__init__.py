"""The text layer: Unicode and folding, Vietnamese words and syllables, language, diacritics, English words,
and the question read once (``question.read``) with the kind of answer it asks for (``question_kind``).
May import: nothing of qa_bot's but ``types``, ``settings`` and ``errors``."""
