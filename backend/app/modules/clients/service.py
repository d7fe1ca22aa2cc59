"""Clients: create, read, update, soft delete, search, nearby, detail.

- Address points (domain.md §11): a map pin is stored as ``pin``; without one the municipality's
  centroid is stored, marked ``centroid`` and approximate (collectors' GPS backfills it later).
- Possible duplicates (same normalised name and WhatsApp phone, or same RFC, among live clients)
  answer 409 CLIENT_POSSIBLE_DUPLICATE with the matches, unless ``confirm_duplicate`` is true.
- A client with live policies (not cancelled, not expired) cannot be deleted; deletion is soft.
- Every create / update / delete is audited with the client and its address.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Final

from geoalchemy2 import WKBElement
from geoalchemy2.shape import from_shape, to_shape
from shapely.geometry import Point
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload
from sqlalchemy.orm.attributes import set_committed_value

from app.core.audit import diff, record_audit, snapshot
from app.models import Address, Client, Municipality
from app.models.enums import LocationSource
from app.modules.clients.exceptions import (
    ClientHasLivePoliciesError,
    ClientPossibleDuplicateError,
    ClientRulesError,
)
from app.modules.clients.repository import ClientRepository
from app.modules.clients.schemas import (
    AddressIn,
    AddressRead,
    ClientCreate,
    ClientDetail,
    ClientPage,
    ClientPolicyRead,
    ClientQuery,
    ClientRead,
    ClientSort,
    ClientStatus,
    ClientUpdate,
    ClientVehicleRead,
    NearbyClientRead,
    NearbyPage,
    NearbyQuery,
    PaymentSummaryRead,
    PointIn,
    PointRead,
)
from app.modules.clients.search import parse

_TIMESTAMPS: Final = frozenset({"created_at", "updated_at"})  # not business changes
_TABLE: Final = "client"
_ZERO: Final = Decimal("0.00")
_SAME_POINT: Final = 1e-7  # degrees (~1 cm): a re-sent point is not a new pin
_NAME_FIELDS: Final = ("first_name", "last_name", "second_last_name")
_SIMPLE_FIELDS: Final = (*_NAME_FIELDS, "rfc", "phone_whatsapp", "phone_secondary", "email", "notes")
_LIST_SORT: Final = {
    ClientSort.RELEVANCE: "name",
    ClientSort.NAME: "name",
    ClientSort.NAME_DESC: "-name",
    ClientSort.CREATED_AT: "created_at",
    ClientSort.CREATED_AT_DESC: "-created_at",
}


def point_of(location: WKBElement | None) -> PointRead | None:
    if location is None:
        return None
    shape = to_shape(location)
    return PointRead(lat=round(shape.y, 7), lng=round(shape.x, 7))


def full_name_of(first: str, last: str, second: str | None) -> str:
    """As the database's generated ``full_name`` builds it."""
    return f"{first} {last}" + (f" {second}" if second else "")


def address_read(address: Address) -> AddressRead:
    municipality: Municipality = address.municipality
    return AddressRead(
        id=address.id,
        street=address.street,
        exterior_number=address.exterior_number,
        interior_number=address.interior_number,
        neighborhood=address.neighborhood,
        postal_code=address.postal_code,
        municipality_id=address.municipality_id,
        municipality=municipality.name,
        state=municipality.state,
        location=point_of(address.location),
        location_source=address.location_source,
        location_is_approximate=address.location_is_approximate,
    )


def status_of(flags: tuple[bool, bool] | None) -> ClientStatus:
    in_force, morosa = flags or (False, False)
    if morosa:
        return ClientStatus.DELINQUENT
    return ClientStatus.ACTIVE if in_force else ClientStatus.NO_POLICIES


def client_fields(client: Client, flags: tuple[bool, bool] | None) -> dict[str, Any]:
    return {
        "id": client.id,
        "first_name": client.first_name,
        "last_name": client.last_name,
        "second_last_name": client.second_last_name,
        "full_name": client.full_name,
        "rfc": client.rfc,
        "phone_whatsapp": client.phone_whatsapp,
        "phone_secondary": client.phone_secondary,
        "email": client.email,
        "notes": client.notes,
        "address": address_read(client.address) if client.address is not None else None,
        "status": status_of(flags),
        "created_at": client.created_at,
        "updated_at": client.updated_at,
    }


def _audit_image(client: Client, address: Address | None) -> dict[str, Any]:
    image = snapshot(client, exclude=_TIMESTAMPS)
    if address is not None:
        point = point_of(address.location)
        image["address"] = {
            **snapshot(address, exclude=_TIMESTAMPS),
            "lat": point.lat if point else None,
            "lng": point.lng if point else None,
        }
    return image


