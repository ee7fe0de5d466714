#!/usr/bin/env bash
# Builds dist/kp-assistent-teams.zip (manifest with KP_TEAMS_APP_ID filled in + icons) for sideloading in Teams.
# Standard library only: uses the project's .venv if there is one, any python3 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
[[ -x $py ]] || py=$(command -v python3)
PYTHONPATH=. exec "$py" -m bot.channels.teams.paket
