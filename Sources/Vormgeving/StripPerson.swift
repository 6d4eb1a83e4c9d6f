import Foundation
import Inhoud
import Tekenaar

/// One of the two people who recur in every panel. Their looks are fixed here, so every panel
/// draws the same two people.
struct StripCharacter {
    enum Hair { case curls, short }

    var skin: Colour
    var skinShade: Colour
    var cheek: Colour
    var hair: Colour
    var hairStyle: Hair
    var top: Colour
    var topShade: Colour
    var undershirt: Colour?
    var trousers: Colour
    var trousersShade: Colour
    var shoes: Colour

    /// The arbeidsdeskundige: a woman with dark brown skin and short curls, in an ochre cardigan
    /// over a light top — dressed like the client, not like "the boss".
    static let arbeidsdeskundige = StripCharacter(
        skin: Colour("#8D5B3E"), skinShade: Colour("#774A31"), cheek: Colour("#C0685A").opacity(0.3),
        hair: Colour("#2B201C"), hairStyle: .curls,
        top: Colour("#E0A93F"), topShade: Colour("#C99230"), undershirt: Colour("#F6F1E7"),
        trousers: Colour("#44506A"), trousersShade: Colour("#37415A"), shoes: Colour("#5B3F33"))

    /// The client: a man with light skin and short chestnut hair, in a dusty blue jumper.
    static let client = StripCharacter(
        skin: Colour("#F2CDAA"), skinShade: Colour("#E2B790"), cheek: Colour("#E58F84").opacity(0.35),
        hair: Colour("#7B4B2E"), hairStyle: .short,
        top: Colour("#6F90C0"), topShade: Colour("#5B7CAC"), undershirt: nil,
        trousers: Colour("#4B4F5C"), trousersShade: Colour("#3D404B"), shoes: Colour("#3A3F4A"))
}

/// How a person is drawn in one panel: posture, direction, what the arms do, the face.
struct StripPose {
    enum Posture {
        case sitting
    }
    enum Gesture {
        /// Forearm on the table, hand relaxed.
        case resting
        /// An open hand, palm up, over the table: telling something.
        case explaining
        /// Close up: the forearm raised in front of the chest, the open hand turned up: telling,
        /// with the hand as much as with words.
        case telling
        /// Holding a pen on the paper in front of them.
        case writing
        /// Chin on the hand, thinking.
        case thinking
        /// Both hands together on the table, waiting.
        case folded
        /// The near hand open towards the compass, palm up ("you choose"), the far one holding a
        /// pen on the werkblad: inviting, and the one who keeps the notes.
        case invitingWithPen
        /// A finger on a part of the compass: "this one".
        case pointing
    }
    enum Expression {
        case smiling
        case talking
        /// Looking up, mouth calm: thinking.
        case pondering
        /// A gentle smile, eyes on the other: listening while writing.
        case listening
        /// A half-smile, lips closed, eyes a little up: thinking back while telling.
        case reflecting
        /// Looking up and ahead, brows raised, a smile: seeing a way forward.
        case hopeful
    }

    var posture: Posture
    var facingRight: Bool
    var gesture: Gesture
    var expression: Expression
}

/// Where a drawn person's features ended up, in scene units, for bubbles to point at.
struct StripAnchors {
    var head: Point
    var headRadius: Double
    var mouth: Point
}

/// Draws one person in a pose. A person is drawn in two passes around the table: `drawBody` (chair,
/// legs, body, head) before it and `drawArms` after it, so hands rest on the table top.
///
/// Units: a seated person's seat point is the origin, the floor lies 21 units below it and the top
/// of the head about 43 above. The person faces right, three-quarters towards the reader; facing
/// left mirrors the drawing.
struct StripPerson {
    let character: StripCharacter
    let pose: StripPose
    /// The pen in scene units.
    let scene: Pen
    /// Where the origin lies in the scene, and how large the person is drawn.
    let position: Point
    let size: Double
    /// Whether the chair is drawn (seated): not when the person fills the frame and its back
    /// would only show as a strip at the edge.
    var showsChair = true

