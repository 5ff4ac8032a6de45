"""Unattended daily schedule (APScheduler); filled in by the schedule issue."""
