import Foundation
import Inhoud
import Tekenaar

/// The drawing of one panel, in scene units (100 × 90, origin top-left): which scene follows
/// from the part of the method the panel belongs to; who speaks, and what, from the content.
///
/// At the table the arbeidsdeskundige always sits on the right and the client on the left, so
/// the reader finds the same two people in the same places from panel to panel; in the last
/// panel they stand side by side, seen from behind, looking down the path towards the sunrise.
struct StripScene {
    let panel: Inhoud.StripPanel
    let number: Int
    let part: Stijl.Part
    /// The onderwerpen's parts in the content's order: the compass on the table shows them where the
    /// real compass has them (9, 1 and 5 o'clock).
    let ring: [Stijl.Part]
    let pen: Pen
    let design: StripDesign
    /// The smallest bubble lettering, in the strip's own points, that is still 8 pt on the page.
    let floorSize: Double
    let warnings: LayoutWarnings

    var colours: Stijl.Colours { Stijl.colours(part) }
    /// Floor and land: the panel's tint a shade deeper, opaque so nothing shows through in print.
    var ground: Colour { StripPalette.mix(colours.strong, colours.tint, 0.13) }

    /// Size of the people in the seated scenes, their seat height and the floor.
    static let seatedSize = 0.85
    static let floorY = 84.0
    static var seatY: Double { floorY - StripPerson.seatToFloor * seatedSize }
    static let clientSeatX = 22.0
    static let expertSeatX = 78.0

    /// What a scene reports about its drawing, in scene units: where the bubble went and where
    /// the heads are, so tests can check that no bubble covers a face or leaves its panel; the
    /// bubble's lettering size; and where the compass lies, if the scene has one.
    struct Report {
        var bubble: Bubble
        var heads: [StripAnchors]
        var compass: Compass?
    }

    /// A bubble as drawn: its box (the cloud's or balloon's outer bounds) and the lettering's size
    /// in the strip's own points.
    struct Bubble {
        var box: Rect
        var textSize: Double
    }

    /// The compass on the table: its centre and the radii of the ellipse it appears as.
    struct Compass {
        var centre: Point
        var radiusX: Double
        var radiusY: Double
    }

    func draw() throws -> Report {
        switch part {
        case .centre: try meeting()
        case .ervaringen: try telling()
        case .behoeften: try pondering()
        case .toekomst: try lookingAhead()
        }
    }

    // MARK: The four scenes

    /// 1 · Ons gesprek: the two at the table, the compass between them; the arbeidsdeskundige
    /// opens a hand towards it and asks where to begin.
    private func meeting() throws -> Report {
        drawFloor()
        let (client, expert) = seated(
            client: StripPose(posture: .sitting, facingRight: true, gesture: .resting, expression: .smiling),
            expert: StripPose(posture: .sitting, facingRight: false, gesture: .inviting, expression: .smiling))
        client.drawBody(); expert.drawBody()
        let table = drawTable()
        let compass = drawCompass(centre: table.centre, radius: 9.5, squash: table.squash, highlight: nil)
        client.drawArms(); expert.drawArms()
        let bubble = try drawBubble(speakers: (client, expert), places: (client: Place(50, 12...88), expert: Place(50, 12...88)))
        return Report(bubble: bubble, heads: [client.anchors, expert.anchors], compass: compass)
    }

    /// 2 · Jouw ervaringen: the client tells, an open hand over the table; the arbeidsdeskundige
    /// listens, looking at him, and writes on the werkblad. The compass lies between them with
    /// this part lit up.
    private func telling() throws -> Report {
        drawFloor()
        let (client, expert) = seated(
            client: StripPose(posture: .sitting, facingRight: true, gesture: .explaining, expression: .smiling),
            expert: StripPose(posture: .sitting, facingRight: false, gesture: .writing, expression: .listening))
        client.drawBody(); expert.drawBody()
        let table = drawTable()
        let compass = drawCompass(centre: Point(table.centre.x - 6.5, table.centre.y + 0.3), radius: 7.2, squash: table.squash,
                                  highlight: part)
        drawWerkblad(table: table)
        client.drawArms(); expert.drawArms()
        let bubble = try drawBubble(speakers: (client, expert), places: (client: Place(36, 3...72), expert: Place(64, 28...97)))
        return Report(bubble: bubble, heads: [client.anchors, expert.anchors], compass: compass)
    }

