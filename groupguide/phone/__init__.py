"""What the participants' phones talk to: the form servers and their protocol.

``base.PhoneServer`` (aiohttp in the caller's loop, token, limits, nonces, headers), the
evaluation form (``evaluation_server``, ``forms``), the audit figures form (``audit_server``,
``audit_form``), the printable ballot slips, the laptop's LAN address and the QR code. The
evaluation model itself (``Evaluation``, ``AnswerStore``, results with the anonymity threshold,
ballot codes) is ``groupguide.evaluation``; these modules serve it and never import Textual.
"""
