"""`python -m integrations_mistral`."""

from .cli import main

raise SystemExit(main())
