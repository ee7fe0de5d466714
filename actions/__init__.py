"""Rasa SDK actions: thin adapters from tracker to bot.dialog / bot.rules / bot.answers and back."""
