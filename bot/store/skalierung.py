"""Several Rasa replicas and one action server behind nginx on this machine – the tested scale-out path.

Conversations live in PostgreSQL (KP_TRACKER_DB_URL), locks in Redis (KP_REDIS_URL), our log in KP_DB_URL;
the replicas use deploy/endpoints.skaliert.yml. nginx (Debian package nginx-light) runs with a generated
configuration in a temporary directory, round robin, and names the replica that answered in the response
header X-KP-Replik. Used by tests/scale; by hand:

    KP_TRACKER_DB_URL=postgresql://… KP_DB_URL=postgresql://… python -m bot.store.skalierung --replikate 2
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bot.launcher import PROJEKT, Dienste, _bereit, freier_port

ENDPUNKTE = "deploy/endpoints.skaliert.yml"
KOPF_REPLIK = "X-KP-Replik"


def nginx_programm() -> str | None:
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx")
                                          if os.access(p, os.X_OK)), None)


def nginx_konfiguration(ordner: Path, port: int, replik_ports: list[int]) -> str:
    server = "\n".join(f"        server 127.0.0.1:{p} max_fails=0;" for p in replik_ports)
    temp = "\n".join(f"    {name}_temp_path {ordner / name};" for name in
                     ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""worker_processes 1;
pid {ordner / 'nginx.pid'};
error_log {ordner / 'error.log'} warn;
events {{ worker_connections 256; }}
http {{
    access_log {ordner / 'access.log'};
{temp}
    upstream kp_rasa {{
{server}
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 1m;
        location / {{
            proxy_pass http://kp_rasa;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_read_timeout 120s;
            add_header {KOPF_REPLIK} $upstream_addr always;
        }}
    }}
}}
"""


class Replikate:
    """N Rasa replicas + one action server + nginx on free ports; a context manager."""

    def __init__(self, anzahl: int = 2, env: dict[str, str] | None = None, log_dir: Path | None = None,
                 endpoints: str = ENDPUNKTE, port: int | None = None):
        if anzahl < 1:
            raise ValueError("mindestens eine Replik")
        self.anzahl = anzahl
        self.env = dict(env or {})
        self.log_dir = log_dir or PROJEKT / "var" / "log" / "skaliert"
        self.endpoints = endpoints
        self.port = port or freier_port()
        self.replikate: list[Dienste] = []
        self.nginx: subprocess.Popen | None = None
        self.ordner: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def starte(self, timeout: float = 300) -> "Replikate":
        programm = nginx_programm()
        if programm is None:
            raise RuntimeError("nginx fehlt – bitte `apt-get install -y nginx-light`.")
        action_port = freier_port()
        self.replikate = [Dienste(action_port=action_port, env=self.env, log_dir=self.log_dir / f"replik-{i}",
                                  endpoints=self.endpoints, mit_actions=i == 0) for i in range(self.anzahl)]
        fehler: list[BaseException] = []

        def starte_replik(dienste: Dienste) -> None:
            try:
                dienste.starte(timeout)
            except BaseException as f:  # noqa: BLE001 - reported after all threads ended
                fehler.append(f)

        faeden = [threading.Thread(target=starte_replik, args=(d,)) for d in self.replikate]
        for faden in faeden:
            faden.start()
        for faden in faeden:
            faden.join()
        if fehler:
            self.stoppe()
            raise RuntimeError(f"Replik startet nicht: {fehler[0]}")
        self._starte_nginx(programm)
        return self

    def _starte_nginx(self, programm: str) -> None:
        self.ordner = Path(tempfile.mkdtemp(prefix="kp-nginx-"))
        self.ordner.chmod(0o755)
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (self.ordner / name).mkdir(mode=0o777)
            (self.ordner / name).chmod(0o777)  # nginx workers may run as another user
        konfiguration = self.ordner / "nginx.conf"
        konfiguration.write_text(nginx_konfiguration(self.ordner, self.port, [d.rasa_port for d in self.replikate]))
        self.nginx = subprocess.Popen([programm, "-p", str(self.ordner), "-c", str(konfiguration), "-g", "daemon off;"],
                                      stdout=subprocess.DEVNULL, stderr=open(self.ordner / "stderr.log", "ab"),
                                      start_new_session=True)
        ende = time.monotonic() + 20
        while time.monotonic() < ende:
            if self.nginx.poll() is not None:
                meldung = (self.ordner / "stderr.log").read_text(errors="replace")[-500:]
                self.stoppe()
                raise RuntimeError(f"nginx beendet (Code {self.nginx.returncode}): {meldung}")
            if _bereit(f"{self.url}/webhooks/rest/"):
                return
            time.sleep(0.2)
        self.stoppe()
        raise RuntimeError(f"nginx antwortet nicht unter {self.url}")

    def stoppe(self) -> None:
        if self.nginx is not None and self.nginx.poll() is None:
            os.killpg(self.nginx.pid, signal.SIGTERM)
            try:
                self.nginx.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.nginx.pid, signal.SIGKILL)
        self.nginx = None
        for dienste in reversed(self.replikate):
            dienste.stoppe()
        if self.ordner is not None:
            shutil.rmtree(self.ordner, ignore_errors=True)
            self.ordner = None

    def __enter__(self) -> "Replikate":
        return self.starte()

    def __exit__(self, *_: object) -> None:
        self.stoppe()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bot.store.skalierung",
                                description="Mehrere Rasa-Instanzen hinter nginx starten (Strg-C beendet).")
    p.add_argument("--replikate", type=int, default=2)
    p.add_argument("--port", type=int, default=int(os.environ.get("KP_LB_PORT", 8088)))
    args = p.parse_args(argv)
    replikate = Replikate(args.replikate, port=args.port)
    try:
        replikate.starte()
    except RuntimeError as fehler:
        print(f"Fehler: {fehler}", file=sys.stderr)
        return 1
    print(f"{args.replikate} Rasa-Instanzen hinter nginx: {replikate.url}/webhooks/rest/webhook (Strg-C beendet)")
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    finally:
        replikate.stoppe()
    return 0


if __name__ == "__main__":
    sys.exit(main())
