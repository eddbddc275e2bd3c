"""Print or Save as PDF: pages of the handbook, checklist templates, the legal review worksheet."""
