"""tiphandbook: an offline handbook and training tool for trafficking-in-persons cases."""

__version__ = "0.1.0"
