"""tiphandbook: an offline handbook and training tool for trafficking-in-persons cases."""

__version__ = "0.1.0"
# The reverse-DNS id of the desktop entry, the AppStream metainfo and the macOS bundle (a placeholder until the
# project settles on a domain of its own).
APP_ID = "io.github.tiphandbook.TIPHandbook"
