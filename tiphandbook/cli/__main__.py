"""``python -m tiphandbook.cli``: the command line, as the tests and benchmarks start it in a subprocess."""

import sys

from tiphandbook.cli import main

sys.exit(main())
