import Foundation
import Inhoud
import Tekenaar

/// The drawing of one panel, in scene units (100 wide, ``StripDesign/sceneHeightUnits`` high,
/// origin top-left): which scene follows from the part of the method the panel belongs to; who
/// speaks, and what, from the content.
///
/// Each scene has its own framing, so the four read as a story rather than one picture with other
/// arms: *Ons gesprek* a wide shot of the two at the table with the compass between them; *Jouw
/// ervaringen* a close-up of the client telling, the arbeidsdeskundige's hand writing at the edge;
/// *Jouw behoeften* the client thinking, seen across the table with the compass large in front;
/// *Jouw toekomst* the two back at the table of the first panel, the client looking up at a window
/// with a path towards the sunrise while the arbeidsdeskundige asks. Whoever is not in the picture speaks from its
/// edge.
///
/// People and furniture stand on a *stage* (``Stage``) of 100 × 60 units at the bottom of the
/// scene; the bubble, whose lettering keeps its printed size, takes what it needs above it, and the
/// stage is made smaller when it needs more.
struct StripScene {
    let panel: Inhoud.StripPanel
    let part: Stijl.Part
    /// The onderwerpen's parts in the content's order: the compass on the table shows them where the
    /// real compass has them (9, 1 and 5 o'clock).
    let ring: [Stijl.Part]
    /// Scene units to page millimetres.
    let pen: Pen
    let design: StripDesign
    /// The bubble's lettering, at the size the layout chose for all four bubbles.
    let bubbleStyle: TextStyle

    var canvas: Canvas { pen.canvas }
    var height: Double { design.sceneHeightUnits }
    var colours: Stijl.Colours { Stijl.colours(part) }
    /// Floor and land: the panel's tint a shade deeper, opaque so nothing shows through in print.
    var ground: Colour { StripPalette.mix(colours.strong, colours.tint, 0.13) }
    /// Scene units in `mm` millimetres.
    func units(_ mm: Double) -> Double { mm / design.sceneUnit }

    /// What a scene reports about its drawing, in scene units: where the bubble went and where the
    /// heads are, so tests can check that no bubble covers a face or leaves its panel; and where
    /// the compass lies, if the scene shows it.
    struct Report {
        var bubble: Rect
        /// False when the bubble's text was cut off.
        var bubbleFits: Bool
        var heads: [StripAnchors]
        var compass: Compass?
    }

    /// The compass on a table: its centre and the radii of the ellipse it appears as.
    struct Compass {
        var centre: Point
        var radiusX: Double
        var radiusY: Double
    }

    enum Framing {
        case meeting, telling, pondering, lookingAhead
    }

    var framing: Framing {
        switch part {
        case .centre: .meeting
        case .ervaringen: .telling
        case .behoeften: .pondering
        case .toekomst: .lookingAhead
        }
    }

    // MARK: Planning

    /// Whether the bubble fits at ``bubbleStyle``'s size: the layout asks before it draws.
    func bubbleFits() throws -> Bool { try plan().bubble.fits }

    /// Where the stage and the bubble go, before anything is drawn.
    func plan() throws -> Plan {
        let stageHeight = Stage.size.height
        switch framing {
        case .pondering:
            // The client sits low on the left; the thought takes the room above or beside the head.
            let scale = min(1, height / stageHeight)
            let stage = Stage(scale: scale, origin: Point(0, height - stageHeight * scale))
            return try Plan(stage: stage, bubble: bubbleBeside(stage: stage))
        case .meeting, .telling, .lookingAhead:
            // The stage shrinks until the bubble fits above the highest head; a bubble that would
            // make it too small is cut off after fewer lines.
            var plan: Plan?
            for lines in stride(from: Self.bubbleLines, through: 1, by: -1) {
                let bubble = try bubbleAbove(maxLines: lines)
                let zone = bubble.top + bubble.height + bubble.gap
                let scale = min(1, (height - zone) / stageHeight)
                let origin = Point((Stage.size.width - Stage.size.width * max(scale, 0.3)) / 2, height - stageHeight * max(scale, 0.3))
                let stage = Stage(scale: max(scale, 0.3), origin: origin)
                let placed = place(bubble, stage: stage)
                plan = Plan(stage: stage, bubble: placed.with(fits: placed.fits && scale >= Self.smallestStage))
                if scale >= Self.smallestStage { break }
            }
            return try plan ?? Plan(stage: Stage(scale: 1, origin: Point(0, height - stageHeight)), bubble: bubbleAbove(maxLines: 1))
        }
    }

    /// The smallest the stage may get before the bubble counts as too large for the panel.
    static let smallestStage = 0.6
    /// The most lines a bubble has: more is a caption's job.
    static let bubbleLines = 3

    // MARK: Drawing

