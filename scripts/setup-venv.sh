#!/usr/bin/env bash
# Creates .venv with Python 3.10 and installs the pinned dependencies (requirements/requirements.txt).
# Idempotent: a venv whose lock file hash matches is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
LOCK=requirements/requirements.txt
STEMPEL=$VENV/.installed
hash=$(sha256sum "$LOCK" | cut -c1-16)

if [[ -f $STEMPEL && "$(cat "$STEMPEL")" == "$hash" ]] && "$VENV/bin/python" -c 'import rasa' 2>/dev/null; then
  exit 0
fi
if [[ ! -x $VENV/bin/python ]] || ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then
  py=$(scripts/find-python.sh)
  echo "Lege $VENV mit $py an …"
  rm -rf "$VENV"
  "$py" -m venv "$VENV"
fi
echo "Installiere gepinnte Abhängigkeiten aus $LOCK …"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade "pip>=23,<27"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$LOCK"
echo "$hash" > "$STEMPEL"
