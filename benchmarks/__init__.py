"""`make bench`: speed and memory figures, as medians and same-run ratios (machines are noisy)."""
