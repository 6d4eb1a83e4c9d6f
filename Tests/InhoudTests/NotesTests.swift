import Foundation
import Inhoud
import Testing

/// The notes of a conversation: reading, the `[privé]` rule, and a message for every mistake.
struct NotesTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/gesprek.yaml")

    static let minimal = """
        naam: Anna de Vries
        datum: 3-12-2026
        arbeidsdeskundige: Noor Jansen
        ervaringen: Ik werk in de zorg.
        """

    func problems(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> [InhoudProblem] {
        do {
            _ = try ConversationNotes.load(yaml: yaml, named: "gesprek.yaml")
            Issue.record("expected the notes to be refused", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func readsTheExample() throws {
        let notes = try ConversationNotes.load(file: Self.example)
        #expect(notes.name == "Anna de Vries")
        #expect(notes.date == CalendarDate(year: 2026, month: 12, day: 3))
        #expect(notes.ervaringen.count == 2)
        #expect(!notes.ervaringen.joined().contains("scheiding"))
        #expect(notes.ervaringen[0].hasPrefix("Ik werk sinds 2014 als verzorgende in een verpleeghuis, 32 uur per week. Sinds"))
        #expect(notes.agreements.count == 3 && notes.agreements[1].who == "Noor Jansen")
        #expect(notes.present == "Petra Bakker (casemanager)")
        #expect(notes.kenmerk == "AD-2026-0412")
    }

    @Test func privateParagraphsAndAgreementsAreLeftOut() throws {
        let notes = try ConversationNotes.load(yaml: """
            naam: A
            datum: 2026-12-03
            arbeidsdeskundige: B
            behoeften:
              - Minder uren.
              - "[Prive] geheim één"
            toekomst: |
              Zorg.

              [privé] geheim twee
            afspraken:
              - wat: "[privé] geheim drie"
              - wat: Bellen
            aanwezig: "[privé] geheim vier"
            """, named: "t.yaml")
        #expect(notes.behoeften == ["Minder uren."] && notes.toekomst == ["Zorg."])
        #expect(notes.agreements == [ConversationNotes.Agreement(what: "Bellen")])
        #expect(notes.present == nil)
    }

    @Test func replyDateDefaultsToTenWorkingDays() throws {
        let notes = try ConversationNotes.load(yaml: Self.minimal, named: "t.yaml")
        // Thursday 3 December 2026 + 10 working days = Thursday 17 December.
        #expect(notes.effectiveReplyBy == CalendarDate(year: 2026, month: 12, day: 17))
        #expect(CalendarDate(year: 2026, month: 12, day: 31)?.addingWorkingDays(1) == CalendarDate(year: 2027, month: 1, day: 1))
        #expect(CalendarDate(year: 2026, month: 12, day: 4)?.addingWorkingDays(1) == CalendarDate(year: 2026, month: 12, day: 7))
    }

    @Test func missingRequiredFieldsAreNamed() {
        let found = problems("ervaringen: iets\n")
        #expect(Set(found.map(\.field)) == ["naam", "datum", "arbeidsdeskundige"])
        #expect(found.allSatisfy { $0.kind == .missingField && $0.file == "gesprek.yaml" && $0.line == 1 })
    }

    @Test func noTopicTextIsAnError() {
        let found = problems("naam: A\ndatum: 2026-12-03\narbeidsdeskundige: B\nervaringen: \"[privé] alleen dit\"\n")
        #expect(found.count == 1)
        #expect(found.first?.description.hasPrefix("gesprek.yaml:1: (top level): none of ervaringen, behoeften and toekomst") == true)
    }

    @Test func unknownKeyGetsASuggestion() {
        let found = problems(Self.minimal + "\nbehoefte: meer rust\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 5 && found.first?.field == "behoefte" && found.first?.kind == .unknownKey)
        #expect(found.first?.message.contains("Did you mean 'behoeften'?") == true)
    }

    @Test func badDatesAreNamed() {
        let found = problems(Self.minimal.replacingOccurrences(of: "3-12-2026", with: "3 dec") + "\nreageren_voor: morgen\n")
        #expect(found.map(\.field) == ["datum", "reageren_voor"])
        #expect(found.map(\.line) == [2, 5])
        #expect(found.allSatisfy { $0.kind == .invalidValue && $0.message.contains("2026-12-03") })
        let early = problems(Self.minimal + "\nreageren_voor: 2026-12-01\n")
        #expect(early.map(\.field) == ["reageren_voor"] && early.first?.message.contains("not after") == true)
    }

    @Test func wrongShapesAreNamed() {
        let agreements = problems(Self.minimal + "\nafspraken:\n  - wat: Bellen\n    wie: Anna\n    wanner: morgen\n  - bellen\n")
        #expect(agreements.map(\.field) == ["afspraken[1].wanner", "afspraken[2]"])
        #expect(agreements.first?.message.contains("Did you mean 'wanneer'?") == true)
        let missingWhat = problems(Self.minimal + "\nafspraken:\n  - wie: Anna\n")
        #expect(missingWhat.map(\.field) == ["afspraken[1].wat"])
        let topic = problems(Self.minimal + "\ntoekomst:\n  plan: zorg\n")
        #expect(topic.map(\.field) == ["toekomst"] && topic.first?.kind == .wrongType)
        let empty = problems(Self.minimal.replacingOccurrences(of: "Noor Jansen", with: "\"\""))
        #expect(empty.map(\.field) == ["arbeidsdeskundige"] && empty.first?.kind == .emptyField)
    }

    @Test func fileErrorsNameTheFile() {
        #expect(throws: NotesError.fileNotFound(path: "/nope/gesprek.yaml")) {
            try ConversationNotes.load(file: URL(fileURLWithPath: "/nope/gesprek.yaml"))
        }
        #expect(throws: NotesError.self) { try ConversationNotes.load(yaml: "naam: [a\n", named: "x.yaml") }
        let empty = problems("")
        #expect(empty.first?.message.contains("the notes are empty") == true)
    }

    @Test func bouwstenenCarryTheNotesUnderTheReportsHeadings() throws {
        let inhoud = try Inhoud.loadDefault()
        let notes = try ConversationNotes.load(file: Self.example)
        let plain = Bouwstenen(inhoud, notes: notes).text(.plain)
        #expect(plain.hasPrefix("Naam: Anna de Vries\nDatum: 3 december 2026\nArbeidsdeskundige: Noor Jansen\nKenmerk: AD-2026-0412\n"))
        #expect(plain.contains("\nArbeidsverleden / verloop verzuim en re-integratie\n----"))
        #expect(plain.contains("Gevoerd met Gezien & Gehoord. Aanwezig: Petra Bakker (casemanager)"))
        #expect(plain.contains("- Vervolggesprek · Wie: Anna en Noor Jansen · Wanneer: januari 2027"))
        #expect(!plain.contains("[privé]") && !plain.contains("scheiding"))
        for paragraph in notes.ervaringen + notes.behoeften + notes.toekomst + notes.conversation {
            #expect(plain.contains(paragraph))
        }
        let markdown = Bouwstenen(inhoud, notes: notes).text(.markdown)
        #expect(markdown.contains("\n## Wensen en perspectief\n\nIk wil in de zorg blijven werken."))
        #expect(markdown.hasPrefix("**Naam:** Anna de Vries  \n"))
    }

    @Test func defaultContentHasTheTerugkoppeling() throws {
        let inhoud = try Inhoud.loadDefault()
        #expect(inhoud.terugkoppeling.title == "Wat we besproken hebben")
        #expect(inhoud.terugkoppeling.topicHeadings[.behoeften] == "Jouw behoeften")
        #expect(inhoud.terugkoppeling.evaluation?.choices.count == 3)
        let withoutEvaluation = try Inhoud.load(overrideYAML: "terugkoppeling:\n  evaluatie: ~\n", named: "t.yaml")
        #expect(withoutEvaluation.terugkoppeling.evaluation == nil)
        let u = try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "t.yaml")
        #expect(u.terugkoppeling.status.hasPrefix("Dit is wat u mij heeft verteld"))
    }
}
