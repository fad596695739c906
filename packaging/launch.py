"""Entry script for the PyInstaller bundle (packaging/counsel-app.spec)."""
from counsel_app.cli import main

raise SystemExit(main())
