import CCairo
import Foundation

/// A shape to fill, stroke or clip by, in millimetres. A value: build it once, draw it many times.
public struct Path: Sendable, Hashable {
    enum Element: Sendable, Hashable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case arc(centre: Point, radius: Double, start: Double, end: Double, clockwise: Bool)
        case close
    }

    private(set) var elements: [Element] = []

    public init() {}

    public mutating func move(to point: Point) { elements.append(.move(point)) }
    public mutating func line(to point: Point) { elements.append(.line(point)) }
    /// A cubic Bézier curve from the current point.
    public mutating func curve(to point: Point, control1: Point, control2: Point) {
        elements.append(.curve(control1, control2, point))
    }
    /// A circular arc; angles in radians, 0 to the right, clockwise on the page when `clockwise`.
    /// A line joins the current point to the arc's start, as in cairo.
    public mutating func arc(centre: Point, radius: Double, from start: Double, to end: Double, clockwise: Bool = true) {
        elements.append(.arc(centre: centre, radius: radius, start: start, end: end, clockwise: clockwise))
    }
    public mutating func close() { elements.append(.close) }

    /// Appends another path's elements.
    public mutating func append(_ other: Path) { elements.append(contentsOf: other.elements) }

    public var isEmpty: Bool { elements.isEmpty }

    // MARK: Shapes

    public static func line(from start: Point, to end: Point) -> Path {
        var path = Path(); path.move(to: start); path.line(to: end); return path
    }

    /// An open line through the points.
    public static func polyline(_ points: [Point]) -> Path {
        var path = Path()
        for (index, point) in points.enumerated() {
            if index == 0 { path.move(to: point) } else { path.line(to: point) }
        }
        return path
    }

    /// A closed polygon through the points.
    public static func polygon(_ points: [Point]) -> Path {
        var path = polyline(points)
        if !points.isEmpty { path.close() }
        return path
    }

    public static func rect(_ rect: Rect) -> Path {
        polygon([Point(rect.minX, rect.minY), Point(rect.maxX, rect.minY),
                 Point(rect.maxX, rect.maxY), Point(rect.minX, rect.maxY)])
    }

    /// A rectangle with circular corners of `radius` mm (clamped to half the shorter side).
    public static func roundedRect(_ rect: Rect, radius: Double) -> Path {
        let r = max(0, min(radius, rect.width / 2, rect.height / 2))
        guard r > 0 else { return .rect(rect) }
        var path = Path()
        path.arc(centre: Point(rect.maxX - r, rect.minY + r), radius: r, from: -.pi / 2, to: 0)
        path.arc(centre: Point(rect.maxX - r, rect.maxY - r), radius: r, from: 0, to: .pi / 2)
        path.arc(centre: Point(rect.minX + r, rect.maxY - r), radius: r, from: .pi / 2, to: .pi)
        path.arc(centre: Point(rect.minX + r, rect.minY + r), radius: r, from: .pi, to: 3 * .pi / 2)
        path.close()
        return path
    }

    public static func circle(centre: Point, radius: Double) -> Path {
        var path = Path()
        path.move(to: Point(centre.x + radius, centre.y))
        path.arc(centre: centre, radius: radius, from: 0, to: 2 * .pi)
        path.close()
        return path
    }

    /// An ellipse filling `rect`, drawn with four Bézier quarters.
    public static func ellipse(in rect: Rect) -> Path {
        let k = 0.5522847498  // control-point distance for a circular quarter
        let rx = rect.width / 2, ry = rect.height / 2, c = rect.centre
        var path = Path()
        path.move(to: Point(c.x + rx, c.y))
        path.curve(to: Point(c.x, c.y + ry), control1: Point(c.x + rx, c.y + k * ry), control2: Point(c.x + k * rx, c.y + ry))
        path.curve(to: Point(c.x - rx, c.y), control1: Point(c.x - k * rx, c.y + ry), control2: Point(c.x - rx, c.y + k * ry))
        path.curve(to: Point(c.x, c.y - ry), control1: Point(c.x - rx, c.y - k * ry), control2: Point(c.x - k * rx, c.y - ry))
        path.curve(to: Point(c.x + rx, c.y), control1: Point(c.x + k * rx, c.y - ry), control2: Point(c.x + rx, c.y - k * ry))
        path.close()
        return path
    }

    /// A ring sector between two radii and two angles (radians, clockwise from the right).
    public static func annularSector(centre: Point, innerRadius: Double, outerRadius: Double, from start: Double, to end: Double) -> Path {
        var path = Path()
        path.move(to: .polar(centre: centre, radius: outerRadius, angle: start))
        path.arc(centre: centre, radius: outerRadius, from: start, to: end, clockwise: true)
        if innerRadius > 0 {
            path.line(to: .polar(centre: centre, radius: innerRadius, angle: end))
            path.arc(centre: centre, radius: innerRadius, from: end, to: start, clockwise: false)
        } else {
            path.line(to: centre)
        }
        path.close()
        return path
    }

    /// Replays the path on a cairo context whose user space is in points.
    func apply(to cr: OpaquePointer) {
        let s = pointsPerMillimetre
        cairo_new_path(cr)
        for element in elements {
            switch element {
            case let .move(p): cairo_move_to(cr, p.x * s, p.y * s)
            case let .line(p): cairo_line_to(cr, p.x * s, p.y * s)
            case let .curve(c1, c2, p): cairo_curve_to(cr, c1.x * s, c1.y * s, c2.x * s, c2.y * s, p.x * s, p.y * s)
            case let .arc(c, r, start, end, clockwise):
                if clockwise { cairo_arc(cr, c.x * s, c.y * s, r * s, start, end) }
                else { cairo_arc_negative(cr, c.x * s, c.y * s, r * s, start, end) }
            case .close: cairo_close_path(cr)
            }
        }
    }
}

/// How a line is drawn: colour, width and dash pattern in millimetres.
public struct Stroke: Sendable, Hashable {
    public enum Cap: Sendable, Hashable { case butt, round, square }
    public enum Join: Sendable, Hashable { case miter, round, bevel }

    public var colour: Colour
    public var width: Double
    public var dash: [Double]
    public var cap: Cap
    public var join: Join

    public init(_ colour: Colour, width: Double, dash: [Double] = [], cap: Cap = .round, join: Join = .round) {
        self.colour = colour; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}
