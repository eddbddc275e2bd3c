"""The national legal review: every verify box in the content, a worksheet for the reviewer, and reading it back."""
