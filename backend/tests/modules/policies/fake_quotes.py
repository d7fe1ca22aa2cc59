"""A fake quotes system on loopback (domain.md §11 contract), so the real ``QuotesClient`` runs
against a real HTTP server: ``GET /quotes/validate/{number}`` and
``POST /quotes/by-number/{number}/approve`` with the ``X-API-Key`` header."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

API_KEY = "clave-de-prueba"
_VALIDATE = re.compile(r"^/quotes/validate/(?P<number>[^/]+)$")
_APPROVE = re.compile(r"^/quotes/by-number/(?P<number>[^/]+)/approve$")


@dataclass
class FakeQuotes:
    quotes: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: (method, path, api key) of every request received
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    def add(
        self, number: str, premium: str, *, status: str = "valid", valid_until: str | None = None
    ) -> None:
        self.quotes[number] = {
            "number": number,
            "status": status,
            "premium": premium,
            "vehicle_description": "NISSAN VERSA SENSE 2021",
            "valid_until": valid_until,
        }

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FakeQuotes:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                return

            def _answer(self, status: int, body: dict[str, Any] | None = None) -> None:
                data = json.dumps(body or {}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _handle(self, pattern: re.Pattern[str], approve: bool) -> None:
                key = self.headers.get("X-API-Key")
                fake.requests.append((self.command, self.path, key))
                match = pattern.match(self.path)
                if match is None:
                    return self._answer(404)
                if key != API_KEY:
                    return self._answer(401)
                quote = fake.quotes.get(match["number"])
                if quote is None:
                    return self._answer(404, {"detail": "not found"})
                if approve:
                    if quote["status"] != "valid":
                        return self._answer(409, quote)
                    quote["status"] = "approved"
                return self._answer(200, quote)

            def do_GET(self) -> None:
                self._handle(_VALIDATE, approve=False)

            def do_POST(self) -> None:
                self._handle(_APPROVE, approve=True)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
