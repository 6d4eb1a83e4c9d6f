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
        notesProblems(yaml, sourceLocation: sourceLocation).map(\.problem)
    }

    func notesProblems(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> [NotesProblem] {
        do {
            _ = try ConversationNotes.load(yaml: yaml, named: "gesprek.yaml")
            Issue.record("expected the notes to be refused", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.notesProblems
        }
    }

    /// Every problem says which rule it breaks, so a front-end words it without reading the English:
    /// the notes' own rules by name, the content file's rules by their kind, in file order.
    @Test func everyProblemNamesItsRule() {
        let found = notesProblems("""
            naam: A
            datum: 3 dec
            arbeidsdeskundige: B
            ervaringen: "[privé] alleen dit"
            toekomst: |
              (privé) bijna
            behoefte: x
            afspraken:
              - wat: Bellen met [privé] iemand
                wie: "[privé] Anna"
            """)
        #expect(found.map(\.rule) == [.notADate, .privateMarkerLookalike, .content(.unknownKey),
                                      .privateMarkerInsideLine, .privateMarkerInSingleField])
        #expect(notesProblems(Self.minimal + "\nreageren_voor: 2026-12-01\n").map(\.rule) == [.replyNotAfterConversation])
        #expect(notesProblems(Self.minimal + "\nverzonden: 2026-12-01\n").map(\.rule) == [.sentBeforeConversation])
        #expect(notesProblems("").map(\.rule) == [.emptyFile])
        #expect(notesProblems("naam: A\ndatum: 2026-12-03\narbeidsdeskundige: B\n").map(\.rule) == [.noTopicText])
        #expect(notesProblems("ervaringen: iets\n").map(\.rule) == Array(repeating: .content(.missingField), count: 3))
    }

    @Test func readsTheExample() throws {
        let notes = try ConversationNotes.load(file: Self.example)
        #expect(notes.name == "Anna de Vries")
        #expect(notes.date == CalendarDate(year: 2026, month: 12, day: 3))
        #expect(notes.ervaringen.count == 2)
        #expect(notes.ervaringen[1] == "Ik heb een tijd helemaal niet gewerkt. Sinds september werk ik weer 12 uur per week, "
                + "in korte diensten. Na een dienst ben ik erg moe.")
        #expect(!notes.ervaringen.joined().contains("rivé"))
        #expect(notes.experienced.count == 1 && notes.conversation.count == 1)
        #expect(notes.ervaringen[0] == "Ik werk sinds 2014 als verzorgende in een verpleeghuis. Mijn contract is 32 uur per "
                + "week. Tillen en lang staan lukken niet meer zoals vroeger.")
        #expect(notes.reaction.isEmpty && notes.sent == nil)
        #expect(notes.agreements.count == 3 && notes.agreements.map(\.role) == [.client, .expert, .together])
        #expect(notes.agreements.filter(\.hasRelativeWhen).isEmpty)
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
              - "[ Prive ] geheim één"
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
        // Counted from the day the sheet is sent when the notes say.
        let sent = try ConversationNotes.load(yaml: Self.minimal + "\nverzonden: 2026-12-04\n", named: "t.yaml")
        #expect(sent.sent == CalendarDate(year: 2026, month: 12, day: 4))
        #expect(sent.effectiveReplyBy == CalendarDate(year: 2026, month: 12, day: 18))
        #expect(CalendarDate(year: 2026, month: 12, day: 4)?.addingWorkingDays(1) == CalendarDate(year: 2026, month: 12, day: 7))
    }

    /// The Algemene termijnenwet's holidays are skipped: Christmas and New Year, and around Easter
    /// Koningsdag, 5 mei and Hemelvaartsdag.
    @Test func workingDaysSkipDutchPublicHolidays() {
        // Tue 22 Dec 2026: 25 Dec (Fri) and 1 Jan (Fri) are holidays.
        #expect(CalendarDate(year: 2026, month: 12, day: 22)?.addingWorkingDays(10) == CalendarDate(year: 2027, month: 1, day: 7))
        // Thu 22 Apr 2027: Koningsdag (Tue 27 Apr), 5 mei (Wed) and Hemelvaartsdag (Thu 6 May).
        #expect(CalendarDate(year: 2027, month: 4, day: 22)?.addingWorkingDays(10) == CalendarDate(year: 2027, month: 5, day: 11))
        #expect(CalendarDate(year: 2026, month: 12, day: 31)?.addingWorkingDays(1) == CalendarDate(year: 2027, month: 1, day: 4))
        #expect(CalendarDate.easterSunday(2027) == CalendarDate(year: 2027, month: 3, day: 28))
        #expect(CalendarDate.easterSunday(2026) == CalendarDate(year: 2026, month: 4, day: 5))
        #expect(CalendarDate(year: 2026, month: 4, day: 6)?.isDutchPublicHoliday == true, "tweede Paasdag")
        #expect(CalendarDate(year: 2026, month: 5, day: 25)?.isDutchPublicHoliday == true, "tweede Pinksterdag")
        // 27 April 2025 is a Sunday: Koningsdag is Saturday the 26th.
        #expect(CalendarDate(year: 2025, month: 4, day: 26)?.isDutchPublicHoliday == true)
        #expect(CalendarDate(year: 2025, month: 4, day: 27)?.isDutchPublicHoliday == false)
        #expect(CalendarDate(year: 2026, month: 4, day: 3)?.isDutchPublicHoliday == false, "Goede Vrijdag is not one")
    }

    /// A line that starts with the marker is private with the lines after it up to a blank line, even
    /// without a blank line before it; every way of typing the marker counts.
    @Test func aPrivateLineInsideAParagraphIsLeftOut() throws {
        for marker in ["[privé]", "[ privé ]", "[Privé]", "[prive]", "[PRIVE]", "[ Prive]"] {
            let notes = try ConversationNotes.load(yaml: """
                naam: A
                datum: 2026-12-03
                arbeidsdeskundige: B
                ervaringen: |
                  Ik werk in de zorg.
                  \(marker) geheim een
                  geheim twee

                  Ik ben moe.
                """, named: "t.yaml")
            #expect(notes.ervaringen == ["Ik werk in de zorg.", "Ik ben moe."], "\(marker)")
        }
    }

    @Test func aMarkerInsideALineIsAnError() {
        let found = problems(Self.minimal + "\nbehoeften: |\n  Minder uren.\n  Rust [privé] geheim\n")
        #expect(found.map(\.field) == ["behoeften"] && found.map(\.line) == [7])
        #expect(found.first?.description.hasPrefix("gesprek.yaml:7: behoeften: ") == true)
        #expect(found.first?.message.contains("Put [privé] at the start of a line") == true)
        let item = problems(Self.minimal + "\ntoekomst:\n  - Zorg.\n  - Later [Prive] dit\n")
        #expect(item.map(\.field) == ["toekomst[2]"] && item.map(\.line) == [7])
    }

    @Test func aLookalikeMarkerIsAnErrorWithASuggestion() {
        for lookalike in ["(privé) geheim", "privé: geheim", "Prive: geheim"] {
            let found = problems(Self.minimal + "\ntoekomst: |\n  Zorg.\n  \(lookalike)\n")
            #expect(found.map(\.field) == ["toekomst"] && found.map(\.line) == [7], "\(lookalike)")
            #expect(found.first?.message.contains("Write [privé] at the start of the line") == true)
        }
    }

    @Test func aMarkerInWhoOrWhenIsAnError() {
        let who = problems(Self.minimal + "\nafspraken:\n  - wat: Bellen\n    wie: \"[privé] Anna\"\n")
        #expect(who.map(\.field) == ["afspraken[1].wie"] && who.map(\.line) == [7])
        let when = problems(Self.minimal + "\nafspraken:\n  - wat: Bellen met [privé] iemand\n")
        #expect(when.map(\.field) == ["afspraken[1].wat"])
    }

    @Test func rolesAndRelativeDatesInAgreements() throws {
        let notes = try ConversationNotes.load(yaml: Self.minimal + """

            afspraken:
              - wat: Bellen
                wie: Cliënt
                wanneer: volgende week
              - wat: Mailen
                wie: SAMEN
                wanneer: z.s.m.
              - wat: Zoeken
                wie: Petra
                wanneer: 7 januari 2027
            """, named: "t.yaml")
        #expect(notes.agreements.map(\.role) == [.client, .together, nil])
        #expect(notes.agreements.map(\.hasRelativeWhen) == [true, true, false])
        #expect(notes.agreements.first?.whenLine == 8)
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
        #expect(notesProblems("naam: A\ndatum: 2026-12-03\narbeidsdeskundige: B\ntoekomst: \"\"\n").map(\.rule) == [.noTopicText])
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
        var notes = try ConversationNotes.load(file: Self.example)
        notes.sent = CalendarDate(year: 2026, month: 12, day: 4)
        let plain = Bouwstenen(inhoud, notes: notes).text(.plain)
        #expect(plain.hasPrefix("Controleer vóór plakken: diagnose, klachten en behandeling horen niet in een rapport "
                                + "dat naar de werkgever gaat.\n\nNaam: Anna de Vries\nDatum gesprek: 3 december 2026\n"
                                + "Arbeidsdeskundige: Noor Jansen\nKenmerk: AD-2026-0412\n"))
        #expect(!plain.contains("---"))
        #expect(plain.contains("\nVisie werknemer\n\nIn het gesprek op 3 december 2026 heeft werknemer het volgende verteld. "
                               + "De tekst geeft zo veel mogelijk de eigen woorden van werknemer weer. Op 4 december 2026 "
                               + "is deze tekst aan werknemer teruggekoppeld, met de gelegenheid om tot en met "
                               + "18 december 2026 te reageren.\n"))
        #expect(plain.contains("\nErvaringen\n\n“Ik werk sinds 2014"))
        #expect(plain.contains("\nWensen voor de toekomst\n\n“Ik wil in de zorg blijven werken."))
        #expect(plain.contains("Aanwezig: werknemer; Noor Jansen, arbeidsdeskundige; Petra Bakker (casemanager). "
                               + "Het gesprek is gevoerd volgens de methode Gezien & Gehoord, waarin de ervaringen, "
                               + "behoeften en toekomstwensen van werknemer centraal staan."))
        #expect(plain.contains("\nVervolgafspraken\n\nAfgesproken op 3 december 2026:\n- Met de leidinggevende praten over "
                               + "de wens om 20 uur per week te werken · Wie: werknemer · Wanneer: vóór 16 december 2026\n"))
        #expect(plain.contains("- Volgend gesprek · Wie: werknemer en arbeidsdeskundige · Wanneer: 14 januari 2027"))
        #expect(!plain.contains("[privé]") && !plain.contains("rivé-omstandigheden"))
        // The client's first name is not the report's word for her.
        let belowFacts = plain.components(separatedBy: "Kenmerk: AD-2026-0412\n").last ?? ""
        #expect(!belowFacts.isEmpty && !belowFacts.contains("Anna"))
        for paragraph in notes.ervaringen + notes.behoeften + notes.toekomst + notes.conversation {
            #expect(plain.contains(paragraph))
        }
        // Not yet sent: the attribution says only what is known.
        notes.sent = nil
        #expect(Bouwstenen(inhoud, notes: notes).text(.plain).contains("de eigen woorden van werknemer weer.\n"))
        let markdown = Bouwstenen(inhoud, notes: notes).text(.markdown)
        #expect(markdown.contains("\n### Wensen voor de toekomst\n\n“Ik wil in de zorg blijven werken."))
        #expect(markdown.contains("\n## Visie werknemer\n"))
        #expect(markdown.contains("\n**Naam:** Anna de Vries  \n"))
        #expect(markdown.contains("\n### Reactie werknemer\n\n(nog) geen\n"))
        // Another term for the client, from the content.
        let kandidaat = try Inhoud.load(overrideYAML: "terugkoppeling:\n  rapport:\n    werknemer: kandidaat\n", named: "k.yaml")
        #expect(Bouwstenen(kandidaat, notes: notes).text(.plain).contains("heeft kandidaat het volgende verteld"))
    }

    /// How the client liked the conversation is not for the employer: out of the bouwstenen unless the
    /// organisation's content names a heading for it. The sheet still shows it.
    @Test func bouwstenenLeaveOutTheEvaluationByDefault() throws {
        let notes = try ConversationNotes.load(file: Self.example)
        #expect(!notes.experienced.isEmpty)
        let plain = Bouwstenen(try Inhoud.loadDefault(), notes: notes).text(.plain)
        #expect(!plain.contains("Ik vond het fijn") && !plain.contains("Over het gesprek"))
        let with = try Inhoud.load(overrideYAML: "terugkoppeling:\n  rapport:\n    zo_ervaren: Over het gesprek\n",
                                   named: "o.yaml")
        let included = Bouwstenen(with, notes: notes).text(.plain)
        #expect(included.contains("\nOver het gesprek\n\n“Ik vond het fijn dat ik zelf mocht beginnen."))
        #expect(included.range(of: "Over het gesprek")!.lowerBound < included.range(of: "Reactie werknemer")!.lowerBound)
    }

    /// The client's reaction to the sheet (`reactie`, bouwstenen only): always a line, *(nog) geen* without it.
    @Test func bouwstenenHaveALineForTheReaction() throws {
        let inhoud = try Inhoud.loadDefault()
        let without = Bouwstenen(inhoud, notes: try ConversationNotes.load(file: Self.example)).text(.plain)
        #expect(without.contains("\nWensen voor de toekomst\n\n“Ik wil in de zorg blijven werken. Ik denk aan een rol als "
                                 + "activiteitenbegeleider, of aan taken in de planning. Over een jaar hoop ik weer vaste "
                                 + "uren te hebben die ik volhoud.”\n\nReactie werknemer\n\n(nog) geen\n\nVervolgafspraken\n"))
        let notes = try ConversationNotes.load(yaml: """
            naam: A
            datum: 2026-12-03
            arbeidsdeskundige: B
            toekomst: Werken.
            reactie: |
              Werknemer belde op 10 december: het zijn 14 uur, niet 12.

              [privé] Ze vertelde ook iets over thuis.
            """, named: "r.yaml")
        #expect(notes.reaction == ["Werknemer belde op 10 december: het zijn 14 uur, niet 12."])
        let with = Bouwstenen(inhoud, notes: notes).text(.plain)
        #expect(with.contains("\nReactie werknemer\n\nWerknemer belde op 10 december: het zijn 14 uur, niet 12.\n"))
        #expect(!with.contains("(nog) geen") && !with.contains("thuis"))
        let sheet = try Inhoud.load(overrideYAML: "terugkoppeling:\n  rapport:\n    geen_reactie: \"[reactie invullen]\"\n",
                                    named: "g.yaml")
        #expect(Bouwstenen(sheet, notes: try ConversationNotes.load(file: Self.example)).text(.plain)
                    .contains("\nReactie werknemer\n\n[reactie invullen]\n"))
    }

    /// A sentence bound for the report with a word of the health list is named, with where it is;
    /// words match whole (with `*` for any beginning or ending), in any case, with or without accents
    /// or hyphens. The example notes, written as the method asks, have none.
    @Test func healthWordsInReportBoundNotesAreNamed() throws {
        let inhoud = try Inhoud.loadDefault()
        #expect(Bouwstenen(inhoud, notes: try ConversationNotes.load(file: Self.example)).healthMentions.isEmpty)
        let notes = try ConversationNotes.load(yaml: """
            naam: A
            datum: 2026-12-03
            arbeidsdeskundige: B
            ervaringen: |
              Ik werk in de zorg. Sinds maart heb ik veel last van mijn Onderrug! Tillen lukt niet.

              De huisarts stuurde me naar de FYSIOTHERAPEUT.
            behoeften: Ik wil minder uren. Na mijn burnout gaat het beter.
            toekomst: Ik wil terug naar mijn rugzak-tochten en de brug over. Geen rugpijn meer.
            zo_ervaren: Ik had pijn in mijn buik van de spanning.
            gesprek: Werknemer noemde haar diagnose.
            afspraken:
              - wat: Gesprek over de medicatie
            """, named: "h.yaml")
        let mentions = Bouwstenen(inhoud, notes: notes).healthMentions
        #expect(mentions == [
            HealthMention(field: .ervaringen, sentence: "Sinds maart heb ik veel last van mijn Onderrug!", word: "Onderrug"),
            HealthMention(field: .ervaringen, sentence: "De huisarts stuurde me naar de FYSIOTHERAPEUT.", word: "huisarts"),
            HealthMention(field: .behoeften, sentence: "Na mijn burnout gaat het beter.", word: "burnout"),
            HealthMention(field: .toekomst, sentence: "Geen rugpijn meer.", word: "rugpijn"),
            HealthMention(field: .conversation, sentence: "Werknemer noemde haar diagnose.", word: "diagnose"),
            HealthMention(field: .agreements, sentence: "Gesprek over de medicatie", word: "medicatie"),
        ], "zo_ervaren is not in the report by default; rugzak and brug are not rug")
        #expect(mentions[0].description.hasPrefix("ervaringen: 'Onderrug' in \"Sinds maart heb ik veel last van mijn Onderrug!\""))
        // zo_ervaren counts once the report includes it; an organisation sets its own words.
        let own = try Inhoud.load(overrideYAML: """
            terugkoppeling:
              rapport:
                zo_ervaren: Over het gesprek
                gezondheidswoorden: [buik, "spanning*"]
            """, named: "w.yaml")
        #expect(Bouwstenen(own, notes: notes).healthMentions == [
            HealthMention(field: .experienced, sentence: "Ik had pijn in mijn buik van de spanning.", word: "buik"),
        ])
        #expect(HealthWords(["knieën", "burn-out"]).firstMatch(in: "Mijn knieen en mijn Burn-Out") == "knieen")
        #expect(HealthWords(["burn-out"]).firstMatch(in: "na de burn-out") == "burn-out")
        #expect(HealthWords(["*pijn*"]).firstMatch(in: "pijnlijk") == "pijnlijk")
        #expect(HealthWords(["klacht*"]).firstMatch(in: "de klachtenregeling") == "klachtenregeling")
        #expect(HealthWords(["klacht*"]).firstMatch(in: "rugklacht") == nil)
    }

    @Test func aHealthWordThatIsNotAWordIsAContentError() {
        #expect(throws: InhoudError.self) {
            try Inhoud.load(overrideYAML: "terugkoppeling:\n  rapport:\n    gezondheidswoorden: [\"pi*jn\"]\n", named: "x.yaml")
        }
        do {
            _ = try Inhoud.load(overrideYAML: "terugkoppeling:\n  rapport:\n    gezondheidswoorden: [rug, \"*\"]\n", named: "x.yaml")
            Issue.record("a lone * is not a word")
        } catch {
            #expect(String(describing: error).contains("x.yaml:3: terugkoppeling.rapport.gezondheidswoorden[2]: '*' is not a word to look for."),
                    "\(error)")
        }
    }

    @Test func defaultContentHasTheTerugkoppeling() throws {
        let inhoud = try Inhoud.loadDefault()
        #expect(inhoud.terugkoppeling.title == "Wat we besproken hebben")
        #expect(inhoud.terugkoppeling.topicHeadings[.behoeften] == "Jouw behoeften")
        #expect(inhoud.terugkoppeling.evaluation?.choices == ["ja", "een beetje", "nee"])
        #expect(inhoud.terugkoppeling.evaluation?.questions.count == 3)
        let withoutEvaluation = try Inhoud.load(overrideYAML: "terugkoppeling:\n  evaluatie: ~\n", named: "t.yaml")
        #expect(withoutEvaluation.terugkoppeling.evaluation == nil)
        let u = try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "t.yaml")
        #expect(u.terugkoppeling.status.source.contains("staat wat u mij vertelde"))
        #expect(u.terugkoppeling.topicHeadings[.toekomst] == "Jouw toekomst", "the method's terms stay")
        #expect(u.terugkoppeling.roles[.together]?.source == "U en {{arbeidsdeskundige}}", "never ik: on the sheet that is the client")
        #expect(!inhoud.terugkoppeling.status.source.contains("nog niet mijn conclusie"))
        let arts = try Inhoud.load(overrideYAML: "terugkoppeling:\n  arts: verzekeringsarts\n", named: "a.yaml")
        #expect(arts.terugkoppeling.doctor == "verzekeringsarts")
    }
}
