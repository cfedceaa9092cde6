"""`integra-bot sessions import` with good and broken .ics and CSV files, and `sessions list`:
what cannot be read is reported by UID or line and the rest is kept; a second import adds
nothing; a file that cannot be read at all is one line and exit 2, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dialogs.sessions.importer import read_csv, read_ics

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
YEAR = datetime.now(UTC).year + 2  # always in the future

ICS = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ombudsperson//Schedule//BG
BEGIN:VEVENT
UID:rights-at-work-1@ombudsman.bg
DTSTAMP:20261101T100000Z
DTSTART;TZID=Europe/Sofia:{YEAR}0312T180000
DTEND;TZID=Europe/Sofia:{YEAR}0312T200000
SUMMARY:Права на труд
LOCATION:Център „Света Анна“, ул. Пример 1, София
GEO:42.6977;23.3219
DESCRIPTION:Носете лична карта.\\nПревод на арабски.
END:VEVENT
BEGIN:VEVENT
UID:housing-2@ombudsman.bg
DTSTAMP:20261101T100000Z
DTSTART:{YEAR}0410T150000Z
DURATION:PT90M
SUMMARY:Housing and rent
LOCATION:Integration centre Vrazhdebna
END:VEVENT
BEGIN:VEVENT
UID:no-start-3@ombudsman.bg
DTSTAMP:20261101T100000Z
SUMMARY:An event without a start
LOCATION:Somewhere
END:VEVENT
BEGIN:VEVENT
UID:whole-day-4@ombudsman.bg
DTSTAMP:20261101T100000Z
DTSTART;VALUE=DATE:{YEAR}0501
SUMMARY:A whole day
LOCATION:Somewhere
END:VEVENT
BEGIN:VEVENT
UID:past-5@ombudsman.bg
DTSTAMP:20201101T100000Z
DTSTART:20200101T100000Z
SUMMARY:Long ago
LOCATION:Somewhere
END:VEVENT
BEGIN:VEVENT
UID:garbage-6@ombudsman.bg
DTSTAMP:20261101T100000Z
DTSTART:tomorrow-ish
SUMMARY:Broken start
LOCATION:Somewhere
END:VEVENT
END:VCALENDAR
"""

CSV = f"""\
title;title_ar;start;end;venue;address;latitude;longitude;languages;capacity;notes
Права на труд;الحقوق في العمل;12.03.{YEAR} 18:00;20:00;Център „Света Анна“;ул. Пример 1;\
42,6977;23,3219;ar fa;25;Носете лична карта
Housing;;{YEAR}-04-10 17:00;;Vrazhdebna centre;Street 2;;;;;
No start;;;;Centre;Street 3;;;;10;
Bad language;;{YEAR}-04-11 17:00;;Centre;Street 3;;;ar,xx;10;
Bad capacity;;{YEAR}-04-12 17:00;;Centre;Street 3;;;;many;
Ends first;;{YEAR}-04-13 17:00;16:00;Centre;Street 3;;;;10;
"""


def run_cli(*args: str, db: Path):
    env = {k: v for k, v in os.environ.items() if not k.isupper() or k in {"PATH", "HOME"}}
    env.update({"DATABASE_URL": f"sqlite+aiosqlite:///{db}", "PYTHONPATH": str(ROOT)})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "sessions", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=db.parent,
        timeout=60,
    )


def test_ics_events_are_read_and_the_broken_ones_reported_by_uid():
    schedule = read_ics(ICS.encode(), tz="Europe/Sofia", now=NOW, capacity=30)
    good = {s.key: s for s in schedule.sessions}
    assert sorted(good) == ["ics:housing-2@ombudsman.bg", "ics:rights-at-work-1@ombudsman.bg"]
    rights = good["ics:rights-at-work-1@ombudsman.bg"]
    assert rights.title == "Права на труд"
    assert rights.starts_at == datetime(YEAR, 3, 12, 16, 0, tzinfo=UTC)  # 18:00 EET
    assert rights.ends_at - rights.starts_at == timedelta(hours=2)
    assert (rights.venue, rights.address) == ("Център „Света Анна“", "ул. Пример 1, София")
    assert (rights.latitude, rights.longitude) == (42.6977, 23.3219)
    assert rights.notes == "Носете лична карта.\nПревод на арабски."
    housing = good["ics:housing-2@ombudsman.bg"]
    assert housing.ends_at - housing.starts_at == timedelta(minutes=90)
    assert housing.address == "Integration centre Vrazhdebna"  # no comma: the name is all
    problems = {p.where: p.reason for p in schedule.problems}
    assert problems == {
        "event no-start-3@ombudsman.bg": "no DTSTART (start time)",
        "event whole-day-4@ombudsman.bg": "DTSTART is a whole day; a time is needed",
        "event past-5@ombudsman.bg": "starts in the past",
        "event garbage-6@ombudsman.bg": "DTSTART not understood",
    }