    static let seatToFloor = 21.0
    /// The table top's height above the seat, for scenes that place a table.
    static let tableAboveSeat = 12.0

    /// The pen in the person's own units, facing right.
    var pen: Pen {
        scene.moved(position.x, position.y).scaled(size).mirrored(!pose.facingRight)
    }

    /// The head's centre in the person's units (relative to the seat point).
    static let headCentre = Point(1.6, -33.6)
    static let shoulder = Point(1.0, -20.5)

    var anchors: StripAnchors {
        let local = Self.headCentre
        let mouth = Point(local.x + 3.0, local.y + 3.8)
        func scenePoint(_ p: Point) -> Point {
            let x = pose.facingRight ? p.x : -p.x
            return Point(position.x + x * size, position.y + p.y * size)
        }
        return StripAnchors(head: scenePoint(local), headRadius: 7.5 * size, mouth: scenePoint(mouth))
    }

    // MARK: Body

    func drawBody() {
        let pen = self.pen
        switch pose.posture {
        case .sitting:
            if showsChair { drawChair(pen) }
            drawNeck(pen)
            drawTorso(pen)
            drawSeatedLeg(pen)
            // Hopeful, the head lifts a little towards what lies ahead.
            let tilt = pose.expression == .hopeful ? -0.1 : 0
            drawHead(pen.moved(Self.headCentre.x, Self.headCentre.y).rotated(tilt))
        }
    }

    private func drawChair(_ pen: Pen) {
        pen.tube(.polyline([(-8.2, 3), (-9.2, 20.6)]), width: 2.0, StripPalette.chairDark)
        pen.tube(.polyline([(6.4, 3), (7.0, 20.6)]), width: 2.0, StripPalette.chairDark)
        pen.outlined(.roundedRect(-12.5, -23, 4.4, 25, 2.0), StripPalette.chair)
        pen.outlined(.roundedRect(-11, -0.6, 20, 3.6, 1.6), StripPalette.chair)
    }

    private func drawNeck(_ pen: Pen) {
        pen.tube(.polyline([(1.3, -29), (1.5, -23.5)]), width: 4.0, character.skinShade)
    }

    private func drawTorso(_ pen: Pen) {
        let torso = Shape.smooth([(-6.4, 0.6), (-7.0, -8), (-6.4, -16.5), (-4.6, -22.6), (0.6, -24.8),
                                  (5.6, -23.2), (7.4, -17.5), (7.6, -9), (7.0, 0.6)], tension: 0.9)
        pen.outlined(torso, character.top)
        // Neckline: a light top under a cardigan, or a plain round collar.
        if let undershirt = character.undershirt {
            var v = Shape()
            v.move(-0.8, -24.6)
            v.quad(4.6, -24.1, 2.2, -17.2)
            v.close()
            pen.fill(v, undershirt)
            var opening = Shape()
            opening.move(-0.8, -24.4); opening.line(2.2, -17.4); opening.line(4.6, -24.0)
            pen.line(opening, weight: 0.8)
            pen.line(.polyline([(2.2, -17.4), (3.6, -2)]), weight: 0.6)
        } else {
            var collar = Shape()
            collar.move(-1.2, -24.3)
            collar.quad(4.6, -23.8, 1.8, -21.6)
            pen.line(collar, weight: 0.8)
        }
    }

    /// The near leg, seated: thigh along the seat, knee, shin down to the floor — one outline, so
    /// the trousers fold at the knee instead of looking like two sausages.
    private func drawSeatedLeg(_ pen: Pen) {
        var leg = Shape()
        leg.move(-3.6, 0.6)
        leg.line(12.2, 0.8)
        leg.curve(12.8, 4.4, 12.7, 1.8, 12.8, 3.0)
        leg.line(13.0, 17.8)
        leg.line(18.2, 17.8)
        leg.line(18.2, -1.4)
        leg.curve(14.8, -6.2, 18.3, -4.8, 17.2, -6.2)
        leg.line(-2.4, -6.2)
        leg.curve(-3.6, 0.6, -6.4, -6.0, -6.6, 0.4)
        leg.close()
        pen.outlined(leg, character.trousers)
        drawShoe(pen.moved(14.6, 21))
    }

