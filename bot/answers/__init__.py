"""Rendering decisions into German answers (text, buttons) and structured payloads for the channels."""
from bot.answers.render import Nachricht, rendere, rendere_warum

__all__ = ["Nachricht", "rendere", "rendere_warum"]
