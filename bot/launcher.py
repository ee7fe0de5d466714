"""Starts the assistant: action server + Rasa server (+ web chat page); Ctrl-C stops everything.

Used by `make run` (`python -m bot run`) and by the end-to-end tests (`Dienste` on free ports).
Settings (environment): KP_HOST (default 127.0.0.1), KP_RASA_PORT (5005), KP_ACTION_PORT (5055),
KP_WEB_PORT (8080), KP_API_TOKEN (protects REST and enables Rasa's HTTP API), KP_LOG_DIR (var/log).
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import closing
from pathlib import Path

PROJEKT = Path(__file__).resolve().parents[1]
MODELL = PROJEKT / "models" / "rasa" / "kp-assistent.tar.gz"


def freier_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_frei(host: str, port: int) -> bool:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
            return True
        except OSError:
            return False


def _bereit(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as antwort:  # noqa: S310 - localhost only
            return antwort.status == 200
    except OSError:
        return False


# Rasa's web server: a body over 1 MiB is refused before it is read (Sanic's default allows 100 MB), and Sanic's own
# errors (413, 404) come as short JSON; the environment may override both. Not for the action server, whose requests
# carry the whole tracker of a long conversation.
SANIC_GRENZEN = {"SANIC_REQUEST_MAX_SIZE": str(1024 * 1024), "SANIC_FALLBACK_ERROR_FORMAT": "json"}


class Dienste:
    """The assistant's processes; a context manager that starts them and waits until they answer."""

    def __init__(self, rasa_port: int | None = None, action_port: int | None = None, host: str = "127.0.0.1",
                 env: dict[str, str] | None = None, log_dir: Path | None = None, modell: Path = MODELL,
                 web_port: int | None = None, endpoints: str | None = None, mit_actions: bool = True):
        self.host = host
        self.rasa_port = rasa_port or freier_port()
        self.action_port = action_port or freier_port()
        self.web_port = web_port
        self.modell = modell
        self.log_dir = log_dir or Path(os.environ.get("KP_LOG_DIR", PROJEKT / "var" / "log"))
        self.env = {**os.environ, "PYTHONPATH": str(PROJEKT), "RASA_TELEMETRY_ENABLED": "false",
                    "TF_CPP_MIN_LOG_LEVEL": "2", "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
                    "ACTION_SERVER_URL": f"http://127.0.0.1:{self.action_port}/webhook", **(env or {})}
        # endpoint file (KP_ENDPOINTS, e.g. deploy/endpoints.skaliert.yml); mit_actions=False: a further Rasa
        # replica using the action server at action_port (see bot/store/skalierung.py)
        self.endpoints = endpoints or self.env.get("KP_ENDPOINTS") or "endpoints.yml"
        self.mit_actions = mit_actions
        self.prozesse: list[tuple[str, subprocess.Popen]] = []

    @property
    def rasa_url(self) -> str:
        return f"http://{'127.0.0.1' if self.host in ('0.0.0.0', '') else self.host}:{self.rasa_port}"

    def _starte(self, name: str, befehl: list[str], env: dict[str, str]) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / f"{name}.log", "ab")
        prozess = subprocess.Popen(befehl, cwd=PROJEKT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        self.prozesse.append((name, prozess))

    def starte(self, timeout: float = 240) -> "Dienste":
        if not self.modell.exists():
            raise SystemExit(f"Kein trainiertes Modell unter {self.modell} – bitte zuerst `make train`.")
        from bot.store.start import pruefe_speicher
        pruefe_speicher(self.env, self.endpoints)  # unreachable database/Redis: RuntimeError naming the setting
        py = sys.executable
        redigiert = [py, "-m", "bot.privacy.protokollierung"]  # log records pass the redaction (bot/privacy)
        if self.mit_actions:
            self._starte("actions", [*redigiert, "rasa_sdk", "--actions", "actions", "--port", str(self.action_port)],
                         {**self.env, "SANIC_HOST": "127.0.0.1"})
        rasa = [*redigiert, "rasa", "run", "--model", str(self.modell), "--endpoints", self.endpoints,
                "--credentials", "credentials.yml", "--port", str(self.rasa_port), "--interface", self.host]
        if self.env.get("KP_CORS"):  # the web page is served from the same origin; other origins only on request
            rasa += ["--cors", *self.env["KP_CORS"].split()]
        token = self.env.get("KP_API_TOKEN")
        if token:
            rasa += ["--enable-api", "--auth-token", token]
        self._starte("rasa", rasa, {**SANIC_GRENZEN, **self.env})
        if self.mit_actions:
            self._warte(f"http://127.0.0.1:{self.action_port}/health", "Action-Server", timeout)
        self._warte(f"{self.rasa_url}/webhooks/rest/", "Rasa-Server", timeout)
        return self

    def _warte(self, url: str, name: str, timeout: float) -> None:
        ende = time.monotonic() + timeout
        while time.monotonic() < ende:
            for pname, prozess in self.prozesse:
                if prozess.poll() is not None:
                    self.stoppe()
                    raise RuntimeError(f"{pname} hat sich beendet (Code {prozess.returncode}); "
                                       f"siehe {self.log_dir / (pname + '.log')}")
            if _bereit(url):
                return
            time.sleep(0.5)
        self.stoppe()
        raise RuntimeError(f"{name} antwortet nicht unter {url} (Logs: {self.log_dir})")

    def stoppe(self) -> None:
        for _, prozess in reversed(self.prozesse):
            if prozess.poll() is None:
                try:
                    os.killpg(prozess.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for _, prozess in self.prozesse:
            try:
                prozess.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(prozess.pid, signal.SIGKILL)
        self.prozesse.clear()

    def __enter__(self) -> "Dienste":
        return self.starte()

    def __exit__(self, *_: object) -> None:
        self.stoppe()


LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def rest_ohne_token_im_netz(host: str, env: dict[str, str]) -> str | None:
    """REST may stay open only on the loopback default; reachable from the network it needs KP_API_TOKEN."""
    if host in LOOPBACK or env.get("KP_API_TOKEN", "").strip():
        return None
    return (f"KP_HOST={host} macht den Assistenten im Netz erreichbar; dann ist KP_API_TOKEN Pflicht, sonst wäre der "
            "REST-Zugang offen. Token setzen, z. B. `KP_API_TOKEN=$(openssl rand -hex 24) make run`, oder KP_HOST "
            "weglassen (nur 127.0.0.1).")


def run(args: argparse.Namespace) -> int:
    """Startet Action-Server, Rasa-Server und Web-Chat; Strg-C beendet alles."""
    host = os.environ.get("KP_HOST", "127.0.0.1")
    offen = rest_ohne_token_im_netz(host, dict(os.environ))
    if offen:
        print(f"Fehler: {offen}", file=sys.stderr)
        return 2
    rasa_port = int(os.environ.get("KP_RASA_PORT", 5005))
    action_port = int(os.environ.get("KP_ACTION_PORT", 5055))
    for name, port in (("KP_RASA_PORT", rasa_port), ("KP_ACTION_PORT", action_port)):
        if not port_frei(host if name == "KP_RASA_PORT" else "127.0.0.1", port):
            print(f"Port {port} ist belegt. Anderen Port wählen, z. B. `{name}={port + 1} make run`.", file=sys.stderr)
            return 2
    dienste = Dienste(rasa_port, action_port, host)
    print(f"Starte KP-Assistent … (Logs unter {os.environ.get('KP_LOG_DIR', 'var/log')}/)")
    try:
        dienste.starte()
    except RuntimeError as fehler:
        print(f"Fehler: {fehler}", file=sys.stderr)
        return 1
    for hook in STARTHAKEN:
        hook(dienste)
    print(f"\nKP-Assistent läuft.\n  REST:  {dienste.rasa_url}/webhooks/rest/webhook")
    for zeile in ADRESSEN:
        print(zeile(dienste))
    print("Beenden mit Strg-C.")
    stop = {"jetzt": False}

    def beenden(*_: object) -> None:
        stop["jetzt"] = True

    signal.signal(signal.SIGINT, beenden)
    signal.signal(signal.SIGTERM, beenden)
    try:
        while not stop["jetzt"]:
            for name, prozess in dienste.prozesse:
                if prozess.poll() is not None:
                    print(f"{name} wurde beendet (Code {prozess.returncode}); stoppe alles.", file=sys.stderr)
                    stop["jetzt"] = True
            time.sleep(0.5)
    finally:
        print("\nStoppe KP-Assistent …")
        dienste.stoppe()
    return 0


# Extensions (web chat page, …) add processes after start and lines to the printed addresses.
STARTHAKEN: list = []
ADRESSEN: list = []

from bot.channels.web.adresse import web_chat_adresse  # noqa: E402 - served by the Rasa server itself

ADRESSEN.append(web_chat_adresse)


def registriere(sub: argparse.ArgumentParser) -> None:
    sub.set_defaults(befehl_funktion=run)
