import Foundation
import Inhoud
import Tekenaar

extension StripScene {
    /// Where a scene's stage and bubble go.
    struct Plan {
        var stage: Stage
        var bubble: BubblePlan
    }

    /// The pictures beside or above a thought: a clock and someone's supporting hand.
    enum Icons { case none, beside, above }

    /// A bubble before and after it is placed: its lettering, its outer size and box (scene units),
    /// and whether it fits its room at the lettering's size.
    struct BubblePlan {
        var lettering: Lettering
        var icons: Icons
        var width: Double
        var height: Double
        /// The margin above it and the room for the tail or trail below it (scene units).
        var top: Double
        var gap: Double
        var box: Rect = Rect(x: 0, y: 0, width: 0, height: 0)
        var fits: Bool

        var size: (width: Double, height: Double) { (width, height) }

        func with(fits: Bool) -> BubblePlan { var copy = self; copy.fits = fits; return copy }
    }

    var isThought: Bool { panel.bubble.kind == .thought }
    /// The clock and the hands go with a thought in the panel about needs.
    var hasIcons: Bool { isThought && framing == .pondering }

    /// Padding between the outline and the lettering, the margin above, and the room below for
    /// tail or trail, in millimetres: the lettering keeps its printed size, so its frame does too.
    private var padding: (x: Double, y: Double) { isThought ? (2.6, 2.4) : (1.8, 1.2) }
    private var topMargin: Double { isThought ? 2.2 : 1.2 }
    private var tailRoom: Double { isThought ? 3.8 : 2.5 }
    /// The icons' size and the space between them and the text (mm): 6.5 mm in a row at text
    /// width, to read in a letter; a little smaller only in narrower panels.
    var iconSize: Double { min(8, max(5, design.panelWidth * 0.17)) }
    private var iconGap: Double { 1.6 }
    /// The widest a bubble may be: the scene less a small margin on either side.
    static let lane: ClosedRange<Double> = 3...97

    /// The lettering and outer size of the bubble when it may be `width` units wide at most.
    private func measure(maxWidth width: Double, maxLines: Int) throws -> BubblePlan {
        let pad = (x: units(padding.x), y: units(padding.y))
        let mm = design.sceneUnit
        func letter(_ textWidth: Double, lines: Int) throws -> Lettering {
            try Lettering(text: panel.bubble.text, style: bubbleStyle, maxWidth: max(textWidth * mm, 1), maxLines: lines,
                          canvas: canvas)
        }
        var icons = Icons.none
        var lettering: Lettering
        let icon = units(iconSize), gap = units(iconGap)
        if hasIcons {
            // Beside the text when the text keeps to one line there, else in a row above it.
            let beside = try letter(width - 2 * pad.x - 2 * (icon + gap), lines: 1)
            if beside.fits {
                lettering = beside; icons = .beside
            } else {
                lettering = try letter(width - 2 * pad.x, lines: maxLines); icons = .above
            }
        } else {
            lettering = try letter(width - 2 * pad.x, lines: maxLines)
        }
        let text = (width: lettering.width / mm, height: lettering.height / mm)
        let content: (width: Double, height: Double)
        switch icons {
        case .none: content = text
        case .beside: content = (text.width + 2 * (icon + gap), max(text.height, icon))
        case .above: content = (max(text.width, 2 * icon + gap * 2), icon + gap + text.height)
        }
        let width = content.width + 2 * pad.x
        return BubblePlan(lettering: lettering, icons: icons, width: width, height: content.height + 2 * pad.y,
                          top: units(topMargin), gap: units(tailRoom), fits: lettering.fits && width <= (Self.lane.upperBound - Self.lane.lowerBound) + 0.01)
    }

    /// A bubble as wide as the scene allows, to go above everyone's head.
    func bubbleAbove(maxLines: Int = StripScene.bubbleLines) throws -> BubblePlan {
        try measure(maxWidth: Self.lane.upperBound - Self.lane.lowerBound, maxLines: maxLines)
    }

    /// Places a bubble above the heads on `stage`: close above them, centred near the speaker, within the lane.
    func place(_ bubble: BubblePlan, stage: Stage) -> BubblePlan {
        let cast = self.cast(on: stage)
        let heads = [cast.client, cast.expert].compactMap { $0 }.filter(\.isInPicture).map { stage.anchors($0.person.anchors) }
        let highest = heads.map { $0.head.y - $0.headRadius * 1.45 }.min() ?? height
        let centreX = speakerX(cast, stage: stage)
        var placed = bubble
        let x = min(max(centreX - bubble.width / 2, Self.lane.lowerBound), Self.lane.upperBound - bubble.width)
        let y = max(bubble.top, highest - bubble.gap - bubble.height)
        placed.box = clamped(Rect(x: x, y: y, width: bubble.width, height: bubble.height))
        return placed
    }

