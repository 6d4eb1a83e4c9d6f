"""Draws handtekening.png, the test signature of the staff-list fixture: a handwritten-looking
squiggle in dark blue ink on a transparent background, 600 x 200 px. Deterministic (no random
numbers), so running it again gives the same file. Needs Pillow: python3 make_signature.py"""
import math

from PIL import Image, ImageDraw

WIDTH, HEIGHT, SCALE = 600, 200, 4
INK = (27, 42, 107)


def stroke(draw, points, width):
    """A pen line through points, thicker in the middle of the stroke as a pen pressed harder."""
    n = len(points)
    for i in range(n - 1):
        pressure = 0.55 + 0.45 * math.sin(math.pi * i / (n - 1))
        w = width * pressure * SCALE
        (x0, y0), (x1, y1) = points[i], points[i + 1]
        draw.line([(x0 * SCALE, y0 * SCALE), (x1 * SCALE, y1 * SCALE)], fill=INK + (255,), width=max(1, round(w)))
        r = w / 2
        draw.ellipse([x1 * SCALE - r, y1 * SCALE - r, x1 * SCALE + r, y1 * SCALE + r], fill=INK + (255,))


def curve(fn, t0, t1, steps=400):
    return [fn(t0 + (t1 - t0) * i / steps) for i in range(steps + 1)]


def main():
    image = Image.new("RGBA", (WIDTH * SCALE, HEIGHT * SCALE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    # A tall first letter: a loop that rises and falls back.
    stroke(draw, curve(lambda t: (70 + 40 * t + 28 * math.sin(2 * math.pi * t),
                                  150 - 110 * math.sin(math.pi * t) + 10 * math.cos(2 * math.pi * t)), 0, 1), 6)
    # The rest of the name: loops of uneven size along a rising baseline, slanted like handwriting.
    def name(t):
        base = 128 - 34 * t
        height = 26 * (0.45 + 0.55 * abs(math.sin(2.3 + 7.1 * t))) * abs(math.sin(8 * math.pi * t)) ** 1.3
        x = 110 + 330 * t + 13 * math.sin(8 * 2 * math.pi * t) * (0.7 + 0.3 * math.cos(5 * t))
        return (x + 0.35 * height, base - height)
    stroke(draw, curve(name, 0, 1, 900), 5)
    # One tall stroke, as in a d or an l, leaning with the rest.
    stroke(draw, curve(lambda t: (292 + 30 * math.sin(math.pi * t) + 6 * t, 116 - 92 * math.sin(math.pi * t)), 0, 1), 5)
    # The underline flourish, swinging back under the name.
    stroke(draw, curve(lambda t: (450 - 380 * t + 30 * math.sin(math.pi * t), 150 + 22 * math.sin(math.pi * t * 1.2)),
                       0, 1), 4)
    image.resize((WIDTH, HEIGHT), Image.LANCZOS).save("handtekening.png", optimize=True)


if __name__ == "__main__":
    main()
