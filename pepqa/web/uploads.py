"""Receiving one uploaded PEP: streamed into a private temporary folder, never past the size limit.

Why not the framework's form parser: it spools large files into the system's shared temporary folder
and reads the whole body before a route can say "too large". Here the body is parsed as it arrives,
the file part goes straight to ``FOLDER/upload`` (the folder is made by :func:`tempfile.mkdtemp`, so
only this user can open it), and the upload stops as soon as it passes ``max_bytes``, with the same
reason the command line gives. The caller removes the folder when the response is sent.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from python_multipart.multipart import MultipartParser, parse_options_header

MAX_FIELD_BYTES = 64 * 1024  # a form field (the token, the payload of a download)
MAX_FIELDS = 8
MAX_FORM_BYTES = 8 * 1024 * 1024  # a form without a file: a download's signed payload (a long PEP, compressed)


class UploadError(Exception):
    """A request the page answers with one line and a 4xx status."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


def too_large(size: int, limit: int) -> str:
    """The reason ``pepqa batch --max-size`` gives, word for word."""
    return f"file too large ({size / 1048576:.1f} MB; limit {limit / 1048576:.0f} MB)"


@dataclass
class Upload:
    fields: dict[str, str] = field(default_factory=dict)
    file_name: Optional[str] = None  # as the browser sent it: shown back to the teacher, never logged
    file_path: Optional[Path] = None
    file_size: int = 0


async def receive_form(request, folder: Path, max_bytes: int, file_field: str = "pep") -> Upload:
    """Parse a multipart/form-data request; the one file (``file_field``) is written to ``folder``."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype == b"application/x-www-form-urlencoded":
        return await _urlencoded(request)
    if ctype != b"multipart/form-data" or b"boundary" not in params:
        raise UploadError(400, "the form was not sent as a file upload")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes + MAX_FIELDS * MAX_FIELD_BYTES:
        raise UploadError(413, too_large(int(declared), max_bytes))
    up = Upload()
    state = {"name": None, "filename": None, "buf": bytearray(), "fh": None, "hfield": b"", "hvalue": b"",
             "headers": {}, "error": None}

    def on_part_begin():
        state.update(name=None, filename=None, buf=bytearray(), fh=None, headers={})

    def on_header_field(data, start, end):
        state["hfield"] += data[start:end]

    def on_header_value(data, start, end):
        state["hvalue"] += data[start:end]

    def on_header_end():
        state["headers"][state["hfield"].lower()] = state["hvalue"]
        state["hfield"], state["hvalue"] = b"", b""

    def on_headers_finished():
        _disp, opts = parse_options_header(state["headers"].get(b"content-disposition", b""))
        name = opts.get(b"name", b"").decode("utf-8", "replace")
        state["name"] = name
        if b"filename" in opts:
            if name != file_field or up.file_path is not None:
                raise UploadError(400, "only one PEP file can be checked at a time")
            state["filename"] = opts[b"filename"].decode("utf-8", "replace")
            up.file_path = folder / "upload"
            state["fh"] = open(up.file_path, "xb")
        elif len(up.fields) >= MAX_FIELDS:
            raise UploadError(400, "the form has too many fields")

    def on_part_data(data, start, end):
        n = end - start
        if state["fh"] is not None:
            up.file_size += n
            if up.file_size > max_bytes:
                raise UploadError(413, too_large(up.file_size, max_bytes))
            state["fh"].write(data[start:end])
        else:
            state["buf"] += data[start:end]
            if len(state["buf"]) > MAX_FIELD_BYTES:
                raise UploadError(413, "a form field is too large")

    def on_part_end():
        if state["fh"] is not None:
            state["fh"].close()
            state["fh"] = None
            up.file_name = state["filename"]
        elif state["name"]:
            up.fields[state["name"]] = state["buf"].decode("utf-8", "replace")

    parser = MultipartParser(params[b"boundary"], {
        "on_part_begin": on_part_begin, "on_part_data": on_part_data, "on_part_end": on_part_end,
        "on_header_field": on_header_field, "on_header_value": on_header_value, "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished,
    })
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
    except UploadError:
        raise
    except Exception:  # noqa: BLE001 - the multipart library's errors: a malformed form, one line
        raise UploadError(400, "the upload was incomplete or malformed; please try again") from None
    finally:
        if state["fh"] is not None:
            state["fh"].close()
    return up


async def _urlencoded(request) -> Upload:
    """A form with no file (the download buttons), bounded like any field."""
    from urllib.parse import parse_qsl

    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise UploadError(413, "the form is too large")
    try:
        pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError:
        raise UploadError(400, "the form has too many fields") from None
    return Upload(fields=dict(pairs))