    /// A shoe whose heel sits at the origin on the floor, toe forward.
    private func drawShoe(_ pen: Pen) {
        let shoe = Shape.smooth([(-3.4, 0), (-3.6, -2.6), (-1.2, -4.0), (2.6, -3.2), (5.6, -1.6), (5.8, 0)], tension: 0.7)
        pen.outlined(shoe, character.shoes)
    }

    // MARK: Head and face

    private func drawHead(_ pen: Pen) {
        // Hair that lies behind the head.
        if character.hairStyle == .curls { drawCurlsBehind(pen) }
        let head = Shape.smooth([(0, -7.4), (4.9, -5.2), (6.7, -0.6), (5.8, 4.0), (2.2, 7.2), (-2.8, 6.6),
                                 (-6.3, 2.4), (-6.4, -3.2)], tension: 1)
        pen.outlined(head, character.skin)
        switch character.hairStyle {
        case .curls: drawCurls(pen)
        case .short: drawShortHair(pen); drawEar(pen)
        }
        drawFace(pen)
    }

    /// The ear at the back of the head: the head is turned three-quarters towards its partner.
    private func drawEar(_ pen: Pen) {
        pen.outlined(.ellipse(-4.5, 1.0, 1.45, 1.95), character.skin)
        var inner = Shape()
        inner.move(-4.3, -0.1)
        inner.quad(-4.4, 2.1, -5.1, 1.0)
        pen.line(inner, weight: 0.5)
    }

    private func drawCurlsBehind(_ pen: Pen) {
        let curls = (0..<7).map { i -> Shape in
            let angle = Double.pi * (0.72 + Double(i) * 0.11)
            return .circle(-1.2 + 7.6 * cos(angle), -0.6 + 7.0 * sin(angle), 2.7)
        }
        pen.outlinedUnion(curls, character.hair)
    }

    private func drawCurls(_ pen: Pen) {
        var shapes: [Shape] = []
        // The mass of hair above the hairline, and round curls along its edge.
        shapes.append(.smooth([(-5.8, 1.6), (-7.0, -3.4), (-4.6, -8.2), (0.6, -9.4), (5.2, -7.6), (6.6, -3.6),
                               (4.2, -4.4), (1.4, -4.0), (-1.6, -2.8), (-3.2, 0.2)], tension: 0.9))
        let curlCentres: [(Double, Double, Double)] = [
            (-6.3, -1.6, 2.3), (-6.4, -5.2, 2.5), (-4.4, -8.0, 2.6), (-0.8, -9.6, 2.6),
            (2.8, -9.0, 2.5), (5.4, -6.8, 2.3), (6.2, -4.0, 1.8),
        ]
        for (x, y, r) in curlCentres { shapes.append(.circle(x, y, r)) }
        pen.outlinedUnion(shapes, character.hair)
    }

    private func drawShortHair(_ pen: Pen) {
        let hair = Shape.smooth([(-5.6, 2.0), (-6.9, -2.4), (-5.6, -6.6), (-1.4, -8.9), (3.6, -8.6), (6.6, -5.6),
                                 (6.9, -3.4), (5.0, -4.2), (2.0, -5.0), (-1.2, -4.6), (-3.0, -2.4), (-3.4, 0.4)],
                                tension: 0.95)
        pen.outlined(hair, character.hair)
        // A soft parting line.
        var parting = Shape()
        parting.move(-2.4, -7.4)
        parting.quad(3.8, -6.6, 0.8, -5.8)
        pen.line(parting, Colour("#5C3620"), weight: 0.5)
    }

