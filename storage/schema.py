"""All tables in one MetaData: importing this module registers every feature's models."""

from __future__ import annotations

from storage import models  # noqa: F401  (registers the foundation tables)
from storage.models import Base

metadata = Base.metadata
