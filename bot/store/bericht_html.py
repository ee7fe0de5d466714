"""The report as one self-contained HTML page: inline CSS, plots as base64 PNG, no scripts, no external resources."""
from __future__ import annotations

import base64
import io
from html import escape

import matplotlib

matplotlib.use("Agg")  # no display; must come before pyplot
import matplotlib.pyplot as plt  # noqa: E402

from bot.store.bericht import Bericht  # noqa: E402

GRUEN, ROT, BLAU = "#2e7d32", "#c62828", "#1565c0"
STIL = """
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .5rem 0; } td, th { padding: .2rem .8rem; border-bottom: 1px solid #eee; }
th { text-align: left; } td.zahl { text-align: right; font-variant-numeric: tabular-nums; }
.kennzahlen span { display: inline-block; margin-right: 2rem; font-size: 1.1rem; } img { max-width: 100%; }
.hinweis { color: #666; font-size: .9rem; }
"""


def _png(figur) -> str:
    puffer = io.BytesIO()
    figur.savefig(puffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(figur)
    return base64.b64encode(puffer.getvalue()).decode("ascii")


def _balken(titel: str, paare: list[tuple[str, int]], farbe: str = BLAU) -> str:
    if not paare:
        return ""
    namen, werte = [p[0] for p in paare][::-1], [p[1] for p in paare][::-1]
    figur, achse = plt.subplots(figsize=(8, 0.35 * len(paare) + 1))
    achse.barh(namen, werte, color=farbe)
    achse.set_title(titel)
    achse.set_xlabel("Anzahl")
    achse.xaxis.get_major_locator().set_params(integer=True)
    return _bild(titel, _png(figur))


def _rueckmeldungen_bild(b: Bericht) -> str:
    if not b.rueckmeldungen:
        return ""
    regeln = [x.regel for x in b.rueckmeldungen][::-1]
    gut = [x.gut for x in b.rueckmeldungen][::-1]
    schlecht = [x.schlecht for x in b.rueckmeldungen][::-1]
    figur, achse = plt.subplots(figsize=(8, 0.35 * len(regeln) + 1))
    achse.barh(regeln, gut, color=GRUEN, label="gut")
    achse.barh(regeln, schlecht, left=gut, color=ROT, label="schlecht")
    achse.set_title("Rückmeldungen je Regel")
    achse.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    achse.xaxis.get_major_locator().set_params(integer=True)
    return _bild("Rückmeldungen je Regel", _png(figur))


def _bild(alt: str, png: str) -> str:
    return f'<img alt="{escape(alt)}" src="data:image/png;base64,{png}">'


def _tabelle(kopf: list[str], zeilen: list[list[object]]) -> str:
    if not zeilen:
        return '<p class="hinweis">Keine Daten im Zeitraum.</p>'
    th = "".join(f"<th>{escape(k)}</th>" for k in kopf)
    tr = "".join("<tr>" + "".join(f'<td class="zahl">{escape(str(z))}</td>' if isinstance(z, (int, float)) or
                                  str(z).endswith("%") else f"<td>{escape(str(z))}</td>" for z in zeile) + "</tr>"
                 for zeile in zeilen)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{tr}</tbody></table>"


def als_html(b: Bericht) -> str:
    rueckmeldungen = sum(x.gut + x.schlecht for x in b.rueckmeldungen)
    teile = [
        "<!DOCTYPE html>", '<html lang="de"><head><meta charset="utf-8">',
        f"<title>KP-Assistent – Bericht {escape(str(b.zeitraum))}</title><style>{STIL}</style></head><body>",
        f"<h1>KP-Assistent – Bericht {escape(str(b.zeitraum))}</h1>",
        f'<p class="kennzahlen"><span>Antworten: <b>{b.antworten}</b></span><span>Rückmeldungen: <b>{rueckmeldungen}'
        f'</b></span><span>Fallback-Fragen: <b>{b.fallbacks}</b></span></p>',
        "<h2>Antworten je Regel</h2>", _balken("Antworten je Regel", b.je_regel),
        _tabelle(["Regel", "Antworten"], [[r, n] for r, n in b.je_regel]),
        "<h2>Antworten je Abschnitt der Weisung</h2>",
        _balken("Antworten je Abschnitt", [(f"Pkt. {a}", n) for a, n in b.je_abschnitt], "#6a1b9a"),
        _tabelle(["Abschnitt", "Antworten"], [[f"Pkt. {a}", n] for a, n in b.je_abschnitt]),
        "<h2>Rückmeldungen je Regel</h2>", _rueckmeldungen_bild(b),
        _tabelle(["Regel", "gut", "schlecht", "Anteil gut"],
                 [[x.regel, x.gut, x.schlecht, f"{x.anteil_gut:.0%}"] for x in b.rueckmeldungen]),
        "<h2>Häufigste Fallback-Fragen</h2>",
        '<p class="hinweis">Fragen, die der Assistent keiner Regel zuordnen konnte – redigiert, zur Verbesserung '
        "der Trainingsdaten.</p>",
        _tabelle(["Anzahl", "Frage"], [[n, frage] for frage, n in b.haeufigste_fallbacks]),
        "<h2>Kanäle</h2>", _tabelle(["Kanal", "Antworten"], [[k, n] for k, n in b.je_kanal]),
        "</body></html>",
    ]
    return "\n".join(t for t in teile if t)
