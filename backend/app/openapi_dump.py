"""Print the OpenAPI document of the API as JSON (``python -m app.openapi_dump``).

The web admin's typed client (``packages/api-client``) is generated from this output. It only
imports the application: no server, database or Redis is needed (building the app connects to
nothing), so ``make api-client`` and the staleness check in ``make test`` run anywhere the backend's
virtualenv exists.
"""

from __future__ import annotations

import json
import sys


def main() -> None:
    from app.main import app

    # sort_keys: a stable byte-for-byte output, so the generated client diffs only on real changes
    json.dump(app.openapi(), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
