import Foundation

/// Millimetres to PDF points: the one conversion factor of the package. Layout code speaks
/// millimetres; only Tekenaar's cairo calls see points.
let pointsPerMillimetre = 72.0 / 25.4

/// A point on the page in millimetres, measured from the top-left corner (y grows downwards).
public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
    public init(x: Double, y: Double) { self.x = x; self.y = y }

    /// The point at `radius` mm from `centre` in direction `angle` (radians; 0 points right,
    /// positive turns clockwise on the page because y grows downwards).
    public static func polar(centre: Point, radius: Double, angle: Double) -> Point {
        Point(centre.x + radius * cos(angle), centre.y + radius * sin(angle))
    }
}

/// A rectangle in millimetres, origin at its top-left corner.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }
    public var centre: Point { Point(midX, midY) }

    /// The rectangle shrunk by `amount` mm on every side.
    public func inset(by amount: Double) -> Rect {
        Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// The rectangle shrunk by different amounts per side.
    public func inset(top: Double = 0, left: Double = 0, bottom: Double = 0, right: Double = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// Whether the two rectangles share any area (touching edges do not count).
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether `other` lies wholly inside this rectangle, allowing `tolerance` mm.
    public func contains(_ other: Rect, tolerance: Double = 0) -> Bool {
        other.minX >= minX - tolerance && other.minY >= minY - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }

    /// The smallest rectangle that holds both.
    public func union(_ other: Rect) -> Rect {
        let x0 = min(minX, other.minX), y0 = min(minY, other.minY)
        return Rect(x: x0, y: y0, width: max(maxX, other.maxX) - x0, height: max(maxY, other.maxY) - y0)
    }

    public var description: String {
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        return "(\(f(x)), \(f(y)), \(f(width)) × \(f(height)) mm)"
    }
}

/// A page size in millimetres. The ISO sizes are given portrait; `landscape` turns them.
public struct PageSize: Sendable, Hashable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width; self.height = height
    }

    public static let a3 = PageSize(width: 297, height: 420)
    public static let a4 = PageSize(width: 210, height: 297)
    public static let a5 = PageSize(width: 148, height: 210)

    /// The same size with the long side horizontal.
    public var landscape: PageSize { PageSize(width: max(width, height), height: min(width, height)) }
    /// The same size with the long side vertical.
    public var portrait: PageSize { PageSize(width: min(width, height), height: max(width, height)) }

    /// The whole page as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    var widthInPoints: Double { width * pointsPerMillimetre }
    var heightInPoints: Double { height * pointsPerMillimetre }
}
