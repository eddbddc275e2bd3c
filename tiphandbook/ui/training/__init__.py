"""Training: the Training menu, quiz windows, the classroom presenter, progress and printed quizzes."""
