import Foundation
import Tekenaar

// The drawing kit behind the Strip's illustrations. Figures and props are drawn in their own
// units (a seated person is about 60 units tall) and placed, scaled and mirrored by an affine
// transform, so one drawing function serves a person facing left and one facing right. Cairo's
// own transform cannot mirror (Tekenaar only scales uniformly), so points are mapped here, before
// they become a `Path`: an affine map keeps Bézier curves exact.

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

    /// Fills and outlines one shape (`weight`: a fraction of the outline, for small pictures).
    func outlined(_ shape: Shape, _ colour: Colour, weight: Double = 1) {
        let path = shape.path(transform)
        canvas.fill(path, colour)
        canvas.stroke(path, Stroke(StripPalette.line, width: outline * weight))
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
