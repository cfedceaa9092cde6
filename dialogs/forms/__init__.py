"""Questionnaires as data: one `<form-id>.yaml` per form (see `dialogs.survey.form`).

A package only so the YAML files ship with the code; `FORMS_DIR` is where they are.
"""

from pathlib import Path

FORMS_DIR = Path(__file__).resolve().parent
