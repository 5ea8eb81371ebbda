"""python -m translit."""

from .cli import run

run()
