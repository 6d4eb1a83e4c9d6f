import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing
@testable import Vormgeving

/// The arbeidsdeskundige from the organisation's staff list in the letter and the terugkoppeling:
/// the signature image above the name, the job title and when they can be reached, their own phone
/// and e-mail, and a warning when the appointment names someone the list does not have.
@Suite struct BriefStaffTests {
    /// Anna de Vries with a signature and a long "bereikbaar"; Piet Jansen with a phone only.
    static let fixture = Repository.root.appendingPathComponent("Tests/Fixtures/staff/medewerkers.yaml")
    static let appointment: Appointment = {
        var appointment = BriefTests.full
        appointment.phone = nil
        appointment.email = nil
        return appointment
    }()

    /// The letter helpers of ``BriefTests``, for one appointment.
    func render(_ inhoud: Inhoud, _ appointment: Appointment, as format: OutputFormat,
                warnings: LayoutWarnings = LayoutWarnings()) throws -> RenderedDocument {
        try BriefTests().render(inhoud, [appointment], as: format, warnings: warnings)
    }

    func writePDF(_ inhoud: Inhoud, _ appointment: Appointment, warnings: LayoutWarnings = LayoutWarnings()) throws -> String {
        try BriefTests().writePDF(inhoud, [appointment], warnings: warnings)
    }

    @Test func pageOneWithASignatureMatchesSnapshot() throws {
        let warnings = LayoutWarnings()
        let rendered = try render(try Inhoud.load(contentFile: Self.fixture), Self.appointment, as: .png(dpi: 100),
                                  warnings: warnings)
        #expect(rendered.files.count == 3, "the letter still fits page 1, with its enclosure and questions")
        #expect(warnings.all.isEmpty, "\(warnings.messages)")
        assertPageSnapshot(rendered.files[0], group: "brief", named: "staff-1")
    }

