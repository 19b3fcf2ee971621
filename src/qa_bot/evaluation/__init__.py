"""The evaluation harness behind `qa-bot eval`: question sets, SQuAD files, conversations, figures.
May import: the facade ``qa_bot.bot`` and everything below it; nothing imports this package but ``cli``."""