    /// 3 · Jouw behoeften: the client thinks, chin on hand; in the thought cloud a clock (more
    /// rest) and a hand holding a heart (help from others). The arbeidsdeskundige waits, hands
    /// folded, friendly. The compass lies between them with this part lit up.
    private func pondering() throws -> Report {
        drawFloor()
        let (client, expert) = seated(
            client: StripPose(posture: .sitting, facingRight: true, gesture: .thinking, expression: .pondering),
            expert: StripPose(posture: .sitting, facingRight: false, gesture: .folded, expression: .smiling))
        client.drawBody(); expert.drawBody()
        let table = drawTable()
        let compass = drawCompass(centre: table.centre, radius: 8.5, squash: table.squash, highlight: part)
        client.drawArms(); expert.drawArms()
        let bubble = try drawBubble(speakers: (client, expert), places: (client: Place(50, 4...96), expert: Place(50, 4...96)),
                                    icons: panel.bubble.kind == .thought)
        return Report(bubble: bubble, heads: [client.anchors, expert.anchors], compass: compass)
    }

    /// 4 · Jouw toekomst: side by side, seen from behind, the two look down a path of small steps
    /// that starts at their feet and leads to a rising sun. The client holds out a hand towards
    /// it; the arbeidsdeskundige asks what he wants to reach.
    private func lookingAhead() throws -> Report {
        let horizon = 50.0
        drawLandscape(horizon: horizon)
        let size = 0.74
        let ground = 88.0
        let expert = StripPerson(character: .arbeidsdeskundige,
                                 pose: StripPose(posture: .standingAway, facingRight: true, gesture: .relaxed,
                                                 expression: expression(for: .arbeidsdeskundige, otherwise: .smiling)),
                                 scene: pen, position: Point(20, ground), size: size)
        let client = StripPerson(character: .client,
                                 pose: StripPose(posture: .standingAway, facingRight: true, gesture: .inviting,
                                                 expression: expression(for: .client, otherwise: .smiling)),
                                 scene: pen, position: Point(37, ground - 0.6), size: size)
        expert.drawBody(); expert.drawArms()
        client.drawBody(); client.drawArms()
        let bubble = try drawBubble(speakers: (client, expert), places: (client: Place(50, 20...98), expert: Place(40, 2...90)))
        return Report(bubble: bubble, heads: [client.anchors, expert.anchors], compass: nil)
    }

    // MARK: People

    /// The speaker talks (or ponders, for a thought); the other keeps the pose's own expression.
    private func expression(for who: Inhoud.Bubble.Speaker, otherwise: StripPose.Expression) -> StripPose.Expression {
        guard panel.bubble.speaker == who else { return otherwise }
        return panel.bubble.kind == .speech ? .talking : .pondering
    }

    private func seated(client: StripPose, expert: StripPose) -> (StripPerson, StripPerson) {
        var clientPose = client, expertPose = expert
        clientPose.expression = expression(for: .client, otherwise: client.expression)
        expertPose.expression = expression(for: .arbeidsdeskundige, otherwise: expert.expression)
        return (StripPerson(character: .client, pose: clientPose, scene: pen,
                            position: Point(Self.clientSeatX, Self.seatY), size: Self.seatedSize),
                StripPerson(character: .arbeidsdeskundige, pose: expertPose, scene: pen,
                            position: Point(Self.expertSeatX, Self.seatY), size: Self.seatedSize))
    }

    // MARK: Setting