    func draw() throws -> Report {
        let plan = try plan()
        let stage = plan.stage
        let cast = self.cast(on: stage)
        var compass: Compass?
        switch framing {
        case .meeting: compass = meeting(stage, cast)
        case .telling: telling(stage, cast)
        case .pondering: compass = pondering(stage, cast)
        case .lookingAhead: compass = lookingAhead(stage, cast)
        }
        try drawBubble(plan.bubble, cast: cast, stage: stage)
        let heads = [cast.client, cast.expert].compactMap { $0 }.filter(\.isInPicture).map { stage.anchors($0.person.anchors) }
        return Report(bubble: plan.bubble.box, bubbleFits: plan.bubble.fits, heads: heads, compass: compass)
    }

    /// 1 · Ons gesprek: the two at the table, the compass between them; the arbeidsdeskundige opens
    /// a hand towards it, the pen in her other hand on the werkblad; the client puts a finger on
    /// the part he chooses.
    private func meeting(_ stage: Stage, _ cast: Cast) -> Compass? {
        drawFloor(stage)
        return atTable(stage, cast, highlight: nil, werkblad: true)
    }

    /// The two at the round table as in *Ons gesprek*: the same table, chairs and places, so the
    /// last panel comes back to the first. The compass lies between them; the werkblad, if shown,
    /// in front of the arbeidsdeskundige.
    private func atTable(_ stage: Stage, _ cast: Cast, highlight: Stijl.Part?, werkblad: Bool) -> Compass {
        let client = cast.client?.person, expert = cast.expert?.person
        client?.drawBody(); expert?.drawBody()
        let sp = stage.pen(on: pen)
        let table = drawTable(sp, centre: Point(50, Self.seatY - StripPerson.tableAboveSeat * Self.seatedSize - 1.6),
                              radiusX: 18.5, radiusY: 6.4, floor: Stage.floor)
        let compassCentre = werkblad ? Point(table.centre.x - 3, table.centre.y) : table.centre
        let compass = drawCompass(sp, centre: compassCentre, radius: werkblad ? 9.6 : 10.5, squash: table.squash,
                                  highlight: highlight)
        if werkblad { drawWerkblad(sp, centre: Point(table.centre.x + 13.6, table.centre.y + 2.0), size: 0.7) }
        client?.drawArms(); expert?.drawArms()
        return stage.compass(compass)
    }

    /// 2 · Jouw ervaringen, close up: the client tells, his hand turned up in front of him; at the
    /// bottom edge the table, and the arbeidsdeskundige's hand writing on the werkblad.
    private func telling(_ stage: Stage, _ cast: Cast) {
        let sp = stage.pen(on: pen)
        cast.client?.person.drawBody()
        // The table across the bottom, the werkblad on it where she writes.
        sp.outlined(.ellipse(60, 71.5, 76, 23), StripPalette.wood)
        drawWerkblad(sp, centre: Point(81, 53.6), size: 1.35)
        cast.client?.person.drawArms()
        cast.expert?.person.drawArms()
    }

    /// 3 · Jouw behoeften: the client thinks, chin on hand, seen across the table; the compass lies
    /// large in front, with this part in colour.
    private func pondering(_ stage: Stage, _ cast: Cast) -> Compass? {
        let sp = stage.pen(on: pen)
        cast.client?.person.drawBody()
        sp.outlined(.ellipse(58, 62, 74, 22), StripPalette.wood)
        let compass = drawCompass(sp, centre: Point(62, 51.5), radius: 19, squash: 0.48, highlight: part)
        cast.client?.person.drawArms()
        return stage.compass(compass)
    }

    /// 4 · Jouw toekomst: back at the table of the first panel, the window behind it between the
    /// two; through it a path leads to the rising sun. The client looks up at it, hopeful, his face
    /// to the reader; the arbeidsdeskundige, the werkblad in front of her, asks. They look ahead
    /// together: nobody walks off, nobody is left alone.
    private func lookingAhead(_ stage: Stage, _ cast: Cast) -> Compass? {
        drawFloor(stage)
        drawWindow(stage.pen(on: pen), Self.windowAtTable, sunAt: 0.58)
        return atTable(stage, cast, highlight: part, werkblad: true)
    }

    /// The window in the back wall between the two seated people: clear of both heads, its sill
    /// hidden behind the table.
    static let windowAtTable = Rect(x: 33.5, y: -3, width: 33, height: 27)

    // MARK: People

    /// A person in the scene, and whether they are in the picture (or speak from beyond its edge).
    struct Role {
        var person: StripPerson
        var isInPicture: Bool
        /// Where a bubble points when this person speaks from beyond the edge (stage units).
        var offPanel: Point?
    }

    struct Cast {
        var client: Role?
        var expert: Role?

        func role(_ speaker: Inhoud.Bubble.Speaker) -> Role? { speaker == .client ? client : expert }
    }

    /// Size of the people in the seated wide shot, their seat height.
    static let seatedSize = 0.85
    static var seatY: Double { Stage.floor - StripPerson.seatToFloor * seatedSize }

