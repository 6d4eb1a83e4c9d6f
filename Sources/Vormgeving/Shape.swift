import Foundation
import Tekenaar

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
