"""groupguide: plan and run group guidance for LIS1 doctors."""

__version__ = "0.1.0"