    private func drawFloor() {
        pen.fill(.polygon([(-1, Self.floorY), (101, Self.floorY), (101, 91), (-1, 91)]), ground)
        pen.line(.polyline([(-1, Self.floorY), (101, Self.floorY)]), StripPalette.mix(colours.strong, colours.tint, 0.4), weight: 0.8)
    }

    struct Table {
        var centre: Point
        var radius: Double
        var squash: Double
    }

    /// A round table seen a little from above, on one central leg: nobody's knees collide with it.
    private func drawTable() -> Table {
        let centre = Point(50, Self.seatY - StripPerson.tableAboveSeat * Self.seatedSize - 1.6)
        let rx = 18.0, ry = 5.6, edge = 2.4
        let foot = Self.floorY - 0.6
        pen.outlined(.ellipse(50, foot, 8, 1.8), StripPalette.woodEdge)
        pen.tube(.polyline([(50, centre.y + ry + edge), (50, foot - 1)]), width: 3.2, StripPalette.woodEdge)
        var side = Shape.arc(centre.x, centre.y, rx, from: 0, to: .pi).transformed(
            Affine.translation(centre.x, centre.y).concatenating(.scale(1, ry / rx)).concatenating(.translation(-centre.x, -centre.y)))
        side.line(centre.x - rx, centre.y + edge)
        side.append(Shape.arc(centre.x, centre.y + edge, rx, from: .pi, to: 0, continuing: true).transformed(
            Affine.translation(centre.x, centre.y + edge).concatenating(.scale(1, ry / rx))
                .concatenating(.translation(-centre.x, -(centre.y + edge)))))
        side.close()
        pen.outlined(side, StripPalette.woodEdge)
        pen.outlined(.ellipse(centre.x, centre.y, rx, ry), StripPalette.wood)
        return Table(centre: centre, radius: rx, squash: ry / rx)
    }

