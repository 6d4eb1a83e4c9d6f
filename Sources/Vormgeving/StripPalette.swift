import Foundation
import Inhoud
import Tekenaar

/// The illustration's own colours: skin, hair, clothes and furniture. They sit with the method's
/// palette (the panels' tints) without competing with the compass colours, and differ in
/// lightness as well as hue, so the two people stay apart in black-and-white print.
enum StripPalette {
    /// Every outline and facial line: the kit's ink.
    static let line = Stijl.ink
    static let white = Colour("#FFFFFF")
    static let mouth = Colour("#8E3B3F")
    static let tongue = Colour("#D9777A")

    static let wood = Colour("#E4C699")
    static let woodEdge = Colour("#C9A16E")
    static let chair = Colour("#CFC6BA")
    static let chairDark = Colour("#B3A898")
    static let paper = Colour("#FFFFFF")
    static let paperLine = Colour("#9AA1B1")
    static let pen = Colour("#2E3A59")
    /// A deep ochre, with an ink edge: in grey print the sun still stands out from the sky.
    static let sun = Colour("#E0A019")
    static let path = Colour("#F7EEDF")
    static let pathStone = Colour("#E3D3B8")
    static let pathStoneEdge = Colour("#B8A382")

    /// `a` laid over `b` at `amount` (0…1), as one opaque colour.
    static func mix(_ a: Colour, _ b: Colour, _ amount: Double) -> Colour {
        Colour(red: b.red + (a.red - b.red) * amount, green: b.green + (a.green - b.green) * amount,
               blue: b.blue + (a.blue - b.blue) * amount)
    }
}
