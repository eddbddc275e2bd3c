"""Quizzes without Qt: scoring, shuffling, sessions (practice, exam, review), spaced review, and exchange with
Moodle (GIFT both ways, Moodle XML out). Responses use the quiz's own option order, so they mean the same in every
language and in every shuffled presentation."""
