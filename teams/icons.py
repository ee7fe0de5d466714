"""Draws the two app icons Teams requires: color.png (192×192) and outline.png (32×32, white on transparent).

Symbol: a sheet with a folded corner and a check mark (a plan that is checked). Shapes only, no fonts, so the
output is the same everywhere. Run `python teams/icons.py` after changing the design; the PNGs are committed.
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ORDNER = Path(__file__).resolve().parent
AKZENT = (31, 78, 121)  # #1F4E79, also accentColor in manifest.json
SKALA = 8  # drawn large, scaled down: smooth edges


def _symbol(groesse: int, rand: float, strich: float) -> Image.Image:
    """The symbol as an 8-bit mask (255 = symbol) on a square of `groesse` pixels."""
    g = groesse * SKALA
    maske = Image.new("L", (g, g), 0)
    zeichnen = ImageDraw.Draw(maske)
    links, oben, rechts, unten = rand * g, rand * g * 0.9, g - rand * g * 1.15, g - rand * g * 0.9
    ecke = (rechts - links) * 0.32
    breite = max(1, round(strich * g))
    blatt = [(links, oben), (rechts - ecke, oben), (rechts, oben + ecke), (rechts, unten), (links, unten)]
    zeichnen.line(blatt + [blatt[0]], fill=255, width=breite, joint="curve")
    zeichnen.line([(rechts - ecke, oben), (rechts - ecke, oben + ecke), (rechts, oben + ecke)], fill=255,
                  width=breite, joint="curve")
    b, h = rechts - links, unten - oben
    haken = [(links + b * 0.2, oben + h * 0.58), (links + b * 0.42, oben + h * 0.78),
             (links + b * 0.82, oben + h * 0.34)]
    zeichnen.line(haken, fill=255, width=round(breite * 1.3), joint="curve")
    return maske.resize((groesse, groesse), Image.LANCZOS)


def farbig() -> Image.Image:
    bild = Image.new("RGBA", (192, 192), AKZENT + (255,))
    weiss = Image.new("RGBA", (192, 192), (255, 255, 255, 255))
    bild.paste(weiss, (0, 0), _symbol(192, 0.27, 0.045))
    return bild


def umriss() -> Image.Image:
    """Teams: only white (#FFFFFF) and transparency; edges via alpha."""
    bild = Image.new("RGBA", (32, 32), (255, 255, 255, 0))
    bild.putalpha(_symbol(32, 0.14, 0.075).point(lambda a: 0 if a < 24 else a))  # no faint resampling haze
    return bild


def schreibe(ordner: Path = ORDNER) -> None:
    farbig().save(ordner / "color.png", optimize=True)
    umriss().save(ordner / "outline.png", optimize=True)


if __name__ == "__main__":
    schreibe()
