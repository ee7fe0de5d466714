"""Parses the Weisung's plain text into its numbered sections.

The text file opens with a table of contents (entries end in a tab and a page number), has numbered
lists inside sections ("6. Ob und wie Leistungen …" inside section 5) and a heading split over two
lines ("… (Verpflichtung nach § 15a Abs. 2" / "SGB II)"). The table of contents is therefore read
first and used as the plan: a body line is a heading only if it carries the next planned number and
starts like the planned title. Without a table of contents, a number must be a plausible successor
of the current section (child, sibling or a higher level's next number).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

QUELLE = Path(__file__).parent / "quelle" / "verfahrenshinweis-kooperationsplan.txt"

_HEADING = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(\S.*)$")
_TOC_ENTRY = re.compile(r"\t\d+\s*$")
_LINK = re.compile(r"\[([^\]]+)\]\(#?[^)]*\)")
_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_SIGNATURE = re.compile(r"^(Dieser Verfahrenshinweis ist ab|Degener,|Mai 2026)")


@dataclass(frozen=True)
class Abschnitt:
    nummer: str
    titel: str
    text: str

    @property
    def ebene(self) -> int:
        return self.nummer.count(".") + 1


def _nummer_tupel(nummer: str) -> tuple[int, ...]:
    return tuple(int(teil) for teil in nummer.split("."))


def _ist_nachfolger(neu: tuple[int, ...], aktuell: tuple[int, ...] | None) -> bool:
    if aktuell is None:
        return neu == (1,)
    if neu == aktuell + (1,):
        return True
    for ebene in range(len(aktuell), 0, -1):
        if neu == aktuell[: ebene - 1] + (aktuell[ebene - 1] + 1,):
            return True
    return False


def bereinige(text: str) -> str:
    """Removes the Markdown residue of the source (links, bold/italic markers)."""
    text = _LINK.sub(r"\1", text)
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)


def _titel_schluessel(titel: str) -> str:
    return re.sub(r"[^a-zäöüß0-9]", "", titel.lower())[:20]


def _trenne_inhaltsverzeichnis(zeilen: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """Returns the planned headings (number, title) and the lines after the table of contents."""
    plan: list[tuple[str, str]] = []
    koerper: list[str] = []
    in_toc = False
    for zeile in zeilen:
        if zeile.strip() == "Inhalt" and not plan:
            in_toc = True
            continue
        if in_toc:
            if not zeile.strip():
                continue
            if _TOC_ENTRY.search(zeile):
                eintrag = re.sub(r"[.\s]*\t\d+\s*$", "", zeile).strip()
                treffer = _HEADING.match(eintrag)
                if treffer:
                    plan.append((treffer.group(1), treffer.group(2)))
                elif plan and _offene_klammer(plan[-1][1]):
                    plan[-1] = (plan[-1][0], f"{plan[-1][1]} {eintrag}")
                continue
            in_toc = False
        koerper.append(zeile)
    return plan, koerper


def _offene_klammer(titel: str) -> bool:
    return titel.count("(") > titel.count(")")


def _ist_ueberschrift(treffer: re.Match, aktuell: tuple[int, ...] | None,
                     plan: list[tuple[str, str]], gefunden: int) -> bool:
    if not plan:
        return _ist_nachfolger(_nummer_tupel(treffer.group(1)), aktuell)
    if gefunden >= len(plan):
        return False
    nummer, titel = plan[gefunden]
    return treffer.group(1) == nummer and _titel_schluessel(treffer.group(2)).startswith(
        _titel_schluessel(titel)[:12])


def parse(text: str) -> dict[str, Abschnitt]:
    plan, zeilen = _trenne_inhaltsverzeichnis(text.splitlines())
    abschnitte: dict[str, Abschnitt] = {}
    aktuell: tuple[int, ...] | None = None
    titel, koerper = "", []
    i = 0

    def abschliessen() -> None:
        if aktuell is not None:
            nummer = ".".join(map(str, aktuell))
            inhalt = bereinige("\n".join(koerper)).strip()
            abschnitte[nummer] = Abschnitt(nummer, bereinige(titel).strip(), re.sub(r"\n{3,}", "\n\n", inhalt))

    while i < len(zeilen):
        zeile = zeilen[i].rstrip()
        treffer = _HEADING.match(zeile)
        if treffer and _ist_ueberschrift(treffer, aktuell, plan, len(abschnitte) + (aktuell is not None)):
            abschliessen()
            aktuell = _nummer_tupel(treffer.group(1))
            titel = treffer.group(2).rstrip(". ")
            while _offene_klammer(titel) and i + 1 < len(zeilen):
                i += 1
                titel = f"{titel} {zeilen[i].strip()}"
            koerper = []
        elif aktuell is not None and not _SIGNATURE.match(zeile.strip()):
            koerper.append(zeile)
        i += 1
    abschliessen()
    return abschnitte


def gueltigkeitshinweis(text: str) -> str | None:
    treffer = re.search(r"Dieser Verfahrenshinweis ist ab dem (\d{2}\.\d{2}\.\d{4}) gültig", text)
    return treffer.group(1) if treffer else None
