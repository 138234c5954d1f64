"""`python -m integrations_mistral`; Ctrl-C while the command line is still loading exits 130
quietly, as it does later."""

try:
    from .cli import main
except KeyboardInterrupt:
    raise SystemExit(130) from None

raise SystemExit(main())
