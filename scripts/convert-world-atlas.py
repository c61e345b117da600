#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts world-atlas's countries-50m.json (Natural Earth 1:50m country
boundaries as TopoJSON, ids ISO 3166-1 numeric) into the compact binary the
dashboard embeds (resources/map/countries-50m.bin), keyed by ISO alpha-2.

Run once, by hand, when the source changes; the build only reads the output:

    cd "$(mktemp -d)" && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    scripts/convert-world-atlas.py package/countries-50m.json \
        /usr/share/iso-codes/json/iso_3166-1.json resources/map/countries-50m.bin

Output, all integers big-endian (uncompressed: zlib saves little on
coordinates and costs time at every startup):
    "SHKMAP" u8 version(1) u8 0, u16 units per degree, u16 shape count,
    per shape: 2 ASCII bytes alpha-2 ("\\0\\0" when the shape has no ISO code),
               u16 numeric code (0 when none), u16 ring count,
               per ring: u32 point count, points as u16 x, u16 y with
               x = (longitude + 180) * units, y = (latitude + 90) * units.
Rings keep their source order; holes are drawn with the odd-even rule.
"""

import json
import struct
import sys

UNITS_PER_DEGREE = 150  # 1/150 degree, under 750 m: finer than 1:50m draws
# Douglas-Peucker tolerance in degrees, applied to each shared arc (so
# neighbours keep one common border): about a pixel of a 3840-pixel-wide
# export of the Middle East and North Africa, far below a window's pixel.
SIMPLIFY_DEGREES = 0.01

# Natural Earth 4.1.0 draws Morocco (504) down to 21.4 N, over Western Sahara
# west of the berm, and Western Sahara (732) only east of it. The EU does not
# treat Western Sahara as part of Morocco, so the part of Morocco's polygon
# south of the 27 40' N parallel (the territory's northern boundary) is moved
# to Western Sahara: one territory, never coloured as Morocco.
MOROCCO = 504
WESTERN_SAHARA = 732
WESTERN_SAHARA_NORTH = 27 + 40 / 60


def decode_arcs(topology):
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def simplify(points, tolerance):
    """Douglas-Peucker, keeping both ends (where arcs meet) of every arc."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        farthest, distance = -1, tolerance
        for i in range(first + 1, last):
            x, y = points[i]
            if length == 0:
                d = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            else:
                d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / length
            if d > distance:
                farthest, distance = i, d
        if farthest >= 0:
            keep[farthest] = True
            stack.append((first, farthest))
            stack.append((farthest, last))
    return [point for point, kept in zip(points, keep) if kept]


def ring_points(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        # Each arc starts where the previous one ended.
        points.extend(arc if not points else arc[1:])
    return points


def quantize(points):
    result = []
    for lon, lat in points:
        q = (round((lon + 180) * UNITS_PER_DEGREE), round((lat + 90) * UNITS_PER_DEGREE))
        if not result or result[-1] != q:
            result.append(q)
    if len(result) > 1 and result[0] == result[-1]:
        result.pop()  # closed by the reader
    return result


def clip(points, latitude, keep_north):
    """The part of a ring north (or south) of a parallel (Sutherland-Hodgman)."""
    def inside(point):
        return point[1] >= latitude if keep_north else point[1] <= latitude

    result = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current) != inside(previous):
            t = (latitude - previous[1]) / (current[1] - previous[1])
            result.append((previous[0] + t * (current[0] - previous[0]), latitude))
        if inside(current):
            result.append(current)
    return result


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def main(atlas_path, iso_path, output_path):
    with open(atlas_path, encoding="utf-8") as f:
        topology = json.load(f)
    with open(iso_path, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    alpha2_of = {int(entry["numeric"]): entry["alpha_2"] for entry in iso}

    exact_arcs = decode_arcs(topology)
    arcs = [simplify(arc, SIMPLIFY_DEGREES) for arc in exact_arcs]
    rings_of = {}
    codes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        numeric = int(geometry["id"]) if geometry.get("id") not in (None, "") else 0
        alpha2 = alpha2_of.get(numeric, "")
        if numeric and not alpha2:
            print(f"warning: numeric {numeric} has no alpha-2 code", file=sys.stderr)
        rings = []
        for polygon in polygons_of(geometry):
            for ring in polygon:
                points = ring_points(arcs, ring)
                # An islet simplified to a sliver keeps its every point.
                if len(quantize(points)) < 4:
                    points = ring_points(exact_arcs, ring)
                rings.append(points)
        key = (alpha2, numeric) if numeric else (alpha2, -len(codes))
        codes.append(key)
        rings_of[key] = rings

    morocco = next(key for key in codes if key[1] == MOROCCO)
    western_sahara = next(key for key in codes if key[1] == WESTERN_SAHARA)
    moved = [clip(ring, WESTERN_SAHARA_NORTH, False) for ring in rings_of[morocco]]
    rings_of[morocco] = [clip(ring, WESTERN_SAHARA_NORTH, True) for ring in rings_of[morocco]]
    rings_of[western_sahara] += [ring for ring in moved if ring]

    shapes = []
    dropped = 0
    for key in codes:
        alpha2, numeric = key
        rings = []
        for ring in rings_of[key]:
            points = quantize(ring)
            if len(points) >= 3:
                rings.append(points)
            else:
                dropped += 1
        if rings:
            shapes.append((alpha2, max(numeric, 0), rings))
    shapes.sort(key=lambda shape: (shape[0] == "", shape[0], shape[1]))

    out = bytearray(b"SHKMAP" + bytes([1, 0]))
    out += struct.pack(">HH", UNITS_PER_DEGREE, len(shapes))
    point_count = 0
    for alpha2, numeric, rings in shapes:
        out += (alpha2.encode("ascii") if alpha2 else b"\0\0")
        out += struct.pack(">HH", numeric, len(rings))
        for ring in rings:
            out += struct.pack(">I", len(ring))
            for x, y in ring:
                out += struct.pack(">HH", x, y)
            point_count += len(ring)
    data = bytes(out)
    with open(output_path, "wb") as f:
        f.write(data)
    print(f"{output_path}: {len(shapes)} shapes, {point_count} points, "
          f"{dropped} rings under 3 points dropped, {len(data)} bytes")
    if dropped:
        sys.exit("error: rings were dropped; lower SIMPLIFY_DEGREES")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: convert-world-atlas.py countries-50m.json iso_3166-1.json output.bin")
    main(*sys.argv[1:])