    private func drawFace(_ pen: Pen) {
        // Where the eyes look, as the pupils' offset in the eye: at the other person (forward,
        // the way the head is turned), or up, thinking. Eyes that look straight out of the picture
        // would make a person talk to the reader instead of to the one across the table.
        let gaze: (x: Double, y: Double)
        switch pose.expression {
        case .pondering: gaze = (0.2, -0.4)
        case .hopeful: gaze = (0.36, -0.36)
        case .reflecting: gaze = (0.3, -0.22)
        case .listening: gaze = (0.34, 0.12)
        default: gaze = (0.34, 0)
        }
        // One cheek, well inside the outline, barely there: a hint of warmth, not make-up.
        pen.fill(.ellipse(-0.9, 2.8, 1.4, 0.85), character.cheek)
        // Eyes: a small white with a dark pupil and a glint, the far one a little narrower
        // (three-quarter view). The white keeps the eyes legible on any skin, in grey too.
        let eyeY = pose.expression == .pondering ? -0.7 : -0.4
        for (x, narrow) in [(1.1, 1.0), (4.5, 0.86)] {
            pen.fill(.ellipse(x, eyeY, 0.98 * narrow, 1.22), StripPalette.white)
            let pupil = Point(x + gaze.x * narrow, eyeY + gaze.y)
            pen.fill(.ellipse(pupil.x, pupil.y, 0.68 * narrow, 0.92), StripPalette.line)
            pen.fill(.circle(pupil.x + 0.2, pupil.y - 0.38, 0.26), StripPalette.white)
        }
        // Brows, raised a little: an open, friendly look.
        let browLift = pose.expression == .pondering || pose.expression == .hopeful ? -0.6 : 0
        for (x, w) in [(1.1, 1.3), (4.6, 1.1)] {
            var brow = Shape()
            brow.move(x - w, -2.7 + browLift)
            brow.quad(x + w, -2.8 + browLift, x, -3.6 + browLift)
            pen.line(brow, weight: 0.75)
        }
        // Nose: a short curve under its tip, towards the side the face is turned to, inside the
        // outline: a line reads as a nose at any size, where a shaded blob read as a bruise.
        var nose = Shape()
        nose.move(4.75, 1.75)
        nose.quad(6.05, 1.55, 5.5, 2.45)
        pen.line(nose, weight: 0.6)
        // Mouth, centred under the eyes so a smile is a smile and not a smirk.
        let mid = 2.8
        switch pose.expression {
        case .smiling, .listening, .hopeful:
            var smile = Shape()
            smile.move(mid - 1.5, 3.95)
            smile.quad(mid + 1.5, 3.95, mid, 5.65)
            pen.line(smile, weight: 0.85)
        case .reflecting:
            // Higher on the side the face is turned to: a half-smile, not a grin.
            var half = Shape()
            half.move(mid - 1.2, 4.5)
            half.quad(mid + 1.6, 3.9, mid + 0.4, 5.5)
            pen.line(half, weight: 0.85)
        case .pondering:
            var calm = Shape()
            calm.move(mid - 1.0, 4.35)
            calm.quad(mid + 1.0, 4.35, mid, 5.0)
            pen.line(calm, weight: 0.85)
        case .talking:
            var open = Shape()
            open.move(mid - 1.65, 3.75)
            open.quad(mid + 1.65, 3.75, mid, 4.15)
            open.quad(mid - 1.65, 3.75, mid, 7.1)
            open.close()
            pen.fill(open, StripPalette.mouth)
            pen.line(open, weight: 0.7)
        }
    }

    // MARK: Arms and hands

