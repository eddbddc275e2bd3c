"""Screening interviews: guides as content, the rules that turn answers into a recommendation, the interview
record and the referral note. No Qt here; the officer and person views live in the UI."""
