"""All tables in one MetaData: importing this module registers every feature's models."""

from __future__ import annotations

import storage.models_broadcasts
import storage.models_outbox
import storage.models_photovoice
import storage.models_sessions  # noqa: F401
from storage import (
    models,  # noqa: F401  (registers the foundation tables)
    models_polls,  # noqa: F401
    models_survey,  # noqa: F401
)
from storage.models import Base

metadata = Base.metadata
