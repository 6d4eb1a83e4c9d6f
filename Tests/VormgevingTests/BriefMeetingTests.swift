import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing
@testable import Vormgeving

/// The kind of meeting (`gespreksvorm`): the facts block and the letter's text follow it; a video
/// call needs its link, and only a conversation at an office or the workplace needs a place.
@Suite struct BriefMeetingTests {
    static let link = "https://video.example.nl/gesprek/4821-77"

    static func appointment(_ meeting: Appointment.Meeting?, location: String? = "Voorbeeldstraat 1, Voorbeeldstad")
        -> Appointment {
        var appointment = BriefTests.full
        appointment.meeting = meeting
        appointment.location = location
        appointment.videoLink = meeting == .video ? link : nil
        return appointment
    }

    @Test(arguments: [Appointment.Meeting.huisbezoek, .werkplek, .video, .telefoon])
    func firstPageMatchesSnapshot(_ meeting: Appointment.Meeting) throws {
        let warnings = LayoutWarnings()
        let location = meeting.needsLocation ? "Bouwbedrijf De Vries, Industrieweg 4, Voorbeeldstad" : nil
        let rendered = try BriefTests().render(try Inhoud.loadDefault(), [Self.appointment(meeting, location: location)],
                                               as: .png(dpi: 100), warnings: warnings)
        #expect(warnings.messages.isEmpty, "\(warnings.messages)")
        assertPageSnapshot(rendered.files[0], group: "brief", named: "gespreksvorm-\(meeting.rawValue)-1")
    }

    @Test func theFactsAndTheTextFollowTheMeeting() throws {
        let inhoud = try Inhoud.loadDefault()
        let office = try BriefTests().pdfText(inhoud, [Self.appointment(nil)])
        #expect(try BriefTests().pdfText(inhoud, [Self.appointment(.kantoor)]) == office, "kantoor is the letter as it was")
        let home = try BriefTests().pdfText(inhoud, [Self.appointment(.huisbezoek, location: nil)])
        #expect(try BriefTests().factsRows(inhoud, Self.appointment(.huisbezoek, location: nil)).contains("Plaats Bij jou thuis"))
        #expect(home.contains("Ik kom voor het gesprek bij je thuis"))
        let work = try BriefTests().pdfText(inhoud, [Self.appointment(.werkplek)])
        #expect(try BriefTests().factsRows(inhoud, Self.appointment(.werkplek)).contains("Ook erbij je leidinggevende"))
        #expect(work.contains("Je leidinggevende is er ook bij") && work.contains("Over je gezondheid hoef je niets te zeggen"))
        let video = try BriefTests().pdfText(inhoud, [Self.appointment(.video, location: nil)])
        let videoRows = try BriefTests().factsRows(inhoud, Self.appointment(.video, location: nil))
        #expect(videoRows.contains("Hoe Videogesprek") && videoRows.contains { $0.hasPrefix("Link https://video.example.nl/") })
        #expect(video.contains("camera en geluid") && video.contains("Ik laat op het scherm een kaart zien"))
        #expect(!video.contains("Op tafel ligt een kaart"), "no table in a video call")
        let phone = try BriefTests().pdfText(inhoud, [Self.appointment(.telefoon, location: nil)])
        #expect(try BriefTests().factsRows(inhoud, Self.appointment(.telefoon, location: nil)).contains("Hoe Ik bel je op"))
        #expect(phone.contains("leg die bij de telefoon"))
        for text in [home, video, phone] { #expect(!text.contains("Plaats Voorbeeldstraat")) }
    }

    @Test func theUFormHasItsOwnTexts() throws {
        let inhoud = try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml")
        let home = try BriefTests().pdfText(inhoud, [Self.appointment(.huisbezoek, location: nil)])
        #expect(home.contains("Bij u thuis") && home.contains("Ik kom voor het gesprek bij u thuis"))
    }

    /// At the workplace the leidinggevende is there by definition: the facts block names them once,
    /// whether or not `aanwezig` names them too, and adds who else `aanwezig` names.
    @Test(arguments: [(nil, "Ook erbij je leidinggevende"), ("je leidinggevende", "Ook erbij je leidinggevende"),
                      ("Je leidinggevende en een tolk", "Ook erbij Je leidinggevende en een tolk"),
                      ("een tolk Pools", "Ook erbij je leidinggevende, een tolk Pools")])
    func theLeidinggevendeIsNamedOnceAtTheWorkplace(_ present: String?, _ expected: String) throws {
        var appointment = Self.appointment(.werkplek)
        appointment.present = present
        let rows = try BriefTests().factsRows(try Inhoud.loadDefault(), appointment)
        #expect(rows.contains(expected), "\(rows)")
        #expect(rows.joined(separator: " ").lowercased().components(separatedBy: "leidinggevende").count == 2, "\(rows)")
    }

    @Test func onlyAnOfficeOrAWorkplaceNeedsAPlaceAndAVideoCallNeedsItsLink() {
        #expect(BriefLayout.missingFields(in: Self.appointment(.telefoon, location: nil)).isEmpty)
        #expect(BriefLayout.missingFields(in: Self.appointment(.huisbezoek, location: nil)).isEmpty)
        #expect(BriefLayout.missingFields(in: Self.appointment(.werkplek, location: nil)) == [.location])
        var video = Self.appointment(.video, location: nil)
        video.videoLink = nil
        #expect(BriefLayout.missingFields(in: video) == [.videoLink])
        #expect(throws: BriefError.missingFields([.videoLink], client: "Sanne de Boer")) {
            _ = try BriefTests().render(try Inhoud.loadDefault(), [video], as: .pdf)
        }
    }

