"""The week at a glance: the event's meetings by day and hour (issue #23)."""