    @Test func theStaffMembersDetailsAndSignatureArePrinted() throws {
        let inhoud = try Inhoud.load(contentFile: Self.fixture)
        let path = try writePDF(inhoud, Self.appointment)
        let text = try Tools.pdfText(path).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for line in ["Senior arbeidsdeskundige", "Telefoon: 030 234 56 78", "E-mail: a.devries@example.com",
                     "Bereikbaar: maandag tot en met donderdag, 9.00 tot 17.00 uur", "Bel me gerust: 030 234 56 78."] {
            #expect(text.contains(line), "missing: \(line)")
        }
        #expect(!text.contains("Telefoon: 012 345 67 89") && !text.contains("Bel me gerust: 012"),
                "the organisation's number (still in the letterhead) gives way to hers")
        // One image, the signature, with its transparency as a soft mask (after two header lines).
        let images = try Tools.run("pdfimages", ["-list", path]).split(separator: "\n").dropFirst(2)
        #expect(images.map { $0.split(separator: " ", omittingEmptySubsequences: true)[2] } == ["image", "smask"],
                "\(images)")
        #expect(try Tools.uncompressedPDF(path).contains("/Alt (Handtekening van Anna de Vries)"))
    }

    @Test func theSignatureSitsLeftBetweenTheClosingAndTheNameAndNothingOverflows() throws {
        let inhoud = try Inhoud.load(contentFile: Self.fixture)
        let rendered = try render(inhoud, Self.appointment, as: .pdf)
        let geometry = BriefLayout.Geometry(inhoud.organisation)
        let page = rendered.placedText.filter { $0.pageIndex == 0 }
        let closing = try #require(page.first { $0.text == "Met vriendelijke groet," })
        let name = try #require(page.first { $0.text == "Anna de Vries" && $0.frame.minY > closing.frame.maxY })
        #expect(name.frame.minY - closing.frame.maxY >= BriefLayout.signatureHeight, "room for the 15 mm signature")
        #expect(abs(name.frame.minX - geometry.left) < 0.01)
        // The long "Bereikbaar" line wraps in the second column, beside the name, inside the margin.
        let reachable = try #require(page.first { $0.text.hasPrefix("Bereikbaar:") })
        #expect(reachable.frame.minX > name.frame.maxX)
        #expect(reachable.frame.maxX <= geometry.left + geometry.measure + 0.01)
        for placed in page { #expect(placed.frame.maxX <= geometry.right + 0.01, "\(placed.text)") }
    }

    @Test func aNameTheStaffListDoesNotHaveIsWarnedAbout() throws {
        let inhoud = try Inhoud.load(contentFile: Self.fixture)
        var appointment = Self.appointment
        appointment.expert = "Karin Smit"
        let warnings = LayoutWarnings()
        let text = try Tools.pdfText(try writePDF(inhoud, appointment, warnings: warnings))
        #expect(text.contains("012 345 67 89"), "the organisation's number stands in")
        let warning = try #require(warnings.all.first { $0.field == .client(.expert) })
        #expect(warning.client == "Sanne de Boer")
        #expect(warning.description.hasPrefix("brief for Sanne de Boer: the arbeidsdeskundige 'Karin Smit' is not in the "
                                              + "staff list (organisatie.medewerkers)"))
        #expect(warning.message.contains("the organisation's phone number and e-mail address are printed"))
        // Without a staff list nobody is missing from it.
        let quiet = LayoutWarnings()
        _ = try render(try Inhoud.loadDefault(), appointment, as: .pdf, warnings: quiet)
        #expect(quiet.messages.isEmpty, "\(quiet.messages)")
    }

    @Test func anUnreadableSignatureLeavesRoomToSignByHand() throws {
        let directory = try Repository.temporaryDirectory("brief-signature")
        let broken = directory.appendingPathComponent("kapot.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]).write(to: broken)
        var inhoud = try Inhoud.load(contentFile: Self.fixture)
        inhoud.organisation.staff[0].signature = broken
        let warnings = LayoutWarnings()
        let path = try writePDF(inhoud, Self.appointment, warnings: warnings)
        let warning = try #require(warnings.all.first)
        #expect(warnings.all.count == 1)
        #expect(warning.field == .organisation(.staff))
        #expect(warning.description.hasPrefix("brief for Sanne de Boer: organisatie.medewerkers: the signature of Anna de Vries "
                                              + "cannot be used"))
        #expect(try Tools.run("pdfimages", ["-list", path]).split(separator: "\n").count == 2, "no image")
        let rendered = try render(inhoud, Self.appointment, as: .pdf)
        let closing = try #require(rendered.placedText.first { $0.text == "Met vriendelijke groet," })
        let name = try #require(rendered.placedText.first { $0.text == "Anna de Vries" && $0.frame.minY > closing.frame.maxY })
        #expect(abs(name.frame.minY - closing.frame.maxY - BriefLayout.LetterPlan.signatureGap) < 0.01, "the usual gap")
    }

    @Test func theTerugkoppelingPrintsTheStaffMembersContact() throws {
        let inhoud = try Inhoud.load(contentFile: Self.fixture)
        let path = try Repository.temporaryDirectory("terugkoppeling-staff").appendingPathComponent("t.pdf").path
        let warnings = LayoutWarnings()
        try FileOutput.write(try Repository.renderer().render(TerugkoppelingLayout.document(inhoud, notes: TerugkoppelingTests.short,
                                                                                             warnings: warnings), as: .pdf), to: path)
        let text = try Tools.pdfText(path).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for line in ["Telefoon: 030 234 56 78", "E-mail: a.devries@example.com",
                     "Bereikbaar: maandag tot en met donderdag, 9.00 tot 17.00 uur"] {
            #expect(text.contains(line), "missing: \(line)")
        }
        #expect(warnings.messages.isEmpty, "\(warnings.messages)")

        var notes = TerugkoppelingTests.short
        notes.expert = "Karin Smit"
        let unlisted = LayoutWarnings()
        _ = try Repository.renderer().render(TerugkoppelingLayout.document(inhoud, notes: notes, warnings: unlisted), as: .pdf)
        #expect(unlisted.all.map(\.field) == [.client(.expert)])
        #expect(unlisted.messages.first?.hasPrefix("terugkoppeling for Sanne de Boer: the arbeidsdeskundige 'Karin Smit'") == true)
    }
}
