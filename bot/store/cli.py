"""Subcommands `python -m bot report` and `python -m bot purge` (registered in bot/cli.py's ERWEITERUNGEN).

Exit codes: 0 done, 1 a store is unreachable or not migrated, 2 malformed arguments (nothing written).
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from bot.store.datenbank import DatenbankFehler
from bot.store.einstellungen import AUFBEWAHRUNG, DB_URL, anzeige, aufbewahrung, db_url, tracker_db_url
from bot.store.zeitraum import ZeitraumFehler, lese_frist, zeitraum


def _fehler(meldung: str, code: int) -> int:
    print(f"Fehler: {meldung}", file=sys.stderr)
    return code


def report(args: argparse.Namespace) -> int:
    """Bericht: Antworten je Regel und Abschnitt, Rückmeldungen, häufigste Fallback-Fragen"""
    from bot.store.bericht import TabellenFehlen, als_text, erstelle
    try:
        periode = zeitraum(args.von, args.bis, args.tage, date.today())
    except ZeitraumFehler as fehler:
        return _fehler(str(fehler), 2)
    if args.top < 1:
        return _fehler(f"--top muss mindestens 1 sein, nicht {args.top}.", 2)
    url = db_url()
    try:
        bericht = erstelle(url, periode, args.top)
    except DatenbankFehler as fehler:
        return _fehler(str(fehler), 1)
    except TabellenFehlen as fehler:
        return _fehler(f"{fehler} ({DB_URL}={anzeige(url)})", 1)
    except Exception as fehler:  # noqa: BLE001 - e.g. the server went away mid-query: a message, not a traceback
        from bot.store.datenbank import grund
        return _fehler(f"Bericht nicht möglich ({DB_URL}={anzeige(url)}): {grund(fehler)}", 1)
    print(als_text(bericht))
    if args.html:
        from bot.store.bericht_html import als_html
        ziel = Path(args.html)
        ziel.parent.mkdir(parents=True, exist_ok=True)
        ziel.write_text(als_html(bericht), encoding="utf-8")
        print(f"\nHTML-Bericht: {ziel}")
    return 0


def purge(args: argparse.Namespace) -> int:
    """Gespräche und Protokolle löschen, die älter als die Aufbewahrungsfrist sind"""
    from bot.store.aufbewahrung import bereinige, stichtag
    quelle = "--older-than" if args.older_than else AUFBEWAHRUNG
    try:
        frist = lese_frist(args.older_than or aufbewahrung(), quelle)
    except ZeitraumFehler as fehler:
        return _fehler(str(fehler), 2)
    try:
        zaehlung = bereinige(frist, db_url(), tracker_db_url(), probelauf=args.dry_run)
    except DatenbankFehler as fehler:
        return _fehler(str(fehler), 1)
    grenze = stichtag(frist)
    tage = f"{frist.days} {'Tag' if frist.days == 1 else 'Tage'}"
    was = "zu löschen wäre" if args.dry_run else "gelöscht wurde"
    print(f"Aufbewahrung {tage}: {was} alles vor {grenze.strftime('%d.%m.%Y %H:%M')} UTC.")
    print("\n".join(zaehlung.zeilen()))
    if args.dry_run:
        print("Probelauf (--dry-run): nichts gelöscht.")
    return 0


def _anzahl(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ganze Zahl erwartet, nicht '{text}'") from None


def registriere_report(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--von", help="erster Tag, JJJJ-MM-TT oder TT.MM.JJJJ (Standard: vor 30 Tagen)")
    sub.add_argument("--bis", help="letzter Tag, einschließlich (Standard: heute)")
    sub.add_argument("--tage", type=_anzahl, help="die letzten N Tage (statt --von/--bis)")
    sub.add_argument("--top", type=_anzahl, default=15, help="so viele Fallback-Fragen zeigen (Standard 15)")
    sub.add_argument("--html", metavar="DATEI", help="zusätzlich eine HTML-Seite mit Diagrammen schreiben")
    sub.set_defaults(befehl_funktion=report)


def registriere_purge(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--older-than", metavar="FRIST",
                     help=f"z. B. 90d oder 12w (Standard: {AUFBEWAHRUNG}, sonst 90d)")
    sub.add_argument("--dry-run", action="store_true", help="nur zählen, nichts löschen")
    sub.set_defaults(befehl_funktion=purge)