    func cast(on stage: Stage) -> Cast {
        let sp = stage.pen(on: pen)
        func person(_ character: StripCharacter, _ who: Inhoud.Bubble.Speaker, _ pose: StripPose, at position: Point,
                    size: Double) -> StripPerson {
            var pose = pose
            pose.expression = expression(for: who, otherwise: pose.expression)
            var person = StripPerson(character: character, pose: pose, scene: sp, position: position, size: size)
            // Close up, a chair's back would only show as a strip at the edge.
            person.showsChair = size < 1
            return person
        }
        switch framing {
        case .meeting:
            return Cast(
                client: Role(person: person(.client, .client, StripPose(posture: .sitting, facingRight: true, gesture: .pointing,
                                                                        expression: .smiling),
                                            at: Point(22, Self.seatY), size: Self.seatedSize), isInPicture: true),
                expert: Role(person: person(.arbeidsdeskundige, .arbeidsdeskundige,
                                            StripPose(posture: .sitting, facingRight: false, gesture: .invitingWithPen,
                                                      expression: .smiling),
                                            at: Point(78, Self.seatY), size: Self.seatedSize), isInPicture: true))
        case .telling:
            return Cast(
                client: Role(person: person(.client, .client, StripPose(posture: .sitting, facingRight: true, gesture: .telling,
                                                                        expression: .reflecting),
                                            at: Point(29, 77), size: 1.72), isInPicture: true),
                // Only her arm reaches into the picture, from the right.
                expert: Role(person: person(.arbeidsdeskundige, .arbeidsdeskundige,
                                            StripPose(posture: .sitting, facingRight: false, gesture: .writing, expression: .listening),
                                            at: Point(106, 76), size: 1.62), isInPicture: false, offPanel: Point(118, 18)))
        case .pondering:
            return Cast(
                client: Role(person: person(.client, .client, StripPose(posture: .sitting, facingRight: true, gesture: .thinking,
                                                                        expression: .pondering),
                                            at: Point(13, 56), size: 1.08), isInPicture: true),
                // She sits where the reader is: her words come from the bottom edge.
                expert: Role(person: person(.arbeidsdeskundige, .arbeidsdeskundige,
                                            StripPose(posture: .sitting, facingRight: false, gesture: .folded, expression: .smiling),
                                            at: Point(200, 200), size: 1), isInPicture: false, offPanel: Point(96, 92)))
        case .lookingAhead:
            // Where they sat in the first panel; he turns to the window, she writes and asks.
            return Cast(
                client: Role(person: person(.client, .client, StripPose(posture: .sitting, facingRight: true, gesture: .resting,
                                                                        expression: .hopeful),
                                            at: Point(22, Self.seatY), size: Self.seatedSize), isInPicture: true),
                expert: Role(person: person(.arbeidsdeskundige, .arbeidsdeskundige,
                                            StripPose(posture: .sitting, facingRight: false, gesture: .writing, expression: .listening),
                                            at: Point(78, Self.seatY), size: Self.seatedSize), isInPicture: true))
        }
    }

    /// The speaker talks (or ponders, for a thought); the other keeps the pose's own expression,
    /// and so does someone who tells while thinking back, with a half-smile rather than a grin.
    private func expression(for who: Inhoud.Bubble.Speaker, otherwise: StripPose.Expression) -> StripPose.Expression {
        guard panel.bubble.speaker == who, otherwise != .reflecting else { return otherwise }
        return panel.bubble.kind == .speech ? .talking : .pondering
    }

    // MARK: Setting

    /// The floor from the stage's floor line to the bottom of the scene, the whole width.
    private func drawFloor(_ stage: Stage) {
        let y = stage.point(Point(0, Stage.floor)).y
        pen.fill(.polygon([(-1, y), (101, y), (101, height + 1), (-1, height + 1)]), ground)
        pen.line(.polyline([(-1, y), (101, y)]), StripPalette.mix(colours.strong, colours.tint, 0.4), weight: 0.8)
    }
}

/// The 100 × 60 units at the bottom of a scene where the people and the furniture are, scaled and
/// placed to leave the bubble its room.
struct Stage {
    static let size = (width: 100.0, height: 60.0)
    /// The floor line of the scenes that show one.
    static let floor = 57.0

    var scale: Double
    /// Where the stage's top-left corner lies in the scene.
    var origin: Point

    func point(_ p: Point) -> Point { Point(origin.x + p.x * scale, origin.y + p.y * scale) }

    func pen(on scene: Pen) -> Pen { scene.moved(origin.x, origin.y).scaled(scale) }

    func anchors(_ a: StripAnchors) -> StripAnchors {
        StripAnchors(head: point(a.head), headRadius: a.headRadius * scale, mouth: point(a.mouth))
    }

    func compass(_ c: StripScene.Compass) -> StripScene.Compass {
        StripScene.Compass(centre: point(c.centre), radiusX: c.radiusX * scale, radiusY: c.radiusY * scale)
    }
}
