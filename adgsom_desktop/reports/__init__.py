"""Printed output (briefing packs, reports): reportlab, no Qt. Fed plain dataclasses."""
