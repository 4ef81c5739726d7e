"""Reading a plan file's bytes safely: bounded, and only from regular files or devices.

Kept apart from the YAML loader so that the cached path of `plandiff A B` can read a file
without importing the parser and the checks.
"""

from __future__ import annotations

import os
import stat

MAX_BYTES = 4 * 1024 * 1024


def read_bounded(file: str) -> tuple[bytes | None, str | None, str | None]:
    """(bytes, None, None), or (None, code, message) with a PD001/PD002 finding's text.

    At most MAX_BYTES + 1 bytes are read, so /dev/zero or a huge file fails fast; folders,
    FIFOs and sockets are refused before any read can block.
    """
    try:
        st = os.stat(file)
    except OSError as exc:
        return None, "PD001", f"cannot read: {exc.strerror or exc}"
    if stat.S_ISDIR(st.st_mode):
        return None, "PD001", "is a folder, not a plan file"
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISCHR(st.st_mode)):
        return None, "PD001", "is not a regular file"
    if stat.S_ISREG(st.st_mode) and st.st_size > MAX_BYTES:
        return None, "PD002", f"file is {st.st_size} bytes; the cap is {MAX_BYTES}"
    try:
        with open(file, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        return None, "PD001", f"cannot read: {exc.strerror or exc}"
    if len(raw) > MAX_BYTES:
        return None, "PD002", f"more than {MAX_BYTES} bytes; the cap is {MAX_BYTES}"
    return raw, None, None
