"""``GET /api/v1/catalogs/municipalities``: session, permission, order, accent-free search, paging."""

from __future__ import annotations

import httpx

from app.core.clock import FrozenClock
from app.seed.data.municipalities import MUNICIPALITIES
from tests.fixtures.auth import MakeUser

URL = "/api/v1/catalogs/municipalities"


async def test_needs_a_session(client: httpx.AsyncClient) -> None:
    assert (await client.get(URL)).status_code == 401


async def test_needs_clients_read(client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock) -> None:
    nobody = await make_user(now=clock.now())
    response = await client.get(URL, headers=nobody.headers)
    assert response.status_code == 403


async def test_lists_the_catalogue_by_state_and_name(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    collector = await make_user(
        roles=[("cobrador", "cobranza")], departments=[("cobranza", False)], now=clock.now()
    )
    response = await client.get(URL, headers=collector.headers)
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == len(MUNICIPALITIES)
    assert body["size"] == 100
    names = [(m["state"], m["name"]) for m in body["items"]]
    assert names == sorted(names)
    assert set(body["items"][0]) == {"id", "name", "state"}


async def test_searches_without_accents_or_case(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    seller = await make_user(roles=[("vendedor", "ventas")], is_seller=True, now=clock.now())
    response = await client.get(URL, params={"q": "TONALA"}, headers=seller.headers)
    assert [m["name"] for m in response.json()["items"]] == ["Tonalá"]
    by_state = await client.get(URL, params={"q": "jalis", "size": 2, "page": 2}, headers=seller.headers)
    assert by_state.json()["total"] == len(MUNICIPALITIES)
    assert len(by_state.json()["items"]) == 2
    none = await client.get(URL, params={"q": "100%_"}, headers=seller.headers)
    assert none.json()["total"] == 0


async def test_refuses_bad_parameters_in_spanish(
    client: httpx.AsyncClient, make_user: MakeUser, clock: FrozenClock
) -> None:
    seller = await make_user(roles=[("vendedor", "ventas")], is_seller=True, now=clock.now())
    response = await client.get(URL, params={"size": 500, "sort": "zona"}, headers=seller.headers)
    assert response.status_code == 422
    assert response.json()["error"] == "VALIDATION_ERROR"
    assert "size" in response.json()["fields"]
    sorted_bad = await client.get(URL, params={"sort": "zona"}, headers=seller.headers)
    assert sorted_bad.status_code == 422
    assert "zona" in sorted_bad.json()["detail"]
