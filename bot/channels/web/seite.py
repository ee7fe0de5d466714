"""The chat page's files, served under the channel's blueprint with strict security headers.

Only the files listed here are served (no directory access). socket.io-client comes from the
npm packages that scripts/setup-web.sh installs; the browser never loads anything from elsewhere.
"""
from __future__ import annotations

from pathlib import Path

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

WEB = Path(__file__).resolve().parent
STATISCH = WEB / "static"
NODE_MODULES = WEB / "node_modules"

HTML = "text/html; charset=utf-8"
JS = "text/javascript; charset=utf-8"
CSS = "text/css; charset=utf-8"
SVG = "image/svg+xml"

DATEIEN: dict[str, tuple[Path, str]] = {
    "chat.js": (STATISCH / "chat.js", JS),
    "chat.css": (STATISCH / "chat.css", CSS),
    "favicon.svg": (STATISCH / "favicon.svg", SVG),
    "vendor/socket.io.min.js": (NODE_MODULES / "socket.io-client" / "dist" / "socket.io.min.js", JS),
}
SEITE = STATISCH / "index.html"

# No inline script or style anywhere; the socket connects to the same origin ('self').
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
KOPFZEILEN = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-cache",
}


def _datei(pfad: Path, typ: str) -> HTTPResponse:
    try:
        inhalt = pfad.read_bytes()
    except OSError:
        return response.text("Nicht gefunden. Ist der Web-Chat eingerichtet (scripts/setup-web.sh)?",
                             status=404, headers=KOPFZEILEN)
    return response.raw(inhalt, headers=KOPFZEILEN, content_type=typ)


def registriere_seite(bp: Blueprint) -> None:
    @bp.route("/", methods=["GET"])
    async def seite(request: Request) -> HTTPResponse:
        if not request.path.endswith("/"):
            # relative links (chat.js, …) need the trailing slash; relative, so it works behind a proxy prefix
            return response.redirect(request.path.rsplit("/", 1)[-1] + "/", status=301)
        return _datei(SEITE, HTML)

    @bp.route("/<datei:path>", methods=["GET"])
    async def statisch(request: Request, datei: str) -> HTTPResponse:
        if datei in ("", "index.html"):
            return _datei(SEITE, HTML)
        if datei not in DATEIEN:
            return response.text("Nicht gefunden.", status=404, headers=KOPFZEILEN)
        return _datei(*DATEIEN[datei])