    /// A bubble kept inside the lane and the scene, even when it is too large for its room (it is
    /// then cut off, with a warning): it may cover a face, but never leaves the panel.
    private func clamped(_ box: Rect) -> Rect {
        let width = min(box.width, Self.lane.upperBound - Self.lane.lowerBound)
        let height = min(box.height, self.height - units(topMargin) - units(0.6))
        let x = min(max(box.minX, Self.lane.lowerBound), Self.lane.upperBound - width)
        let y = min(max(box.minY, units(topMargin)), self.height - units(0.6) - height)
        return Rect(x: x, y: y, width: width, height: height)
    }

    /// Where the bubble would like to be centred: over the speaker's head, a little towards the
    /// middle so the tail leaves it on the speaker's side; for someone beyond the edge, on their side.
    private func speakerX(_ cast: Cast, stage: Stage) -> Double {
        guard let role = cast.role(panel.bubble.speaker) else { return 50 }
        if !role.isInPicture, let off = role.offPanel { return stage.point(off).x > 50 ? 70 : 30 }
        let head = stage.anchors(role.person.anchors).head.x
        return head + (50 - head) * 0.35
    }

    /// The thought (or words) in the panel about needs: above the client's head when there is room,
    /// else beside it, over the wall behind him.
    func bubbleBeside(stage: Stage) throws -> BubblePlan {
        let cast = self.cast(on: stage)
        guard let client = cast.client.map({ stage.anchors($0.person.anchors) }) else { return place(try bubbleAbove(), stage: stage) }
        let headTop = client.head.y - client.headRadius * 1.45
        let headRight = client.head.x + client.headRadius * 1.5
        let tableTop = stage.point(Point(0, 40)).y
        var last: BubblePlan?
        // A bubble that fits neither above nor beside the head is cut off after fewer lines.
        for lines in stride(from: Self.bubbleLines, through: 1, by: -1) {
            // Above the head.
            var above = try measure(maxWidth: Self.lane.upperBound - Self.lane.lowerBound, maxLines: lines)
            if above.top + above.height + above.gap <= headTop {
                let x = min(max(client.head.x + 12 - above.width / 2, Self.lane.lowerBound), Self.lane.upperBound - above.width)
                above.box = Rect(x: x, y: headTop - above.gap - above.height, width: above.width, height: above.height)
                return above
            }
            // Beside it, on the right, between the top and the table.
            let left = headRight + units(1.5)
            var beside = try measure(maxWidth: Self.lane.upperBound - left, maxLines: lines)
            let top = beside.top, bottom = tableTop - units(1.5)
            let y = min(max(top, client.head.y - beside.height * 0.75), bottom - beside.height)
            let x = left + (Self.lane.upperBound - left - beside.width) / 2
            beside.box = clamped(Rect(x: x, y: max(top, y), width: beside.width, height: beside.height))
            let room = beside.height <= bottom - top + 0.01 && beside.width <= Self.lane.upperBound - left + 0.01
            beside.fits = beside.fits && room
            if room { return beside }
            last = beside
        }
        return try last ?? measure(maxWidth: Self.lane.upperBound - Self.lane.lowerBound, maxLines: 1)
    }

    // MARK: Drawing

    func drawBubble(_ bubble: BubblePlan, cast: Cast, stage: Stage) throws {
        let role = cast.role(panel.bubble.speaker)
        let target: Target
        if let role, role.isInPicture {
            target = .person(stage.anchors(role.person.anchors))
        } else {
            target = .edge(stage.point(role?.offPanel ?? Point(50, 120)))
        }
        let box = bubble.box
        if isThought {
            drawThoughtCloud(box, towards: target)
        } else {
            drawSpeechBubble(box, towards: target)
        }
        let pad = (x: units(padding.x), y: units(padding.y))
        let icon = units(iconSize), gap = units(iconGap)
        let inner = Rect(x: box.minX + pad.x, y: box.minY + pad.y, width: box.width - 2 * pad.x, height: box.height - 2 * pad.y)
        let text = (width: bubble.lettering.width / design.sceneUnit, height: bubble.lettering.height / design.sceneUnit)
        var textOrigin = Point(inner.midX - text.width / 2, inner.midY - text.height / 2)
        switch bubble.icons {
        case .none: break
        case .beside:
            drawClock(centre: Point(inner.minX + icon / 2, inner.midY), radius: icon / 2)
            drawSupport(centre: Point(inner.maxX - icon / 2, inner.midY), size: icon)
        case .above:
            let y = inner.minY + icon / 2
            drawClock(centre: Point(inner.midX - gap - icon / 2, y), radius: icon / 2)
            drawSupport(centre: Point(inner.midX + gap + icon / 2, y), size: icon)
            textOrigin.y = inner.minY + icon + gap
        }
        try bubble.lettering.draw(at: pen.point(textOrigin.x, textOrigin.y), canvas: canvas)
    }

