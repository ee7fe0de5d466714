#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter: $PYTHON, python3.10 on PATH, or pyenv's 3.10.x.
# Rasa Open Source 3.6 runs on Python < 3.11 only.
set -u
ist_310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; }

if [[ -n "${PYTHON:-}" ]]; then
  if ist_310 "$PYTHON"; then command -v "$PYTHON"; exit 0; fi
  echo "FEHLER: PYTHON=$PYTHON ist kein Python 3.10. / ERROR: PYTHON=$PYTHON is not Python 3.10." >&2
  exit 1
fi
kandidaten=(python3.10)
for d in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.10.*/bin/python; do [[ -x $d ]] && kandidaten+=("$d"); done
for k in "${kandidaten[@]}"; do
  if pfad=$(command -v "$k" 2>/dev/null) && ist_310 "$pfad"; then echo "$pfad"; exit 0; fi
done
cat >&2 <<'MSG'
FEHLER: Kein Python 3.10 gefunden. Rasa 3.6 braucht Python 3.10 (nicht 3.11+).
  Installieren z. B. mit pyenv:   pyenv install 3.10.13
  oder mit Debian/Ubuntu:         apt install python3.10 python3.10-venv
  oder einen Interpreter angeben: make test PYTHON=/pfad/zu/python3.10
ERROR: No Python 3.10 found. Rasa 3.6 needs Python 3.10 (not 3.11+).
  Install it (e.g. `pyenv install 3.10.13`) or pass PYTHON=/path/to/python3.10.
MSG
exit 1
