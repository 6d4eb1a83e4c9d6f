import Tekenaar

extension TerugkoppelingLayout {
    /// The sheet's type: the kit's faces, client text at 12 pt with generous leading (people read
    /// this at home, slowly, and some will read it twice), headings in clear steps above it.
    enum Typography {
        /// Who sends the sheet, above the title: a label's size, in ink, so it reads as the sender.
        static let kicker = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 11, colour: Stijl.ink,
                                      lineHeight: 1.2)
        static let sent = TextStyle(family: Stijl.bodyFamily, size: 10, colour: Stijl.inkSoft, alignment: .right,
                                    lineHeight: 1.2)
        static let title = Stijl.a4.title.sized(24)
        static let body = Stijl.a4.body.sized(12).withLineHeight(1.4)
        static let bodyBold = Stijl.a4.bodyBold.sized(12).withLineHeight(1.4)
        /// The arbeidsdeskundige's word where the client's would be (an onderwerp without notes):
        /// as large as the notes, a shade softer (7.9:1 on white).
        static let aside = body.coloured(Stijl.inkSoft)
        /// Section headings, in the part's text shade (≥ 5.4:1 on white).
        static let heading = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 16,
                                       colour: Stijl.colours(.centre).text, lineHeight: 1.2)
        /// Labels over the header's values, in sentence case like the werkblad's: large enough to read
        /// as facts about the conversation, not as the small print of a form.
        static let fieldLabel = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 10, colour: Stijl.inkSoft,
                                          lineHeight: 1.2)
        static let fieldValue = Stijl.a4.body.sized(12).withLineHeight(1.25)
        static let columnLabel = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 10, colour: Stijl.ink,
                                           lineHeight: 1.2, letterSpacing: 0.3)
        static let cell = Stijl.a4.body.sized(12).withLineHeight(1.4)
        static let continues = Stijl.a4.bodyBold.sized(12).withLineHeight(1.2).aligned(.right)
        static let footer = TextStyle(family: Stijl.bodyFamily, size: 9, colour: Stijl.inkSoft, lineHeight: 1.3)
        static let footerRight = footer.aligned(.right)
    }

    /// Where things go on the A4 sheet, in millimetres: one set of stops for the whole sheet. The
    /// margin (20) holds the header, the pictograms, and the left edge of boxes and panels; all text
    /// below the header starts at 34, in a box too, which therefore has as much room right of its
    /// text as left of it (14) and ends at 190 with every rule, table and the footer. The header's
    /// second and third fields stand at 104 and 150.
    enum Geometry {
        static let page = PageSize.a4
        static let left = 20.0
        static let textLeft = 34.0
        static let secondStop = 104.0
        static let thirdStop = 150.0
        static let right = 190.0
        static let top = 16.0
        /// Room for the "read on" cue and the footer below this line, with enough white above the cue
        /// that it never reads as one more row of a table or a panel that ends at this line.
        static let bottom = 265.0
        /// The baseline area of the "read on" cue.
        static let continuesTop = 270.5
        static let footerTop = 279.0
        /// The pictogram, flush with the margin.
        static let icon = 10.0
        /// Running text, on white and in a box alike: about 70 characters of 12 pt Andika, with the
        /// box's padding (14) right of it as left of it.
        static let measure = right - (textLeft - left) - textLeft
        /// Inner padding of boxes and panels, all round.
        static let padding = 4.0
        /// Within a group (a heading and its text) and between groups.
        static let near = 4.0
        static let apart = 7.0
        static let cellPaddingY = 2.5
        /// The gap before the next stop, so a column's text never touches the next column.
        static let gutter = 4.0
    }
}
