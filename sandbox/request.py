"""Reading a Bot API call the ways Telegram accepts it: query string, urlencoded or JSON body,
or multipart with file parts (also used for a webhook's reply, which aiogram sends as multipart).

Values stay as Telegram receives them (strings, or JSON values for a JSON body); the validator
converts them by the spec, exactly because Telegram is lenient about "123" vs 123 at top level.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import BodyPartReader, MultipartReader, web

from sandbox.errors import bad_request
from sandbox.validation import Upload

Params = dict[str, Any]
Files = dict[str, Upload]


async def read_call(request: web.Request) -> tuple[Params, Files]:
    params: Params = dict(request.query)
    files: Files = {}
    if request.method != "POST" or not request.body_exists:
        return params, files
    content_type = request.content_type
    if content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise bad_request("can't parse JSON", "the JSON request body is malformed") from None
        if not isinstance(body, dict):
            raise bad_request("can't parse JSON", "the JSON request body is not an object")
        params.update(body)
    elif content_type.startswith("multipart/"):
        more, files = await read_multipart(await request.multipart())
        params.update(more)
    else:  # application/x-www-form-urlencoded (multipart is handled above)
        form = await request.post()
        params.update({k: v for k, v in form.items() if isinstance(v, str)})
    return params, files


async def read_multipart(reader: MultipartReader) -> tuple[Params, Files]:
    params: Params = {}
    files: Files = {}
    while True:
        part = await reader.next()
        if part is None:
            break
        if not isinstance(part, BodyPartReader) or part.name is None:
            continue
        if part.filename is not None:
            content_type = part.headers.get("Content-Type", "application/octet-stream")
            files[part.name] = Upload(bytes(await part.read()), part.filename, content_type)
        else:
            params[part.name] = await part.text()
    # A file part is also a parameter of its own name (photo=<file>), as Telegram allows; parts
    # only referenced as attach://name are skipped as parameters by the validator.
    for name, upload in files.items():
        params.setdefault(name, upload)
    return params, files


def decode_json_reply(body: bytes) -> Params | None:
    try:
        payload = json.loads(body)
    except ValueError:
        return None
    return payload if isinstance(payload, dict) else None
