"""pepqa: first-read quality assurance of Personal Education Plans."""
__version__ = "0.1.0"