    func drawArms() {
        let pen = self.pen
        switch pose.gesture {
        case .resting:
            arm(pen, elbow: Point(5.6, -12.4), wrist: Point(11.6, -12.6), hand: .relaxed)
        case .explaining:
            // Forearm raised a little over the table, palm up: telling, not waving.
            arm(pen, elbow: Point(7.2, -12.2), wrist: Point(12.6, -16.6), hand: .open)
        case .telling:
            arm(pen, elbow: Point(7.0, -8.0), wrist: Point(14.6, -12.8), hand: .palmUp)
        case .writing:
            arm(pen, elbow: Point(5.6, -12.4), wrist: Point(11.4, -12.9), hand: .holdingPen)
        case .thinking:
            // Elbow on the table's edge, the fist under the chin.
            arm(pen, elbow: Point(9.0, -12.6), wrist: Point(5.6, -20.8), hand: .underChin)
        case .folded:
            arm(pen, elbow: Point(5.8, -12.4), wrist: Point(12.4, -13.0), hand: .relaxed, shade: true)
            arm(pen, elbow: Point(5.0, -12.0), wrist: Point(10.8, -12.2), hand: .relaxed)
        case .invitingWithPen:
            arm(pen, elbow: Point(5.6, -12.4), wrist: Point(11.4, -12.9), hand: .holdingPen, shade: true)
            arm(pen, elbow: Point(7.6, -15.0), wrist: Point(14.6, -17.6), hand: .invitingPalm)
        case .pointing:
            arm(pen, elbow: Point(6.2, -13.2), wrist: Point(12.0, -12.1), hand: .pointing)
        }
    }

    enum Hand { case relaxed, open, palmUp, holdingPen, underChin, invitingPalm, pointing }

    /// Upper arm and forearm as one sleeve, the hand at the wrist. The hand is drawn first and the
    /// sleeve's round end over its base, which reads as a cuff.
    private func arm(_ pen: Pen, from shoulder: Point = StripPerson.shoulder, elbow: Point, wrist: Point, hand: Hand,
                     shade: Bool = false) {
        let s = shoulder
        let sleeve = shade ? character.topShade : character.top
        let angle = atan2(wrist.y - elbow.y, wrist.x - elbow.x)
        drawHand(pen.moved(wrist.x, wrist.y).rotated(angle), hand, shade: shade)
        var shape = Shape()
        shape.move(s.x, s.y)
        shape.line(elbow.x, elbow.y)
        shape.line(wrist.x, wrist.y)
        pen.tube(shape, width: 4.8, sleeve)
    }

    /// A hand whose wrist is at the origin, pointing along +x, with the thumb's side towards -y.
    /// Fingers are drawn as a few rounded tips with fine lines between them, not five separate
    /// fingers: at the strip's size that would turn into noise, while a mitten shape alone reads
    /// as a glove.
    private func drawHand(_ pen: Pen, _ hand: Hand, shade: Bool) {
        let skin = shade ? character.skinShade : character.skin
        switch hand {
        case .relaxed:
            // Resting: fingers gently curled, the thumb lying along the top, the finger joints
            // marked by short lines so two hands together stay two hands.
            let palm = Shape.smooth([(0.4, -2.3), (3.8, -2.6), (6.3, -2.0), (7.5, -0.4), (7.1, 1.6), (5.0, 2.4),
                                     (1.6, 2.4), (0.2, 1.4)], tension: 0.9)
            pen.outlined(palm, skin)
            var thumb = Shape()
            thumb.move(2.6, -2.4)
            thumb.quad(6.0, -0.7, 5.2, -2.2)
            pen.line(thumb, weight: 0.7)
            for (y, from) in [(0.35, 5.7), (1.45, 5.0)] {
                var joint = Shape()
                joint.move(from, y)
                joint.quad(7.2, y + 0.1, from + 1.1, y - 0.35)
                pen.line(joint, weight: 0.5)
            }
        case .open:
            // Open, palm up, the fingers turned up a little towards the listener.
            openHand(pen.rotated(-0.35), skin: skin, fingerLength: 4.4, spread: 0.07, thumbAngle: -0.85)
        case .palmUp:
            // Open and turned towards the listener, the fingers fanned and the thumb low, so it
            // cannot be taken for a thumbs-up: this is how it was.
            openHand(pen.rotated(0.3), skin: skin, fingerLength: 5.0, spread: 0.13, thumbAngle: -0.55)
        case .invitingPalm:
            // Held out flat towards the compass, palm up and fingers fanned: clearly open, and
            // clear of the hand that writes.
            openHand(pen.rotated(0.28), skin: skin, fingerLength: 4.8, spread: 0.12, thumbAngle: -1.05)
        case .holdingPen:
            // The pen runs from under the thumb to the paper.
            pen.stroke(.polyline([(2.6, -5.6), (7.6, 3.4)]), StripPalette.line, width: 1.7)
            pen.stroke(.polyline([(2.6, -5.6), (7.3, 2.8)]), StripPalette.pen, width: 0.9)
            pen.outlined(Self.fist, skin)
            var thumb = Shape()
            thumb.move(2.4, -2.3)
            thumb.quad(5.6, -0.4, 4.9, -2.0)
            pen.line(thumb, weight: 0.7)
        case .pointing:
            // A loose fist, the index finger stretched out along the top onto the table.
            let finger = Shape.roundedRect(4.4, -2.3, 5.4, 1.4, 0.7)
            pen.outlinedUnion([Self.fist, finger], skin)
            var thumb = Shape()
            thumb.move(2.4, -2.3)
            thumb.quad(5.2, -0.2, 4.6, -1.8)
            pen.line(thumb, weight: 0.6)
        case .underChin:
            // A loose fist, knuckles up, the chin resting on it.
            let fist = Shape.smooth([(0.4, -2.4), (4.0, -2.8), (6.3, -1.8), (6.8, 0.6), (5.4, 2.5), (1.6, 2.5),
                                     (0.2, 1.4)], tension: 0.9)
            pen.outlined(fist, skin)
            for y in [-0.9, 0.6] {
                pen.line(.polyline([(5.0, y), (6.6, y + 0.1)]), weight: 0.55)
            }
        }
    }

