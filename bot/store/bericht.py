"""Report over a period: answers per rule and section, feedback per rule, most frequent fallback questions."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import case, func, inspect, select

from bot.store import schema
from bot.store.datenbank import engine, pruefe
from bot.store.zeitraum import Zeitraum


class TabellenFehlen(Exception):
    """The store was never migrated."""


@dataclass(frozen=True)
class RueckmeldungJeRegel:
    regel: str
    gut: int
    schlecht: int

    @property
    def anteil_gut(self) -> float:
        return self.gut / (self.gut + self.schlecht) if self.gut + self.schlecht else 0.0


@dataclass
class Bericht:
    zeitraum: Zeitraum
    antworten: int = 0
    je_regel: list[tuple[str, int]] = field(default_factory=list)
    je_abschnitt: list[tuple[str, int]] = field(default_factory=list)
    je_kanal: list[tuple[str, int]] = field(default_factory=list)
    rueckmeldungen: list[RueckmeldungJeRegel] = field(default_factory=list)
    fallbacks: int = 0
    haeufigste_fallbacks: list[tuple[str, int]] = field(default_factory=list)


def _abschnitt_schluessel(nummer: str) -> tuple:
    return tuple(int(teil) if teil.isdigit() else 0 for teil in nummer.split("."))


def _normalform(frage: str) -> str:
    return re.sub(r"\s+", " ", frage.lower()).strip(" ?!.,;:")


def erstelle(url: str, zeitraum: Zeitraum, anzahl_fragen: int = 15) -> Bericht:
    pruefe(url)
    e = engine(url)
    if not inspect(e).has_table(schema.antworten.name):
        raise TabellenFehlen("Die Tabellen des Protokolls fehlen – bitte zuerst `make migrate` ausführen.")
    a, ab, r, f = schema.antworten, schema.antwort_abschnitte, schema.rueckmeldungen, schema.fallback_fragen
    im_zeitraum = (a.c.zeitpunkt >= zeitraum.von_utc) & (a.c.zeitpunkt < zeitraum.bis_utc)
    bericht = Bericht(zeitraum)
    with e.connect() as v:
        bericht.antworten = v.execute(select(func.count()).select_from(a).where(im_zeitraum)).scalar_one()
        regel = func.coalesce(a.c.regel, "(ohne Regel)")
        bericht.je_regel = [tuple(z) for z in v.execute(
            select(regel, func.count()).where(im_zeitraum).group_by(regel).order_by(func.count().desc(), regel))]
        bericht.je_abschnitt = sorted(
            (tuple(z) for z in v.execute(select(ab.c.abschnitt, func.count()).join(a, a.c.antwort_id == ab.c.antwort_id)
                                         .where(im_zeitraum).group_by(ab.c.abschnitt))),
            key=lambda z: _abschnitt_schluessel(z[0]))
        kanal = func.coalesce(a.c.kanal, "(unbekannt)")
        bericht.je_kanal = [tuple(z) for z in v.execute(
            select(kanal, func.count()).where(im_zeitraum).group_by(kanal).order_by(func.count().desc()))]
        gut = func.sum(case((r.c.bewertung == "gut", 1), else_=0))
        schlecht = func.sum(case((r.c.bewertung == "schlecht", 1), else_=0))
        bericht.rueckmeldungen = [RueckmeldungJeRegel(z[0], int(z[1]), int(z[2])) for z in v.execute(
            select(regel, gut, schlecht).join(a, a.c.antwort_id == r.c.antwort_id)
            .where(r.c.zeitpunkt >= zeitraum.von_utc, r.c.zeitpunkt < zeitraum.bis_utc)
            .group_by(regel).order_by(regel))]
        fragen = v.execute(select(f.c.text).where(f.c.zeitpunkt >= zeitraum.von_utc,
                                                  f.c.zeitpunkt < zeitraum.bis_utc)).scalars().all()
    bericht.fallbacks = len(fragen)
    zaehler = Counter(_normalform(frage) for frage in fragen)
    erste_form: dict[str, str] = {}
    for frage in fragen:
        erste_form.setdefault(_normalform(frage), frage)
    bericht.haeufigste_fallbacks = [(erste_form[form], anzahl) for form, anzahl in
                                    sorted(zaehler.items(), key=lambda z: (-z[1], z[0]))[:anzahl_fragen]]
    return bericht


def als_text(b: Bericht) -> str:
    zeilen = [f"KP-Assistent – Bericht {b.zeitraum}", "",
              f"Antworten: {b.antworten}   Rückmeldungen: {sum(x.gut + x.schlecht for x in b.rueckmeldungen)}   "
              f"Fallback-Fragen: {b.fallbacks}", ""]
    zeilen.append("Antworten je Regel")
    zeilen += [f"  {regel:<44} {anzahl:>6}" for regel, anzahl in b.je_regel] or ["  –"]
    zeilen += ["", "Antworten je Abschnitt der Weisung"]
    zeilen += [f"  Pkt. {abschnitt:<10} {anzahl:>6}" for abschnitt, anzahl in b.je_abschnitt] or ["  –"]
    zeilen += ["", "Rückmeldungen je Regel (gut / schlecht / Anteil gut)"]
    zeilen += [f"  {x.regel:<44} {x.gut:>4} {x.schlecht:>4}   {x.anteil_gut:>4.0%}"
               for x in b.rueckmeldungen] or ["  –"]
    zeilen += ["", "Häufigste Fallback-Fragen (redigiert)"]
    zeilen += [f"  {anzahl:>4} × {frage}" for frage, anzahl in b.haeufigste_fallbacks] or ["  –"]
    if b.je_kanal:
        zeilen += ["", "Kanäle: " + ", ".join(f"{kanal} {anzahl}" for kanal, anzahl in b.je_kanal)]
    return "\n".join(zeilen)
