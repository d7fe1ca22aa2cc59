"""Client SQL: search, nearby, duplicates, detail (policies and payment summary), live policies.

Policies and installments are read here with plain SQL over their tables (no import of the
policies module): the client screens need a few columns of them, computed set-wise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Final, TypeAlias

from geoalchemy2 import Geography
from sqlalchemy import (
    Float,
    Row,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.orm import joinedload
from sqlalchemy.sql.elements import ColumnElement

from app.core.repository import Repository
from app.models import (
    Address,
    Client,
    ClientNameWord,
    Coverage,
    Municipality,
    PartialPayment,
    Payment,
    Policy,
    Vehicle,
)
from app.models.enums import PartialPaymentStatus, PaymentStatus, PolicyStatus
from app.modules.clients.exceptions import ClientNotFoundError
from app.modules.clients.schemas import ClientSort
from app.modules.clients.search import (
    CANDIDATE_SIMILARITY,
    CORRECTED_THRESHOLD,
    WORD_THRESHOLD,
    SearchTerms,
    best_corrections,
    near_spellings,
)

AnyRow: TypeAlias = Row[*tuple[Any, ...]]

#: The expression of the trigram GIN index ``ix_client_full_name_trgm`` (and of the btree
#: ``ix_client_name_sort``): queries must use exactly this to be served by them.
NAME_KEY: Final = func.immutable_unaccent(func.lower(Client.full_name))

SEARCH_CAP: Final = 250
"""A text or nearby search ranks and counts at most this many matches (then ``total_is_capped``):
a search that broad needs narrowing, not page 40, and the cap keeps every search bounded."""

#: a policy "in force" for the client list (has active policy, status column)
IN_FORCE: Final = (PolicyStatus.PENDING, PolicyStatus.ACTIVE, PolicyStatus.MOROSA, PolicyStatus.PRE_EFFECTIVE)
#: a policy that still binds the client: such a client cannot be deleted
LIVE: Final = (*IN_FORCE, PolicyStatus.SUSPENDED)
UNPAID: Final = (PaymentStatus.PENDING, PaymentStatus.LATE, PaymentStatus.OVERDUE)

ADDRESS_LOADS: Final = (joinedload(Client.address).joinedload(Address.municipality),)


@dataclass(frozen=True, slots=True)
class Hit:
    id: int
    score: float  # relevance (search) or distance in metres (nearby)


@dataclass(frozen=True, slots=True)
class HitPage:
    hits: list[Hit]
    total: int
    capped: bool


def _word_match(word: str) -> ColumnElement[bool]:
    # word <% name: "word is similar to some word of the name" (GIN-indexable through %>)
    return literal(word, String).op("<%", is_comparison=True)(NAME_KEY)


def _prefix(value: str) -> str:
    # PostgreSQL's LIKE escapes with a backslash by default (no ESCAPE clause: keeps the index usable)
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class ClientRepository(Repository[Client]):
    model = Client
    not_found_error = ClientNotFoundError
    sortable: ClassVar = {"name": NAME_KEY, "created_at": Client.created_at, "id": Client.id}
    default_sort = "name"

    # -- listing and search -----------------------------------------------------------------
    def _filters(
        self, stmt: Select[Any], *, municipality_id: int | None, has_active_policy: bool | None
    ) -> Select[Any]:
        if municipality_id is not None:
            stmt = stmt.where(
                Client.address_id.in_(select(Address.id).where(Address.municipality_id == municipality_id))
            )
        if has_active_policy is not None:
            in_force = exists().where(Policy.client_id == Client.id, Policy.status.in_(IN_FORCE))
            stmt = stmt.where(in_force if has_active_policy else ~in_force)
        return stmt

    async def list_page(
        self,
        *,
        municipality_id: int | None,
        has_active_policy: bool | None,
        page: int,
        size: int,
        sort: str,
    ) -> tuple[list[int], int]:
        """A page of ids without a search text (exact total)."""
        stmt = self._filters(
            select(Client.id).where(Client.deleted_at.is_(None)),
            municipality_id=municipality_id,
            has_active_policy=has_active_policy,
        )
        total = await self.count(stmt)
        ordered = self.apply_sort(stmt, sort)
        ids = (await self.session.scalars(ordered.limit(size).offset((page - 1) * size))).all()
        return list(ids), total

    async def folio_client_ids(self, folio: int) -> list[int]:
        return list((await self.session.scalars(select(Policy.client_id).where(Policy.folio == folio))).all())

    async def search(
        self,
        terms: SearchTerms,
        *,
        municipality_id: int | None = None,
        has_active_policy: bool | None = None,
        sort: ClientSort = ClientSort.RELEVANCE,
        page: int = 1,
        size: int = 25,
    ) -> HitPage:
        """Clients matching ``terms`` (see ``app.modules.clients.search``), ranked and paged; at
        most ``SEARCH_CAP`` matches are ranked and counted. A second pass with the words corrected
        against the names' vocabulary runs only when the first finds nothing."""
        if terms.is_empty:
            return HitPage([], 0, False)
        folio_ids = await self.folio_client_ids(terms.folio) if terms.folio else []
        name_match = and_(*[_word_match(w) for w in terms.words]) if terms.words else None
        await self._planner(WORD_THRESHOLD, index_only=True)
        result = await self._search_pass(
            terms, name_match, folio_ids, municipality_id, has_active_policy, sort, page, size
        )
        if result.total == 0 and terms.words:
            corrected = await self._corrected_match(terms.words)
            if corrected is not None:
                await self._planner(CORRECTED_THRESHOLD, index_only=True)
                result = await self._search_pass(
                    terms, corrected, [], municipality_id, has_active_policy, sort, page, size
                )
        # the rest of the request plans normally (on an error the rollback undoes SET LOCAL anyway)
        await self._planner(WORD_THRESHOLD, index_only=False)
        return result

    async def _corrected_match(self, words: Sequence[str]) -> ColumnElement[bool] | None:
        """The second pass's name condition: each word that is in no name is replaced by the
        vocabulary words within ``max_edits`` of it; when every word is a real one, each may also
        be one of its neighbours. None when a word has nothing to become (no result possible)."""
        known = await self.known_words(words)
        await self.session.execute(  # what the vocabulary's ``%`` reads (SET LOCAL)
            select(func.set_config("pg_trgm.similarity_threshold", str(CANDIDATE_SIMILARITY), True))
        )
        everything_known = all(w in known for w in words)
        alternatives: list[list[str]] = []
        for word in words:
            if word in known and not everything_known:
                alternatives.append([word])
                continue
            options = best_corrections(
                word, await self.vocabulary_candidates(word), include_self=word in known
            )
            if not options:
                break
            alternatives.append(options)
        await self.session.execute(select(func.set_config("pg_trgm.similarity_threshold", "0.3", True)))
        if len(alternatives) < len(words):
            return None  # a word with nothing to become: no name can match
        if everything_known and all(len(a) == 1 for a in alternatives):
            return None  # real words without neighbours: the first pass already said no
        return and_(*[or_(*[_word_match(w) for w in options]) for options in alternatives])

    async def known_words(self, words: Sequence[str]) -> set[str]:
        stmt = select(ClientNameWord.word).where(ClientNameWord.word.in_(list(words)))
        return set((await self.session.scalars(stmt)).all())

    async def vocabulary_candidates(self, word: str) -> list[str]:
        """Vocabulary words that share trigrams with ``word`` (GIN ``ix_client_name_word_trgm``) or
        are one swap / one missing letter away from it (primary key lookups)."""
        similar = (
            select(ClientNameWord.word)
            .where(ClientNameWord.word.op("%", is_comparison=True)(literal(word, String)))
            .order_by(func.similarity(ClientNameWord.word, literal(word, String)).desc())
            .limit(30)
        )
        spelled = select(ClientNameWord.word).where(ClientNameWord.word.in_(near_spellings(word)))
        return list((await self.session.scalars(similar.union(spelled))).all())

    async def _planner(self, threshold: float, *, index_only: bool) -> None:
        """``SET LOCAL`` (until the end of the request's transaction) the word similarity threshold
        the ``<%`` operator reads and, around the search, ``enable_seqscan``. Every branch of a
        search is an index scan; but with the ``LIMIT`` of the cap, the planner, which prices the
        trigram operator like a cheap comparison, prefers a sequential scan that stops after the cap
        of matches of a common surname, and that costs several times the bitmap scan."""
        await self.session.execute(
            select(
                func.set_config("pg_trgm.word_similarity_threshold", str(threshold), True),
                func.set_config("enable_seqscan", "off" if index_only else "on", True),
            )
        )

    async def _search_pass(
        self,
        terms: SearchTerms,
        name_match: ColumnElement[bool] | None,
        folio_ids: Sequence[int],
        municipality_id: int | None,
        has_active_policy: bool | None,
        sort: ClientSort,
        page: int,
        size: int,
    ) -> HitPage:
        stmt = self.hits_statement(
            terms, name_match, folio_ids, municipality_id, has_active_policy, sort, page, size
        )
        if stmt is None:
            return HitPage([], 0, False)
        rows = (await self.session.execute(stmt)).all()
        if rows:
            total = int(rows[0].total)
        elif page > 1:  # past the last page: count what there is
            total = int(
                await self.session.scalar(
                    select(func.count()).select_from(stmt.limit(None).offset(None).order_by(None).subquery())
                )
                or 0
            )
        else:
            total = 0
        return HitPage(
            [Hit(int(r.id), float(r.rank)) for r in rows], min(total, SEARCH_CAP), total > SEARCH_CAP
        )

    def hits_statement(
        self,
        terms: SearchTerms,
        name_match: ColumnElement[bool] | None,
        folio_ids: Sequence[int] = (),
        municipality_id: int | None = None,
        has_active_policy: bool | None = None,
        sort: ClientSort = ClientSort.RELEVANCE,
        page: int = 1,
        size: int = 25,
    ) -> Select[Any] | None:
        """One page of (id, rank, total) over at most ``SEARCH_CAP + 1`` matches; None if nothing
        in ``terms`` can match."""
        arms: list[ColumnElement[bool]] = []
        exact: list[ColumnElement[bool]] = []
        prefix: list[ColumnElement[bool]] = []
        if folio_ids:
            arms.append(Client.id.in_(folio_ids))
            exact.append(Client.id.in_(folio_ids))
        if terms.phone_prefix:
            pattern = _prefix(terms.phone_prefix)
            for column in (Client.phone_whatsapp, Client.phone_secondary):
                arms.append(column.like(pattern))
                exact.append(column == terms.phone_prefix)
                prefix.append(column.like(pattern))
        if terms.rfc_prefix:
            rfc_match = Client.rfc.like(_prefix(terms.rfc_prefix))
            arms.append(rfc_match)
            exact.append(Client.rfc == terms.rfc_prefix)
            prefix.append(rfc_match)
        if name_match is not None:
            arms.append(name_match)
        if not arms:
            return None
        # exact identifier (folio, whole phone, whole RFC) 3 > identifier prefix 2 > name (0-1.5):
        # trigram similarity ignores word order, so the typed words in that order add a bonus
        # ("maria jose" puts María José Hernández before José María Ramírez)
        similarity: ColumnElement[Any] = literal(0.0)
        if terms.words:
            # the folded text is only letters, digits and spaces: no LIKE wildcards to escape
            similarity = cast(func.similarity(NAME_KEY, literal(terms.text, String)), Float) + case(
                (NAME_KEY.startswith(terms.text), literal(0.5)),
                (NAME_KEY.contains(terms.text), literal(0.3)),
                else_=literal(0.0),
            )
        whens: list[tuple[ColumnElement[bool], ColumnElement[Any]]] = []
        if exact:
            whens.append((or_(*exact), literal(3.0)))
        if prefix:
            whens.append((or_(*prefix), literal(2.0)))
        rank = case(*whens, else_=similarity) if whens else similarity
        order_key: Any = {
            ClientSort.RELEVANCE: rank,
            ClientSort.NAME: NAME_KEY,
            ClientSort.NAME_DESC: NAME_KEY,
            ClientSort.CREATED_AT: Client.created_at,
            ClientSort.CREATED_AT_DESC: Client.created_at,
        }[sort]
        matches = self._filters(
            select(Client.id.label("id"), rank.label("rank"), order_key.label("order_key")).where(
                Client.deleted_at.is_(None), or_(*arms)
            ),
            municipality_id=municipality_id,
            has_active_policy=has_active_policy,
        )
        # no ORDER BY inside: the scan stops after SEARCH_CAP + 1 matches (the +1 tells "capped")
        hits = matches.limit(SEARCH_CAP + 1).cte("hits")
        descending = sort in (ClientSort.RELEVANCE, ClientSort.NAME_DESC, ClientSort.CREATED_AT_DESC)
        ordering = hits.c.order_key.desc() if descending else hits.c.order_key.asc()
        return (
            select(hits.c.id, hits.c.rank, func.count().over().label("total"))
            .order_by(ordering, hits.c.rank.desc(), hits.c.id.asc())
            .limit(size)
            .offset((page - 1) * size)
        )

    def nearby_statement(
        self, *, lat: float, lng: float, radius_m: int, precise_only: bool, page: int, size: int
    ) -> Select[Any]:
        """One page of (id, distance_m, total): address points within ``radius_m`` metres, nearest
        first (GiST ``ix_address_location``: ST_DWithin, then KNN ``<->``), at most
        ``SEARCH_CAP + 1`` counted."""
        point = cast(func.ST_SetSRID(func.ST_MakePoint(lng, lat), 4326), Geography(srid=4326))
        distance = func.ST_Distance(Address.location, point)
        stmt = (
            select(Client.id.label("id"), distance.label("distance_m"))
            .join(Address, Address.id == Client.address_id)
            .where(Client.deleted_at.is_(None), func.ST_DWithin(Address.location, point, radius_m))
        )
        if precise_only:
            stmt = stmt.where(Address.location_is_approximate.is_(False))
        hits = stmt.order_by(Address.location.op("<->")(point)).limit(SEARCH_CAP + 1).cte("hits")
        return (
            select(hits.c.id, hits.c.distance_m, func.count().over().label("total"))
            .order_by(hits.c.distance_m, hits.c.id)
            .limit(size)
            .offset((page - 1) * size)
        )

    async def nearby(
        self, *, lat: float, lng: float, radius_m: int, precise_only: bool, page: int, size: int
    ) -> HitPage:
        stmt = self.nearby_statement(
            lat=lat, lng=lng, radius_m=radius_m, precise_only=precise_only, page=page, size=size
        )
        rows = (await self.session.execute(stmt)).all()
        if rows:
            total = int(rows[0].total)
        elif page > 1:  # past the last page: count what there is
            everything = stmt.limit(None).offset(None).order_by(None).subquery()
            total = int(await self.session.scalar(select(func.count()).select_from(everything)) or 0)
        else:
            total = 0
        return HitPage(
            [Hit(int(r.id), float(r.distance_m)) for r in rows], min(total, SEARCH_CAP), total > SEARCH_CAP
        )

    # -- loading ----------------------------------------------------------------------------
    async def load(self, ids: Sequence[int]) -> dict[int, Client]:
        """Clients (live ones) with address and municipality, by id."""
        if not ids:
            return {}
        stmt = self.base_statement().where(Client.id.in_(list(ids))).options(*ADDRESS_LOADS)
        return {c.id: c for c in (await self.session.scalars(stmt)).unique().all()}

    async def get_detailed(self, client_id: int, *, for_update: bool = False) -> Client:
        return await self.get(client_id, options=ADDRESS_LOADS, for_update=for_update)

    async def policy_flags(self, ids: Sequence[int]) -> dict[int, tuple[bool, bool]]:
        """client id -> (has a policy in force, has a delinquent policy)."""
        if not ids:
            return {}
        stmt = (
            select(
                Policy.client_id,
                func.bool_or(Policy.status.in_(IN_FORCE)),
                func.bool_or(Policy.status == PolicyStatus.MOROSA),
            )
            .where(Policy.client_id.in_(list(ids)))
            .group_by(Policy.client_id)
        )
        return {
            int(cid): (bool(in_force), bool(morosa))
            for cid, in_force, morosa in await self.session.execute(stmt)
        }

    async def has_live_policies(self, client_id: int) -> list[int]:
        """Folios of the client's live policies (not cancelled, not expired)."""
        stmt = (
            select(Policy.folio)
            .where(Policy.client_id == client_id, Policy.status.in_(LIVE))
            .order_by(Policy.folio)
        )
        return list((await self.session.scalars(stmt)).all())

    async def vehicles(self, client_id: int) -> list[Vehicle]:
        stmt = select(Vehicle).where(Vehicle.client_id == client_id).order_by(Vehicle.id)
        return list((await self.session.scalars(stmt)).all())

    async def policies(self, client_id: int) -> list[AnyRow]:
        stmt = (
            select(
                Policy.id,
                Policy.folio,
                Policy.status,
                Policy.coverage_id,
                Coverage.name.label("coverage_name"),
                Policy.vehicle_id,
                Policy.payment_plan,
                Policy.prima_total,
                Policy.effective_date,
                Policy.expiration_date,
            )
            .join(Coverage, Coverage.id == Policy.coverage_id)
            .where(Policy.client_id == client_id)
            .order_by(Policy.effective_date.desc(), Policy.folio.desc())
        )
        return list((await self.session.execute(stmt)).all())

    async def payment_summaries(self, policy_ids: Sequence[int]) -> dict[int, AnyRow]:
        """Per policy, in one query: installments by status, amount paid (paid installments plus
        applied partial payments of unpaid ones), outstanding, past due, next due date."""
        if not policy_ids:
            return {}
        partials = (
            select(func.coalesce(func.sum(PartialPayment.amount), 0).label("amount"))
            .where(
                PartialPayment.payment_id == Payment.id, PartialPayment.status == PartialPaymentStatus.APPLIED
            )
            .lateral("partials")
        )
        unpaid = Payment.status.in_(UNPAID)
        past_due = Payment.status.in_((PaymentStatus.LATE, PaymentStatus.OVERDUE))
        remaining = func.greatest(Payment.amount - partials.c.amount, 0)

        def count_of(status: PaymentStatus) -> Any:
            return func.count().filter(Payment.status == status)

        stmt = (
            select(
                Payment.policy_id,
                func.count().label("installments"),
                count_of(PaymentStatus.PAID).label("paid"),
                count_of(PaymentStatus.PENDING).label("pending"),
                count_of(PaymentStatus.LATE).label("late"),
                count_of(PaymentStatus.OVERDUE).label("overdue"),
                count_of(PaymentStatus.CANCELLED).label("cancelled"),
                func.coalesce(
                    func.sum(
                        case(
                            (
                                Payment.status == PaymentStatus.PAID,
                                func.coalesce(Payment.paid_amount, Payment.amount),
                            ),
                            (unpaid, partials.c.amount),
                            else_=0,
                        )
                    ),
                    0,
                ).label("amount_paid"),
                func.coalesce(func.sum(remaining).filter(unpaid), 0).label("amount_outstanding"),
                func.coalesce(func.sum(remaining).filter(past_due), 0).label("amount_past_due"),
                func.min(Payment.due_date).filter(unpaid).label("next_due_date"),
            )
            .select_from(Payment)
            .join(partials, true())
            .where(Payment.policy_id.in_(list(policy_ids)))
            .group_by(Payment.policy_id)
        )
        return {int(row.policy_id): row for row in await self.session.execute(stmt)}

    # -- writes' checks ---------------------------------------------------------------------
    async def duplicates(
        self, *, full_name: str, phone: str, rfc: str | None, except_id: int | None = None
    ) -> list[AnyRow]:
        """Live clients with the same normalised name and WhatsApp phone, or the same RFC."""
        same_person = and_(
            func.immutable_unaccent(func.lower(literal(full_name, String))) == NAME_KEY,
            Client.phone_whatsapp == phone,
        )
        conditions: list[ColumnElement[bool]] = [same_person]
        if rfc:
            conditions.append(Client.rfc == rfc)
        stmt = select(
            Client.id,
            Client.full_name,
            Client.phone_whatsapp,
            Client.rfc,
            case((same_person, literal("same_name_phone")), else_=literal("same_rfc")).label("reason"),
        ).where(Client.deleted_at.is_(None), or_(*conditions))
        if except_id is not None:
            stmt = stmt.where(Client.id != except_id)
        return list((await self.session.execute(stmt.order_by(Client.id).limit(10))).all())

    async def municipality(self, municipality_id: int) -> Municipality | None:
        found: Municipality | None = await self.session.get(Municipality, municipality_id)
        return found

    async def soft_delete_at(self, client: Client, at: datetime) -> None:
        client.deleted_at = at
        await self.session.flush()
