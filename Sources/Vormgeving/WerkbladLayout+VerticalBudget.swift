import Inhoud
import Tekenaar

extension WerkbladLayout {
    /// The page below the top band, measured from the content: the onderwerpen's heading and
    /// cards (whose height follows from how many questions are printed), the note areas and the
    /// footer. The plan asks it how much room the notes keep for a given band and question count.
    struct VerticalBudget {
        let headingHeight: Double
        /// The tallest onderwerp card's heading row (pictogram and title).
        let cardHeader: Double
        /// Each onderwerp's questions' heights, in the content's order.
        let questionHeights: [[Double]]
        let footerHeight: Double
        /// The lowest anything on the page may reach.
        let bottom: Double
        /// The least height the note areas keep.
        let minimumNotes: Double

        init(_ inhoud: Inhoud, parts: [Stijl.Part], minimumNotes: Double, on canvas: Canvas) throws {
            self.minimumNotes = minimumNotes
            headingHeight = try canvas.measure(inhoud.werkblad.topicsHeading, style: Typography.sectionHeading).height
            cardHeader = try onderwerpHeaderHeight(inhoud, parts: parts, on: canvas)
            var questionHeights: [[Double]] = []
            for onderwerp in inhoud.onderwerpen {
                questionHeights.append(try onderwerp.questions.map {
                    try questionHeight($0.text, width: Metrics.cardTextWidth, on: canvas)
                })
            }
            self.questionHeights = questionHeights
            footerHeight = max(try canvas.measure(inhoud.organisation.name, style: Typography.footer, width: Metrics.contentWidth,
                                                  maxLines: 1).height,
                               try canvas.measure(inhoud.werkblad.backSideHint, style: Typography.backSideHint, maxLines: 1).height)
            bottom = Metrics.page.height - Metrics.verticalMargin
        }

        func listHeight(_ heights: ArraySlice<Double>) -> Double {
            heights.reduce(0, +) + Double(max(0, heights.count - 1)) * questionGap
        }

        /// The cards' height when each onderwerp prints `counts` of its questions.
        func cardHeight(_ counts: [Int]) -> Double {
            let lists = questionHeights.indices.map { listHeight(questionHeights[$0].prefix(counts[$0])) }
            return Metrics.padding + cardHeader + headerGap + (lists.max() ?? 0) + Metrics.padding
        }

        /// Leaves out the last question of the longest list that has more than `keeping`; false when none has.
        func dropOne(_ counts: inout [Int], keeping: Int = 1) -> Bool {
            let lists = questionHeights.indices.map { listHeight(questionHeights[$0].prefix(counts[$0])) }
            guard let longest = lists.indices.filter({ counts[$0] > keeping }).max(by: { lists[$0] < lists[$1] }) else { return false }
            counts[longest] -= 1
            return true
        }

        func notesBottom(footer: Bool) -> Double { footer ? bottom - footerHeight - Metrics.footerGap : bottom }

        /// The notes' height when the top band ends at `band`.
        func notesHeight(band: Double, counts: [Int], footer: Bool) -> Double {
            notesBottom(footer: footer)
                - (band + Metrics.sectionGap + headingHeight + Stijl.Space.xs + cardHeight(counts) + Metrics.sectionGap)
        }

        /// The lowest the band may end and still leave the notes a third of the page.
        func lowestBand(counts: [Int], footer: Bool) -> Double {
            notesHeight(band: 0, counts: counts, footer: footer) - minimumNotes
        }
    }
}
