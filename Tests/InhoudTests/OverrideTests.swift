import Foundation
import Inhoud
import Testing

@Suite("An organisation's file over the default")
struct OverrideTests {
    let standard: Inhoud

    init() throws {
        standard = try Inhoud.loadDefault()
    }

    @Test func replacesOneQuestionByIDAndKeepsTheRest() throws {
        let inhoud = try Inhoud.load(contentFile: Fixtures.url("vraag-vervangen.yaml"))
        let before = try #require(standard.onderwerp("behoeften")).questions
        let after = try #require(inhoud.onderwerp("behoeften")).questions
        #expect(after.map(\.id) == before.map(\.id), "same questions, same order")
        #expect(after.first { $0.id == "energie" }?.text == "Waar krijg je energie van?")
        #expect(after.filter { $0.id != "energie" } == before.filter { $0.id != "energie" })
        #expect(inhoud.onderwerp("ervaringen") == standard.onderwerp("ervaringen"))
        #expect(inhoud.themas == standard.themas)
    }

    @Test func overridesAScalarAndKeepsItsSiblings() throws {
        let inhoud = try Inhoud.load(contentFile: Fixtures.url("vraag-vervangen.yaml"))
        #expect(inhoud.organisation.name == "Arbeidsdeskundig Bureau De Brug")
        #expect(inhoud.organisation.addressLines == standard.organisation.addressLines)
        #expect(inhoud.organisation.envelopeWindow == standard.organisation.envelopeWindow)
    }

    @Test func newIDIsAppendedAndVerwijderRemoves() throws {
        let inhoud = try Inhoud.load(overrideYAML: """
            onderwerpen:
              - id: toekomst
                vragen:
                  - id: eerste-stap
                    verwijder: ja
                  - id: droom
                    tekst: Waar droom je van?
            """, named: "test.yaml")
        let ids = try #require(inhoud.onderwerp("toekomst")).questions.compactMap(\.id)
        #expect(ids == ["bereiken", "passend-werk", "daarvoor-nodig", "droom"])
    }

    @Test func aListWithoutIDsReplacesTheWholeList() throws {
        let inhoud = try Inhoud.load(overrideYAML: """
            onderwerpen:
              - id: toekomst
                vragen:
                  - Wat wil je later doen?
                  - Wie kan je daarbij helpen?
            organisatie:
              adres: [Postbus 1, 9999 ZZ Ergens]
            """, named: "test.yaml")
        let questions = try #require(inhoud.onderwerp("toekomst")).questions
        #expect(questions == [Inhoud.Question(id: nil, text: "Wat wil je later doen?"),
                              Inhoud.Question(id: nil, text: "Wie kan je daarbij helpen?")])
        #expect(inhoud.organisation.addressLines == ["Postbus 1", "9999 ZZ Ergens"])
    }

    @Test func nullClearsAnOptionalField() throws {
        let inhoud = try Inhoud.load(overrideYAML: "organisatie:\n  website: ~\n  telefoon: ~\n", named: "test.yaml")
        #expect(inhoud.organisation.website == nil)
        #expect(inhoud.organisation.phone == nil)
        #expect(inhoud.organisation.email == standard.organisation.email)
    }

    @Test func oneVariantCanBeChangedAlone() throws {
        let inhoud = try Inhoud.load(overrideYAML: """
            aanspreekvorm: u
            brief:
              alineas:
                - id: verwachtingen
                  tekst:
                    u: Misschien is dit gesprek spannend voor u. Neem gerust iemand mee.
            """, named: "test.yaml")
        #expect(inhoud.brief.paragraphs.first { $0.id == "verwachtingen" }?.text.source
            == "Misschien is dit gesprek spannend voor u. Neem gerust iemand mee.")
        #expect(inhoud.brief.paragraphs.map(\.id) == standard.brief.paragraphs.map(\.id))
    }

    @Test func oneAppointmentRowCanBeRelabelledOrRemoved() throws {
        let inhoud = try Inhoud.load(overrideYAML: """
            brief:
              afspraak:
                regels:
                  - id: plaats
                    label: Waar
                  - id: met-wie
                    verwijder: ja
            """, named: "test.yaml")
        #expect(inhoud.brief.appointment.rows.map(\.label) == ["Datum", "Tijd", "Duur", "Waar", "Ook erbij"])
        #expect(inhoud.brief.appointment.rows[3].value == standard.brief.appointment.rows[3].value)
    }

    @Test func emptyOverrideFileChangesNothing() throws {
        #expect(try Inhoud.load(overrideYAML: "# alleen commentaar\n", named: "leeg.yaml") == standard)
    }

    @Test func logoIsResolvedBesideTheContentFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inhoud-logo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 16))
        try png.write(to: folder.appendingPathComponent("logo.png"))
        let content = folder.appendingPathComponent("organisatie.yaml")
        try "organisatie:\n  logo: logo.png\n  kleur: \"#1F5F8B\"\n".write(to: content, atomically: true, encoding: .utf8)

        let inhoud = try Inhoud.load(contentFile: content)
        #expect(inhoud.organisation.logo?.standardizedFileURL.path
            == folder.appendingPathComponent("logo.png").standardizedFileURL.path)
        #expect(inhoud.organisation.colour == "#1F5F8B")
    }
}