    /// The Gesprekskompas lying on the table, squashed like the table top it lies on, with its
    /// colours where the real one has them as it lies between the two: seen from above, the first
    /// onderwerp (*Jouw ervaringen* by default; its bottom edge) towards the client on the left at 9
    /// o'clock, the second at 1 and the third at 5 o'clock, the navy centre in the middle. In the panel of one
    /// onderwerp (`highlight`) that part keeps its colour and the others go pale: this is what we
    /// talk about now.
    private func drawCompass(centre: Point, radius: Double, squash: Double, highlight: Stijl.Part?) -> Compass {
        let disc = pen.moved(centre.x, centre.y)
        let flat = Pen(canvas: disc.canvas, transform: disc.transform.concatenating(.scale(radius, radius * squash)),
                       outline: disc.outline)
        // A thin edge, so it reads as a laminated card lying on the wood.
        pen.fill(.ellipse(centre.x, centre.y + 0.45, radius + 0.2, radius * squash + 0.2), StripPalette.line)
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

    /// The werkblad on the table in front of the arbeidsdeskundige, with a few written lines.
    private func drawWerkblad(table: Table) {
        let y = table.centre.y
        let sheet = Shape.polygon([(55.5, y - 3.6), (65.5, y - 3.6), (67.5, y + 2.8), (56.0, y + 2.8)])
        pen.outlined(sheet, StripPalette.paper)
        for (i, inset) in [0.0, 1.0, 2.0].enumerated() {
            let ly = y - 1.9 + Double(i) * 1.7
            pen.line(.polyline([(57.3 + inset * 0.2, ly), (64.8 - inset * 1.6 + Double(i) * 0.55, ly)]),
                     StripPalette.paperLine, weight: 0.6)
        }
    }

    /// A calm landscape for looking ahead: the horizon, a rising sun, and a path of stepping stones
    /// that starts at the people's feet and narrows towards the sun.
    private func drawLandscape(horizon: Double) {
        let sun = Point(77, horizon)
        // Rays first, the sun over them; everything below the horizon is covered by the land. Sun
        // and rays have a fine ink edge, so they stay apart from the sky in black and white.
        for i in 0..<7 {
            let angle = Double.pi + Double(i + 1) * Double.pi / 8
            let inner = Point.polar(centre: sun, radius: 11.8, angle: angle)
            let outer = Point.polar(centre: sun, radius: 15.6, angle: angle)
            pen.tube(.polyline([(inner.x, inner.y), (outer.x, outer.y)]), width: 1.5, StripPalette.sun, weight: 0.55)
        }
        pen.fill(.circle(sun.x, sun.y, 9), StripPalette.sun)
        pen.line(.circle(sun.x, sun.y, 9), weight: 0.7)
        // The land: a soft line of hills, opaque, so the lower half of the sun sets behind it.
        var land = Shape()
        land.move(-1, horizon + 3)
        land.curve(40, horizon + 1, 16, horizon - 3, 28, horizon + 2)
        land.curve(101, horizon, 60, horizon, 84, horizon - 1.4)
        land.line(101, 91); land.line(-1, 91); land.close()
        pen.fill(land, ground)
        pen.line(land)
        // The path: it starts wide under the two people's feet and winds, narrowing, to the sun.
        let centre = (Point(28, 99), Point(30, 74), Point(70, 73), Point(sun.x - 1, horizon + 0.2))
        func along(_ t: Double) -> (point: Point, normal: Point, width: Double) {
            let u = 1 - t
            let p = Point(u * u * u * centre.0.x + 3 * u * u * t * centre.1.x + 3 * u * t * t * centre.2.x + t * t * t * centre.3.x,
                          u * u * u * centre.0.y + 3 * u * u * t * centre.1.y + 3 * u * t * t * centre.2.y + t * t * t * centre.3.y)
            let dx = 3 * u * u * (centre.1.x - centre.0.x) + 6 * u * t * (centre.2.x - centre.1.x) + 3 * t * t * (centre.3.x - centre.2.x)
            let dy = 3 * u * u * (centre.1.y - centre.0.y) + 6 * u * t * (centre.2.y - centre.1.y) + 3 * t * t * (centre.3.y - centre.2.y)
            let length = max(hypot(dx, dy), 0.001)
            // Perspective: the path narrows quickly at first, then slowly towards the horizon.
            let width = 1.6 + 40 * pow(u, 1.7)
            return (p, Point(-dy / length, dx / length), width)
        }
        let samples = (0...16).map { along(Double($0) / 16) }
        let left = samples.map { ($0.point.x + $0.normal.x * $0.width / 2, $0.point.y + $0.normal.y * $0.width / 2) }
        let right = samples.map { ($0.point.x - $0.normal.x * $0.width / 2, $0.point.y - $0.normal.y * $0.width / 2) }
        var road = Shape.smooth(left, closed: false)
        road.append(Shape.smooth(right.reversed(), closed: false).continued())
        road.close()
        pen.outlined(road, StripPalette.path)
        // Stepping stones ahead of them, smaller as they go: small steps, one after the other.
        // Their edge is a shade of the stone, not ink, and thins with them, so even the farthest
        // stays a light stone and never turns into a dark hole.
        for t in [0.38, 0.52, 0.64, 0.75] {
            let spot = along(t)
            let r = spot.width * 0.17
            let stone = Shape.ellipse(spot.point.x, spot.point.y, r, r * 0.42)
            pen.fill(stone, StripPalette.pathStone)
            pen.line(stone, StripPalette.pathStoneEdge, weight: min(0.8, max(0.35, r / 4)))
        }
    }

    // MARK: Bubble

    /// The widest a bubble may be: the scene less a small margin on either side.
    static let fullLane: ClosedRange<Double> = 2...98

    /// Where a scene would like a bubble when this person speaks: centred near `centreX`, within
    /// `lane` (scene x-range), so the tail stays short and crosses nobody.
    struct Place {
        var centreX: Double
        var lane: ClosedRange<Double>
        init(_ centreX: Double, _ lane: ClosedRange<Double>) { self.centreX = centreX; self.lane = lane }
    }

    /// Draws the content's bubble near its speaker: a speech bubble with a tail towards the mouth,
    /// or a thought cloud with small circles rising from the head. It keeps to the top of the
    /// scene, above the heads, within `lane` (scene x-range), and is centred near `centreX`.
    private func drawBubble(speakers: (client: StripPerson, expert: StripPerson),
                            places: (client: Place, expert: Place), icons: Bool = false) throws -> Bubble {
        let speaker = panel.bubble.speaker == .client ? speakers.client : speakers.expert
        let place = panel.bubble.speaker == .client ? places.client : places.expert
        let centreX = place.centreX
        let anchors = speaker.anchors
        let unit = design.sceneUnit
        let thought = panel.bubble.kind == .thought
        let canvas = pen.canvas
        let edge = thought ? (x: 5.6, y: 4.1) : (x: 3.4, y: 2.3)
        // The bubble stays between the scene's top and the highest head (hair included), with
        // room below a thought cloud for its trail; that decides how many lines it may have.
        // A cloud's puffs need more air under the band than a bubble's straight edge.
        let top = thought ? 6.0 : 2.5
        let heads = [speakers.client.anchors, speakers.expert.anchors]
        let lowest = (heads.map { $0.head.y - $0.headRadius * 1.45 }.min() ?? 30) - (thought ? 5.0 : 1.5)
        let style = design.bubbleStyle
        let lineHeight = style.size * (style.lineHeight ?? 1.1) * 25.4 / 72 / unit
        let maxLines = min(3, max(1, Int((lowest - top - 2 * edge.y) / lineHeight)))
        // The scene's own lane first; a longer text may use the whole width before it is shortened.
        func letter(in lane: ClosedRange<Double>) throws -> Lettering {
            let maxTextWidth = (lane.upperBound - lane.lowerBound - 2 * edge.x - (icons ? 2 * Self.iconSlot : 0)) * unit
            return try Lettering(text: panel.bubble.text, style: style, maxWidth: maxTextWidth, maxLines: maxLines,
                                 floorSize: floorSize, canvas: canvas)
        }
        var lane = place.lane
        var lettering = try letter(in: lane)
        if !lettering.fits, lane != Self.fullLane {
            lane = Self.fullLane
            lettering = try letter(in: lane)
        }
        if !lettering.fits {
            warnings.add(.strip, .stripPanel(panel.id, .bubble),
                         "the bubble of panel \(number) is too long and was shortened; keep it to a few words")
        }
        let textWidth = lettering.width / unit, textHeight = lettering.metrics.height / unit
        // Icons flank the text (clock left, hand with heart right), keeping the cloud low enough
        // for the trail of thought to rise to it from the head.
        let iconWidth = icons ? Self.iconSlot : 0
        let content = (width: textWidth + 2 * iconWidth, height: max(textHeight, icons ? Self.iconSize : 0))
        let width = content.width + 2 * edge.x, height = content.height + 2 * edge.y
        let x = min(max(centreX - width / 2, lane.lowerBound), lane.upperBound - width)
        // Close above the speaker's head, but never above the scene's top edge: a short tail
        // makes clear who speaks.
        let headTop = anchors.head.y - anchors.headRadius * 1.3
        let gap = thought ? 8.0 : 6.5
        let outer = Rect(x: x, y: max(top, min(headTop - gap, lowest) - height), width: width, height: height)

        if thought {
            drawThoughtCloud(outer, puff: 2.7, towards: anchors)
        } else {
            drawSpeechBubble(outer, towards: anchors)
        }
        let textTop = outer.minY + edge.y + (content.height - textHeight) / 2
        try lettering.draw(at: pen.point(outer.midX, textTop), canvas: canvas)
        if icons {
            let y = outer.midY
            drawClock(centre: Point(outer.minX + edge.x + Self.iconSize / 2, y), radius: Self.iconSize / 2 - 0.2)
            drawHandWithHeart(centre: Point(outer.maxX - edge.x - Self.iconSize / 2, y), size: Self.iconSize)
        }
        return Bubble(box: outer, textSize: lettering.style.size)
    }

    /// The thought cloud's icons, in scene units: their size, and the room each takes beside the
    /// text, with the gap that keeps them from touching it.
    static let iconSize = 8.4
    static let iconSlot = iconSize + 3.0

    private func drawSpeechBubble(_ box: Rect, towards anchors: StripAnchors) {
        let radius = min(box.height / 2, 6.5)
        let body = Shape.roundedRect(box.x, box.y, box.width, box.height, radius)
        // The tail leaves the underside towards the speaker and stops short of the head.
        let target = anchors.mouth
        let baseX = min(max(target.x, box.minX + radius + 1.5), box.maxX - radius - 1.5)
        let base = Point(baseX, box.maxY - 0.8)
        let tip = Self.stopShort(from: base, to: target, around: anchors.head, clearance: anchors.headRadius * 1.5)
        let along = (x: tip.x - base.x, y: tip.y - base.y)
        let length = max(hypot(along.x, along.y), 0.001)
        let side = (x: -along.y / length, y: along.x / length)
        let halfBase = 2.3
        var tail = Shape()
        tail.move(base.x - side.x * halfBase, base.y - side.y * halfBase)
        tail.quad(tip.x, tip.y, base.x + along.x * 0.55 - side.x * 0.7, base.y + along.y * 0.55 - side.y * 0.7)
        tail.quad(base.x + side.x * halfBase, base.y + side.y * halfBase,
                  base.x + along.x * 0.45 + side.x * 0.9, base.y + along.y * 0.45 + side.y * 0.9)
        tail.close()
        pen.outlinedUnion([body, tail], StripPalette.white)
    }

    /// The point on the way from `start` to `target` where it comes within `clearance` of
    /// `centre`: a tail or a trail of thought ends there, just clear of the head and its hair.
    static func stopShort(from start: Point, to target: Point, around centre: Point, clearance: Double) -> Point {
        let d = (x: target.x - start.x, y: target.y - start.y)
        let f = (x: start.x - centre.x, y: start.y - centre.y)
        let a = d.x * d.x + d.y * d.y, b = 2 * (f.x * d.x + f.y * d.y), c = f.x * f.x + f.y * f.y - clearance * clearance
        let discriminant = b * b - 4 * a * c
        guard a > 0, c > 0, discriminant >= 0 else { return target }
        let t = (-b - sqrt(discriminant)) / (2 * a)
        guard t > 0, t <= 1 else { return target }
        return Point(start.x + d.x * t, start.y + d.y * t)
    }

    private func drawThoughtCloud(_ outer: Rect, puff: Double, towards anchors: StripAnchors) {
        // Round puffs along the inside of the outer box, and the box between them filled.
        let box = outer.inset(by: puff)
        var shapes: [Shape] = [.roundedRect(box.x, box.y, box.width, box.height, min(box.height / 2, puff))]
        let across = max(2, Int((box.width / (puff * 1.5)).rounded()))
        let down = max(1, Int((box.height / (puff * 1.5)).rounded()))
        // Alternate the puffs' sizes a little, so the cloud looks drawn rather than stamped.
        func size(_ i: Int) -> Double { i % 2 == 0 ? puff * 1.08 : puff * 0.9 }
        for i in 0...across {
            let x = box.minX + box.width * Double(i) / Double(across)
            shapes.append(.circle(x, box.minY, size(i))); shapes.append(.circle(x, box.maxY, size(i + 1)))
        }
        for j in 1..<down {
            let y = box.minY + box.height * Double(j) / Double(down)
            shapes.append(.circle(box.minX, y, size(j))); shapes.append(.circle(box.maxX, y, size(j + 1)))
        }
        pen.outlinedUnion(shapes, StripPalette.white)
        // Little circles rising from the head towards the cloud, growing as they go.
        let head = anchors.head
        let towardsCloud = outer.midX > head.x ? 1.0 : -1.0
        let start = Point(head.x + towardsCloud * anchors.headRadius * 0.9, head.y - anchors.headRadius * 1.45)
        let end = Point(min(max(start.x + towardsCloud * 3, outer.minX + puff * 2), outer.maxX - puff * 2), outer.maxY + 0.6)
        for (i, r) in [0.75, 1.05, 1.4].enumerated() {
            let t = Double(i) / 2.6
            pen.outlined(.circle(start.x + (end.x - start.x) * t, start.y + (end.y - start.y) * t, r), StripPalette.white)
        }
    }

    /// A clock: time, rest, not hurrying.
    private func drawClock(centre c: Point, radius r: Double) {
        let colour = colours.text
        pen.outlined(.circle(c.x, c.y, r), StripPalette.white)
        pen.line(.circle(c.x, c.y, r), colour, weight: 1.1)
        for i in 0..<4 {
            let a = Double(i) * .pi / 2
            let p1 = Point.polar(centre: c, radius: r * 0.72, angle: a), p2 = Point.polar(centre: c, radius: r * 0.88, angle: a)
            pen.line(.polyline([(p1.x, p1.y), (p2.x, p2.y)]), colour, weight: 0.8)
        }
        pen.line(.polyline([(c.x, c.y - r * 0.55), (c.x, c.y), (c.x + r * 0.42, c.y + r * 0.2)]), colour, weight: 1.0)
    }

    /// An open hand, palm towards the reader, fingers up, with a heart on the palm: care and help
    /// from others. Four fingers and a thumb, drawn as one outline, so it reads as a hand and not
    /// as a mitten or a cup; `size` is its height in scene units.
    private func drawHandWithHeart(centre c: Point, size: Double) {
        let colour = colours.text
        let icon = pen.moved(c.x, c.y).scaled(size / 10)
        // In units of a 10 × 10 box around the centre.
        var shapes: [Shape] = [.roundedRect(-3.0, -0.8, 5.8, 5.6, 2.0)]
        let fingers: [(x: Double, top: Double, tilt: Double)] = [(-2.25, -3.9, -0.1), (-0.7, -4.8, -0.03), (0.85, -4.6, 0.03),
                                                                 (2.2, -3.4, 0.1)]
        for finger in fingers {
            let length = 1.8 - finger.top
            shapes.append(Shape.roundedRect(-0.7, 0, 1.4, length, 0.7)
                .transformed(Affine.translation(finger.x, finger.top).concatenating(.rotation(finger.tilt))))
        }
        shapes.append(Shape.roundedRect(-0.75, 0, 1.5, 4.2, 0.75)
            .transformed(Affine.translation(-2.4, 3.6).concatenating(.rotation(.pi * 0.78))))
        icon.outlinedUnion(shapes, StripPalette.white, outlineColour: colour, weight: 0.9)
        // The heart on the palm.
        let (hx, hy, r) = (0.0, 2.0, 1.75)
        var heart = Shape()
        heart.move(hx, hy + r * 0.95)
        heart.curve(hx - r, hy - r * 0.05, hx - r * 0.3, hy + r * 0.55, hx - r, hy + r * 0.3)
        heart.curve(hx, hy - r * 0.5, hx - r, hy - r * 0.8, hx - r * 0.15, hy - r * 0.85)
        heart.curve(hx + r, hy - r * 0.05, hx + r * 0.15, hy - r * 0.85, hx + r, hy - r * 0.8)
        heart.curve(hx, hy + r * 0.95, hx + r, hy + r * 0.3, hx + r * 0.3, hy + r * 0.55)
        heart.close()
        icon.fill(heart, colours.strong)
    }
}
