import Foundation
import Tekenaar

/// The pictograms of the method's parts: one simple line drawing per onderwerp and one for the
/// centre, so that colour is never the only cue. Each carries one idea, in one colour, with round
/// line ends, and reads in black and white from about 6 mm up to 40 mm and more:
///
/// - *Ons gesprek*: two speech bubbles, one from each side of the table;
/// - *Jouw ervaringen*: two footprints, the way you have come;
/// - *Jouw behoeften*: an open hand with a small heart, what you need and what others can give;
/// - *Jouw toekomst*: the sun coming up over the horizon.
public enum Pictogram {
    /// Draws the pictogram of `part` centred in `box` (a square works best) in `colour`. Nothing is
    /// filled with a background colour, so the drawing sits on any tint or on a strong fill.
    public static func draw(_ part: Stijl.Part, on canvas: Canvas, in box: Rect, colour: Colour) {
        let frame = Frame(box)
        // One line weight for the whole set, relative to the drawing: heavy enough at 6 mm
        // (about 0.45 mm), not clumsy at 40 mm.
        let line = Stroke(colour, width: frame.size * 0.075, cap: .round, join: .round)
        switch part {
        case .centre: drawConversation(on: canvas, frame, line)
        case .ervaringen: drawFootprints(on: canvas, frame, line)
        case .behoeften: drawOpenHand(on: canvas, frame, line)
        case .toekomst: drawSunrise(on: canvas, frame, line)
        }
    }

    /// A short description of each pictogram, for alternative texts.
    public static func description(_ part: Stijl.Part) -> String {
        switch part {
        case .centre: "twee tekstballonnen"
        case .ervaringen: "twee voetstappen"
        case .behoeften: "een open hand met een hartje"
        case .toekomst: "een opkomende zon"
        }
    }

    /// Maps a unit square (0…1, y down) onto the largest square centred in the box.
    struct Frame {
        let origin: Point
        let size: Double

        init(_ box: Rect) {
            size = min(box.width, box.height)
            origin = Point(box.midX - size / 2, box.midY - size / 2)
        }

        init(origin: Point, size: Double) { self.origin = origin; self.size = size }

        func callAsFunction(_ x: Double, _ y: Double) -> Point {
            Point(origin.x + x * size, origin.y + y * size)
        }

        func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> Rect {
            Rect(x: origin.x + x * size, y: origin.y + y * size, width: width * size, height: height * size)
        }
    }

    // MARK: Ons gesprek

    /// Two speech bubbles, offset on a diagonal, their tails pointing away from each other: two
    /// people taking turns. They do not overlap, so no background has to hide a line.
    private static func drawConversation(on canvas: Canvas, _ f: Frame, _ line: Stroke) {
        canvas.stroke(bubble(f.rect(0.04, 0.05, 0.62, 0.40), radius: 0.12 * f.size,
                             tail: (0.30, 0.17), tip: f(0.10, 0.60), frame: f), line)
        canvas.stroke(bubble(f.rect(0.34, 0.53, 0.62, 0.33), radius: 0.12 * f.size,
                             tail: (0.70, 0.83), tip: f(0.90, 0.98), frame: f), line)
        // Two short lines of "speech" in the first bubble only: enough to say "words", and the
        // second bubble stays open for the other person's answer.
        canvas.stroke(.line(from: f(0.17, 0.20), to: f(0.52, 0.20)), line)
        canvas.stroke(.line(from: f(0.17, 0.31), to: f(0.38, 0.31)), line)
    }

    /// A rounded rectangle with a tail on its bottom edge, as one closed outline. The tail leaves
    /// the edge at `tail.0` (unit x) on a slant and comes back almost straight up to `tail.1` near
    /// the corner, so neither joint turns back on itself: a sharp reversal would show as a knob
    /// where the round join of the heavy line sticks out.
    private static func bubble(_ rect: Rect, radius r: Double, tail: (Double, Double), tip: Point, frame f: Frame) -> Path {
        let slantX = f(tail.0, 0).x, steepX = f(tail.1, 0).x
        var path = Path()
        path.move(to: Point(rect.minX + r, rect.minY))
        path.arc(centre: Point(rect.maxX - r, rect.minY + r), radius: r, from: -.pi / 2, to: 0)
        path.arc(centre: Point(rect.maxX - r, rect.maxY - r), radius: r, from: 0, to: .pi / 2)
        // Along the bottom edge from right to left, with the tail on the way.
        if slantX > steepX {
            path.line(to: Point(slantX, rect.maxY))
            path.line(to: tip)
            path.line(to: Point(steepX, rect.maxY))
        } else {
            path.line(to: Point(steepX, rect.maxY))
            path.line(to: tip)
            path.line(to: Point(slantX, rect.maxY))
        }
        path.arc(centre: Point(rect.minX + r, rect.maxY - r), radius: r, from: .pi / 2, to: .pi)
        path.arc(centre: Point(rect.minX + r, rect.minY + r), radius: r, from: .pi, to: 3 * .pi / 2)
        path.close()
        return path
    }

    // MARK: Jouw ervaringen

    /// Two shoe prints, one a step ahead of the other: the road you have walked. Drawn a fifth
    /// larger than their first design, so they weigh as much as the other pictograms, whose
    /// outlines fill the square.
    private static func drawFootprints(on canvas: Canvas, _ f: Frame, _ line: Stroke) {
        let grown = Frame(origin: f(0.5 - 0.5 * 1.2, 0.48 - 0.48 * 1.2), size: f.size * 1.2)
        shoePrint(on: canvas, grown, line, centre: (0.31, 0.62), angle: -0.12, mirrored: false)
        shoePrint(on: canvas, grown, line, centre: (0.69, 0.38), angle: 0.12, mirrored: true)
    }

