"""The team store's live side in the window: other members' changes, presence, offline."""
