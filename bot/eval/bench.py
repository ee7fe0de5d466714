"""`make bench`: response time over REST and memory of the running assistant (no timed unit tests).

Sends a fixed mix of questions (one conversation each, plus a few follow-ups) after a warm-up and
prints p50/p95/max latency and the resident memory of the Rasa and action server processes.
Targets (documented, checked here): p95 < 1.0 s per message on a 2-core machine, Rasa RSS < 2.5 GB.
"""
from __future__ import annotations

import json
import statistics
import sys
import time
import urllib.request
from pathlib import Path

from bot.launcher import Dienste

FRAGEN = [
    "Braucht die Einladung eine RFB?",
    "Kann bei Profillage I auf den KP verzichtet werden?",
    "Bis wann muss ich den KP fortschreiben? Erstellt am 15.08.2026",
    "Was ist eine PZU?",
    "Kunde ohne wichtigen Grund nicht erschienen, KP deshalb nicht abgeschlossen – Verpflichtung?",
    "Muss der Kooperationsplan unterschrieben werden?",
    "Wie lange gilt ein Verpflichtungsbescheid?",
    "Warum?",
]
ZIEL_P95_S = 1.0
ZIEL_RSS_MB = 2500


def _rss_mb(pid: int) -> float:
    gesamt = 0.0
    for kind in [pid, *_kinder(pid)]:
        try:
            for zeile in Path(f"/proc/{kind}/status").read_text().splitlines():
                if zeile.startswith("VmRSS:"):
                    gesamt += int(zeile.split()[1]) / 1024
        except OSError:
            continue
    return gesamt


def _kinder(pid: int) -> list[int]:
    try:
        kinder = [int(k) for k in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return kinder + [e for k in kinder for e in _kinder(k)]


def _frage(url: str, sender: str, text: str) -> float:
    anfrage = urllib.request.Request(url, json.dumps({"sender": sender, "message": text}).encode(),
                                     {"Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(anfrage, timeout=60) as antwort:  # noqa: S310 - local server
        antwort.read()
    return time.perf_counter() - start


def main() -> int:
    with Dienste(env={"KP_API_TOKEN": ""}) as dienste:
        url = f"{dienste.rasa_url}/webhooks/rest/webhook"
        for text in FRAGEN:
            _frage(url, "warmup", text)
        zeiten = [_frage(url, f"bench-{runde}", text) for runde in range(5) for text in FRAGEN]
        speicher = {name: _rss_mb(p.pid) for name, p in dienste.prozesse}
    zeiten.sort()
    p95 = zeiten[int(0.95 * (len(zeiten) - 1))]
    print(f"Nachrichten: {len(zeiten)}")
    print(f"Antwortzeit p50 {statistics.median(zeiten) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
          f"max {zeiten[-1] * 1000:.0f} ms (Ziel p95 < {ZIEL_P95_S * 1000:.0f} ms)")
    for name, mb in speicher.items():
        print(f"Speicher {name}: {mb:.0f} MB RSS")
    ok = p95 < ZIEL_P95_S and speicher.get("rasa", 0) < ZIEL_RSS_MB
    print("Ziele erreicht." if ok else "Ziele VERFEHLT.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
