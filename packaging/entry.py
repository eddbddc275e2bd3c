"""The frozen app's main script (PyInstaller runs it as ``__main__``): hand over to the launcher."""

import sys

from tiphandbook.launcher import main

sys.exit(main())
