"""Subcommands of `ictarchive`, one module per area; each module has `register(subparsers)`."""