class ClientService:
    def __init__(self, session: AsyncSession, *, now: datetime, actor_id: int | None = None) -> None:
        self.session = session
        self.now = now
        self.actor_id = actor_id
        self.repo = ClientRepository(session)

    # -- lists ------------------------------------------------------------------------------
    async def search(self, query: ClientQuery) -> ClientPage:
        capped = False
        if query.q:
            hits = await self.repo.search(
                parse(query.q),
                municipality_id=query.municipality_id,
                has_active_policy=query.has_active_policy,
                sort=query.sort or ClientSort.RELEVANCE,
                page=query.page,
                size=query.size,
            )
            ids, total, capped = [h.id for h in hits.hits], hits.total, hits.capped
        else:
            ids, total = await self.repo.list_page(
                municipality_id=query.municipality_id,
                has_active_policy=query.has_active_policy,
                page=query.page,
                size=query.size,
                sort=_LIST_SORT[query.sort or ClientSort.NAME],
            )
        items = await self._reads(ids)
        return ClientPage(items=items, total=total, total_is_capped=capped, page=query.page, size=query.size)

    async def nearby(self, query: NearbyQuery) -> NearbyPage:
        hits = await self.repo.nearby(
            lat=query.lat,
            lng=query.lng,
            radius_m=query.radius_m,
            precise_only=query.precise_only,
            page=query.page,
            size=query.size,
        )
        ids = [h.id for h in hits.hits]
        clients = await self.repo.load(ids)
        flags = await self.repo.policy_flags(ids)
        items = [
            NearbyClientRead(**client_fields(clients[h.id], flags.get(h.id)), distance_m=round(h.score, 1))
            for h in hits.hits
            if h.id in clients
        ]
        return NearbyPage(
            items=items, total=hits.total, total_is_capped=hits.capped, page=query.page, size=query.size
        )

    async def _reads(self, ids: list[int]) -> list[ClientRead]:
        clients = await self.repo.load(ids)
        flags = await self.repo.policy_flags(ids)
        return [ClientRead(**client_fields(clients[i], flags.get(i))) for i in ids if i in clients]

    # -- detail -----------------------------------------------------------------------------
    async def detail(self, client_id: int) -> ClientDetail:
        client = await self.repo.get_detailed(client_id)
        vehicles = await self.repo.vehicles(client_id)
        policies = await self.repo.policies(client_id)
        summaries = await self.repo.payment_summaries([p.id for p in policies])
        flags = await self.repo.policy_flags([client_id])
        return ClientDetail(
            **client_fields(client, flags.get(client_id)),
            vehicles=[ClientVehicleRead.model_validate(v) for v in vehicles],
            policies=[
                ClientPolicyRead(
                    id=p.id,
                    folio=p.folio,
                    status=p.status,
                    coverage_id=p.coverage_id,
                    coverage_name=p.coverage_name,
                    vehicle_id=p.vehicle_id,
                    payment_plan=p.payment_plan,
                    prima_total=p.prima_total,
                    effective_date=p.effective_date,
                    expiration_date=p.expiration_date,
                    payments=self._summary(summaries.get(p.id)),
                )
                for p in policies
            ],
        )

    @staticmethod
    def _summary(row: Any) -> PaymentSummaryRead:
        if row is None:
            return PaymentSummaryRead(
                installments=0,
                paid=0,
                pending=0,
                late=0,
                overdue=0,
                cancelled=0,
                amount_paid=_ZERO,
                amount_outstanding=_ZERO,
                amount_past_due=_ZERO,
                next_due_date=None,
            )
        return PaymentSummaryRead(
            installments=row.installments,
            paid=row.paid,
            pending=row.pending,
            late=row.late,
            overdue=row.overdue,
            cancelled=row.cancelled,
            amount_paid=Decimal(row.amount_paid).quantize(_ZERO),
            amount_outstanding=Decimal(row.amount_outstanding).quantize(_ZERO),
            amount_past_due=Decimal(row.amount_past_due).quantize(_ZERO),
            next_due_date=row.next_due_date,
        )

    # -- writes -----------------------------------------------------------------------------
    async def create(self, body: ClientCreate) -> ClientDetail:
        if not body.confirm_duplicate:
            await self._refuse_duplicates(
                full_name_of(body.first_name, body.last_name, body.second_last_name),
                body.phone_whatsapp,
                body.rfc,
            )
        municipality = await self._municipality(body.address.municipality_id)
        address = Address(**body.address.model_dump(exclude={"location"}))
        self._place(address, body.address.location, municipality)
        self.session.add(address)
        await self.session.flush()
        client = Client(
            **body.model_dump(include=set(_SIMPLE_FIELDS)),
            address_id=address.id,
            created_by_user_id=self.actor_id,
        )
        self.session.add(client)
        await self.session.flush()
        set_committed_value(address, "municipality", municipality)
        set_committed_value(client, "address", address)
        await record_audit(
            self.session,
            table=_TABLE,
            record_id=client.id,
            action="insert",
            after=_audit_image(client, address),
        )
        return await self.detail(client.id)

    async def update(self, client_id: int, body: ClientUpdate) -> ClientDetail:
        client = await self.repo.get(client_id, for_update=True)
        address = await self._address_of(client)
        before = _audit_image(client, address)
        changes = body.model_dump(exclude_unset=True, include=set(_SIMPLE_FIELDS))
        identity = ("first_name", "last_name", "second_last_name", "phone_whatsapp", "rfc")
        if not body.confirm_duplicate and any(
            name in changes and changes[name] != getattr(client, name) for name in identity
        ):
            merged = {name: changes.get(name, getattr(client, name)) for name in identity}
            await self._refuse_duplicates(
                full_name_of(merged["first_name"], merged["last_name"], merged["second_last_name"]),
                merged["phone_whatsapp"],
                merged["rfc"],
                except_id=client.id,
            )
        for name, value in changes.items():
            setattr(client, name, value)
        if body.address is not None:
            address = await self._update_address(client, address, body.address)
        await self.session.flush()
        if address is not None:
            set_committed_value(client, "address", address)
        old, new = diff(before, _audit_image(client, address))
        if new:
            await record_audit(
                self.session, table=_TABLE, record_id=client.id, action="update", before=old, after=new
            )
        return await self.detail(client.id)

    async def delete(self, client_id: int) -> None:
        client = await self.repo.get(client_id, for_update=True)
        folios = await self.repo.has_live_policies(client.id)
        if folios:
            shown = ", ".join(str(f) for f in folios[:5]) + ("…" if len(folios) > 5 else "")
            raise ClientHasLivePoliciesError(
                f"El cliente tiene pólizas vigentes (folio {shown}): no se puede dar de baja. "
                "Cancélalas o espera a que venzan."
            )
        before = snapshot(client, exclude=_TIMESTAMPS)
        await self.repo.soft_delete_at(client, self.now)
        await record_audit(
            self.session,
            table=_TABLE,
            record_id=client.id,
            action="delete",
            before=before,
            after={"deleted_at": self.now},
        )

    # -- helpers ----------------------------------------------------------------------------
    async def _refuse_duplicates(
        self, full_name: str, phone: str, rfc: str | None, *, except_id: int | None = None
    ) -> None:
        rows = await self.repo.duplicates(full_name=full_name, phone=phone, rfc=rfc, except_id=except_id)
        if rows:
            raise ClientPossibleDuplicateError(
                [
                    {
                        "id": r.id,
                        "full_name": r.full_name,
                        "phone_whatsapp": r.phone_whatsapp,
                        "rfc": r.rfc,
                        "reason": r.reason,
                    }
                    for r in rows
                ]
            )

    async def _municipality(self, municipality_id: int) -> Municipality:
        municipality = await self.repo.municipality(municipality_id)
        if municipality is None:
            raise ClientRulesError(fields={"address.municipality_id": "El municipio no existe."})
        return municipality

    async def _address_of(self, client: Client) -> Address | None:
        if client.address_id is None:
            return None
        address: Address | None = await self.session.get(
            Address, client.address_id, options=[joinedload(Address.municipality)]
        )
        return address

    @staticmethod
    def _place(address: Address, point: PointIn | None, municipality: Municipality) -> None:
        if point is not None:
            address.location = from_shape(Point(point.lng, point.lat), srid=4326)
            address.location_source = LocationSource.PIN
            address.location_is_approximate = False
        else:
            address.location = municipality.centroid
            address.location_source = LocationSource.CENTROID
            address.location_is_approximate = True

    async def _update_address(self, client: Client, address: Address | None, new: AddressIn) -> Address:
        municipality = await self._municipality(new.municipality_id)
        if address is None:
            address = Address(**new.model_dump(exclude={"location"}))
            self._place(address, new.location, municipality)
            self.session.add(address)
            await self.session.flush()
            client.address_id = address.id
        else:
            municipality_changed = new.municipality_id != address.municipality_id
            for name, value in new.model_dump(exclude={"location"}).items():
                setattr(address, name, value)
            if new.location is not None:
                current = point_of(address.location)
                same = current is not None and (
                    abs(current.lat - new.location.lat) < _SAME_POINT
                    and abs(current.lng - new.location.lng) < _SAME_POINT
                )
                if not same:  # a re-sent point keeps its source (gps, pin or centroid)
                    self._place(address, new.location, municipality)
            elif "location" in new.model_fields_set or municipality_changed:
                self._place(address, None, municipality)
        set_committed_value(address, "municipality", municipality)
        return address
