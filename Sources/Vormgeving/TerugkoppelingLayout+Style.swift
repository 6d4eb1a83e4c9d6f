import Tekenaar

extension TerugkoppelingLayout {
    /// The sheet's type: the kit's faces, client text at 12 pt with generous leading (people read
    /// this at home, slowly, and some will read it twice), headings in clear steps above it.
    enum Typography {
        static let title = Stijl.a4.title.sized(24)
        static let body = Stijl.a4.body.sized(12).withLineHeight(1.4)
        static let bodyBold = Stijl.a4.bodyBold.sized(12).withLineHeight(1.4)
        /// Onderwerp headings, in the onderwerp's text shade (≥ 5.4:1 on white).
        static let heading = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 16,
                                       colour: Stijl.colours(.centre).text, lineHeight: 1.2)
        /// Headings inside the boxes at the end.
        static let boxHeading = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 14,
                                          colour: Stijl.colours(.centre).text, lineHeight: 1.2)
        static let fieldLabel = Stijl.a4.label.sized(9)
        static let fieldValue = Stijl.a4.bodyBold.sized(12).withLineHeight(1.25)
        static let columnLabel = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 10, colour: Stijl.ink,
                                           lineHeight: 1.2, letterSpacing: 0.3)
        static let cell = Stijl.a4.body.sized(12).withLineHeight(1.3)
        static let footer = TextStyle(family: Stijl.bodyFamily, size: 9, colour: Stijl.inkSoft, lineHeight: 1.3)
        static let footerRight = footer.aligned(.right)
    }

    /// Where things go on the A4 sheet, in millimetres: one box measure (left to right, for the
    /// personal block, the table and the boxes) and one text measure (the paragraphs, indented past
    /// the pictograms, about 70 characters of 12 pt).
    enum Geometry {
        static let page = PageSize.a4
        static let left = 20.0
        static let right = 190.0
        static let top = 16.0
        /// Room for the footer below this line.
        static let bottom = 276.0
        static let footerTop = 281.0
        /// The pictogram column: paragraphs start right of it.
        static let icon = 10.0
        static let textLeft = left + icon + Stijl.Space.xs + 0.5 * Stijl.Space.s
        /// About 70 characters of 12 pt Andika.
        static let measure = 138.0
        /// Inner padding of boxes and table cells.
        static let padding = Stijl.Space.s
        static let cellPadding = 2.5
    }
}
