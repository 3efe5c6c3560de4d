#!/usr/bin/env python3
"""Packs the icon's PNG renderings into the containers Windows and macOS use:
an .ico (PNG entries, as Windows has read them since Vista) and an .icns
(PNG entries by Apple's type codes). Only the standard library is needed.

    tools/icon-containers.py write PNG_DIR OUT.ico OUT.icns
    tools/icon-containers.py check OUT.ico OUT.icns

PNG_DIR holds one NAME-SIZE.png per size. `check` reads both containers back
and fails unless each entry is a PNG of the size its header declares.
"""
import struct
import sys
from pathlib import Path

ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# Apple's codes for PNG data: the size in pixels each one holds.
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512)]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data):
    """Width and height from a PNG's IHDR chunk."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def rendering(folder, size):
    matches = sorted(Path(folder).glob(f"*-{size}.png"))
    if not matches:
        raise SystemExit(f"no {size} px rendering in {folder}")
    data = matches[0].read_bytes()
    if png_size(data) != (size, size):
        raise SystemExit(f"{matches[0]} is {png_size(data)}, not {size}x{size}")
    return data


def write_ico(folder, path):
    images = [rendering(folder, size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images):
        side = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    Path(path).write_bytes(header + entries + b"".join(images))


def write_icns(folder, path):
    body = b""
    for code, size in ICNS_TYPES:
        data = rendering(folder, size)
        body += code + struct.pack(">I", 8 + len(data)) + data
    Path(path).write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def check_ico(path):
    data = Path(path).read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert reserved == 0 and kind == 1, f"{path}: not an icon file"
    sizes = []
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        side = side or 256
        assert png_size(data[offset:offset + length]) == (side, side), \
            f"{path}: entry {index} is not a {side} px PNG"
        sizes.append(side)
    assert sizes == ICO_SIZES, f"{path}: sizes {sizes}"
    return sizes


def check_icns(path):
    data = Path(path).read_bytes()
    assert data[:4] == b"icns", f"{path}: not an icns file"
    assert struct.unpack(">I", data[4:8])[0] == len(data), f"{path}: wrong length"
    expected = dict(ICNS_TYPES)
    found = []
    at = 8
    while at < len(data):
        code = data[at:at + 4]
        length = struct.unpack(">I", data[at + 4:at + 8])[0]
        side = expected[code]
        assert png_size(data[at + 8:at + length]) == (side, side), \
            f"{path}: {code.decode()} is not a {side} px PNG"
        found.append(code)
        at += length
    assert found == [code for code, _ in ICNS_TYPES], f"{path}: entries {found}"
    return found


def main(argv):
    if len(argv) == 5 and argv[1] == "write":
        write_ico(argv[2], argv[3])
        write_icns(argv[2], argv[4])
    elif len(argv) == 4 and argv[1] == "check":
        sizes = check_ico(argv[2])
        codes = check_icns(argv[3])
        print(f"ok: {Path(argv[2]).name} ({len(sizes)} sizes), "
              f"{Path(argv[3]).name} ({len(codes)} entries)")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
