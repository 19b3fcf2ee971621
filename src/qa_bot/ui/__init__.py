"""The Gradio chat UI and its HTML rendering of answers, citations and the source viewer.
May import: the facade ``qa_bot.bot`` and everything below it; nothing imports this package but ``cli``."""
