import Foundation
import Tekenaar

// The drawing kit behind the Strip's illustrations. Figures and props are drawn in their own
// units (a seated person is about 60 units tall) and placed, scaled and mirrored by an affine
// transform, so one drawing function serves a person facing left and one facing right. Cairo's
// own transform cannot mirror (Tekenaar only scales uniformly), so points are mapped here, before
// they become a `Path`: an affine map keeps Bézier curves exact.

/// An affine map of the plane: `x' = a·x + c·y + tx`, `y' = b·x + d·y + ty`.
struct Affine: Sendable, Hashable {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, tx = 0.0, ty = 0.0

    static let identity = Affine()

    static func translation(_ x: Double, _ y: Double) -> Affine { Affine(tx: x, ty: y) }
    static func scale(_ sx: Double, _ sy: Double) -> Affine { Affine(a: sx, d: sy) }
    static func rotation(_ angle: Double) -> Affine {
        Affine(a: cos(angle), b: sin(angle), c: -sin(angle), d: cos(angle))
    }

    func apply(_ p: Point) -> Point {
        Point(a * p.x + c * p.y + tx, b * p.x + d * p.y + ty)
    }

    /// The map that applies `inner` first and then this one.
    func concatenating(_ inner: Affine) -> Affine {
        Affine(a: a * inner.a + c * inner.b, b: b * inner.a + d * inner.b,
               c: a * inner.c + c * inner.d, d: b * inner.c + d * inner.d,
               tx: a * inner.tx + c * inner.ty + tx, ty: b * inner.tx + d * inner.ty + ty)
    }

    /// How much lengths grow on average: the square root of the area factor.
    var lengthScale: Double { sqrt(abs(a * d - b * c)) }
}

/// A path in a drawing's own units, made only of lines and cubic curves so that any affine map
/// (mirroring, squashing a disc into the ellipse of a table top) keeps it exact.
struct Shape: Sendable {
    enum Element: Sendable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    private(set) var elements: [Element] = []

    mutating func move(_ x: Double, _ y: Double) { elements.append(.move(Point(x, y))) }
    mutating func line(_ x: Double, _ y: Double) { elements.append(.line(Point(x, y))) }
    mutating func curve(_ x: Double, _ y: Double, _ c1x: Double, _ c1y: Double, _ c2x: Double, _ c2y: Double) {
        elements.append(.curve(Point(c1x, c1y), Point(c2x, c2y), Point(x, y)))
    }
    /// A quadratic curve, raised to a cubic.
    mutating func quad(_ x: Double, _ y: Double, _ cx: Double, _ cy: Double) {
        guard let start = currentPoint else { return move(x, y) }
        elements.append(.curve(Point(start.x + 2 / 3 * (cx - start.x), start.y + 2 / 3 * (cy - start.y)),
                               Point(x + 2 / 3 * (cx - x), y + 2 / 3 * (cy - y)), Point(x, y)))
    }
    mutating func close() { elements.append(.close) }

    /// The same shape with its first move turned into a line, to join it onto another.
    func continued() -> Shape {
        var shape = self
        if case let .move(p)? = shape.elements.first { shape.elements[0] = .line(p) }
        return shape
    }
    mutating func append(_ other: Shape) { elements.append(contentsOf: other.elements) }

    private var currentPoint: Point? {
        for element in elements.reversed() {
            switch element {
            case let .move(p), let .line(p), let .curve(_, _, p): return p
            case .close: continue
            }
        }
        return nil
    }

    /// The page path of this shape under `transform`.
    func path(_ transform: Affine) -> Path {
        var path = Path()
        for element in elements {
            switch element {
            case let .move(p): path.move(to: transform.apply(p))
            case let .line(p): path.line(to: transform.apply(p))
            case let .curve(c1, c2, p):
                path.curve(to: transform.apply(p), control1: transform.apply(c1), control2: transform.apply(c2))
            case .close: path.close()
            }
        }
        return path
    }

