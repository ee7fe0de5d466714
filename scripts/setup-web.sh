#!/usr/bin/env bash
# Installs the web chat's JavaScript packages (socket.io-client, axe-core for the tests) from the npm
# registry into bot/channels/web/node_modules with `npm ci` (exact versions from package-lock.json).
# The Rasa server serves them from there; nothing is fetched at runtime.
# Idempotent: skipped while the lock file's hash matches the stamp and the files are present.
# Without npm: a warning and exit 0 (REST keeps working), except in CI (KP_CI=1), where it fails.
set -euo pipefail
cd "$(dirname "$0")/../bot/channels/web"
STEMPEL=node_modules/.kp-installed
BENOETIGT=(node_modules/socket.io-client/dist/socket.io.min.js node_modules/axe-core/axe.min.js)
hash=$(sha256sum package-lock.json | cut -c1-16)

vorhanden() {
  local datei
  for datei in "${BENOETIGT[@]}"; do [[ -f $datei ]] || return 1; done
}

if [[ -f $STEMPEL && "$(cat "$STEMPEL")" == "$hash" ]] && vorhanden; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "Web-Chat: npm nicht gefunden – die Chat-Seite bleibt ohne socket.io-Client." \
       "Bitte Node.js (mit npm) installieren und 'make setup' erneut ausführen." >&2
  [[ "${KP_CI:-}" == 1 ]] && exit 1
  exit 0
fi
echo "Installiere JavaScript-Pakete des Web-Chats (npm ci) …"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
vorhanden || { echo "Web-Chat: npm ci hat die erwarteten Dateien nicht angelegt: ${BENOETIGT[*]}" >&2; exit 1; }
echo "$hash" > "$STEMPEL"
