"""Running the web application: uvicorn on the given address, quiet, stopped cleanly by Ctrl-C.

The access log is off and uvicorn logs only warnings: request lines carry no names (file names
travel inside the upload), but a server that prints nothing about its requests has nothing to leak.
"""
from __future__ import annotations

import sys

import click


def serve(policy, host: str = "127.0.0.1", port: int = 8765, today=None, limits=None, workers: int = 2) -> None:
    import uvicorn

    from ..batch import Limits
    from .app import create_app

    app = create_app(policy, today=today, limits=limits or Limits(), workers=workers, host=host, port=port)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, server_header=False,
                            date_header=False, lifespan="on", timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    click.echo(f"pepqa: PEP self-check running. Open {url} in your browser (Ctrl-C to stop).")
    sys.stdout.flush()
    server.run()
