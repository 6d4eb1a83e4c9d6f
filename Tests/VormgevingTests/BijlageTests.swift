import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing
@testable import Vormgeving

/// The bijlage on its own: the letter's enclosure, blank or for one client, two numbered pages that
/// say whose they are (or nobody's), in both forms of address.
@Suite struct BijlageTests {
    static let client = Appointment(name: "Sanne de Boer", date: CalendarDate(year: 2026, month: 12, day: 17),
                                    reference: "Z-88", keuzehulp: true)

    @Test(arguments: [("blank", 1), ("blank", 2), ("u", 1), ("u", 2)])
    func pageMatchesSnapshot(_ variant: String, _ page: Int) throws {
        let inhoud = variant == "u" ? try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml") : try Inhoud.loadDefault()
        let appointment = variant == "u" ? Self.client : Appointment()
        let rendered = try render(inhoud, [appointment], as: .png(dpi: 100))
        #expect(rendered.files.count == 2)
        assertPageSnapshot(rendered.files[page - 1], group: "bijlage", named: "\(variant)-\(page)")
    }

    @Test func aPersonalBijlageNamesTheClientTheDateAndTheKenmerkOnEveryPage() throws {
        let inhoud = try Inhoud.loadDefault()
        let rendered = try render(inhoud, [Self.client], as: .pdf)
        for page in 0..<2 {
            let texts = rendered.placedText.filter { $0.pageIndex == page }.map { $0.text.replacingOccurrences(of: "\u{00A0}", with: " ") }
            #expect(texts.first == "Sanne de Boer · kenmerk Z-88 · gesprek 17 december 2026")
            #expect(texts.contains("Pagina \(page + 1) van 2"))
        }
        #expect(rendered.placedText.contains { $0.text == inhoud.keuzehulp.heading })
        #expect(BijlageLayout.info(inhoud, appointments: [Self.client]).title == "Zo gaat ons gesprek · kenmerk Z-88")
    }

    @Test func aBlankBijlageCarriesNoClientAndNoKeuzehulpByDefault() throws {
        let inhoud = try Inhoud.loadDefault()
        let rendered = try render(inhoud, [Appointment()], as: .pdf)
        for page in 0..<2 {
            #expect(rendered.placedText.first { $0.pageIndex == page }?.text == inhoud.organisation.name)
        }
        #expect(!rendered.placedText.contains { $0.text.contains("· gesprek") || $0.text == inhoud.keuzehulp.heading })
        let captions = rendered.placedText.filter { placed in inhoud.strip.panels.contains { BriefTests.sameWords($0.caption, placed.text) } }
        #expect(captions.count == 4 && captions.allSatisfy { $0.pageIndex == 0 })
        for question in inhoud.preparation.questions {
            #expect(rendered.placedText.contains { $0.pageIndex == 1 && $0.text == question.text })
        }
    }

    func render(_ inhoud: Inhoud, _ appointments: [Appointment], as format: OutputFormat) throws -> RenderedDocument {
        try Repository.renderer().render(BijlageLayout.document(inhoud, appointments: appointments, warnings: LayoutWarnings()),
                                         as: format)
    }
}
