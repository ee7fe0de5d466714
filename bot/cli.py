"""Command line: `python -m bot rules|decide|abschnitt …`. Errors print a clear message and exit with 2."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Callable

from bot import rules
from bot.rules.core import lese_datum
from bot.weisung import abschnitt, abschnitte


class CliFehler(Exception):
    """A user error: printed without traceback, exit code 2."""


def _rules(args: argparse.Namespace) -> int:
    katalog = rules.katalog()
    if args.json:
        print(json.dumps(katalog, ensure_ascii=False, indent=2))
        return 0
    for eintrag in katalog:
        quelle = ", ".join(eintrag["sections"])
        normen = "; ".join(eintrag["norms"]) or "–"
        fakten = ", ".join(f["name"] for f in eintrag["facts"]) or "–"
        print(f"{eintrag['id']:<44} Pkt. {quelle:<14} {normen:<40} Fakten: {fakten}")
    print(f"\n{len(katalog)} Regeln, gültig ab {rules.GUELTIG_AB.strftime('%d.%m.%Y')}.")
    return 0


def _fakten_aus_argumenten(paare: list[str], regel_obj: rules.Regel) -> dict[str, object]:
    roh: dict[str, str] = {}
    for paar in paare:
        if "=" not in paar:
            raise CliFehler(f"--fact erwartet name=wert, nicht '{paar}'.")
        name, wert = (teil.strip() for teil in paar.split("=", 1))
        if name not in rules.FAKTEN:
            raise CliFehler(f"Unbekannter Fakt '{name}'. Bekannt: {', '.join(sorted(rules.FAKTEN))}")
        if name not in regel_obj.fakten:
            benoetigt = ", ".join(regel_obj.fakten) or "keine"
            raise CliFehler(f"Regel {regel_obj.id} verwendet den Fakt '{name}' nicht (verwendet: {benoetigt}).")
        roh[name] = wert
    try:
        return rules.lese_fakten(roh)
    except rules.UngueltigerWert as fehler:
        raise CliFehler(f"Ungültiger Wert – {fehler}") from None


def _decide(args: argparse.Namespace) -> int:
    try:
        regel_obj = rules.regel(args.regel)
    except rules.UnbekannteRegel:
        raise CliFehler(f"Unbekannte Regel '{args.regel}'. `python -m bot rules` listet alle.") from None
    fakten = _fakten_aus_argumenten(args.fact or [], regel_obj)
    try:
        stichtag = lese_datum(args.date, "--date") if args.date else date.today()
    except rules.UngueltigerWert as fehler:
        raise CliFehler(str(fehler)) from None
    entscheidung = rules.entscheide(regel_obj.id, fakten, stichtag)
    if args.json:
        print(json.dumps(entscheidung.als_dict(), ensure_ascii=False, indent=2))
        return 0
    print(entscheidung.kurz)
    for zeile in entscheidung.erlaeuterung:
        print(f"  - {zeile}")
    print(f"Quelle: {entscheidung.quelle}")
    print(f"Verdikt: {entscheidung.antwort.value} | Modalität: {entscheidung.modalitaet.value} | "
          f"Ergebnis: {entscheidung.ergebnis} | Stichtag: {entscheidung.stichtag.strftime('%d.%m.%Y')}")
    for fakt in entscheidung.fehlende_fakten:
        optionen = " / ".join(label for _, label in fakt.optionen())
        print(f"Fehlt: {fakt.name} – {fakt.frage}" + (f" [{optionen}]" if optionen else ""))
    print("Begründung:")
    for schritt in entscheidung.spur:
        print(f"  {schritt.text}" + (f" (Pkt. {schritt.abschnitt})" if schritt.abschnitt else ""))
    return 0


def _abschnitt(args: argparse.Namespace) -> int:
    if not args.nummer:
        for nummer, a in abschnitte().items():
            print(f"{nummer:<6} {a.titel}")
        return 0
    gefunden = abschnitt(args.nummer)
    if gefunden is None:
        raise CliFehler(f"Die Weisung hat keinen Abschnitt '{args.nummer}'.")
    print(f"Pkt. {gefunden.nummer} {gefunden.titel}\n\n{gefunden.text}")
    return 0


BEFEHLE: dict[str, Callable[[argparse.Namespace], int]] = {"rules": _rules, "decide": _decide, "abschnitt": _abschnitt}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="KP-Assistent: Regeln der Weisung und Betrieb.")
    sub = p.add_subparsers(dest="befehl", required=True)
    r = sub.add_parser("rules", help="Regelkatalog ausgeben")
    r.add_argument("--json", action="store_true")
    d = sub.add_parser("decide", help="Eine Regel für gegebene Fakten entscheiden")
    d.add_argument("regel", help="Regel-ID, z. B. einladung.rfb")
    d.add_argument("--fact", action="append", metavar="NAME=WERT", help="Fakt, mehrfach möglich")
    d.add_argument("--date", help="Stichtag JJJJ-MM-TT (Standard: heute)")
    d.add_argument("--json", action="store_true")
    a = sub.add_parser("abschnitt", help="Abschnitt der Weisung im Wortlaut zeigen")
    a.add_argument("nummer", nargs="?", help="z. B. 6.2; ohne Nummer: Liste aller Abschnitte")
    for name, erweiterung in ERWEITERUNGEN.items():
        erweiterung(sub.add_parser(name, help=erweiterung.__doc__))
    return p


# Further subcommands (report, purge, run) register here: name -> function adding its arguments and
# setting `befehl_funktion` as default.
def _run_erweiterung(sub: argparse.ArgumentParser) -> None:
    """Assistent starten (Action-Server, Rasa, Web-Chat)"""
    from bot.launcher import registriere
    registriere(sub)


def _report_erweiterung(sub: argparse.ArgumentParser) -> None:
    """Bericht: Antworten je Regel/Abschnitt, Rückmeldungen, häufigste Fallback-Fragen (Text, --html)"""
    from bot.store.cli import registriere_report
    registriere_report(sub)


def _purge_erweiterung(sub: argparse.ArgumentParser) -> None:
    """Gespräche und Protokolle löschen, die älter als die Aufbewahrungsfrist sind (--older-than 90d, --dry-run)"""
    from bot.store.cli import registriere_purge
    registriere_purge(sub)


ERWEITERUNGEN: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "run": _run_erweiterung, "report": _report_erweiterung, "purge": _purge_erweiterung}


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    funktion = getattr(args, "befehl_funktion", None) or BEFEHLE[args.befehl]
    try:
        return funktion(args)
    except CliFehler as fehler:
        print(f"Fehler: {fehler}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
