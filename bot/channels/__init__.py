"""Connectors: the hardened REST channel, Microsoft Teams, and the web chat page."""
