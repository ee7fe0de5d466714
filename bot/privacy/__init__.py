"""Privacy: client identifiers are redacted before anything a user typed is stored or logged."""
from bot.privacy.redaktion import redigiere, redigiere_tief

__all__ = ["redigiere", "redigiere_tief"]
