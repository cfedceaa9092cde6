"""`integra-bot forms`: check questionnaire files and list the ones the bot serves.

  integra-bot forms validate FILE [FILE ...]   every error and warning, one per line; exit 1
                                               if any error (warnings alone do not fail)
  integra-bot forms list                       id, version, questions, served or not

Validation includes the Fluent texts: a question or choice missing in any language is an error,
so a form that passes here is one the bot will serve.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli_support import CliEnv, UsageError
from bot.l10n import LOCALES_DIR
from dialogs.survey import FORMS_DIR, check_file, list_forms, load_message_ids, validate_file


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    forms = subparsers.add_parser(
        "forms", help="questionnaires: validate files, list served forms"
    )
    sub = forms.add_subparsers(dest="action", required=True, parser_class=type(forms))
    validate = sub.add_parser("validate", help="check form files (structure, expressions, texts)")
    validate.add_argument("files", nargs="+", type=Path, help="form files (YAML) to check")
    sub.add_parser("list", help="the forms in dialogs/forms with their state")


def run(args: argparse.Namespace, env: CliEnv) -> int:
    messages = load_message_ids(LOCALES_DIR)
    if args.action == "validate":
        return validate(args.files, messages)
    return show_list(messages)


def validate(files: list[Path], messages: dict[str, set[str]]) -> int:
    for path in files:
        if not path.is_file():
            raise UsageError(f"forms validate: no such file: {path}")
    failed = 0
    for path in files:
        try:
            errors, warnings = check_file(path, messages)
        except RecursionError:
            errors, warnings = [f"{path.name}: nested too deeply to be a questionnaire"], []
        for line in [*errors, *warnings]:
            print(line)
        if errors:
            failed += 1
        else:
            print(f"{path.name}: valid")
    return 1 if failed else 0


def show_list(messages: dict[str, set[str]]) -> int:
    summaries = list_forms(FORMS_DIR)
    if not summaries:
        print(f"no forms in {FORMS_DIR}")
        return 0
    for summary in summaries:
        errors = validate_file(summary.path, messages)
        state = "served" if not errors else f"NOT served: {len(errors)} error(s)"
        version = summary.version if summary.version is not None else "?"
        print(f"{summary.id}\tv{version}\t{summary.questions} questions\t{state}")
    return 0