    /// This shape under `transform`, still in drawing units.
    func transformed(_ transform: Affine) -> Shape {
        var shape = Shape()
        shape.elements = elements.map { element in
            switch element {
            case let .move(p): .move(transform.apply(p))
            case let .line(p): .line(transform.apply(p))
            case let .curve(c1, c2, p): .curve(transform.apply(c1), transform.apply(c2), transform.apply(p))
            case .close: .close
            }
        }
        return shape
    }

    // MARK: Shapes

    static func ellipse(_ cx: Double, _ cy: Double, _ rx: Double, _ ry: Double) -> Shape {
        let k = 0.5522847498
        var s = Shape()
        s.move(cx + rx, cy)
        s.curve(cx, cy + ry, cx + rx, cy + k * ry, cx + k * rx, cy + ry)
        s.curve(cx - rx, cy, cx - k * rx, cy + ry, cx - rx, cy + k * ry)
        s.curve(cx, cy - ry, cx - rx, cy - k * ry, cx - k * rx, cy - ry)
        s.curve(cx + rx, cy, cx + k * rx, cy - ry, cx + rx, cy - k * ry)
        s.close()
        return s
    }

    static func circle(_ cx: Double, _ cy: Double, _ r: Double) -> Shape { ellipse(cx, cy, r, r) }

    /// An open circular arc from `start` to `end` (radians, clockwise on the page when `end > start`).
    static func arc(_ cx: Double, _ cy: Double, _ r: Double, from start: Double, to end: Double, continuing: Bool = false) -> Shape {
        var s = Shape()
        let segments = max(1, Int((abs(end - start) / (.pi / 2)).rounded(.up)))
        let step = (end - start) / Double(segments)
        let k = 4.0 / 3.0 * tan(step / 4)
        let first = Point(cx + r * cos(start), cy + r * sin(start))
        if continuing { s.line(first.x, first.y) } else { s.move(first.x, first.y) }
        for i in 0..<segments {
            let a0 = start + Double(i) * step, a1 = a0 + step
            let p0 = Point(cx + r * cos(a0), cy + r * sin(a0)), p1 = Point(cx + r * cos(a1), cy + r * sin(a1))
            s.curve(p1.x, p1.y,
                    p0.x - k * r * sin(a0), p0.y + k * r * cos(a0),
                    p1.x + k * r * sin(a1), p1.y - k * r * cos(a1))
        }
        return s
    }

    /// A pie slice of a circle (closed), for the compass's sectors.
    static func sector(_ cx: Double, _ cy: Double, inner: Double, outer: Double, from start: Double, to end: Double) -> Shape {
        var s = arc(cx, cy, outer, from: start, to: end)
        if inner > 0 {
            s.append(arc(cx, cy, inner, from: end, to: start, continuing: true))
        } else {
            s.line(cx, cy)
        }
        s.close()
        return s
    }

    static func roundedRect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ radius: Double) -> Shape {
        let r = max(0, min(radius, w / 2, h / 2))
        var s = arc(x + w - r, y + r, r, from: -.pi / 2, to: 0)
        s.append(arc(x + w - r, y + h - r, r, from: 0, to: .pi / 2, continuing: true))
        s.append(arc(x + r, y + h - r, r, from: .pi / 2, to: .pi, continuing: true))
        s.append(arc(x + r, y + r, r, from: .pi, to: 3 * .pi / 2, continuing: true))
        s.close()
        return s
    }

    static func polygon(_ points: [(Double, Double)]) -> Shape {
        var s = Shape()
        for (i, p) in points.enumerated() { if i == 0 { s.move(p.0, p.1) } else { s.line(p.0, p.1) } }
        s.close()
        return s
    }

    static func polyline(_ points: [(Double, Double)]) -> Shape {
        var s = Shape()
        for (i, p) in points.enumerated() { if i == 0 { s.move(p.0, p.1) } else { s.line(p.0, p.1) } }
        return s
    }

    /// A smooth curve through the points (Catmull–Rom turned into Bézier curves): the quickest way
    /// to an organic outline — a torso, a shoe, a cloud of hair.
    static func smooth(_ points: [(Double, Double)], closed: Bool = true, tension: Double = 1) -> Shape {
        let p = points.map { Point($0.0, $0.1) }
        var s = Shape()
        guard p.count > 1 else { return s }
        let n = p.count
        func at(_ i: Int) -> Point {
            if closed { return p[(i % n + n) % n] }
            return p[min(max(i, 0), n - 1)]
        }
        s.move(p[0].x, p[0].y)
        let count = closed ? n : n - 1
        for i in 0..<count {
            let p0 = at(i - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2)
            let t = tension / 6
            s.curve(p2.x, p2.y,
                    p1.x + (p2.x - p0.x) * t, p1.y + (p2.y - p0.y) * t,
                    p2.x - (p3.x - p1.x) * t, p2.y - (p3.y - p1.y) * t)
        }
        if closed { s.close() }
        return s
    }
}

