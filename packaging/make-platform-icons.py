#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders the application icon (resources/icons/org.mailwright.Mailwright.svg) into the
Windows .ico and macOS .icns files the installers need.

Run on Linux after changing the SVG, and commit the results:
    packaging/make-platform-icons.py
They are committed (unlike Linux's PNGs, which the build renders) because the Windows and macOS
builders have no SVG renderer at hand. Needs rsvg-convert (Debian package librsvg2-bin).
Both formats hold PNG images: .ico since Windows Vista, .icns since Mac OS X 10.7.
"""
import pathlib
import struct
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SVG = ROOT / "resources/icons/org.mailwright.Mailwright.svg"


def render(size: int, tmp: pathlib.Path) -> bytes:
    out = tmp / f"{size}.png"
    subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size),
                    "--format", "png", "--output", str(out), str(SVG)], check=True)
    return out.read_bytes()


def make_ico(images: dict) -> bytes:
    sizes = [16, 24, 32, 48, 64, 128, 256]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, data = b"", b""
    for size in sizes:
        png = images[size]
        dim = 0 if size == 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def make_icns(images: dict) -> bytes:
    types = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
             (b"ic09", 512), (b"ic10", 1024)]
    body = b"".join(t + struct.pack(">I", 8 + len(images[s])) + images[s] for t, s in types)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = pathlib.Path(tmpdir)
        images = {s: render(s, tmp) for s in (16, 24, 32, 48, 64, 128, 256, 512, 1024)}
    (ROOT / "packaging/windows/mailwright.ico").write_bytes(make_ico(images))
    (ROOT / "packaging/macos/mailwright.icns").write_bytes(make_icns(images))


if __name__ == "__main__":
    main()