    /// What a tail or a trail of thought points at: a person's mouth and head in the picture, or a
    /// point beyond the panel's edge where someone out of the picture sits.
    enum Target {
        case person(StripAnchors)
        case edge(Point)
    }

    private func drawSpeechBubble(_ box: Rect, towards target: Target) {
        let radius = min(box.height / 2, units(2.6))
        let body = Shape.roundedRect(box.x, box.y, box.width, box.height, radius)
        let halfBase = units(0.95)
        let base: Point, tip: Point
        switch target {
        case let .person(anchors):
            // The tail leaves the underside towards the speaker and stops short of the head.
            let baseX = min(max(anchors.mouth.x, box.minX + radius + halfBase), box.maxX - radius - halfBase)
            base = Point(baseX, box.maxY - units(0.3))
            tip = Self.stopShort(from: base, to: anchors.mouth, around: anchors.head, clearance: anchors.headRadius * 1.5)
        case let .edge(point):
            // Towards whoever speaks from beyond the edge, a short way: the panel's edge cuts it.
            let baseX = min(max(point.x, box.minX + radius + halfBase), box.maxX - radius - halfBase)
            base = Point(baseX, point.y > box.maxY ? box.maxY - units(0.3) : box.minY + units(0.3))
            let d = (x: point.x - base.x, y: point.y - base.y), length = max(hypot(d.x, d.y), 0.001)
            let reach = min(length, units(3.2))
            tip = Point(base.x + d.x / length * reach, base.y + d.y / length * reach)
        }
        let along = (x: tip.x - base.x, y: tip.y - base.y)
        let length = max(hypot(along.x, along.y), 0.001)
        let side = (x: -along.y / length, y: along.x / length)
        var tail = Shape()
        tail.move(base.x - side.x * halfBase, base.y - side.y * halfBase)
        tail.quad(tip.x, tip.y, base.x + along.x * 0.55 - side.x * halfBase * 0.3, base.y + along.y * 0.55 - side.y * halfBase * 0.3)
        tail.quad(base.x + side.x * halfBase, base.y + side.y * halfBase,
                  base.x + along.x * 0.45 + side.x * halfBase * 0.4, base.y + along.y * 0.45 + side.y * halfBase * 0.4)
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

    private func drawThoughtCloud(_ outer: Rect, towards target: Target) {
        // Round puffs along the inside of the outer box, and the box between them filled.
        let puff = units(1.45)
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
        let start: Point, end: Point
        switch target {
        case let .person(anchors):
            let head = anchors.head
            let towardsCloud = outer.midX > head.x ? 1.0 : -1.0
            start = Point(head.x + towardsCloud * anchors.headRadius * 0.9, head.y - anchors.headRadius * 1.45)
            let nearest = Point(min(max(start.x, outer.minX + puff * 2), outer.maxX - puff * 2),
                                min(max(start.y, outer.minY + puff * 2), outer.maxY - puff * 2))
            // From the head towards the nearest part of the cloud, ending at its outline.
            let d = (x: nearest.x - start.x, y: nearest.y - start.y), length = max(hypot(d.x, d.y), 0.001)
            let toOutline = max(0, length - puff * 1.6)
            end = Point(start.x + d.x / length * toOutline, start.y + d.y / length * toOutline)
        case let .edge(point):
            let from = Point(min(max(point.x, outer.minX + puff * 2), outer.maxX - puff * 2),
                             point.y > outer.maxY ? outer.maxY + puff * 0.6 : outer.minY - puff * 0.6)
            let d = (x: point.x - from.x, y: point.y - from.y), length = max(hypot(d.x, d.y), 0.001)
            end = from
            start = Point(from.x + d.x / length * units(5), from.y + d.y / length * units(5))
        }
        for (i, r) in [0.36, 0.5, 0.66].enumerated() {
            let t = Double(i) / 2.6
            pen.outlined(.circle(start.x + (end.x - start.x) * t, start.y + (end.y - start.y) * t, units(r)), StripPalette.white)
        }
    }
}
