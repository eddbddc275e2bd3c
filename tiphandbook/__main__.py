import sys

from tiphandbook.cli import main

sys.exit(main())
