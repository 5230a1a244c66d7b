"""pepqa: first-read quality assurance of Personal Education Plans."""
__version__ = "0.2.0"
