import Inhoud
import Tekenaar

extension BriefLayout {
    /// The letter's type: the kit's faces, with the body at 12 pt (the letter's minimum) and a line
    /// height of 1.3, the low end of the kit's range: lines of about 70 characters stay easy to follow,
    /// and the default letter keeps its Strip at full width on one page.
    enum Typography {
        static let body = Stijl.a4.body.sized(12).withLineHeight(1.3)
        static let bodyBold = Stijl.a4.bodyBold.sized(12).withLineHeight(1.3)
        /// The subject line: the letter's one heading, in the kit's heading face.
        static let subject = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 13,
                                       colour: Stijl.colours(.centre).strong, lineHeight: 1.25)
        /// The organisation's name in the letterhead when there is no logo.
        static let wordmark = TextStyle(family: Stijl.headingFamily, weight: .black, size: 16, colour: Stijl.ink,
                                        lineHeight: 1.1)
        /// Sender details in the letterhead: small, but large enough to read a phone number from.
        static let contact = TextStyle(family: Stijl.bodyFamily, size: 10, colour: Stijl.inkSoft, lineHeight: 1.3)
        static let contactBold = TextStyle(family: Stijl.bodyFamily, weight: .bold, size: 10, colour: Stijl.ink,
                                           lineHeight: 1.3)
        /// The address in the envelope window; shrunk down to ``minimumAddressSize`` to fit.
        static let address = TextStyle(family: Stijl.bodyFamily, size: 12, colour: Stijl.ink, lineHeight: 1.25)
        /// Smaller than 9 pt, sorting machines and people with poor eyesight struggle with an address.
        static let minimumAddressSize = 9.0
        static let factsTitle = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 12,
                                          colour: Stijl.colours(.centre).strong, lineHeight: 1.2)
        static let factsLabel = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 9.5, colour: Stijl.inkSoft,
                                          lineHeight: 1.2)
        static let factsValue = TextStyle(family: Stijl.bodyFamily, size: 12, colour: Stijl.ink, lineHeight: 1.25)
        /// The reference line's labels (Datum, Ons kenmerk, …) and values; the subject is the value
        /// in bold, the letter's one heading.
        static let referenceLabel = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 9.5, colour: Stijl.inkSoft,
                                              lineHeight: 1.2)
        static let referenceValue = Stijl.a4.body.sized(12).withLineHeight(1.25)
        static let referenceSubject = Stijl.a4.bodyBold.sized(12).withLineHeight(1.25)
        /// The return address above the recipient's: small, but at the 9 pt labels keep.
        static let returnAddress = TextStyle(family: Stijl.bodyFamily, size: 9, colour: Stijl.inkSoft, lineHeight: 1.2)
        /// "Pagina 1 van 3" at the foot of every page.
        static let pageNumber = TextStyle(family: Stijl.bodyFamily, size: 9.5, colour: Stijl.inkSoft, alignment: .right,
                                          lineHeight: 1.2)
        /// The small line at the top of the second page (whose page this is).
        static let runningHeader = TextStyle(family: Stijl.bodyFamily, size: 10, colour: Stijl.inkSoft, lineHeight: 1.3)
        /// The list of enclosures under the signature: a note for the record, like the letterhead's
        /// contact lines, in the text colour so it stays legible.
        static let enclosures = TextStyle(family: Stijl.bodyFamily, size: 10.5, colour: Stijl.ink, lineHeight: 1.3)
        static let pageTitle = Stijl.a4.title.sized(22)
        /// Gezien & Gehoord above the enclosure's title: the brand lock-up (see ``Lockup``).
        static let brand = Lockup.brandStyle(size: 12)
        static let question = TextStyle(family: Stijl.bodyFamily, weight: .bold, size: 12, colour: Stijl.ink,
                                        lineHeight: 1.3)
        static let questionNumber = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 10.5, colour: .white,
                                              alignment: .centre)
        static let tipsHeading = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 13,
                                           colour: Stijl.colours(.centre).strong, lineHeight: 1.2)
        /// The keuzehulp's name: bold, and no smaller than the sentences under it.
        static let tipsTitle = Stijl.a4.bodyBold.sized(12).withLineHeight(1.25)
        static let tipsBody = Stijl.a4.body.sized(12).withLineHeight(1.25)
        static let link = TextStyle(family: Stijl.bodyFamily, size: 11, colour: Stijl.colours(.centre).strong,
                                    lineHeight: 1.25)
        /// How to open the link from paper: an instruction to follow, so body size and ink, not small print.
        static let scanHint = tipsBody
    }

    /// Where things go on the A4 sheet, in millimetres. The text column starts at the envelope
    /// window's left edge (NEN 1026: letter text and address share one left margin), unless the
    /// window sits so far right that this would waste the page.
    struct Geometry {
        let page = PageSize.a4
        /// Left edge of everything: address, text column, letterhead.
        let left: Double
        /// Right edge of the letterhead, the facts block and the second page's furniture (16 mm from
        /// the edge: the facts block needs the width for "woensdag 30 september 2026" on one line).
        let right: Double
        /// The width of body text: about 70 characters of 12 pt Andika.
        let measure: Double
        /// 12 mm: within reach of every office printer, and a low letterhead leaves the letter its room.
        let top = 12.0
        /// No text or drawing below this line (15 mm: safe for office printers and for folding).
        let bottom = 282.0
        let window: Rect
        /// Beside the window, where the appointment facts go when there is room (else in the body).
        let besideWindow: Rect?

        /// The running header's text, leaving room at its right end for "Pagina 3 van 3".
        var runningHeaderWidth: Double { right - left - 30 }

        /// At 12 pt, Andika averages 1.97 mm per character of Dutch text: 138 mm ≈ 70 characters.
        static let bodyMeasure = 138.0
        /// Narrower than this, the facts block would wrap every value: it goes into the body instead.
        static let minimumFactsWidth = 68.0

        init(_ organisation: Inhoud.Organisation) {
            let envelope = organisation.envelopeWindow
            window = Rect(x: envelope.x, y: envelope.y, width: envelope.width, height: envelope.height)
            left = (15.0...30.0).contains(envelope.x) ? envelope.x : 22
            right = page.width - 16
            measure = min(Self.bodyMeasure, right - left)
            let besideX = window.maxX + 5
            let beside = Rect(x: besideX, y: window.minY - Stijl.Space.s, width: right - besideX,
                              height: window.height + Stijl.Space.s)
            besideWindow = beside.width >= Self.minimumFactsWidth && window.minX < page.width / 2 ? beside : nil
        }
    }

    /// The colour that marks the organisation: its house colour when the content file gives a usable
    /// one, else the kit's centre colour. Text in it needs 4.5:1 on white; a lighter house colour is
    /// used for the accent bar only, and names ink for text.
    struct Accent {
        let bar: Colour
        let text: Colour

        init(_ organisation: Inhoud.Organisation, warnings: LayoutWarnings) {
            let centre = Stijl.colours(.centre).strong
            guard let hex = organisation.colour else { bar = centre; text = centre; return }
            guard let colour = try? Colour(hex: hex) else {
                warnings.add(.brief, .organisation(.colour),
                             "the organisation's colour \"\(hex)\" is not a colour; the letterhead uses the kit's colour")
                bar = centre; text = centre; return
            }
            bar = colour.opacity(1)
            if colour.contrastRatio(with: .white) >= 4.5 {
                text = bar
            } else {
                text = Stijl.ink
                let ratio = (colour.contrastRatio(with: .white) * 10).rounded() / 10
                warnings.add(.brief, .organisation(.colour), "the organisation's colour \(hex) is too light for text on white (\(ratio):1, "
                             + "at least 4.5:1 is needed); the letterhead's name is printed in ink, the colour marks the bar")
            }
        }
    }
}