    @Test func everyKindHasItsTextsAndAnUnknownKindInTheContentIsReported() throws {
        #expect(try Inhoud.loadDefault().brief.meetings.map(\.id) == Appointment.Meeting.allCases)
        #expect {
            try Inhoud.load(overrideYAML: "brief:\n  gespreksvormen:\n    - id: wandeling\n      naam: Buiten\n", named: "eigen.yaml")
        } throws: { error in
            (error as? InhoudError)?.problems.contains { $0.message.contains("huisbezoek, werkplek, video, telefoon") } == true
        }
        #expect {
            try Inhoud.load(overrideYAML: "brief:\n  gespreksvormen:\n    - id: video\n      alineas:\n        - id: slot\n          tekst: Tot ziens.\n",
                            named: "eigen.yaml")
        } throws: { error in
            (error as? InhoudError)?.problems.contains { $0.field == "brief.gespreksvormen[video].alineas[slot]" } == true
        }
    }

    @Test func anOrganisationChangesAKindsTexts() throws {
        let yaml = "brief:\n  gespreksvormen:\n    - id: telefoon\n      tekst: Ik bel je met een afgeschermd nummer.\n"
        let inhoud = try Inhoud.load(overrideYAML: yaml, named: "eigen.yaml")
        let text = try BriefTests().pdfText(inhoud, [Self.appointment(.telefoon, location: nil)])
        #expect(text.contains("Ik bel je met een afgeschermd nummer.") && text.contains("Ik bel je op"))
    }

    @Test(arguments: Inhoud.FormOfAddress.allCases)
    func whoElseIsThereIsInTheBoxAndTheClientMayStillBringSomeone(_ form: Inhoud.FormOfAddress) throws {
        let inhoud = try Inhoud.load(overrideYAML: "aanspreekvorm: \(form.rawValue)\n", named: "vorm.yaml")
        var appointment = Self.appointment(nil)
        appointment.present = "een tolk Arabisch"
        let text = try BriefTests().pdfText(inhoud, [appointment])
        #expect(try BriefTests().factsRows(inhoud, appointment).contains("Ook erbij een tolk Arabisch"))
        // A tolk is named in the letter too, with what a tolk does.
        #expect(text.contains("Bij het gesprek is een tolk Arabisch. De tolk vertaalt alles en vertelt niets door."))
        #expect(text.contains("Ik bel terug met een tolk.") && !text.contains("dan lezen we de brief samen"),
                "reading the letter together needs the tolk too")
        #expect(text.contains(form == .je ? "Je mag ook zelf iemand meenemen die je vertrouwt."
                                          : "U mag ook zelf iemand meenemen die u vertrouwt."))
        let alone = try BriefTests().pdfText(inhoud, [Self.appointment(nil)])
        #expect(!alone.contains("Ook erbij") && !alone.contains("ook zelf"))
        #expect(alone.contains(form == .je ? "Je mag iemand meenemen" : "U mag iemand meenemen"))
    }
}
