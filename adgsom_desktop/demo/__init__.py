"""The built-in demo store: a Thai delegation's week at the 6th ADGMIN and related meetings.

``content*.py`` hold the demo as plain data (no I/O); ``writer.write_demo``
builds a new store from it through the services (and, for records without a
service yet, the ORM).  All persons in the demo are fictional.
"""
