"""Errors the command line reports as one line (no traceback), each with its exit status."""

from __future__ import annotations


class UsageError(Exception):
    """Bad input from the user (a bad month, an unknown source, an unreadable config): exit status 2."""

    exit_status = 2
