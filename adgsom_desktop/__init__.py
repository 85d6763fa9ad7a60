"""ADGSOM Desktop: a delegation's offline tool for ASEAN digital meetings."""

__version__ = "0.1.0"
APP_NAME = "ADGSOM Desktop"
APP_ORG = "ADGSOM Desktop"
