"""The audit questionnaire end to end: two people, two paths, every answer stored as given."""

from __future__ import annotations

from PIL import Image

from tests.e2e.survey_driver import SKIP, stored_answers, take_survey
from tests.e2e.test_onboarding import onboard
from tests.e2e.texts import label, shown
from tests.fixtures import jpeg_with_gps

FOREIGN_NATIONAL = {
    "intro": None,
    "age": "۳۴",  # typed with Persian digits, as on a Farsi keyboard
    "gender": SKIP,
    "years_in_sofia": "1_to_3",
    "arrival_date": "03.05.2021",
    "residence_status": "international_protection",
    "bulgarian_level": "basic",
    "language_course": "want_to",
    "barriers": ["language", "discrimination"],
    "employment_status": "looking_for_work",
    "children_school": "no_children",
    "housing_situation": "rent",
    "housing_refused": "yes",
    "health_access": 3,
    "feel_safe": 4,
    "hostility": "once",
    "hostility_reported": "no",
    "hate_speech_seen": "yes",
    "neighbour_contact": "weekly",
    "belonging": 3,
    "diversity_enriches": 5,
    "municipal_services": 2,
    "information_session": "yes",
    "participation": ["volunteering", "community_group"],
    "change_one_thing": "More Bulgarian courses in the evening, near the metro",
    "place_photo": jpeg_with_gps(),
}

RESIDENT = {
    "intro": None,
    "age": "52",
    "gender": "woman",
    "employment_status": "employed",
    "job_matches_skills": 4,
    "children_school": "yes_school",
    "school_support": 3,
    "housing_situation": "own_home",
    "health_access": 4,
    "feel_safe": 5,
    "hate_speech_seen": "no",
    "neighbour_contact": "daily",
    "migrant_contact": "sometimes",
    "migrants_view": "help",
    "belonging": 5,
    "diversity_enriches": 4,
    "municipal_services": 3,
    "participation": ["none"],
    "change_one_thing": SKIP,
    "place_photo": SKIP,
}


async def test_foreign_national_answers_in_farsi_down_the_migrant_path(sb, running):
    reza = sb.user(2001, "Reza", language_code="fa")
    await onboard(reza, "fa", "foreign_national")
    asked = await take_survey(reza, "fa", FOREIGN_NATIONAL)
    assert asked == list(FOREIGN_NATIONAL)  # in form order; resident questions never asked
    status, answers, skipped = await stored_answers(running.database_url, 2001)
    assert status == "completed"
    assert skipped == {"intro", "gender"}
    expected = {k: v for k, v in FOREIGN_NATIONAL.items() if v is not SKIP and v is not None}
    expected["age"] = 34
    expected["arrival_date"] = "2021-05-03"
    expected["barriers"] = ["language", "discrimination"]
    photo_key = answers.pop("place_photo")
    del expected["place_photo"]
    assert answers == expected
    assert shown("fa", "survey-thanks") in reza.last.text
    # the photo answer was stored without any metadata, and leaves with "delete my data"
    stored = running.media_dir / photo_key
    with Image.open(stored) as image:
        assert not image.getexif() and "exif" not in image.info
    assert b"Exif" not in stored.read_bytes() and b"PhoneMaker" not in stored.read_bytes()
    await reza.send("/mydata")
    await reza.press(label("fa", "mydata-delete"))
    await reza.press(label("fa", "mydata-delete-yes"))
    assert not stored.exists()


async def test_bulgarian_resident_answers_in_bulgarian_down_the_resident_path(sb, running):
    maria = sb.user(2002, "Мария", language_code="bg")
    await onboard(maria, "bg", "bulgarian_citizen")
    asked = await take_survey(maria, "bg", RESIDENT)
    assert asked == list(RESIDENT)
    assert "barriers" not in asked and "hostility" not in asked
    status, answers, skipped = await stored_answers(running.database_url, 2002)
    assert status == "completed"
    assert skipped == {"intro", "change_one_thing", "place_photo"}
    expected = {k: v for k, v in RESIDENT.items() if v is not SKIP and v is not None}
    expected["age"] = 52
    assert answers == expected
    # once completed, the same version is not offered again
    await maria.send("/survey")
    assert shown("bg", "survey-already-completed") in maria.last.text
