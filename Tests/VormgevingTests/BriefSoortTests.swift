import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing
@testable import Vormgeving

/// The presets per kind of assessment (`soort`): each fills the letter's *Richting en kader* with who
/// asked, what the arbeidsdeskundige looks at (work, never health), who gets the rapport and what is
/// expected; an organisation changes and adds them like any other text; an unknown one is refused.
@Suite struct BriefSoortTests {
    static let uwv = ["wia", "herbeoordeling", "ziektewet"]
    static let private_ = ["spoor1", "spoor2", "werkgeversopdracht", "letselschade"]

    static func appointment(_ soort: String?) -> Appointment {
        var appointment = BriefTests.full
        appointment.soort = soort
        appointment.reason = nil
        return appointment
    }

    static func content(_ form: Inhoud.FormOfAddress) throws -> Inhoud {
        try Inhoud.load(overrideYAML: "aanspreekvorm: \(form.rawValue)\n", named: "vorm.yaml")
    }

    /// The UWV letters in the u-form, as UWV writes; the private ones in the method's je.
    @Test(arguments: uwv + private_)
    func firstPageMatchesSnapshot(_ soort: String) throws {
        let inhoud = try Self.content(Self.uwv.contains(soort) ? .u : .je)
        let warnings = LayoutWarnings()
        let rendered = try BriefTests().render(inhoud, [Self.appointment(soort)], as: .png(dpi: 100), warnings: warnings)
        #expect(rendered.files.count == 4, "the letter takes two pages with its Richting en kader, then the enclosure")
        #expect(warnings.messages.isEmpty, "\(warnings.messages)")
        assertPageSnapshot(rendered.files[0], group: "brief", named: "soort-\(soort)-1")
        assertPageSnapshot(rendered.files[1], group: "brief", named: "soort-\(soort)-2")
    }

    /// The body's texts on page `index`, top to bottom, without the running header and the page number.
    static func bodyTexts(_ rendered: RenderedDocument, page index: Int) -> [String] {
        rendered.placedText.filter { $0.pageIndex == index && !$0.text.hasPrefix("Pagina ") && !$0.text.contains(" · gesprek") }
            .sorted { $0.frame.minY < $1.frame.minY }.map(\.text)
    }

