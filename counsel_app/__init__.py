"""counsel: explain a treatment to a patient on two screens."""

__version__ = "0.1.0"
