"""Demo policies: 1.25 per client, consistent money, cards and histories, statuses computed by
the StatusUpdater (a second run changes nothing), deterministic, same rows on the bulk path."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.demo import DemoReport, generate_demo
from app.models import Policy, Promotion
from app.modules.policies.status_updater import Mode, StatusUpdater

SCALE = 400

# Content of the generated policies and installments, without ids (sequences differ between runs).
_FINGERPRINT_SQL = text(
    """
    SELECT md5(string_agg(row_text, '\n' ORDER BY o)) FROM (
      SELECT concat_ws('|', p.payment_plan, p.prima_total, p.sale_date, p.effective_date, p.status,
             p.status_reason, p.quote_external_id, p.renewal_folio IS NOT NULL, c.holder, c.status,
             (SELECT string_agg(concat_ws('|', x.payment_number, x.due_date, x.amount, x.status, x.paid_date,
                     x.payment_method, x.receipt_number, x.office_delivery_status), ';'
                     ORDER BY x.payment_number) FROM payment x WHERE x.policy_id = p.id)) AS row_text,
             p.folio - (SELECT min(folio) FROM policy) AS o
      FROM policy p JOIN card c ON c.policy_id = p.id
    ) rows_
    """
)


@pytest.fixture
async def demo(session: AsyncSession) -> DemoReport:
    return await generate_demo(session, scale_clients=SCALE, seed=2026)


async def test_counts_and_every_plan_status_and_promotion(session: AsyncSession, demo: DemoReport) -> None:
    assert demo.counts["policy"] == int(SCALE * Decimal("1.25"))
    assert 6 * demo.counts["policy"] <= demo.counts["payment"] <= 8 * demo.counts["policy"]
    assert demo.counts["card"] == demo.counts["policy"]
    plans = set(await session.scalars(select(Policy.payment_plan).distinct()))
    assert {"cash", "cash_2_installments", "monthly_7", "monthly_12", "quarterly_4"} <= set(plans)
    statuses = set(await session.scalars(select(Policy.status).distinct()))
    assert {"active", "morosa", "expired", "cancelled", "pre_effective"} <= set(statuses)
    codes = set(await session.scalars(select(Promotion.code)))
    assert codes == {"ENGANCHE0", "MENSUAL10", "CONTADO300", "AMPLIA1MES", "RENUEVA5", "REFIERE250"}
    assert demo.counts["promotion_application"] > 0
    renewals = await session.scalar(
        select(func.count()).select_from(Policy).where(Policy.renewal_folio.is_not(None))
    )
    assert renewals and renewals > 0.05 * demo.counts["policy"]


async def test_statuses_are_what_the_rules_compute(session: AsyncSession, demo: DemoReport) -> None:
    """The demo ran a full StatusUpdater; running it again for the same date changes nothing."""
    today = await session.scalar(text("SELECT max(as_of) FROM status_update_run WHERE trigger = 'demo'"))
    assert today is not None
    again = await StatusUpdater(session).run(today, mode=Mode.FULL, trigger="test", emit_events=False)
    assert (again.installments_changed, again.policies_changed) == (0, 0)


async def test_money_cards_and_histories_are_consistent(session: AsyncSession, demo: DemoReport) -> None:
    checks = (
        (
            await session.execute(
                text(
                    """
                WITH money AS (
                  SELECT p.id, p.prima_total,
                         (SELECT sum(amount) FROM payment x WHERE x.policy_id = p.id) AS installments,
                         (SELECT coalesce(sum(discount), 0) FROM promotion_application a
                           WHERE a.policy_id = p.id AND a.reverted_at IS NULL) AS discounts
                  FROM policy p
                )
                SELECT
                  (SELECT count(*) FROM money WHERE installments <> prima_total - discounts) AS bad_sums,
                  (SELECT count(*) FROM policy p WHERE NOT EXISTS (
                      SELECT 1 FROM payment x WHERE x.policy_id = p.id AND x.payment_number = 1)) AS no_first,
                  (SELECT count(*) FROM payment WHERE status = 'paid' AND (paid_date IS NULL
                      OR paid_amount IS NULL OR paid_date > CURRENT_DATE)) AS bad_paid,
                  (SELECT count(*) FROM payment WHERE status = 'paid' AND amount > 0
                      AND (payment_method IS NULL OR receipt_number !~ '^[A-Z][0-9]{4}$')) AS no_receipt,
                  (SELECT count(*) FROM policy p JOIN card c ON c.policy_id = p.id
                     WHERE p.status = 'cancelled'
                       AND (c.holder <> 'archive' OR c.status <> 'cancelled')) AS bad_cancel_card,
                  (SELECT count(*) FROM policy p WHERE p.status = 'cancelled' AND NOT EXISTS (
                      SELECT 1 FROM policy_cancellation pc
                      WHERE pc.policy_id = p.id AND pc.undone_at IS NULL)) AS no_record,
                  (SELECT count(*) FROM payment x JOIN policy p ON p.id = x.policy_id
                     WHERE x.status = 'cancelled' AND p.status <> 'cancelled') AS stray_cancelled,
                  (SELECT count(*) FROM card c WHERE c.status = 'paid_off' AND EXISTS (
                      SELECT 1 FROM payment x
                      WHERE x.policy_id = c.policy_id AND x.status <> 'paid')) AS bad_paid_off,
                  (SELECT count(*) FROM card c WHERE NOT EXISTS (
                      SELECT 1 FROM collection_assignment a WHERE a.card_id = c.id)) AS no_history,
                  (SELECT count(*) FROM card c WHERE c.holder <> (
                      SELECT a.to_holder FROM collection_assignment a WHERE a.card_id = c.id
                      ORDER BY a.assigned_at DESC, a.id DESC LIMIT 1)) AS history_mismatch,
                  (SELECT count(*) FROM policy p JOIN coverage cv ON cv.id = p.coverage_id
                     WHERE cv.category = 'comprehensive' AND (p.quote_external_id !~ '^AUT-[A-Z0-9]{8}$'
                       OR NOT EXISTS (
                           SELECT 1 FROM policy_amplia_detail d WHERE d.policy_id = p.id))) AS bad_amplia,
                  (SELECT count(*) FROM policy p JOIN policy old ON old.folio = p.renewal_folio
                     WHERE p.effective_date <> old.expiration_date) AS bad_renewal
                """
                )
            )
        )
        .one()
        ._mapping
    )
    for key, value in checks.items():
        assert value == 0, key


async def test_referrals_reward_both_policies(session: AsyncSession) -> None:
    await generate_demo(session, scale_clients=2000, seed=2026)
    pairs = (
        await session.execute(
            text(
                """
                SELECT count(*) FROM promotion_application a
                JOIN promotion_application r
                  ON r.referred_policy_id = a.policy_id AND r.policy_id = a.referrer_policy_id
                """
            )
        )
    ).scalar_one()
    assert pairs > 0
    suspended = await session.scalar(
        select(func.count()).select_from(Policy).where(Policy.status == "suspended")
    )
    assert suspended and suspended > 0


async def test_deterministic_and_the_bulk_path_writes_the_same_rows(session: AsyncSession) -> None:
    fingerprints = []
    for seed, bulk in ((5, False), (5, False), (5, True), (6, False)):
        async with session.begin_nested() as savepoint:
            await generate_demo(session, scale_clients=120, seed=seed, bulk=bulk)
            fingerprints.append(await session.scalar(_FINGERPRINT_SQL))
            await savepoint.rollback()
    assert fingerprints[0] == fingerprints[1] == fingerprints[2]
    assert fingerprints[0] != fingerprints[3]
