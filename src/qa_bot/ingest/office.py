"""LibreOffice (headless) turns .doc .odt .rtf into .docx and .xls .ods into .xlsx, for their readers.

LibreOffice takes one to two seconds to start, so a build converts its files in one batch, one
``soffice --convert-to`` call per target format (``convert``), not one call per file. Each call
runs with a private profile (``-env:UserInstallation``) in a temporary folder, so two builds at
once do not fight over ~/.config/libreoffice, and files are copied in under numbered names, so
two files of the same name in different folders do not overwrite each other's output. A file
LibreOffice gives no output for (damaged, password-protected: headless LibreOffice cannot ask
for the password) is an IngestError of its own; the others still convert.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from qa_bot.errors import IngestError

# what LibreOffice converts each format to: the format our own readers read
TARGET = {"doc": "docx", "odt": "docx", "rtf": "docx", "xls": "xlsx", "ods": "xlsx"}
# a batch may take this long to start plus this long per file before it is given up
START_SECONDS = 60
PER_FILE_SECONDS = 30
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def missing(source: str) -> IngestError:
    return IngestError(source, "needs LibreOffice to be read, and it is not installed; install LibreOffice: "
                               "make office (or apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)")


def convert(files: list[tuple[str, bytes, str]]) -> dict[str, bytes | IngestError]:
    """{source: the converted file's bytes, or why not} for (source, bytes, kind) of the formats in TARGET."""
    out: dict[str, bytes | IngestError] = {}
    if not files:
        return out
    binary = soffice()
    if binary is None:
        return {source: missing(source) for source, _, _ in files}
    with tempfile.TemporaryDirectory(prefix="qa-bot-office-") as tmp:
        tmp_path = Path(tmp)
        profile = (tmp_path / "profile").as_uri()
        for target in sorted(set(TARGET[k] for _, _, k in files)):
            batch = [(i, source, data, kind) for i, (source, data, kind) in enumerate(files) if TARGET[kind] == target]
            src_dir, out_dir = tmp_path / f"in-{target}", tmp_path / f"out-{target}"
            src_dir.mkdir()
            out_dir.mkdir()
            inputs = []
            for i, source, data, kind in batch:
                path = src_dir / f"{i}.{kind}"
                path.write_bytes(data)
                inputs.append(str(path))
            why = _run([binary, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                        "--convert-to", target, "--outdir", str(out_dir), *inputs],
                       START_SECONDS + PER_FILE_SECONDS * len(inputs))
            for i, source, data, kind in batch:
                result = out_dir / f"{i}.{target}"
                if result.is_file() and result.stat().st_size:
                    out[source] = result.read_bytes()
                elif data.startswith(_OLE) and _encrypted_legacy(data, kind):
                    out[source] = IngestError(source, "is password-protected; remove the password (save a copy "
                                                      "without it) and index it again")
                else:
                    out[source] = IngestError(source, f"could not be converted by LibreOffice{why}; it is damaged, "
                                                      f"password-protected or not a .{kind} file")
    return out


def _run(command: list[str], timeout: float) -> str:
    """Run LibreOffice; "" when it ran, else a short reason to add to each file's error."""
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return f" (it took over {timeout:.0f}s)"
    except OSError as exc:
        return f" ({exc.strerror or exc})"
    return "" if done.returncode == 0 else f" (exit code {done.returncode})"


def _encrypted_legacy(data: bytes, kind: str) -> bool:
    """Signs of a password: an OOXML file encrypted into OLE ("EncryptionInfo"), a .doc whose FIB sets
    fEncrypted. Where none shows (.xls RC4), the error says "damaged or password-protected"."""
    names = ("EncryptionInfo", "encryption")
    if any(n.encode("utf-16-le") in data for n in names):
        return True
    if kind == "doc":
        # the Word stream's FIB starts at offset 512 of a small file's first sector; bit 0x0100 is fEncrypted
        fib = data.find(b"\xec\xa5")
        return fib != -1 and len(data) > fib + 12 and bool(data[fib + 11] & 0x01)
    return False
