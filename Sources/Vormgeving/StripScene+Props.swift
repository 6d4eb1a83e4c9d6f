import Foundation
import Inhoud
import Tekenaar

/// The things in the scenes: the round table, the compass on it, the werkblad, the window with
/// the view ahead. Each draws with the pen it is given (stage units).
extension StripScene {
    struct Table {
        var centre: Point
        var radius: Double
        var squash: Double
    }

    /// A round table seen a little from above, on one central leg: nobody's knees collide with it.
    func drawTable(_ pen: Pen, centre: Point, radiusX rx: Double, radiusY ry: Double, floor: Double) -> Table {
        let edge = rx * 0.13
        let foot = floor - 0.6
        pen.outlined(.ellipse(centre.x, foot, rx * 0.44, 1.8), StripPalette.woodEdge)
        pen.tube(.polyline([(centre.x, centre.y + ry + edge), (centre.x, foot - 1)]), width: rx * 0.17, StripPalette.woodEdge)
        func squashed(_ shape: Shape, aroundY y: Double) -> Shape {
            shape.transformed(Affine.translation(centre.x, y).concatenating(.scale(1, ry / rx)).concatenating(.translation(-centre.x, -y)))
        }
        var side = squashed(Shape.arc(centre.x, centre.y, rx, from: 0, to: .pi), aroundY: centre.y)
        side.line(centre.x - rx, centre.y + edge)
        side.append(squashed(Shape.arc(centre.x, centre.y + edge, rx, from: .pi, to: 0, continuing: true), aroundY: centre.y + edge))
        side.close()
        pen.outlined(side, StripPalette.woodEdge)
        pen.outlined(.ellipse(centre.x, centre.y, rx, ry), StripPalette.wood)
        return Table(centre: centre, radius: rx, squash: ry / rx)
    }

    /// The Gesprekskompas lying on a table, squashed like the table top it lies on, with its colours
    /// where the real one has them as it lies between the two: seen from above, the first onderwerp
    /// (*Jouw ervaringen* by default) towards the client on the left at 9 o'clock, the second at 1
    /// and the third at 5 o'clock, the navy centre in the middle. In the panel of one onderwerp
    /// (`highlight`) that part keeps its colour and the others go pale: this is what we talk about now.
    func drawCompass(_ pen: Pen, centre: Point, radius: Double, squash: Double, highlight: Stijl.Part?) -> Compass {
        let disc = pen.moved(centre.x, centre.y)
        let flat = Pen(canvas: disc.canvas, transform: disc.transform.concatenating(.scale(radius, radius * squash)),
                       outline: disc.outline)
        // A thin edge below, so it reads as a laminated card lying on the wood.
        let thickness = min(0.8, radius * 0.05)
        pen.fill(.ellipse(centre.x, centre.y + thickness, radius + 0.15, radius * squash + 0.15), StripPalette.line)
        flat.fill(.circle(0, 0, 1), StripPalette.white)
        flat.fill(.circle(0, 0, 0.6), Stijl.colours(.centre).tint)
        for (part, angle) in zip(ring, [Double.pi, -.pi / 3, .pi / 3]) {
            let colours = Stijl.colours(part)
            let colour = highlight == nil || highlight == part ? colours.strong : StripPalette.mix(colours.strong, colours.tint, 0.3)
            flat.fill(.sector(0, 0, inner: 0.6, outer: 0.95, from: angle - .pi / 3 + 0.07, to: angle + .pi / 3 - 0.07), colour)
        }
        flat.fill(.circle(0, 0, 0.34), Stijl.colours(.centre).strong)
        flat.line(.circle(0, 0, 1))
        return Compass(centre: centre, radiusX: radius, radiusY: radius * squash)
    }

    /// The werkblad lying on the table, a little turned, with a few written lines; `size` scales it.
    func drawWerkblad(_ pen: Pen, centre: Point, size: Double) {
        let sheet = pen.moved(centre.x, centre.y).scaled(size)
        sheet.outlined(.polygon([(-5.2, -3.4), (4.8, -3.4), (6.6, 3.2), (-4.6, 3.2)]), StripPalette.paper)
        for (i, end) in [3.6, 4.4, 1.6].enumerated() {
            let y = -1.7 + Double(i) * 1.7
            let x0 = -3.7 + Double(i) * 0.25
            sheet.line(.polyline([(x0, y), (end + Double(i) * 0.25, y)]), StripPalette.paperLine, weight: 0.6)
        }
    }

