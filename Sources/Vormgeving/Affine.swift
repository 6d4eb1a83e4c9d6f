import Foundation
import Tekenaar

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
