"""The application layer: one home for every use case.

``workspace.Workspace`` opens every store of one data folder once; the modules beside it are the
use cases (plans, templates, wishes, evaluations, documents, the run session with the phones'
audit figures, lookup by name, the demo), each raising ``errors.ServiceError`` subclasses with a
translated message and an exit code. The CLI, the TUI and the phone servers' callers go through
here and never through each other; nothing here imports Textual.
"""
