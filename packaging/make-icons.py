"""Render resources/icons/tiphandbook.svg into what each platform wants: PNGs in the usual sizes (Linux menus, the
AppImage), a .ico (Windows) and an .icns (macOS). Run it after changing the SVG, and commit the results:

    QT_QPA_PLATFORM=offscreen python packaging/make-icons.py

Both container formats are a header and a list of PNG images; written here so no image tool is needed.
"""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "tiphandbook.svg"
OUT = Path(__file__).resolve().parent / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512}


def render(size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(images: dict[bytes, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", len(png) + 8) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 - painting needs one
    OUT.mkdir(exist_ok=True)
    pngs = {size: render(size) for size in PNG_SIZES}
    for size, png in pngs.items():
        (OUT / f"tiphandbook-{size}.png").write_bytes(png)
    (OUT / "tiphandbook.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (OUT / "tiphandbook.icns").write_bytes(icns({kind: pngs[size] for kind, size in ICNS_TYPES.items()}))


if __name__ == "__main__":
    main()
