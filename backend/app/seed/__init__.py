"""Reference data every installation needs (catalogues, roles, permissions, settings).

``run_seed`` is idempotent: it upserts, so running it twice changes nothing and creates no duplicates.
"""

from app.seed.loader import SeedReport, TableCount, run_seed

__all__ = ["SeedReport", "TableCount", "run_seed"]
