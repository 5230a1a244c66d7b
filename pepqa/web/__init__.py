"""``pepqa serve``: a local web page where a designated teacher checks a PEP before sending it.

Why a web page: schools are one of pepqa's three groups of users and a designated teacher is not a
programmer; a browser on their own machine is the one tool they certainly have. The page speaks to
the school (plain words, the PEP's own words quoted, no check codes) and keeps nothing.

Modules: :mod:`.app` (routes), :mod:`.security` (Host check, same-origin tokens, headers, signed
payloads), :mod:`.uploads` (streaming upload into a private temporary folder, with the size limit),
:mod:`.jobs` (reading, checking and rendering in a pool of worker processes with batch's limits),
:mod:`.view` (what the page shows for one PEP).
"""
