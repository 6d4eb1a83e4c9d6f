import Foundation
import Tekenaar

/// The pictograms of the method's parts: one simple line drawing per onderwerp and one for the
/// centre, so that colour is never the only cue. Each carries one idea, in one colour, with round
/// line ends, and reads in black and white from about 6 mm up to 40 mm and more:
///
/// - *Ons gesprek*: two speech bubbles, one from each side of the table;
/// - *Jouw ervaringen*: two bare footprints, the way you have come;
/// - *Jouw behoeften*: an open hand with a heart in its palm, what you need and what others can give;
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
        case .behoeften: "een open hand met een hartje in de palm"
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

    /// Two bare footprints, one a step ahead of the other: the road you have walked. Each is a
    /// filled sole with five toes above it, the way a footprint is drawn on a sign; the earlier
    /// outlined shoe prints, a sole and a separate heel, read as the letters "QO" on the compass.
    private static func drawFootprints(on canvas: Canvas, _ f: Frame, _ line: Stroke) {
        // A fifth larger than the unit square suggests: the prints are narrow, and at this size
        // they weigh as much as the other pictograms, whose outlines fill the square.
        let grown = Frame(origin: f(0.5 - 0.5 * 1.2, 0.5 - 0.5 * 1.2), size: f.size * 1.2)
        footprint(on: canvas, grown, line.colour, centre: (0.33, 0.59), angle: -0.10, left: true)
        footprint(on: canvas, grown, line.colour, centre: (0.67, 0.41), angle: 0.10, left: false)
    }

    /// One bare footprint pointing up, the middle of its sole at `centre`, turned by `angle`: wide
    /// at the ball, narrow at the arch on the inside, round at the heel, the big toe inside.
    private static func footprint(on canvas: Canvas, _ f: Frame, _ colour: Colour, centre: (Double, Double), angle: Double, left: Bool) {
        let pivot = f(centre.0, centre.1)
        canvas.scoped {
            canvas.rotate(by: angle, around: pivot)
            // x grows towards the outside of the foot: the little toe's side.
            let outward: Double = left ? -1 : 1
            func p(_ dx: Double, _ dy: Double) -> Point { f(centre.0 + outward * dx, centre.1 + dy) }
            var sole = Path()
            sole.move(to: p(-0.01, -0.15))
            // The ball, wide, then the straight outer edge down to the heel.
            sole.curve(to: p(0.10, -0.05), control1: p(0.06, -0.15), control2: p(0.10, -0.10))
            sole.curve(to: p(0.065, 0.17), control1: p(0.10, 0.03), control2: p(0.075, 0.10))
            // The round heel.
            sole.curve(to: p(-0.065, 0.17), control1: p(0.055, 0.255), control2: p(-0.055, 0.255))
            // The inner edge, hollow at the arch, out again to the ball.
            sole.curve(to: p(-0.085, -0.07), control1: p(-0.075, 0.09), control2: p(-0.03, 0.03))
            sole.curve(to: p(-0.01, -0.15), control1: p(-0.11, -0.12), control2: p(-0.06, -0.15))
            sole.close()
            canvas.fill(sole, colour)
            // Five toes in an arc over the ball, the big toe inside and largest.
            let toes: [(Double, Double, Double)] = [(-0.058, -0.215, 0.040), (0.005, -0.235, 0.027), (0.048, -0.222, 0.023),
                                                    (0.082, -0.196, 0.020), (0.108, -0.160, 0.018)]
            for toe in toes { canvas.fill(.circle(centre: p(toe.0, toe.1), radius: toe.2 * f.size), colour) }
        }
    }

    // MARK: Jouw behoeften

    /// An open hand, palm towards you, with a heart in the palm: what you need, and what others
    /// can give you. Four fingers up, the thumb out to the side: the shape everyone knows as a
    /// hand. The earlier hand, held out flat from a cuff, read as a boot at the compass's size.
    private static func drawOpenHand(on canvas: Canvas, _ f: Frame, _ line: Stroke) {
        var hand = Path()
        hand.move(to: f(0.34, 0.95))
        hand.curve(to: f(0.30, 0.68), control1: f(0.31, 0.86), control2: f(0.30, 0.76))
        // The thumb, out to the left and up, with a round tip.
        hand.line(to: f(0.15, 0.52))
        hand.arc(centre: f(0.19, 0.475), radius: 0.06 * f.size, from: 3 * .pi / 4 + 0.1, to: 7 * .pi / 4 + 0.1)
        hand.line(to: f(0.30, 0.53))
        // Four fingers, each up and over a round top and down to where the next begins.
        let fingers: [(left: Double, right: Double, top: Double)] = [(0.30, 0.43, 0.24), (0.43, 0.56, 0.17), (0.56, 0.69, 0.22),
                                                                    (0.69, 0.80, 0.34)]
        for (index, finger) in fingers.enumerated() {
            let radius = (finger.right - finger.left) / 2
            hand.line(to: f(finger.left, finger.top))
            hand.arc(centre: f(finger.left + radius, finger.top), radius: radius * f.size, from: .pi, to: 2 * .pi)
            // Down between the fingers as far as the palm; the last one becomes the palm's edge.
            if index < fingers.count - 1 { hand.line(to: f(finger.right, 0.50)) }
        }
        hand.curve(to: f(0.72, 0.95), control1: f(0.80, 0.80), control2: f(0.76, 0.88))
        canvas.stroke(hand, line)
        // The heart in the palm, filled so it reads at 6 mm.
        let (cx, top, bottom, half) = (0.55, 0.62, 0.84, 0.11)
        var heart = Path()
        heart.move(to: f(cx, bottom))
        heart.curve(to: f(cx - half, top + 0.06), control1: f(cx - 0.06, bottom - 0.06), control2: f(cx - half, top + 0.13))
        heart.curve(to: f(cx, top + 0.03), control1: f(cx - half, top - 0.01), control2: f(cx - 0.025, top - 0.025))
        heart.curve(to: f(cx + half, top + 0.06), control1: f(cx + 0.025, top - 0.025), control2: f(cx + half, top - 0.01))
        heart.curve(to: f(cx, bottom), control1: f(cx + half, top + 0.13), control2: f(cx + 0.06, bottom - 0.06))
        heart.close()
        canvas.fill(heart, line.colour)
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
