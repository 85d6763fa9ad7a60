"""The merge engine of trip copies and exchange bundles (#17)."""