    /// A letter that needs a second page starts it with how the conversation goes (the content's
    /// `tweede_bladzijde_vanaf`), so page 2 carries a part of its own and not the closing alone; without
    /// that setting the text simply runs on.
    @Test func theSecondPageStartsWithHowTheConversationGoes() throws {
        let inhoud = try Inhoud.loadDefault()
        #expect(inhoud.brief.secondPageFrom == "verwachtingen")
        for soort in Self.uwv + Self.private_ {
            let rendered = try BriefTests().render(inhoud, [Self.appointment(soort)], as: .pdf)
            let second = Self.bodyTexts(rendered, page: 1)
            // Where everything before it fits page 1, the second part starts page 2; the longer UWV and
            // spoor-2 texts run on, with the duty to cooperate opening page 2. Either way page 2 has at
            // least the last two paragraphs before the closing.
            let runsOn = ["wia", "ziektewet", "spoor2"].contains(soort)
            #expect(second.first?.hasPrefix(runsOn ? "Je bent verplicht" : "Vind je het gesprek spannend?") == true
                        || (soort == "spoor2" && second.first?.hasPrefix("Jij en je werkgever moeten allebei meewerken") == true),
                    "\(soort): \(second.first ?? "")")
            let closing = try #require(second.firstIndex(of: "Met vriendelijke groet,"), "\(soort)")
            #expect(closing >= 2, "\(soort): \(second)")
        }
        // A kind of meeting without a soort leaves page 1 half empty before that part: the text runs on,
        // and the last two paragraphs travel with the closing.
        for meeting in [Appointment.Meeting.huisbezoek, .werkplek, .video, .telefoon] {
            var appointment = BriefTests.full
            appointment.meeting = meeting
            appointment.videoLink = "https://video.example.nl/1"
            let rendered = try BriefTests().render(inhoud, [appointment], as: .pdf)
            let page = try #require(rendered.placedText.first { $0.text == "Met vriendelijke groet," }?.pageIndex)
            if page == 1 {
                let second = Self.bodyTexts(rendered, page: 1)
                #expect(second.firstIndex(of: "Met vriendelijke groet,") ?? 0 >= 2, "\(meeting): \(second)")
            }
        }
        let runOn = try Inhoud.load(overrideYAML: "brief:\n  tweede_bladzijde_vanaf: ~\n", named: "door.yaml")
        #expect(runOn.brief.secondPageFrom == nil)
        let rendered = try BriefTests().render(runOn, [Self.appointment("letselschade")], as: .pdf)
        #expect(Self.bodyTexts(rendered, page: 0).contains { $0.hasPrefix("Vind je het gesprek spannend?") })
        // A letter that fits one page is not broken, and an unknown paragraph is named.
        #expect(Set(try BriefTests().render(inhoud, [BriefTests.full], as: .pdf).placedText.map(\.pageIndex)) == [0, 1, 2])
        #expect {
            try Inhoud.load(overrideYAML: "brief:\n  tweede_bladzijde_vanaf: slot\n", named: "slot.yaml")
        } throws: { error in
            (error as? InhoudError)?.problems.contains {
                $0.field == "brief.tweede_bladzijde_vanaf" && $0.kind == .unknownId && $0.message.contains("lezen, informeren, rapport")
            } == true
        }
    }

    /// Spoor 2: the own employer first, the client stays employed, and cooperating is a duty.
    @Test(arguments: Inhoud.FormOfAddress.allCases)
    func spoor2SaysTheOwnEmployerComesFirstAndTheClientStaysEmployed(_ form: Inhoud.FormOfAddress) throws {
        let text = try BriefTests().pdfText(try Self.content(form), [Self.appointment("spoor2")])
        for phrase in ["eerst gekeken naar werk in het eigen bedrijf", "eerste spoor", "Dat gaat ook door", "tweede spoor",
                       "gewoon in dienst", "allebei meewerken", "gevolgen hebben voor", "Neem mee", "cv en",
                       "Ik ben geen arts", "bedrijfsarts zegt over wat"] {
            #expect(text.contains(phrase), "\(form): missing \(phrase)")
        }
        #expect(!text.contains("identiteitskaart"), "no identity document outside UWV")
    }

    @Test func theDefaultContentHasTheSevenPresets() throws {
        #expect(try Inhoud.loadDefault().brief.soorten.map(\.id) == Self.uwv + Self.private_)
    }

    @Test(arguments: Inhoud.FormOfAddress.allCases)
    func uwvLettersSayWhatTheRapportDecidesTheDutyAndTheIdentityDocument(_ form: Inhoud.FormOfAddress) throws {
        let inhoud = try Self.content(form)
        for soort in Self.uwv {
            let text = try BriefTests().pdfText(inhoud, [Self.appointment(soort)])
            let consequence = soort == "wia" ? "misschien geen WIA-uitkering" : "uitkering verlagen of stoppen"
            for phrase in ["Ik ben geen arts", "verzekeringsarts van UWV heeft gezegd", "eigen werk nog doen",
                           "niet op te solliciteren", "UWV beslist met mijn rapport", "vroeg mij", "geef ik het door aan de arts", "bezwaar maken", "verplicht", consequence,
                           "Neem mee", "paspoort, identiteitskaart of verblijfsdocument"] {
                #expect(text.contains(phrase), "\(soort) (\(form)): missing \(phrase)")
            }
            #expect(!text.contains("Wie het nog meer krijgt"), "\(soort): the default rapport paragraph is replaced")
        }
    }

    @Test(arguments: Inhoud.FormOfAddress.allCases)
    func privateLettersSayWhoAskedThatTheExpertIsIndependentWhoPaysAndWhoReadsFirst(_ form: Inhoud.FormOfAddress) throws {
        let inhoud = try Self.content(form)
        for soort in Self.private_ {
            let text = try BriefTests().pdfText(inhoud, [Self.appointment(soort)])
            for phrase in ["heeft Arbeidsdeskundig Bureau Voorbeeld", "onafhankelijk", "betaalt", "rapport eerst", "Daarna gaat het rapport naar"] {
                #expect(text.contains(phrase), "\(soort) (\(form)): missing \(phrase)")
            }
            #expect(!text.contains("identiteitsbewijs"))
        }
    }

    @Test func theSoortGivesTheReasonWhenTheRowHasNone() throws {
        let inhoud = try Self.content(.u)
        #expect(BriefLayout.values(inhoud, Self.appointment("wia"))[.reden] == "uw aanvraag voor een WIA-uitkering")
        var own = Self.appointment("wia")
        own.reason = "uw uitkering"
        #expect(BriefLayout.values(inhoud, own)[.reden] == "uw uitkering", "the row's own reason wins")
        #expect(BriefLayout.values(inhoud, Self.appointment(nil))[.reden] == "")
    }

    @Test func withoutASoortTheLetterIsAsItWas() throws {
        let inhoud = try Inhoud.loadDefault()
        #expect(try inhoud.letter(for: Self.appointment(nil)) == inhoud)
        let text = try BriefTests().pdfText(inhoud, [Self.appointment(nil)])
        #expect(text.contains("Wie het nog meer krijgt"))
    }

    @Test func aSoortIsFoundWhateverItsCase() throws {
        #expect(Appointment(soort: " WIA ").soort == "wia")
        #expect(try Inhoud.loadDefault().brief.soort("Spoor2")?.id == "spoor2")
    }

    @Test func anUnknownSoortIsRefusedWithTheKnownOnesAndNothingIsDrawn() throws {
        let inhoud = try Inhoud.loadDefault()
        #expect(throws: Inhoud.LetterChoiceError.unknownSoort("wao", known: Self.uwv + Self.private_)) {
            try inhoud.letter(for: Self.appointment("wao"))
        }
        do {
            _ = try BriefTests().render(inhoud, [Self.appointment("wao")], as: .pdf)
            Issue.record("an unknown soort must not render")
        } catch let error as BriefError {
            #expect(error.description.contains("Sanne de Boer") && error.description.contains("\"wao\"")
                    && error.description.contains("spoor2"), "\(error)")
        }
    }

    @Test func anOrganisationChangesAPresetAndAddsItsOwn() throws {
        let yaml = """
            brief:
              soorten:
                - id: wia
                  naam: WIA bij ons
                - id: gemeente
                  naam: "Gemeente: werk en inkomen"
                  alineas:
                    - De gemeente heeft {{organisatie}} gevraagd om met je te praten over werk.
            """
        let inhoud = try Inhoud.load(overrideYAML: yaml, named: "eigen.yaml")
        #expect(inhoud.brief.soort("wia")?.name == "WIA bij ons")
        #expect(inhoud.brief.soort("wia")?.paragraphs.count == 4, "what is not named stays")
        let text = try BriefTests().pdfText(inhoud, [Self.appointment("gemeente")])
        #expect(text.contains("De gemeente heeft Arbeidsdeskundig Bureau Voorbeeld gevraagd"))
    }

    @Test func aSoortInAParagraphThatDoesNotExistIsReportedWithItsLine() {
        #expect {
            try Inhoud.load(overrideYAML: "brief:\n  soort_in: kader\n", named: "eigen.yaml")
        } throws: { error in
            guard let problem = (error as? InhoudError)?.problems.first else { return false }
            return problem.file == "eigen.yaml" && problem.line == 2 && problem.field == "brief.soort_in"
                && problem.message.contains("rapport")
        }
    }

    @Test func aSoortWithoutParagraphsIsReported() {
        #expect {
            try Inhoud.load(overrideYAML: "brief:\n  soorten:\n    - id: leeg\n      naam: Leeg\n", named: "eigen.yaml")
        } throws: { error in
            (error as? InhoudError)?.problems.contains { $0.field == "brief.soorten[leeg].alineas" } == true
        }
    }
}
