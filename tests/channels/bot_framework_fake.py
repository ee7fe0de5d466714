"""A fake Microsoft on localhost: OpenID metadata + key set, token endpoint, Bot Connector conversations.

It records every request, issues tokens only for the right client id/secret/scope, accepts replies only
with the token it issued, and signs "Bot Connector" JWTs with a test RSA key (`jwt_fuer`).
"""
from __future__ import annotations

import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

AUSSTELLER = "https://api.botframework.com"


def neuer_schluessel() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def jwk_von(schluessel: rsa.RSAPrivateKey, kid: str, endorsements: list[str] | None = None) -> dict[str, Any]:
    jwk = RSAAlgorithm.to_jwk(schluessel.public_key(), as_dict=True)
    return {**jwk, "kid": kid, "use": "sig", "endorsements": endorsements or ["msteams", "webchat"]}


def signiere(schluessel: rsa.RSAPrivateKey, kid: str, claims: dict[str, Any], algorithmus: str = "RS256") -> str:
    return jwt.encode(claims, schluessel, algorithm=algorithmus, headers={"kid": kid})


@dataclass
class Anfrage:
    methode: str
    pfad: str
    kopf: dict[str, str]
    koerper: bytes

    def json(self) -> Any:
        return json.loads(self.koerper)

    def formular(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.koerper.decode()).items()}


@dataclass
class FakeBotFramework:
    app_id: str
    app_passwort: str
    tenant: str = "botframework.com"
    kid: str = "test-kid"
    token_dauer: int = 3600
    schluessel: rsa.RSAPrivateKey = field(default_factory=neuer_schluessel)
    anfragen: list[Anfrage] = field(default_factory=list)
    ausgegebene_tokens: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sperre = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:
                pass

            def _antworte(self, status: int, daten: Any) -> None:
                roh = json.dumps(daten).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(roh)))
                self.end_headers()
                self.wfile.write(roh)

            def _bearbeite(self, methode: str) -> None:
                laenge = int(self.headers.get("Content-Length") or 0)
                anfrage = Anfrage(methode, self.path, dict(self.headers.items()), self.rfile.read(laenge))
                with fake._sperre:
                    fake.anfragen.append(anfrage)
                status, daten = fake.beantworte(anfrage)
                self._antworte(status, daten)

            def do_GET(self) -> None:  # noqa: N802 - http.server naming
                self._bearbeite("GET")

            def do_POST(self) -> None:  # noqa: N802
                self._bearbeite("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # --- addresses -------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def openid_url(self) -> str:
        return f"{self.url}/v1/.well-known/openidconfiguration"

    @property
    def service_url(self) -> str:
        return f"{self.url}/teams/"

    @property
    def jwks(self) -> dict[str, Any]:
        return {"keys": [jwk_von(self.schluessel, self.kid)]}

    # --- behaviour -------------------------------------------------------------------------------------
    def beantworte(self, anfrage: Anfrage) -> tuple[int, Any]:
        pfad = anfrage.pfad.split("?")[0]
        if anfrage.methode == "GET" and pfad == "/v1/.well-known/openidconfiguration":
            return 200, {"issuer": AUSSTELLER, "jwks_uri": f"{self.url}/v1/.well-known/keys",
                         "id_token_signing_alg_values_supported": ["RS256"]}
        if anfrage.methode == "GET" and pfad == "/v1/.well-known/keys":
            return 200, self.jwks
        if anfrage.methode == "POST" and pfad.endswith("/oauth2/v2.0/token"):
            formular = anfrage.formular()
            if pfad != f"/{self.tenant}/oauth2/v2.0/token":
                return 400, {"error": "invalid_request", "error_description": "falscher Tenant"}
            if (formular.get("client_id"), formular.get("client_secret"), formular.get("grant_type"),
                    formular.get("scope")) != (self.app_id, self.app_passwort, "client_credentials",
                                               "https://api.botframework.com/.default"):
                return 401, {"error": "invalid_client"}
            token = f"bot-token-{uuid.uuid4().hex}"
            self.ausgegebene_tokens.append(token)
            return 200, {"token_type": "Bearer", "expires_in": self.token_dauer, "access_token": token}
        if anfrage.methode == "POST" and pfad.startswith("/teams/v3/conversations/"):
            kopf = anfrage.kopf.get("Authorization", "")
            if not kopf.startswith("Bearer ") or kopf[7:] not in self.ausgegebene_tokens:
                return 401, {"error": {"code": "Unauthorized"}}
            return 200, {"id": uuid.uuid4().hex}
        return 404, {"error": "unbekannt"}

    # --- for tests -------------------------------------------------------------------------------------
    def jwt_fuer(self, service_url: str | None = None, **abweichend: Any) -> str:
        """A Bot Connector token as Microsoft would send it; keyword arguments change or (None) drop claims."""
        jetzt = int(time.time())
        claims = {"iss": AUSSTELLER, "aud": self.app_id, "exp": jetzt + 3600, "nbf": jetzt - 60, "iat": jetzt - 60,
                  "serviceurl": service_url or self.service_url}
        claims.update(abweichend)
        return signiere(self.schluessel, self.kid, {k: v for k, v in claims.items() if v is not None})

    def seit(self, marke: int) -> list[Anfrage]:
        with self._sperre:
            return list(self.anfragen[marke:])

    def marke(self) -> int:
        with self._sperre:
            return len(self.anfragen)

    @staticmethod
    def gesendet(anfragen: list[Anfrage]) -> list[Anfrage]:
        return [a for a in anfragen if "/v3/conversations/" in a.pfad]

    @staticmethod
    def token_anfragen(anfragen: list[Anfrage]) -> list[Anfrage]:
        return [a for a in anfragen if a.pfad.endswith("/oauth2/v2.0/token")]

    @staticmethod
    def konversation(anfrage: Anfrage) -> str:
        return unquote(anfrage.pfad.split("/v3/conversations/")[1].split("/")[0])

    def __enter__(self) -> "FakeBotFramework":
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()
