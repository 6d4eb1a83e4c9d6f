import Tekenaar
import Testing
import Vormgeving

/// The shared style's promises, checked on the values every material takes from it.
@Suite struct StijlTests {
    @Test(arguments: Stijl.Part.allCases)
    func textColoursReadOnTheirBackgrounds(part: Stijl.Part) {
        let colours = Stijl.colours(part)
        #expect(Colour.white.contrastRatio(with: colours.strong) >= 4.5, "white on the strong \(part) colour")
        #expect(colours.text.contrastRatio(with: colours.tint) >= 4.5, "\(part) text shade on its tint")
        #expect(colours.text.contrastRatio(with: .white) >= 4.5, "\(part) text shade on white")
        #expect(Stijl.ink.contrastRatio(with: colours.tint) >= 4.5, "ink on the \(part) tint")
        #expect(Stijl.inkSoft.contrastRatio(with: colours.tint) >= 4.5, "soft ink on the \(part) tint")
    }

    @Test func writingLinesAndInkOnPaper() {
        #expect(Stijl.ink.contrastRatio(with: Stijl.paper) >= 12)
        #expect(Stijl.inkSoft.contrastRatio(with: Stijl.paper) >= 4.5)
        // Lines are graphics: WCAG asks 3:1.
        #expect(Stijl.rule.contrastRatio(with: Stijl.paper) >= 3)
    }

    @Test func typeScaleMeetsTheMinimums() {
        let scale = Stijl.a4
        #expect(scale.body.size >= 11 && scale.bodyBold.size >= 11)
        #expect(scale.small.size >= 8.5 && scale.label.size >= 8.5)
        #expect(scale.title.size >= 22 && scale.title.size <= 26)
        #expect(Stijl.writingLinePitch >= 8)
        let a3 = scale.scaled(2.0.squareRoot())
        #expect(abs(a3.body.size - scale.body.size * 2.0.squareRoot()) < 0.001)
    }
}
