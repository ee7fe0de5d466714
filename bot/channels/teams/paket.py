"""Teams app package: teams/manifest.json with the settings filled in, plus both icons, zipped into dist/.

    KP_TEAMS_APP_ID=<Microsoft-App-ID> python -m bot.channels.teams.paket   (or: make teams-package)

Placeholders `${NAME}` in the manifest's strings are taken from the environment (defaults below); the app id
must be a GUID. Standard library only, so it also runs without the project's virtual environment.
"""
from __future__ import annotations

import json
import os
import re
import sys
import zipfile
from pathlib import Path
from typing import Any, Mapping

PROJEKT = Path(__file__).resolve().parents[3]
QUELLE = PROJEKT / "teams"
ZIEL = PROJEKT / "dist" / "kp-assistent-teams.zip"
ICONS = {"color": (192, 192), "outline": (32, 32)}
STANDARD = {
    "KP_TEAMS_APP_VERSION": "1.0.0",
    "KP_TEAMS_HERAUSGEBER": "Jobcenter",
    "KP_TEAMS_WEBSITE_URL": "https://www.jobcenter-ge.de/",
    "KP_TEAMS_DATENSCHUTZ_URL": "https://www.jobcenter-ge.de/",
    "KP_TEAMS_NUTZUNGSBEDINGUNGEN_URL": "https://www.jobcenter-ge.de/",
}
_PLATZHALTER = re.compile(r"\$\{([A-Z0-9_]+)\}")
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_SEMVER = re.compile(r"\d+\.\d+\.\d+")


class PaketFehler(ValueError):
    pass


def werte(env: Mapping[str, str]) -> dict[str, str]:
    ergebnis = {**STANDARD, **{k: v.strip() for k, v in env.items() if k in STANDARD and v.strip()}}
    app_id = (env.get("KP_TEAMS_APP_ID") or "").strip()
    if not _GUID.fullmatch(app_id):
        raise PaketFehler("KP_TEAMS_APP_ID fehlt oder ist keine GUID (Microsoft-App-ID der Azure-Bot-Ressource).")
    ergebnis["KP_TEAMS_APP_ID"] = app_id.lower()
    if not _SEMVER.fullmatch(ergebnis["KP_TEAMS_APP_VERSION"]):
        raise PaketFehler("KP_TEAMS_APP_VERSION muss die Form 1.2.3 haben.")
    for name in ("KP_TEAMS_WEBSITE_URL", "KP_TEAMS_DATENSCHUTZ_URL", "KP_TEAMS_NUTZUNGSBEDINGUNGEN_URL"):
        if not ergebnis[name].startswith("https://"):
            raise PaketFehler(f"{name} muss mit https:// beginnen.")
    if len(ergebnis["KP_TEAMS_HERAUSGEBER"]) > 32:
        raise PaketFehler("KP_TEAMS_HERAUSGEBER darf höchstens 32 Zeichen haben.")
    return ergebnis


def fuelle(element: Any, belegung: Mapping[str, str]) -> Any:
    if isinstance(element, dict):
        return {k: fuelle(v, belegung) for k, v in element.items()}
    if isinstance(element, list):
        return [fuelle(v, belegung) for v in element]
    if isinstance(element, str):
        def ersetze(treffer: re.Match) -> str:
            if treffer.group(1) not in belegung:
                raise PaketFehler(f"Unbekannter Platzhalter ${{{treffer.group(1)}}} in manifest.json")
            return belegung[treffer.group(1)]
        return _PLATZHALTER.sub(ersetze, element)
    return element


def png_groesse(pfad: Path) -> tuple[int, int]:
    kopf = pfad.read_bytes()[:24]
    if kopf[:8] != b"\x89PNG\r\n\x1a\n" or kopf[12:16] != b"IHDR":
        raise PaketFehler(f"{pfad.name} ist keine PNG-Datei.")
    return int.from_bytes(kopf[16:20], "big"), int.from_bytes(kopf[20:24], "big")


def baue(env: Mapping[str, str] | None = None, quelle: Path = QUELLE, ziel: Path = ZIEL) -> Path:
    manifest = fuelle(json.loads((quelle / "manifest.json").read_text(encoding="utf-8")),
                      werte(os.environ if env is None else env))
    for art, groesse in ICONS.items():
        if png_groesse(quelle / manifest["icons"][art]) != groesse:
            raise PaketFehler(f"{manifest['icons'][art]} muss {groesse[0]}×{groesse[1]} Pixel groß sein.")
    ziel.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(ziel, "w", zipfile.ZIP_DEFLATED) as archiv:
        archiv.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        for art in ICONS:
            archiv.write(quelle / manifest["icons"][art], manifest["icons"][art])
    return ziel


def main() -> int:
    try:
        ziel = baue()
    except (PaketFehler, OSError) as fehler:
        print(f"Teams-Paket nicht erstellt: {fehler}", file=sys.stderr)
        return 2
    print(f"Teams-App-Paket: {ziel.relative_to(PROJEKT)} – in Teams unter „Apps → Apps verwalten → "
          "App hochladen“ hochladen (siehe README, Abschnitt Microsoft Teams).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
