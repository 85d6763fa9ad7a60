"""Package data: fonts (with their licence) and icons. Read through adgsom_desktop.resource_files."""
