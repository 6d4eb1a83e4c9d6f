import Inhoud
import Tekenaar

extension BriefLayout {
    /// The first page of the letter's enclosure, *Zo gaat ons gesprek*: the running header (whose it
    /// is, which letter), the title, a few sentences on the Gesprekskompas, and the Strip as two rows
    /// of two across the box measure, so its captions and balloons are set at their printed size
    /// (not a picture scaled down into the letter). It reads without the letter around it: an
    /// organisation that sends its own letter can put this page in the envelope.
    struct EnclosurePlan {
        let pages: [Page]

        init(_ inhoud: Inhoud, appointment: Appointment, geometry: Geometry, bookmark: LetterBookmark,
             on canvas: Canvas, warnings: LayoutWarnings) throws {
            let values = BriefLayout.values(inhoud, appointment)
            let enclosure = inhoud.enclosure
            let left = geometry.left, right = geometry.right
            let header = BriefLayout.runningHeader(enclosure.header, values: values, appointment: appointment, inhoud)
            let headerHeight = try height(of: header, style: Typography.runningHeader, width: geometry.runningHeaderWidth,
                                          on: canvas)
            // The brand lock-up of every material: Gezien & Gehoord small above the title.
            let lockup = Lockup(enclosure.title)
            let brandTop = geometry.top + headerHeight + Stijl.Space.l
            let brandHeight = try lockup.brand.map { try height(of: $0, style: Typography.brand, width: right - left, on: canvas) } ?? 0
            let titleTop = brandTop + brandHeight
            let title = lockup.name
            let titleHeight = try height(of: title, style: Typography.pageTitle, width: right - left, on: canvas)
            let introTop = titleTop + titleHeight + Stijl.Space.s
            let intro = enclosure.intro.filled(values)
            let introHeight = try height(of: intro, style: Typography.body, width: geometry.measure, on: canvas)
            let options = StripLayout.Options(arrangement: .grid, width: right - left)
            let stripTop = introTop + introHeight + Stijl.Space.l
            let stripHeight = StripLayout.size(inhoud, options: options).height
            if stripTop + stripHeight > geometry.bottom + 0.01 {
                warnings.add(.brief, .enclosure(.intro),
                             "the enclosure's introduction is too long for the Strip below it to fit the page; shorten it")
            }
            let measure = geometry.measure
            pages = [Page(size: geometry.page) { canvas in
                try drawRunningHeader(header, geometry: geometry, on: canvas)
                if let brand = lockup.brand {
                    try paragraph(brand, style: Typography.brand, at: Point(left, brandTop), width: right - left, on: canvas)
                }
                try canvas.tagged(.heading1) {
                    canvas.outline(title, at: Point(left, titleTop), under: bookmark.entry)
                    try canvas.text(title, style: Typography.pageTitle, at: Point(left, titleTop), width: right - left)
                }
                try paragraph(intro, style: Typography.body, at: Point(left, introTop), width: measure, on: canvas)
                try canvas.tagged(.division) {
                    try StripLayout.draw(inhoud, options: options, on: canvas, at: Point(left, stripTop), warnings: warnings)
                }
            }]
        }
    }

    /// `page` with "Pagina 3 van 4" (the content's words), right-aligned on the box measure: on the
    /// letter's first page at its foot, below the text area; on the pages after it at the right end
    /// of the running header, where it cannot meet the content. The letter and its enclosure are
    /// numbered as one set, so a page that comes loose finds its place again.
    /// `inFooter` puts the number at the foot (the letter's first page, which has no running header).
    static func numbered(_ page: Page, number: Int, of count: Int, _ inhoud: Inhoud, geometry: Geometry,
                         inFooter: Bool) -> Page {
        let text = inhoud.brief.pageNumber.filled([.pagina: String(number), .paginas: String(count)])
        let top = inFooter ? geometry.bottom + pageNumberDrop : geometry.top
        let style = inFooter ? Typography.pageNumber : Typography.runningHeader.aligned(.right)
        return Page(size: page.size) { canvas in
            try page.draw(canvas)
            try canvas.text(text, style: style, at: Point(geometry.left, top), width: geometry.right - geometry.left)
        }
    }

    /// The running header of a page after the first: whose it is (`template` filled in, dates and
    /// numbers kept together), or, on a blank page for no one in particular, the organisation.
    static func runningHeader(_ template: Inhoud.Template, values: [Inhoud.Placeholder: String], appointment: Appointment,
                              _ inhoud: Inhoud) -> String {
        guard appointment.name != nil else { return inhoud.organisation.name }
        return numbersKeptWithWords(template.filled(values))
    }

    /// The page number's top below the text area's bottom on the first page: in the 15 mm margin,
    /// 8 mm clear of the edge.
    static let pageNumberDrop = 2.5
}
