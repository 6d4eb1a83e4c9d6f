import Foundation
import Inhoud
import Tekenaar

/// The type sizes of the compass on one paper, in points: the size each text is set at when it
/// fits, and the floors it may shrink to when an organisation's own text is longer.
///
/// The compass is read at about 70 cm, half the time upside down across the dial: on A3 nothing
/// is under 16 pt and the onderwerpen's titles are at least 24 pt; A4 has room for headings and
/// short lines only, nothing under 14 pt, so it leaves the descriptions of the thema's and the
/// onderwerpen out (the Werkblad has them). Headings stand at least 1.5× their text.
struct KompasType {
    var title: Double
    var subtitle: Double
    var hint: Double
    var centreTitle: Double
    var themaTitle: Double
    /// The thema's descriptions; nil on paper too small for them at a size read across the table.
    var themaSummary: Double?
    var onderwerpTitle: Double
    /// The onderwerp's name once more, smaller, for the person across the table.
    var onderwerpCopy: Double
    /// The onderwerpen's descriptions; nil where they are left out.
    var onderwerpSummary: Double?
    /// The size descriptions keep whenever they can: only content longer than the default goes
    /// below it.
    var description: Double
    /// The smallest any title of an onderwerp may shrink to.
    var minimumTitle: Double
    /// The smallest any text may shrink to, for content longer than the default.
    var minimumBody: Double

    static let a3 = KompasType(title: 28, subtitle: 18, hint: 16, centreTitle: 21, themaTitle: 24, themaSummary: 16,
                               onderwerpTitle: 24, onderwerpCopy: 16, onderwerpSummary: 16, description: 16,
                               minimumTitle: 24, minimumBody: 16)
    static let a4 = KompasType(title: 19, subtitle: 14, hint: 14, centreTitle: 14, themaTitle: 16, themaSummary: nil,
                               onderwerpTitle: 20, onderwerpCopy: 14, onderwerpSummary: nil, description: 14,
                               minimumTitle: 16, minimumBody: 14)
}
