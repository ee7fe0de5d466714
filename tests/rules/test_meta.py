"""Properties of the whole catalogue: coverage of the Weisung, citations, case tables, three-valued logic."""
from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date, timedelta

import pytest

from bot.rules import FAKTEN, REGELN, Antwort, entscheide
from bot.rules.core import ABLEITUNGEN
from bot.weisung import abschnitte
from tests.rules.faelle_lader import lade_faelle

# The sections the catalogue must cover (issue "Foundation", DOMAIN.md); 4, 6, 8, 8.2 are headings only.
ZU_ABDECKEN = ("1", "2", "3", "4.1", "4.2", "4.2.1", "4.3", "5", "5.1", "5.2", "5.3", "6.1", "6.2", "6.2.1", "6.3",
               "6.4", "7", "8.1", "8.2.1", "8.2.2", "8.3", "9", "9.1", "9.2", "9.3")
STICHTAG = date(2026, 9, 1)
FAELLE = lade_faelle()


def test_jeder_abschnitt_hat_eine_regel():
    abgedeckt = {a for r in REGELN.values() for a in r.abschnitte}
    assert set(ZU_ABDECKEN) - abgedeckt == set()


@pytest.mark.parametrize("regel", REGELN.values(), ids=list(REGELN))
def test_regel_nennt_abschnitt_und_norm_oder_grund(regel):
    assert regel.abschnitte
    assert all(a in abschnitte() for a in regel.abschnitte), "zitierte Abschnitte existieren in der Weisung"
    assert regel.normen or regel.ohne_norm
    assert regel.gueltig_ab == date(2026, 7, 1)
    assert regel.frage.endswith("?")


def test_jeder_fakt_wird_verwendet():
    verwendet = {name for r in REGELN.values() for name in r.fakten}
    assert set(FAKTEN) - verwendet == set()


def test_jede_regel_hat_faelle():
    mit_faellen = {f.regel for f in FAELLE}
    assert set(REGELN) - mit_faellen == set()


def test_faelle_nennen_nur_bekannte_regeln_und_fakten():
    for fall in FAELLE:
        assert fall.regel in REGELN, fall.id
        assert set(fall.fakten) <= set(REGELN[fall.regel].fakten), fall.id


def _wertebereich(name: str, stichtag: date) -> list:
    fakt = FAKTEN[name]
    if fakt.typ == "bool":
        return [True, False]
    if fakt.typ == "auswahl":
        return [wert for wert, _ in fakt.auswahl]
    if fakt.typ == "zahl":
        return [16, 17, 18, 45]
    return [stichtag - timedelta(days=200), stichtag - timedelta(days=1), stichtag,
            stichtag + timedelta(days=56), stichtag + timedelta(days=57)]


def _belegungen(regel):
    """All partial assignments: each fact unknown or one of its values."""
    bereiche = [[None, *_wertebereich(name, STICHTAG)] for name in regel.fakten]
    for werte in itertools.product(*bereiche):
        yield {name: wert for name, wert in zip(regel.fakten, werte) if wert is not None}


def _vervollstaendigungen(regel, fakten):
    abgeleitet = {name for name, (quelle, funktion, _) in ABLEITUNGEN.items()
                  if quelle in fakten and funktion(fakten[quelle]) is not None}  # derived from a given fact
    offen = [name for name in regel.fakten if name not in fakten and name not in abgeleitet]
    for werte in itertools.product(*[_wertebereich(name, STICHTAG) for name in offen]):
        yield {**fakten, **dict(zip(offen, werte))}


def _urteil(e):
    """Yes/no must never flip; for a yes, its strength (muss/soll/kann) must not change either."""
    return (e.antwort, e.modalitaet) if e.antwort == Antwort.JA else (e.antwort,)


def _einzelfall_ausnahme(regel, fakten, vervollstaendigt, v) -> bool:
    """The completion differs only in a single-case exception the answer states, and leads to the single-case
    decision (never to the opposite verdict)."""
    ergaenzt = {name for name in vervollstaendigt if name not in fakten}
    return (v.antwort == Antwort.BEDINGT and bool(ergaenzt) and ergaenzt <= set(regel.einzelfall_ausnahmen)
            and any(vervollstaendigt[n] for n in ergaenzt))


@pytest.mark.parametrize("regel", [r for r in REGELN.values() if r.fakten], ids=[i for i, r in REGELN.items() if r.fakten])
def test_unbekannte_fakten_werden_nie_unterstellt(regel):
    """Kleene: an answer given with facts unknown holds for every value they could take;
    an open answer is only given when some value would change the verdict."""
    for fakten in _belegungen(regel):
        e = entscheide(regel.id, fakten, STICHTAG)
        vollstaendig = [entscheide(regel.id, f, STICHTAG) for f in _vervollstaendigungen(regel, fakten)]
        if e.fehlende_fakten:
            urteile = {(v.antwort, v.modalitaet, v.ergebnis) for v in vollstaendig}
            assert len(urteile) > 1, f"{regel.id} {fakten}: offen, obwohl das Ergebnis feststeht"
            assert all(f.name not in fakten for f in e.fehlende_fakten)
        elif e.antwort in (Antwort.JA, Antwort.NEIN):
            for f, v in zip(_vervollstaendigungen(regel, fakten), vollstaendig):
                if _einzelfall_ausnahme(regel, fakten, f, v):
                    assert "Ausnahme" in " ".join(e.erlaeuterung), f"{regel.id} {fakten}: Ausnahme nicht genannt"
                    continue
                assert _urteil(v) == _urteil(e), f"{regel.id} {fakten}: '{e.kurz}' unterstellt einen Fakt ({v.kurz})"
        else:
            for v in vollstaendig:
                assert v.antwort not in (Antwort.JA, Antwort.NEIN) or e.antwort == Antwort.BEDINGT, \
                    f"{regel.id} {fakten}: Auskunft '{e.kurz}', aber ein Fakt entscheidet ja/nein ({v.kurz})"


@pytest.mark.parametrize("regel", REGELN.values(), ids=list(REGELN))
def test_jedes_erreichbare_ergebnis_steht_in_der_falltabelle(regel):
    erreichbar = {entscheide(regel.id, f, STICHTAG).ergebnis for f in _belegungen(regel)}
    getestet = {f.erwartet.get("ergebnis") for f in FAELLE if f.regel == regel.id}
    assert erreichbar - getestet == set(), f"{regel.id}: Ergebnisse ohne Fall in der Tabelle"


@pytest.mark.parametrize("regel", [r for r in REGELN.values() if r.fakten], ids=[i for i, r in REGELN.items() if r.fakten])
def test_jeder_fakt_fehlt_in_mindestens_einem_fall(regel):
    faelle = [f for f in FAELLE if f.regel == regel.id]
    for name in regel.fakten:
        assert any(name not in f.fakten and (f.fakten or len(regel.fakten) == 1) for f in faelle), \
            f"{regel.id}: kein Fall, in dem '{name}' fehlt (bei sonst gegebenen Fakten)"


def test_vor_gueltigkeit_keine_aussage():
    for regel_id in REGELN:
        e = entscheide(regel_id, {}, date(2026, 6, 30))
        assert not e.anwendbar and "01.07.2026" in e.kurz


def test_abschnitte_kommen_aus_der_weisung():
    for regel_id in REGELN:
        e = entscheide(regel_id, {}, STICHTAG)
        assert all(a in abschnitte() for a in e.abschnitte)