    /// One shoe print pointing up, its middle at `centre`, turned by `angle`: a sole that is wide
    /// at the ball of the foot and narrows to the waist, and a separate heel.
    private static func shoePrint(on canvas: Canvas, _ f: Frame, _ line: Stroke, centre: (Double, Double), angle: Double, mirrored: Bool) {
        let pivot = f(centre.0, centre.1)
        canvas.scoped {
            canvas.rotate(by: angle, around: pivot)
            // The inner edge is straighter than the outer one, so the pair reads as left and right.
            let side: Double = mirrored ? -1 : 1
            func p(_ dx: Double, _ dy: Double) -> Point { f(centre.0 + side * dx, centre.1 + dy) }
            var sole = Path()
            sole.move(to: p(0.005, -0.30))
            sole.curve(to: p(0.125, -0.15), control1: p(0.08, -0.30), control2: p(0.125, -0.235))
            sole.curve(to: p(0.085, 0.01), control1: p(0.125, -0.08), control2: p(0.10, -0.03))
            sole.line(to: p(-0.085, 0.01))
            sole.curve(to: p(-0.11, -0.15), control1: p(-0.10, -0.03), control2: p(-0.115, -0.09))
            sole.curve(to: p(0.005, -0.30), control1: p(-0.105, -0.235), control2: p(-0.065, -0.30))
            sole.close()
            canvas.stroke(sole, line)
            // The heel: flat towards the sole, round at the back.
            var heel = Path()
            heel.move(to: p(-0.08, 0.12))
            heel.line(to: p(0.08, 0.12))
            heel.curve(to: p(0.0, 0.25), control1: p(0.085, 0.205), control2: p(0.045, 0.25))
            heel.curve(to: p(-0.08, 0.12), control1: p(-0.045, 0.25), control2: p(-0.085, 0.205))
            heel.close()
            canvas.stroke(heel, line)
        }
    }

    // MARK: Jouw behoeften

    /// An open hand held out, palm up, with a small heart above it: what you need, and what
    /// others can give you. The hand comes in from the left with its cuff, the thumb raised and
    /// the fingers together; one outline, so it stays a hand at 6 mm.
    private static func drawOpenHand(on canvas: Canvas, _ f: Frame, _ line: Stroke) {
        // The cuff of the sleeve.
        canvas.stroke(.roundedRect(f.rect(0.04, 0.54, 0.13, 0.34), radius: 0.03 * f.size), line)
        var hand = Path()
        hand.move(to: f(0.17, 0.60))
        // The thumb, raised and leaning towards the heart, with a round tip.
        hand.curve(to: f(0.31, 0.50), control1: f(0.22, 0.58), control2: f(0.27, 0.54))
        hand.curve(to: f(0.41, 0.50), control1: f(0.34, 0.45), control2: f(0.40, 0.45))
        hand.curve(to: f(0.43, 0.61), control1: f(0.42, 0.54), control2: f(0.41, 0.58))
        // The fingers together, held flat, with round tips.
        hand.curve(to: f(0.83, 0.60), control1: f(0.56, 0.63), control2: f(0.72, 0.60))
        hand.curve(to: f(0.83, 0.72), control1: f(0.91, 0.60), control2: f(0.91, 0.72))
        // Their underside and the heel of the hand, back to the cuff.
        hand.curve(to: f(0.46, 0.80), control1: f(0.68, 0.72), control2: f(0.56, 0.75))
        hand.curve(to: f(0.17, 0.83), control1: f(0.36, 0.84), control2: f(0.25, 0.83))
        canvas.stroke(hand, line)
        // The heart, floating above the palm.
        let (cx, top, bottom, half) = (0.63, 0.11, 0.45, 0.18)
        var heart = Path()
        heart.move(to: f(cx, bottom))
        heart.curve(to: f(cx - half, top + 0.10), control1: f(cx - 0.10, bottom - 0.09), control2: f(cx - half, top + 0.21))
        heart.curve(to: f(cx, top + 0.05), control1: f(cx - half, top - 0.01), control2: f(cx - 0.04, top - 0.04))
        heart.curve(to: f(cx + half, top + 0.10), control1: f(cx + 0.04, top - 0.04), control2: f(cx + half, top - 0.01))
        heart.curve(to: f(cx, bottom), control1: f(cx + half, top + 0.21), control2: f(cx + 0.10, bottom - 0.09))
        heart.close()
        canvas.stroke(heart, line)
    }

    // MARK: Jouw toekomst

    /// Half a sun rising over the horizon, with rays: a new day, what is still to come.
    private static func drawSunrise(on canvas: Canvas, _ f: Frame, _ line: Stroke) {
        let horizon = 0.70
        let centre = f(0.5, horizon)
        let radius = 0.20 * f.size
        var sun = Path()
        sun.move(to: Point(centre.x - radius, centre.y))
        sun.arc(centre: centre, radius: radius, from: .pi, to: 2 * .pi)
        canvas.stroke(sun, line)
        canvas.stroke(.line(from: f(0.04, horizon), to: f(0.96, horizon)), line)
        // Five rays, evenly spread over the upper half.
        for index in 0..<5 {
            let angle = Double.pi + Double.pi * Double(index + 1) / 6
            let inner = Point.polar(centre: centre, radius: radius + 0.09 * f.size, angle: angle)
            let outer = Point.polar(centre: centre, radius: radius + 0.20 * f.size, angle: angle)
            canvas.stroke(.line(from: inner, to: outer), line)
        }
        // A shorter line below the horizon: the ground, so the sun reads as rising, not setting.
        canvas.stroke(.line(from: f(0.28, horizon + 0.14), to: f(0.72, horizon + 0.14)), line)
    }
}