def test_csv_rows_are_read_and_the_broken_ones_reported_by_line():
    schedule = read_csv(CSV, tz="Europe/Sofia", now=NOW, capacity=30)
    first, second = schedule.sessions
    assert first.titles == {"ar": "الحقوق في العمل"} and first.capacity == 25
    assert first.languages == ("ar", "fa") and first.ends_at - first.starts_at == timedelta(
        hours=2
    )
    assert (first.latitude, first.longitude) == (42.6977, 23.3219)
    assert second.capacity == 30 and second.languages == () and second.notes is None
    assert second.starts_at == datetime(YEAR, 4, 10, 14, 0, tzinfo=UTC)  # 17:00 EEST
    assert [(p.where, p.reason.split(" ")[0]) for p in schedule.problems] == [
        ("line 4", "no"),
        ("line 5", "unknown"),
        ("line 6", "capacity"),
        ("line 7", "end"),
    ]


def test_import_keeps_the_good_reports_the_bad_and_never_duplicates(tmp_path):
    db = tmp_path / "bot.db"
    (tmp_path / "schedule.ics").write_text(ICS, encoding="utf-8")
    (tmp_path / "schedule.csv").write_text(CSV, encoding="utf-8")
    result = run_cli("import", "schedule.ics", db=db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert sum("not imported:" in line for line in lines) == 4
    assert any("no-start-3@ombudsman.bg" in line and "DTSTART" in line for line in lines)
    assert lines[-1] == "2 session(s) imported (published), 0 already there, 4 not imported"
    again = run_cli("import", "schedule.ics", db=db)
    assert again.stdout.strip().splitlines()[-1] == (
        "0 session(s) imported (published), 2 already there, 4 not imported"
    )
    result = run_cli("import", "schedule.csv", "--draft", db=db)
    assert result.returncode == 0, result.stderr
    assert "line 4: not imported: no start" in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("2 session(s) imported (as drafts)")
    assert (
        run_cli("import", "schedule.csv", db=db)
        .stdout.strip()
        .splitlines()[-1]
        .startswith("0 session(s) imported")
    )
    listing = run_cli("list", db=db)
    assert listing.returncode == 0, listing.stderr
    body = listing.stdout.strip().splitlines()[1:]
    assert len(body) == 4
    assert sum(" upcoming " in row for row in body) == 2
    assert sum(" draft " in row for row in body) == 2
    assert any(f"{YEAR}-03-12 18:00" in row and "0/30" in row for row in body)


def test_unreadable_files_are_one_line_and_exit_2(tmp_path):
    db = tmp_path / "bot.db"
    cases = {
        "broken.ics": "BEGIN:VCALENDAR\nthis is not\nEND:NOTHING\n",
        "empty.ics": "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n",
        "none.csv": "title,start,venue,address\n,,,\n",
        "header.csv": "name,when\nx,y\n",
        "latin1.csv": "title,start,venue,address\n",
        "plan.txt": "title,start\n",
    }
    for name, text in cases.items():
        data = text.encode("latin-1") + (b"\xe9\xff" if name == "latin1.csv" else b"")
        (tmp_path / name).write_bytes(data)
    (tmp_path / "past.csv").write_text("title,start,venue,address\nOld,01.01.2020 10:00,C,S\n")
    for name in [*cases, "past.csv", "missing.ics"]:
        result = run_cli("import", name, db=db)
        assert result.returncode == 2, (name, result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (name, result.stderr)
        assert "Traceback" not in result.stderr and result.stdout == ""
    assert not db.exists()  # nothing was written, no database made for nothing
    result = run_cli("list", db=db)
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert not db.exists()


def test_a_bad_reminder_setting_is_one_line(tmp_path):
    env_db = tmp_path / "bot.db"
    env = {k: v for k, v in os.environ.items() if not k.isupper() or k in {"PATH", "HOME"}}
    env.update(
        {
            "DATABASE_URL": f"sqlite+aiosqlite:///{env_db}",
            "PYTHONPATH": str(ROOT),
            "SESSION_REMINDERS": "24,soon",
        }
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "sessions", "list"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().startswith("integra-bot: setting SESSION_REMINDERS:")