    /// A window in the back wall, and through it the view ahead: hills, a path of small steps from
    /// near by to the horizon, and the sun coming up where the path leads, `sunAt` of the way
    /// across.
    func drawWindow(_ pen: Pen, _ frame: Rect, sunAt: Double = 0.7) {
        let sky = StripPalette.mix(StripPalette.white, colours.tint, 0.55)
        let inner = frame.inset(by: 1.4)
        pen.outlined(.roundedRect(frame.x, frame.y, frame.width, frame.height, 0.8), StripPalette.white)
        let pane = Shape.polygon([(inner.minX, inner.minY), (inner.maxX, inner.minY), (inner.maxX, inner.maxY), (inner.minX, inner.maxY)])
        pen.outlined(pane, sky)
        pen.canvas.scoped {
            pen.canvas.clip(to: pane.path(pen.transform))
            let horizon = inner.minY + inner.height * 0.5
            let sun = Point(inner.minX + inner.width * sunAt, horizon + 0.6)
            for i in 0..<5 {
                let angle = Double.pi + Double(i + 1) * Double.pi / 6
                let a = Point.polar(centre: sun, radius: 7.2, angle: angle), b = Point.polar(centre: sun, radius: 9.6, angle: angle)
                pen.tube(.polyline([(a.x, a.y), (b.x, b.y)]), width: 1.1, StripPalette.sun, weight: 0.55)
            }
            pen.fill(.circle(sun.x, sun.y, 5.4), StripPalette.sun)
            pen.line(.circle(sun.x, sun.y, 5.4), weight: 0.7)
            // The land: a soft line of hills, opaque, so the lower half of the sun sets behind it.
            var land = Shape()
            land.move(inner.minX - 1, horizon + 2.4)
            land.curve(inner.minX + inner.width * 0.45, horizon + 0.6, inner.minX + inner.width * 0.15, horizon - 2.6,
                       inner.minX + inner.width * 0.3, horizon + 1.6)
            land.curve(inner.maxX + 1, horizon, inner.minX + inner.width * 0.65, horizon, inner.minX + inner.width * 0.85, horizon - 1.2)
            land.line(inner.maxX + 1, inner.maxY + 1); land.line(inner.minX - 1, inner.maxY + 1); land.close()
            pen.fill(land, ground)
            pen.line(land)
            // The path: wide near by, winding and narrowing to the sun.
            let c = (Point(inner.minX + inner.width * 0.62, inner.maxY + 2), Point(inner.minX + inner.width * 0.5, horizon + 9),
                     Point(sun.x - 7, horizon + 5), Point(sun.x - 0.5, horizon + 0.6))
            func along(_ t: Double) -> (point: Point, normal: Point, width: Double) {
                let u = 1 - t
                let p = Point(u * u * u * c.0.x + 3 * u * u * t * c.1.x + 3 * u * t * t * c.2.x + t * t * t * c.3.x,
                              u * u * u * c.0.y + 3 * u * u * t * c.1.y + 3 * u * t * t * c.2.y + t * t * t * c.3.y)
                let dx = 3 * u * u * (c.1.x - c.0.x) + 6 * u * t * (c.2.x - c.1.x) + 3 * t * t * (c.3.x - c.2.x)
                let dy = 3 * u * u * (c.1.y - c.0.y) + 6 * u * t * (c.2.y - c.1.y) + 3 * t * t * (c.3.y - c.2.y)
                let length = max(hypot(dx, dy), 0.001)
                return (p, Point(-dy / length, dx / length), 0.8 + 12 * pow(u, 1.6))
            }
            let samples = (0...16).map { along(Double($0) / 16) }
            let left = samples.map { ($0.point.x + $0.normal.x * $0.width / 2, $0.point.y + $0.normal.y * $0.width / 2) }
            let right = samples.map { ($0.point.x - $0.normal.x * $0.width / 2, $0.point.y - $0.normal.y * $0.width / 2) }
            var road = Shape.smooth(left, closed: false)
            road.append(Shape.smooth(right.reversed(), closed: false).continued())
            road.close()
            pen.outlined(road, StripPalette.path)
            for t in [0.3, 0.5, 0.68] {
                let spot = along(t)
                let r = spot.width * 0.2
                let stone = Shape.ellipse(spot.point.x, spot.point.y, r, r * 0.42)
                pen.fill(stone, StripPalette.pathStone)
                pen.line(stone, StripPalette.pathStoneEdge, weight: min(0.8, max(0.35, r / 3)))
            }
        }
        pen.line(pane)
        // The sill.
        pen.outlined(.roundedRect(frame.x - 1.4, frame.maxY - 0.6, frame.width + 2.8, 2.2, 0.6), StripPalette.white)
    }
}
