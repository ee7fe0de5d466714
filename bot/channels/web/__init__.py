"""Web chat: the page and its socket.io channel, served by the Rasa server itself (see kanal.py)."""
