"""Microsoft Teams channel (Bot Framework). In credentials.yml: `bot.channels.teams.kanal.TeamsInput`.

Kept free of imports so that `python -m bot.channels.teams.paket` (the app package) runs without Rasa.
"""
