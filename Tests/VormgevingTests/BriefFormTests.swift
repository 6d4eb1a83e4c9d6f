import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing
@testable import Vormgeving

/// A client's own form of address (`aanspreekvorm` per row) over the organisation's: the whole
/// letter, its enclosure included, follows it; content written in one form only is refused for the other.
@Suite struct BriefFormTests {
    @Test func aRowsFormOverridesTheOrganisations() throws {
        var formal = BriefTests.full
        formal.form = .u
        let text = try BriefTests().pdfText(try Inhoud.loadDefault(), [formal])
        #expect(text.contains("Uw afspraak") && text.contains("Ik nodig u uit") && text.contains("Wilt u meer tips?"))
        #expect(text.contains("Beste Sanne de Boer,"), "the u-form's salutation")
        let same = try BriefTests().pdfText(try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml"), [BriefTests.full])
        #expect(text == same, "the same letter as from content in the u-form")
        var informal = BriefTests.full
        informal.form = .je
        let fromU = try BriefTests().pdfText(try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml"), [informal])
        #expect(fromU == (try BriefTests().pdfText(try Inhoud.loadDefault(), [BriefTests.full])))
    }

    @Test func contentInOneFormOnlyIsRefusedForTheOtherWithWhatIsMissing() throws {
        let yaml = "brief:\n  alineas:\n    - id: welkom\n      tekst:\n        je: Fijn dat je komt.\n"
        let inhoud = try Inhoud.load(overrideYAML: yaml, named: "eigen.yaml")
        #expect(try inhoud.inForm(.je) == inhoud)
        do {
            _ = try inhoud.inForm(.u)
            Issue.record("the u-form has no text for the paragraph welkom")
        } catch {
            #expect(error.description.contains("eigen.yaml:") && error.description.contains("brief.alineas[welkom].tekst.u"),
                    "\(error)")
        }
        var formal = BriefTests.full
        formal.form = .u
        #expect(throws: BriefError.self) { _ = try BriefTests().render(inhoud, [formal], as: .pdf) }
    }
}
