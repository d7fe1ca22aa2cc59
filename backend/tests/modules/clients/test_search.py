"""Client search (names with typos and without accents, phones, RFCs, folios), nearby, detail."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import and_, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Client, ClientNameWord, Municipality, PartialPayment, Policy
from app.models.enums import PartialPaymentStatus, PaymentMethod, PaymentStatus, PolicyStatus
from app.modules.clients.repository import NAME_KEY, ClientRepository, _word_match
from app.modules.clients.search import WORD_THRESHOLD, parse
from tests.fixtures.auth import Subject
from tests.fixtures.factories import MakePolicy, make_vehicle
from tests.modules.clients.helpers import URL, create_client

Tonala = tuple[int, float, float]

PEOPLE = [
    # first, last, second, phone, rfc
    ("Juan", "Pérez", "López", "3312345678", "PELJ800101AB1"),
    ("María José", "Hernández", "Ruiz", "3398765432", "HERM850202CD2"),
    ("José María", "Ramírez", None, "3355501234", None),
    ("Ana", "Martínez", "Gómez", "5512340000", "MAGA900303EF3"),
    ("Juana", "Pereira", "Santos", "3377700011", None),
    ("Xóchitl", "Núñez", "Ibáñez", "3322233344", "NUIX950505GH5"),
]


@pytest.fixture
async def people(client: httpx.AsyncClient, seller: Subject, tonala: Tonala) -> dict[str, int]:
    ids: dict[str, int] = {}
    for first, last, second, phone, rfc in PEOPLE:
        body = await create_client(
            client,
            seller,
            tonala[0],
            first_name=first,
            last_name=last,
            second_last_name=second,
            phone_whatsapp=phone,
            phone_secondary=None,
            rfc=rfc,
            email=None,
        )
        ids[body["full_name"]] = body["id"]
    return ids


async def search(client: httpx.AsyncClient, who: Subject, q: str, **params: Any) -> dict[str, Any]:
    r = await client.get(URL, params={"q": q, **params}, headers=who.headers)
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


def names(page: dict[str, Any]) -> list[str]:
    return [c["full_name"] for c in page["items"]]


async def test_typo_jaun_perex_finds_juan_perez(
    client: httpx.AsyncClient, seller: Subject, people: dict[str, int]
) -> None:
    page = await search(client, seller, "jaun perex")
    assert names(page)[0] == "Juan Pérez López"


@pytest.mark.parametrize(
    ("q", "expected_first"),
    [
        ("maria jose", "María José Hernández Ruiz"),
        ("MARIA JOSE HERNANDEZ", "María José Hernández Ruiz"),
        ("jose maria", "José María Ramírez"),
        ("xochitl nunez", "Xóchitl Núñez Ibáñez"),
        ("hernandes", "María José Hernández Ruiz"),
        ("ramires", "José María Ramírez"),
        ("juan pérez", "Juan Pérez López"),
        ("martinez gomes", "Ana Martínez Gómez"),
        ("nuñes ibañes", "Xóchitl Núñez Ibáñez"),
        ("pereira", "Juana Pereira Santos"),
    ],
)
async def test_names_forgive_accents_case_and_typos(
    client: httpx.AsyncClient, seller: Subject, people: dict[str, int], q: str, expected_first: str
) -> None:
    assert names(await search(client, seller, q))[0] == expected_first


async def test_words_that_are_not_in_the_name_find_nothing(
    client: httpx.AsyncClient, seller: Subject, people: dict[str, int]
) -> None:
    page = await search(client, seller, "juan zacarias")
    assert (page["total"], page["items"]) == (0, [])


async def test_phone_prefix_rfc_prefix_and_folio(
    client: httpx.AsyncClient,
    seller: Subject,
    people: dict[str, int],
    policy_factory: MakePolicy,
    session: AsyncSession,
) -> None:
    assert names(await search(client, seller, "33 987"))[0] == "María José Hernández Ruiz"
    assert names(await search(client, seller, "+52 55-1234"))[0] == "Ana Martínez Gómez"
    assert names(await search(client, seller, "pelj8001"))[0] == "Juan Pérez López"
    assert names(await search(client, seller, "NUIX"))[0] == "Xóchitl Núñez Ibáñez"
    assert names(await search(client, seller, "NUIX950505GH5")) == ["Xóchitl Núñez Ibáñez"]
    bundle = await policy_factory(effective=date(2026, 1, 10))
    owner = await session.get(Client, bundle.policy.client_id)
    assert owner is not None
    await session.commit()
    page = await search(client, seller, str(bundle.policy.folio))
    assert page["items"][0]["id"] == owner.id


async def test_second_phone_is_searched_too(
    client: httpx.AsyncClient, seller: Subject, tonala: Tonala
) -> None:
    body = await create_client(
        client, seller, tonala[0], phone_whatsapp="3300000011", phone_secondary="8181818181"
    )
    assert [c["id"] for c in (await search(client, seller, "818181"))["items"]] == [body["id"]]


async def test_sorting_paging_and_filters(
    client: httpx.AsyncClient,
    seller: Subject,
    people: dict[str, int],
    session: AsyncSession,
    policy_factory: MakePolicy,
) -> None:
    page = await search(client, seller, "jose", sort="name")
    assert names(page) == sorted(names(page), key=lambda n: n.replace("é", "e").replace("í", "i").lower())
    page = await search(client, seller, "jose", sort="-created_at", size=1)
    assert (page["total"], page["size"], len(page["items"])) == (2, 1, 1)
    assert names(page) == ["José María Ramírez"]  # created after María José
    page2 = await search(client, seller, "jose", sort="-created_at", size=1, page=2)
    assert names(page2) == ["María José Hernández Ruiz"]
    page3 = await search(client, seller, "jose", sort="-created_at", size=1, page=3)
    assert (page3["items"], page3["total"]) == ([], 2)

    # has an active policy: the factory's client (a Juan Pérez with a morosa policy)
    bundle = await policy_factory(effective=date(2026, 1, 10), status=PolicyStatus.MOROSA)
    await session.commit()
    page = await search(client, seller, "juan perez", has_active_policy=True)
    assert [c["id"] for c in page["items"]] == [bundle.policy.client_id]
    assert page["items"][0]["status"] == "delinquent"
    page = await search(client, seller, "juan perez", has_active_policy=False)
    assert bundle.policy.client_id not in [c["id"] for c in page["items"]]
    assert people["Juan Pérez López"] in [c["id"] for c in page["items"]]

    zapopan = await session.scalar(select(Municipality.id).where(Municipality.name == "Zapopan"))
    assert (await search(client, seller, "juan", municipality_id=zapopan))["total"] == 0
    listing = await client.get(URL, params={"sort": "name", "size": 100}, headers=seller.headers)
    assert listing.status_code == 200 and listing.json()["total"] >= len(PEOPLE)
    r = await client.get(URL, params={"sort": "apellido"}, headers=seller.headers)
    assert r.status_code == 422


async def test_search_uses_the_trigram_index(session: AsyncSession) -> None:
    """Both passes' name conditions are served by the GIN trigram index (EXPLAIN with the planner
    told to avoid sequential scans: the test database is too small for it to choose the index)."""
    repo = ClientRepository(session)
    terms = parse("jaun perez")
    await session.execute(text("SET LOCAL enable_seqscan = off"))
    await session.execute(text(f"SET LOCAL pg_trgm.word_similarity_threshold = {WORD_THRESHOLD}"))
    first_pass = and_(*[_word_match(w) for w in terms.words])
    second_pass = and_(or_(_word_match("juan"), _word_match("joan")), _word_match("perez"))
    for match in (first_pass, second_pass):
        stmt = repo.hits_statement(terms, match)
        assert stmt is not None
        compiled = stmt.compile(compile_kwargs={"literal_binds": True})
        plan = "\n".join(r[0] for r in await session.execute(text(f"EXPLAIN {compiled}")))
        assert "ix_client_full_name_trgm" in plan, plan
    assert str(NAME_KEY.compile()) == "immutable_unaccent(lower(client.full_name))"


async def test_the_name_vocabulary_follows_inserts_and_renames(
    client: httpx.AsyncClient, seller: Subject, sales_manager: Subject, session: AsyncSession, tonala: Tonala
) -> None:
    body = await create_client(
        client,
        seller,
        tonala[0],
        first_name="Eustaquio",
        last_name="Zúñiga",
        second_last_name="De la O",
        rfc=None,
    )
    words = set((await session.scalars(select(ClientNameWord.word))).all())
    assert {"eustaquio", "zuniga"} <= words
    assert "la" not in words  # words of 3+ letters only
    r = await client.patch(f"{URL}/{body['id']}", json={"last_name": "Ávalos"}, headers=sales_manager.headers)
    assert r.status_code == 200
    assert "avalos" in set((await session.scalars(select(ClientNameWord.word))).all())
    # a misspelt word is corrected against the vocabulary
    page = await search(client, seller, "eustaqiou avalso")
    assert [c["id"] for c in page["items"]] == [body["id"]]


async def test_phone_and_rfc_prefixes_use_their_indexes(session: AsyncSession) -> None:
    repo = ClientRepository(session)
    await session.execute(text("SET LOCAL enable_seqscan = off"))
    for q, index in (("3312", "ix_client_phone_whatsapp_pattern"), ("PELJ80", "ix_client_rfc_pattern")):
        stmt = repo.hits_statement(parse(q), None)
        assert stmt is not None
        plan = "\n".join(
            r[0]
            for r in await session.execute(
                text(f"EXPLAIN {stmt.compile(compile_kwargs={'literal_binds': True})}")
            )
        )
        assert index in plan, plan


async def test_short_or_empty_text_finds_nothing(
    client: httpx.AsyncClient, seller: Subject, people: dict[str, int]
) -> None:
    assert (await search(client, seller, "jo"))["total"] == 0
    r = await client.get(URL, params={"q": "j"}, headers=seller.headers)
    assert r.status_code == 422


# -- nearby ---------------------------------------------------------------------------------------


async def test_nearby_is_ordered_by_distance(
    client: httpx.AsyncClient, seller: Subject, tonala: Tonala
) -> None:
    origin = (20.6300, -103.2500)
    # ~111 m, ~1.1 km and ~5.6 km north of the origin
    spots = {"cerca": 0.0010, "medio": 0.0100, "lejos": 0.0500}
    ids = {}
    for n, (label, dlat) in enumerate(spots.items()):
        payload_location = {"lat": origin[0] + dlat, "lng": origin[1]}
        body = await create_client(
            client,
            seller,
            tonala[0],
            first_name=label.capitalize(),
            rfc=None,
            phone_whatsapp=f"33000001{n:02d}",
            address={
                "street": "Calle",
                "neighborhood": "Centro",
                "postal_code": "45400",
                "municipality_id": tonala[0],
                "location": payload_location,
            },
        )
        ids[label] = body["id"]
    r = await client.get(
        f"{URL}/nearby", params={"lat": origin[0], "lng": origin[1], "radius_m": 2000}, headers=seller.headers
    )
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert [c["id"] for c in items] == [ids["cerca"], ids["medio"]]
    assert items[0]["distance_m"] == pytest.approx(111, abs=2)
    assert items[1]["distance_m"] == pytest.approx(1106, abs=5)
    r = await client.get(
        f"{URL}/nearby",
        params={"lat": origin[0], "lng": origin[1], "radius_m": 10000},
        headers=seller.headers,
    )
    assert [c["id"] for c in r.json()["items"]][:3] == [ids["cerca"], ids["medio"], ids["lejos"]]
    r = await client.get(
        f"{URL}/nearby",
        params={"lat": origin[0], "lng": origin[1], "radius_m": 50001},
        headers=seller.headers,
    )
    assert r.status_code == 422 and "50000" in r.json()["fields"]["radius_m"]


async def test_nearby_can_leave_out_centroid_points(
    client: httpx.AsyncClient, seller: Subject, tonala: Tonala
) -> None:
    approx = await create_client(client, seller, tonala[0], rfc=None, phone_whatsapp="3300000201")
    params = {"lat": tonala[1], "lng": tonala[2], "radius_m": 100}
    r = await client.get(f"{URL}/nearby", params=params, headers=seller.headers)
    found = {c["id"]: c for c in r.json()["items"]}
    assert found[approx["id"]]["address"]["location_is_approximate"] is True
    assert found[approx["id"]]["distance_m"] == pytest.approx(0, abs=0.5)
    r = await client.get(f"{URL}/nearby", params={**params, "precise_only": True}, headers=seller.headers)
    assert approx["id"] not in [c["id"] for c in r.json()["items"]]


# -- detail ---------------------------------------------------------------------------------------


async def test_detail_has_vehicles_policies_and_payment_summary(
    client: httpx.AsyncClient, seller: Subject, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    # monthly_7 RC BASICA car: 1,200 + 6 x 500; 1 paid, 2 overdue, 3 late with a 200 partial
    bundle = await policy_factory(
        effective=date(2026, 1, 10),
        paid=[1],
        installment_status={2: PaymentStatus.OVERDUE, 3: PaymentStatus.LATE},
        status=PolicyStatus.MOROSA,
    )
    session.add(
        PartialPayment(
            payment_id=bundle.payment(3).id,
            partial_number=1,
            amount=Decimal("200.00"),
            paid_date=date(2026, 3, 12),
            payment_method=PaymentMethod.CASH,
            status=PartialPaymentStatus.APPLIED,
        )
    )
    owner = await session.get(Client, bundle.policy.client_id)
    assert owner is not None
    await make_vehicle(session, owner)  # a second vehicle, without a policy
    cancelled = Policy(
        client_id=owner.id,
        vehicle_id=bundle.policy.vehicle_id,
        coverage_id=bundle.policy.coverage_id,
        seller_id=bundle.policy.seller_id,
        payment_plan=bundle.policy.payment_plan,
        prima_total=Decimal("3800.00"),
        sale_date=date(2025, 1, 10),
        effective_date=date(2025, 1, 10),
        expiration_date=date(2026, 1, 10),
        status=PolicyStatus.CANCELLED,
    )
    session.add(cancelled)
    await session.commit()

    r = await client.get(f"{URL}/{owner.id}", headers=seller.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "delinquent"
    assert len(body["vehicles"]) == 2
    assert body["address"] is None  # the factory's client has no address
    current, old = body["policies"]
    assert (current["folio"], current["status"], current["coverage_name"]) == (
        bundle.policy.folio,
        "morosa",
        "RC BASICA",
    )
    assert (current["effective_date"], current["expiration_date"]) == ("2026-01-10", "2027-01-10")
    assert current["payments"] == {
        "installments": 7,
        "paid": 1,
        "pending": 4,
        "late": 1,
        "overdue": 1,
        "cancelled": 0,
        "amount_paid": "1400.00",  # 1,200 + the 200 partial
        "amount_outstanding": "2800.00",  # 6 x 500 - 200
        "amount_past_due": "800.00",  # installment 2 (500) + what remains of 3 (300)
        "next_due_date": "2026-02-10",
    }
    assert old["status"] == "cancelled" and old["payments"]["installments"] == 0


async def test_nearby_uses_the_spatial_index(session: AsyncSession) -> None:
    stmt = ClientRepository(session).nearby_statement(
        lat=20.63, lng=-103.25, radius_m=2000, precise_only=False, page=1, size=25
    )
    await session.execute(text("SET LOCAL enable_seqscan = off"))
    compiled = stmt.compile(compile_kwargs={"literal_binds": True})
    plan = "\n".join(r[0] for r in await session.execute(text(f"EXPLAIN {compiled}")))
    assert "ix_address_location" in plan, plan
