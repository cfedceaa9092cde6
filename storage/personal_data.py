"""Every table that holds a person's own records, for "My data" counts.

Each feature adds its table here: (kind shown to the person, model, column naming the person).
"My data" shows each kind's count with the `mydata-records` text (add the kind there too).
Three kinds it counts more precisely from the records themselves: "responses" (finished and not
finished questionnaires), "votes", and "photos" (photovoice photos plus photos given as
questionnaire answers). Deleting a person relies on ON DELETE CASCADE from `people`, so a
table listed here must reference people.id with ondelete="CASCADE".
"""

from __future__ import annotations

from typing import Any

PERSONAL_TABLES: list[tuple[str, Any, str]] = []

from storage.models_polls import Vote  # noqa: E402

PERSONAL_TABLES.append(("votes", Vote, "person_id"))

from storage.models_photovoice import Photo  # noqa: E402

PERSONAL_TABLES.append(("photos", Photo, "person_id"))

from storage.models_survey import Response  # noqa: E402

PERSONAL_TABLES.append(("responses", Response, "person_id"))

from storage.models_sessions import SessionRegistration  # noqa: E402

PERSONAL_TABLES.append(("registrations", SessionRegistration, "person_id"))
from storage.models_broadcasts import Subscription  # noqa: E402

PERSONAL_TABLES.append(("subscriptions", Subscription, "person_id"))
