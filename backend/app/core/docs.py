"""Swagger UI served from local assets (no CDN): the docs work offline and under a strict CSP."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

_PAGE = """<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>{title} · API</title>
<link rel="stylesheet" href="/docs/static/swagger-ui.css">
<link rel="icon" href="/docs/static/favicon-32x32.png"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/static/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script></body></html>"""

_INIT = """window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: %s, dom_id: "#swagger-ui", deepLinking: true, persistAuthorization: false,
    presets: [SwaggerUIBundle.presets.apis], layout: "BaseLayout"
  });
};"""


def mount_docs(app: FastAPI, *, title: str) -> None:
    static = Path(swagger_ui_path)
    app.mount("/docs/static", StaticFiles(directory=static), name="docs-static")
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    async def docs_page() -> HTMLResponse:
        return HTMLResponse(_PAGE.format(title=title))

    @app.get("/docs/init.js", include_in_schema=False)
    async def docs_init() -> Response:
        return Response(_INIT % repr(openapi_url).replace("'", '"'), media_type="application/javascript")