    /// A closed hand, wrist at the origin, knuckles along +x: holding a pen, or pointing.
    private static let fist = Shape.smooth([(0.4, -2.3), (3.8, -2.6), (5.9, -1.7), (6.6, 0.4), (5.6, 2.3), (1.6, 2.4),
                                            (0.2, 1.4)], tension: 0.9)

    /// An open hand: a palm, four fingers fanned a little (`spread`, radians between neighbours)
    /// whose tips make the outline's edge, fine lines between them, and the thumb at
    /// `thumbAngle` from the hand's direction.
    private func openHand(_ pen: Pen, skin: Colour, fingerLength: Double, spread: Double, thumbAngle: Double) {
        let palm = Shape.smooth([(0.3, -2.1), (2.8, -2.4), (4.7, -2.2), (5.2, 0), (4.7, 2.2), (2.6, 2.3), (0.3, 2.0)],
                                tension: 0.9)
        let width = 1.3
        let bases: [Double] = [-1.55, -0.52, 0.52, 1.55]
        var fingers: [(shape: Shape, base: Point, angle: Double)] = []
        for (i, y) in bases.enumerated() {
            let angle = (Double(i) - 1.5) * spread
            // The middle fingers are the longest.
            let length = fingerLength * [0.86, 1.0, 0.96, 0.8][i]
            let finger = Shape.roundedRect(0, -width / 2, length, width, width / 2)
                .transformed(Affine.translation(4.0, y).concatenating(.rotation(angle)))
            fingers.append((finger, Point(4.0, y), angle))
        }
        let thumb = Shape.roundedRect(0, -0.8, 3.8, 1.6, 0.8)
            .transformed(Affine.translation(2.0, -1.2).concatenating(.rotation(thumbAngle)))
        pen.outlinedUnion([palm, thumb] + fingers.map(\.shape), skin)
        // Between the fingers: from a little inside the palm's edge to just short of the tips.
        for (a, b) in zip(fingers, fingers.dropFirst()) {
            let angle = (a.angle + b.angle) / 2
            let base = Point((a.base.x + b.base.x) / 2, (a.base.y + b.base.y) / 2)
            let length = fingerLength * 0.62
            pen.line(.polyline([(base.x + 0.9 * cos(angle), base.y + 0.9 * sin(angle)),
                                (base.x + length * cos(angle), base.y + length * sin(angle))]), weight: 0.5)
        }
    }
}
