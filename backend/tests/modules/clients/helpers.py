"""Helpers of the client tests."""

from __future__ import annotations

from typing import Any

import httpx

from tests.fixtures.auth import Subject

URL = "/api/v1/clients"


def person(municipality_id: int, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "first_name": "Juan",
        "last_name": "Pérez",
        "second_last_name": "López",
        "rfc": "pelj800101ab1",
        "phone_whatsapp": "+52 33-1234-5678",
        "phone_secondary": "(33) 8765 4321",
        "email": "Juan.Perez@Example.MX",
        "address": {
            "street": "Av. Tonaltecas",
            "exterior_number": "120",
            "interior_number": None,
            "neighborhood": "Centro",
            "postal_code": "45400",
            "municipality_id": municipality_id,
        },
    }
    body.update(overrides)
    return body


async def create_client(
    http: httpx.AsyncClient, who: Subject, municipality_id: int, **overrides: Any
) -> dict[str, Any]:
    r = await http.post(URL, json=person(municipality_id, **overrides), headers=who.headers)
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()
    return data
