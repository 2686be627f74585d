"""``python -m newsparse``."""

from newsparse.cli import main

raise SystemExit(main())
