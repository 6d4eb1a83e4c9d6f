import Foundation
import Inhoud
import Tekenaar

/// The type sizes of the compass on one paper, in points: the size each text is set at when it
/// fits, and the floors it may shrink to when an organisation's own text is longer.
struct KompasType {
    var title: Double
    var subtitle: Double
    var hint: Double
    var centreTitle: Double
    /// The centre's line, when the medallion has room for it at a legible size: on A4 it would
    /// take room the thema's need, so there the medallion holds only its title.
    var centreSummary: Double?
    var themaTitle: Double
    var themaSummary: Double
    var onderwerpTitle: Double
    var onderwerpSummary: Double
    /// The size descriptions keep whenever they can (14 pt on A3, 10 pt on A4): only content
    /// longer than the default goes below it.
    var description: Double
    /// The smallest any title of an onderwerp may shrink to.
    var minimumTitle: Double
    /// The smallest any text may shrink to, for content longer than the default.
    var minimumBody: Double

    static let a3 = KompasType(title: 28, subtitle: 17, hint: 13.5, centreTitle: 21, centreSummary: 13, themaTitle: 17,
                               themaSummary: 14, onderwerpTitle: 28, onderwerpSummary: 15, description: 14,
                               minimumTitle: 20, minimumBody: 12)
    static let a4 = KompasType(title: 20, subtitle: 12.5, hint: 10.5, centreTitle: 15, centreSummary: nil, themaTitle: 12.5,
                               themaSummary: 11, onderwerpTitle: 20, onderwerpSummary: 11, description: 10,
                               minimumTitle: 14.5, minimumBody: 9)
}
