"""``python -m gazette_parse``."""

from .cli import main

main()
