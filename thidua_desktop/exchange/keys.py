"""Ed25519 signing: this installation's key pair (keys/), signatures, public-key files."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop.domain.errors import UserError
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.os_errors import os_error_text

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from thidua_desktop.store.engine import Database

PRIVATE_KEY_FILE = "ed25519-private.pem"
PUBLIC_KEY_FORMAT = "thidua-public-key"
ALGORITHM = "ed25519"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)
_CODE = re.compile(r"[0-9A-Za-z]{1,16}", re.ASCII)


class KeyFileError(UserError):
    """A key file is missing, unreadable or not a public key of this application."""


@dataclass(frozen=True)
class PublicKeyInfo:
    office_code: str
    office_name: str
    installation_id: str
    public_key: str  # raw 32-byte key, base64
    fingerprint: str

    def to_bytes(self) -> bytes:
        data = {
            "format": PUBLIC_KEY_FORMAT,
            "version": 1,
            "algorithm": ALGORITHM,
            "office_code": self.office_code,
            "office_name": self.office_name,
            "installation_id": self.installation_id,
            "public_key": self.public_key,
            "fingerprint": self.fingerprint,
        }
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def fingerprint(raw_public_key: bytes) -> str:
    return hashlib.sha256(raw_public_key).hexdigest()


def short_fingerprint(value: str) -> str:
    """What people compare by telephone: the first 16 hex digits in groups of four."""
    head = value[:16].upper()
    return " ".join(head[i : i + 4] for i in range(0, 16, 4))


def load_or_create_key(keys_dir: Path) -> Ed25519PrivateKey:
    """This installation's private key, created (readable by the owner only) on first use."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = keys_dir / PRIVATE_KEY_FILE
    try:
        if path.exists():
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
            if not isinstance(key, Ed25519PrivateKey):
                raise KeyFileError(f"Tệp khóa {path} không phải khóa Ed25519.")
            return key
        keys_dir.mkdir(parents=True, exist_ok=True)
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        partial = path.with_name(path.name + ".partial")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(pem)
        os.replace(partial, path)
        return key
    except OSError as exc:
        raise KeyFileError(
            f"Không đọc/ghi được khóa ký gói trong {keys_dir}: {os_error_text(exc)}."
        ) from exc
    except ValueError as exc:
        raise KeyFileError(f"Tệp khóa {path} bị hỏng: {exc}.") from exc


def office_key(db: Database, keys_dir: Path) -> Ed25519PrivateKey:
    """The key this office signs with: the file in `keys_dir` on one PC; in server mode the one
    kept in the shared database (made by the first export, under the writers' lock), so every
    staff member signs the office's packages alike."""
    if not db.server:
        return load_or_create_key(keys_dir)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from thidua_desktop.services.core import audit
    from thidua_desktop.store.base import utc_now
    from thidua_desktop.store.models.exchange import OfficeKey

    with db.transaction() as session:
        stored = session.get(OfficeKey, 1)
        if stored is None:
            pem = (
                Ed25519PrivateKey.generate()
                .private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
                .decode("ascii")
            )
            stored = OfficeKey(
                id=1,
                private_pem=pem,
                created_at=utc_now(),
                created_by=audit.current_operator(session),
            )
            session.add(stored)
        pem = stored.private_pem
    key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError("Khóa ký gói trong cơ sở dữ liệu không phải khóa Ed25519.")
    return key


def raw_public_key(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def sign(key: Ed25519PrivateKey, message: bytes) -> bytes:
    """The `signature` entry: which key signed, and the signature of the manifest bytes."""
    raw = raw_public_key(key)
    data = {
        "algorithm": ALGORITHM,
        "public_key": base64.b64encode(raw).decode("ascii"),
        "fingerprint": fingerprint(raw),
        "signature": base64.b64encode(key.sign(message)).decode("ascii"),
    }
    return (json.dumps(data, sort_keys=True, indent=2) + "\n").encode("ascii")


@dataclass(frozen=True)
class Signature:
    """The `signature` entry: the signer's public key travels with it, so a package altered after
    signing is detected even where the key is not registered (registration adds authenticity)."""

    public_key: str  # base64
    fingerprint: str
    value: bytes


def parse_signature(raw: bytes) -> Signature:
    try:
        data = json.loads(raw.decode("ascii"))
        if data["algorithm"] != ALGORITHM:
            raise ValueError
        value = base64.b64decode(data["signature"], validate=True)
        key = base64.b64decode(data["public_key"], validate=True)
        if len(value) != 64 or len(key) != 32 or data["fingerprint"] != fingerprint(key):
            raise ValueError
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error, RecursionError):
        raise PackageRefused("chữ ký của gói (tệp signature) không đúng định dạng.") from None
    return Signature(
        public_key=base64.b64encode(key).decode("ascii"), fingerprint=fingerprint(key), value=value
    )


def verify(public_key_b64: str, signature: Signature, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64))
    try:
        key.verify(signature.value, message)
    except InvalidSignature:
        return False
    return True


def read_public_key_file(path: Path) -> PublicKeyInfo:
    """A public-key file another office exported (`keys export`), checked."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(f"Không đọc được tệp {path}: {os_error_text(exc)}.") from exc
    try:
        if len(raw) > 16_384:
            raise ValueError
        data: dict[str, Any] = json.loads(raw.decode("utf-8"))
        if data["format"] != PUBLIC_KEY_FORMAT or data["algorithm"] != ALGORITHM:
            raise ValueError
        key = base64.b64decode(data["public_key"], validate=True)
        office, name = str(data["office_code"]), str(data["office_name"])
        installation = str(data["installation_id"])
        if len(key) != 32 or not _CODE.fullmatch(office) or not _UUID.fullmatch(installation):
            raise ValueError
        if data.get("fingerprint") not in (None, fingerprint(key)):
            raise ValueError
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error, RecursionError):
        raise KeyFileError(
            f"Tệp {path.name} không phải tệp khóa công khai của thidua-desktop "
            "(tạo bằng lệnh keys export)."
        ) from None
    return PublicKeyInfo(
        office_code=office,
        office_name=name[:200],
        installation_id=installation,
        public_key=base64.b64encode(key).decode("ascii"),
        fingerprint=fingerprint(key),
    )
