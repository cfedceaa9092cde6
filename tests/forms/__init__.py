"""Questionnaire validation tests (golden files in broken/)."""
