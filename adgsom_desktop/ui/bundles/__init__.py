"""Exchange bundles and members' keys (#17): send, open, settle conflicts."""