/// Draws shapes given in a drawing's own units onto the page: a canvas plus the transform from
/// those units to millimetres. Outlines keep one width (`outline`) however a figure is scaled, so
/// every panel has the same line weight.
struct Pen {
    let canvas: Canvas
    let transform: Affine
    /// The width of every outline, in millimetres on the page.
    let outline: Double

    /// A pen whose units are moved to `(x, y)` of this one.
    func moved(_ x: Double, _ y: Double) -> Pen {
        Pen(canvas: canvas, transform: transform.concatenating(.translation(x, y)), outline: outline)
    }

    func scaled(_ factor: Double) -> Pen {
        Pen(canvas: canvas, transform: transform.concatenating(.scale(factor, factor)), outline: outline)
    }

    /// The same pen drawing in a mirror: x runs the other way.
    func mirrored(_ mirror: Bool = true) -> Pen {
        mirror ? Pen(canvas: canvas, transform: transform.concatenating(.scale(-1, 1)), outline: outline) : self
    }

    func rotated(_ angle: Double) -> Pen {
        Pen(canvas: canvas, transform: transform.concatenating(.rotation(angle)), outline: outline)
    }

    /// The page point (mm) of a point in this pen's units.
    func point(_ x: Double, _ y: Double) -> Point { transform.apply(Point(x, y)) }

    /// A length in this pen's units, in millimetres.
    func length(_ units: Double) -> Double { units * transform.lengthScale }

    func fill(_ shape: Shape, _ colour: Colour) {
        canvas.fill(shape.path(transform), colour)
    }

    /// Strokes with a width in this pen's units (so it scales with the figure).
    func stroke(_ shape: Shape, _ colour: Colour, width: Double, cap: Stroke.Cap = .round) {
        canvas.stroke(shape.path(transform), Stroke(colour, width: length(width), cap: cap))
    }

    /// Strokes with the outline's width, or a fraction of it for fine detail.
    func line(_ shape: Shape, _ colour: Colour = StripPalette.line, weight: Double = 1) {
        canvas.stroke(shape.path(transform), Stroke(colour, width: outline * weight))
    }

    /// Fills and outlines one shape.
    func outlined(_ shape: Shape, _ colour: Colour) {
        let path = shape.path(transform)
        canvas.fill(path, colour)
        canvas.stroke(path, Stroke(StripPalette.line, width: outline))
    }

    /// Fills shapes as one, outlined only around their union: every shape is stroked at twice the
    /// outline first and then every shape is filled, which hides the strokes inside. Clouds, curls
    /// and a bubble with its tail are drawn this way.
    func outlinedUnion(_ shapes: [Shape], _ colour: Colour, outlineColour: Colour = StripPalette.line, weight: Double = 1) {
        let paths = shapes.map { $0.path(transform) }
        for path in paths { canvas.stroke(path, Stroke(outlineColour, width: 2 * outline * weight)) }
        for path in paths { canvas.fill(path, colour) }
    }

    /// A limb: a round-ended band of `width` units along `shape`, outlined (`weight`: a fraction
    /// of the outline, for small things like the sun's rays).
    func tube(_ shape: Shape, width: Double, _ colour: Colour, weight: Double = 1) {
        let path = shape.path(transform)
        canvas.stroke(path, Stroke(StripPalette.line, width: length(width) + 2 * outline * weight))
        canvas.stroke(path, Stroke(colour, width: length(width)))
    }
}
