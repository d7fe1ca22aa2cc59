"""Security headers, request ids, CORS allow-list, local docs and the OpenAPI document."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI


@pytest.fixture
async def http(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


async def test_security_headers_on_every_response(http: httpx.AsyncClient) -> None:
    for path in ("/health/live", "/api/v1/nothing-here"):
        r = await http.get(path)
        h = r.headers
        assert h["strict-transport-security"] == "max-age=31536000; includeSubDomains"
        assert h["x-content-type-options"] == "nosniff"
        assert h["x-frame-options"] == "DENY"
        assert h["x-xss-protection"] == "0"
        assert h["referrer-policy"] == "strict-origin-when-cross-origin"
        assert "default-src 'none'" in h["content-security-policy"]


async def test_request_id_generated_or_propagated(http: httpx.AsyncClient) -> None:
    r = await http.get("/health/live")
    assert re.fullmatch(r"[0-9a-f]{32}", r.headers["x-request-id"])
    r = await http.get("/health/live", headers={"X-Request-ID": "abc-12345678"})
    assert r.headers["x-request-id"] == "abc-12345678"
    # a malformed id (header injection attempt, too long) is replaced
    r = await http.get("/health/live", headers={"X-Request-ID": "x" * 200})
    assert r.headers["x-request-id"] != "x" * 200


async def test_cors_allow_list(http: httpx.AsyncClient) -> None:
    ok = await http.options(
        "/health/live",
        headers={"Origin": "http://127.0.0.1:3000", "Access-Control-Request-Method": "GET"},
    )
    assert ok.headers["access-control-allow-origin"] == "http://127.0.0.1:3000"
    assert ok.headers["access-control-allow-credentials"] == "true"
    bad = await http.options(
        "/health/live",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in bad.headers


async def test_docs_are_served_from_local_assets(http: httpx.AsyncClient) -> None:
    page = await http.get("/docs")
    assert page.status_code == 200
    assert "swagger-ui" in page.text
    refs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert refs and all(ref.startswith("/docs/") for ref in refs)
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for ref in refs:
        assert (await http.get(ref)).status_code == 200
    init = await http.get("/docs/init.js")
    assert '"/openapi.json"' in init.text


async def test_openapi_document(http: httpx.AsyncClient) -> None:
    r = await http.get("/openapi.json")
    assert r.status_code == 200
    doc = r.json()
    assert doc["info"]["title"] == "ProtegRT CRM"
    ops = [op["operationId"] for path in doc["paths"].values() for op in path.values()]
    assert "health-ready" in ops and "health-live" in ops
    assert len(ops) == len(set(ops))
