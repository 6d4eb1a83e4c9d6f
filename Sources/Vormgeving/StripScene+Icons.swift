import Foundation
import Inhoud
import Tekenaar

/// The two pictures in the client's thought about what he needs: a clock (time, rest, not
/// hurrying) and someone with a hand on his shoulder (help from others). They are drawn like the rest of
/// the scene, in colour with an ink outline, and at 6 mm or more, so that they read in a letter.
extension StripScene {
    /// A clock: time, rest, not hurrying. `radius` in scene units.
    func drawClock(centre c: Point, radius r: Double) {
        pen.outlined(.circle(c.x, c.y, r), StripPalette.white)
        pen.line(.circle(c.x, c.y, r * 0.84), colours.strong, weight: 1.2)
        for i in 0..<12 where i % 3 == 0 {
            let a = Double(i) * .pi / 6
            let p1 = Point.polar(centre: c, radius: r * 0.56, angle: a), p2 = Point.polar(centre: c, radius: r * 0.7, angle: a)
            pen.line(.polyline([(p1.x, p1.y), (p2.x, p2.y)]), weight: 0.8)
        }
        pen.line(.polyline([(c.x, c.y - r * 0.5), (c.x, c.y), (c.x + r * 0.36, c.y + r * 0.2)]), weight: 1.1)
        pen.fill(.circle(c.x, c.y, r * 0.09), StripPalette.line)
    }

    /// Someone beside the client with a hand on his shoulder: help and support from others. Two
    /// heads and two pairs of shoulders read at 6 mm, where two clasped hands turned into a knot.
    /// The client wears his own blue jumper and hair; the other person their own colours, so they
    /// read as two people. `size` is the icon's height in scene units.
    func drawSupport(centre c: Point, size: Double) {
        // In units of a 20 × 20 box around the centre.
        let icon = pen.moved(c.x, c.y).scaled(size / 20)
        let client = StripCharacter.client
        let other = (skin: Colour("#C68B62"), hair: Colour("#5A4A42"), top: Colour("#8DB39A"))
        // A finer outline than the people's: at 6 to 8 mm details would clog.
        let weight = 0.75
        // The other person, a little behind and taller.
        icon.outlined(.roundedRect(-0.6, 1.0, 10.6, 12, 4.6), other.top, weight: weight)
        // Hair to the shoulders behind the head, a fringe over it: not the client's short cut.
        icon.outlined(.roundedRect(0.2, -9.2, 8.8, 9.6, 4.2), other.hair, weight: weight)
        icon.outlined(.circle(4.6, -4.2, 3.5), other.skin, weight: weight)
        icon.outlined(.smooth([(1.2, -4.4), (1.6, -7.6), (4.6, -8.6), (7.6, -7.6), (8.0, -4.4), (6.4, -6.0), (3.0, -6.2)],
                              tension: 0.9), other.hair, weight: weight)
        // The client in front.
        icon.outlined(.roundedRect(-10.2, 2.6, 11.4, 11, 4.6), client.top, weight: weight)
        icon.outlined(.circle(-4.4, -2.8, 3.7), client.skin, weight: weight)
        icon.outlined(.smooth([(-8.1, -2.4), (-7.8, -5.8), (-4.6, -7.2), (-1.2, -6.0), (-0.6, -3.4), (-2.6, -4.4), (-5.8, -4.2)],
                              tension: 0.9), client.hair, weight: weight)
        // The other's arm round his shoulders, the hand on the far one.
        icon.tube(.polyline([(2.2, 4.0), (-3.0, 3.3), (-7.2, 3.6)]), width: 2.4, other.top, weight: weight)
        icon.outlined(.ellipse(-8.2, 3.6, 1.7, 1.35), other.skin, weight: weight)
    }
}
