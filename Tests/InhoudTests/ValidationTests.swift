import Foundation
@testable import Inhoud
import Testing

/// Each mistake an organisation can make names file, line and field, and says what to do.
@Suite("Validation messages")
struct ValidationTests {
    @Test func emailAddressesAndColoursAreCheckedLikeTheirPatterns() throws {
        let email = try Regex(#"^[^@\s]+@[^@\s]+\.[^@\s]+$"#)
        for sample in ["info@organisatie.nl", "a@b.c", "a@.b", "a@b.", "@b.c", "a@b", "a b@c.d", "a@b@c.d", "a@b..c",
                       "a@b.c ", "x.y@sub.domein.nl", "", "a@b\tc.d"] {
            #expect(ContentDecoder.looksLikeEmail(sample) == ((try? email.wholeMatch(in: sample)) != nil), "\(sample)")
        }
        let colour = try Regex(#"^#[0-9A-Fa-f]{6}$"#)
        for sample in ["#1F5F8B", "#abcdef", "#ABCDEG", "1F5F8B", "#1F5F8", "#1F5F8BB", "", "#", "#gggggg", "# 1F5F8"] {
            #expect(ContentDecoder.isHexColour(sample) == ((try? colour.wholeMatch(in: sample)) != nil), "\(sample)")
        }
    }

    @Test func idsAreLowercaseWordsJoinedBySingleHyphens() throws {
        let regex = try Regex(#"^[a-z0-9]+(-[a-z0-9]+)*$"#)
        let samples = ["mijn-vraag", "a", "v2", "jouw-ervaringen-1", "", "-a", "a-", "a--b", "Mijn", "mijn vraag",
                       "één", "a_b", "a.b", "9-9", "-", "ab-cd-ef"]
        for sample in samples {
            #expect(MappingReader.isWellFormedID(sample) == ((try? regex.wholeMatch(in: sample)) != nil), "\(sample)")
        }
    }

    @Test func duplicateIDInAnOverrideList() throws {
        let error = try #require(loadingError("dubbel-id.yaml"))
        let file = Fixtures.url("dubbel-id.yaml").relativePath
        expectProblem(error.problems, .duplicateId, file: file, line: 6,
                      field: "onderwerpen[behoeften].vragen[rust].id", mentions: ["used twice", "\(file):4"])
        #expect(error.description.hasPrefix("\(file):6: onderwerpen[behoeften].vragen[rust].id: "))
    }

    @Test func duplicateIDInAReplacedList() {
        // One question without id makes this list replace the default, so validation sees both ids.
        let problems = problems(in: """
            onderwerpen:
              - id: toekomst
                vragen:
                  - Wat wil je?
                  - id: droom
                    tekst: Waar droom je van?
                  - id: droom
                    tekst: Wat is je wens?
            """)
        expectProblem(problems, .duplicateId, line: 7, field: "onderwerpen[toekomst].vragen[droom].id",
                      mentions: ["used twice", "first at test.yaml:5"])
        #expect(problems.count == 1)
    }

    @Test func aListOfTheWrongLengthIsNotReadFurther() {
        let problems = problems(in: """
            themas:
              - id: dit-gesprek
                vragen:
                  - Hoe gaat het?
                  - id: pauze
                    tekst: Pauze?
                  - id: pauze
                    tekst: Even stoppen?
            """)
        expectProblem(problems, .wrongCount, line: 3, field: "themas[dit-gesprek].vragen", mentions: ["1 or 2 questions"])
        #expect(problems.count == 1, "one mistake, one message: \(problems)")
    }

    @Test func itemsWithoutIDs() {
        let problems = problems(in: """
            gebruik:
              stappen:
                - Stap zonder id
            brief:
              alineas:
                - id: informeren
                  tekst: Hallo.
                - tekst: Geen id.
                - id: Voorbereiden!
                  tekst: Tot dan.
            """)
        expectProblem(problems, .wrongType, line: 3, field: "gebruik.stappen[1]", mentions: ["'id:'"])
        expectProblem(problems, .missingField, line: 8, field: "brief.alineas[2].id", mentions: ["Add 'id:'"])
        expectProblem(problems, .invalidValue, line: 9, field: "brief.alineas[Voorbereiden!].id",
                      mentions: ["lowercase letters"])
    }

    @Test func missingField() throws {
        let error = try #require(loadingError("ontbrekend-veld.yaml"))
        let file = Fixtures.url("ontbrekend-veld.yaml").relativePath
        expectProblem(error.problems, .missingField, file: file, line: 3, field: "brief.alineas[parkeren].tekst",
                      mentions: ["missing", "Add 'tekst:'"])
        #expect(error.problems.count == 1)
    }

    @Test func emptyFieldInTheOverride() {
        let problems = problems(in: "strip:\n  panelen:\n    - id: behoeften\n      bijschrift: ~\n")
        expectProblem(problems, .emptyField, line: 4, field: "strip.panelen[behoeften].bijschrift",
                      mentions: ["leave the line out to keep the default"])
    }

    @Test func wrongCountAfterMerging() throws {
        let error = try #require(loadingError("verkeerd-aantal.yaml"))
        let file = Fixtures.url("verkeerd-aantal.yaml").relativePath
        expectProblem(error.problems, .wrongCount, file: file, line: 3, field: "themas[richting-en-kader].vragen",
                      mentions: ["must have 1 or 2 questions, found 3 (doel, vervolg, rol)"])
    }

    @Test func emptyQuestionListReplacesAndFails() {
        let questions = problems(in: "onderwerpen:\n  - id: behoeften\n    vragen: []\n")
        expectProblem(questions, .wrongCount, line: 3, field: "onderwerpen[behoeften].vragen",
                      mentions: ["must have at least one question", "Add one, or leave 'vragen' out"])
        let panels = problems(in: "strip:\n  panelen:\n    - Ons gesprek\n")
        expectProblem(panels, .wrongCount, line: 2, field: "strip.panelen", mentions: ["exactly 4 panels, found 1. Add 3"])
    }

    @Test func mistypedOnderwerpIDIsAddedAndCounted() {
        let problems = problems(in: "onderwerpen:\n  - id: behoefte\n    kort: Wat heb je nodig?\n")
        expectProblem(problems, .wrongCount, line: 1, field: "onderwerpen",
                      mentions: ["exactly 3 onderwerpen, found 4 (ervaringen, behoeften, toekomst, behoefte)", "typos"])
    }

    @Test func badURL() throws {
        let error = try #require(loadingError("foute-url.yaml"))
        let file = Fixtures.url("foute-url.yaml").relativePath
        expectProblem(error.problems, .invalidURL, file: file, line: 2, field: "keuzehulp.url",
                      mentions: ["www.han.nl/keuzehulp", "https://"])
        for url in ["ftp://www.han.nl/", "https://", "https://www.han.nl/met spatie"] {
            let problems = problems(in: "keuzehulp:\n  url: \(url)\n")
            expectProblem(problems, .invalidURL, line: 2, field: "keuzehulp.url")
        }
    }

    @Test func unknownKeySuggestsTheRightOne() throws {
        let error = try #require(loadingError("onbekend-veld.yaml"))
        let file = Fixtures.url("onbekend-veld.yaml").relativePath
        expectProblem(error.problems, .unknownKey, file: file, line: 3, field: "organisatie.telefon",
                      mentions: ["unknown field 'telefon'", "Did you mean 'telefoon'?"])
    }

    @Test func unknownKeysAnywhere() {
        let problems = problems(in: """
            themaas: []
            onderwerpen:
              - id: ervaringen
                vragen:
                  - id: hoe-gaat-het
                    tekts: Hoe is het?
            """)
        expectProblem(problems, .unknownKey, line: 1, field: "themaas", mentions: ["Did you mean 'themas'?"])
        expectProblem(problems, .unknownKey, line: 6, field: "onderwerpen[ervaringen].vragen[hoe-gaat-het].tekts",
                      mentions: ["Did you mean 'tekst'?"])
    }

    @Test func unknownPlaceholderEvenInTheUnusedForm() throws {
        let error = try #require(loadingError("onbekend-invulveld.yaml"))
        let file = Fixtures.url("onbekend-invulveld.yaml").relativePath
        expectProblem(error.problems, .unknownPlaceholder, file: file, line: 5,
                      field: "brief.alineas[verwachtingen].tekst.u", mentions: ["{{naaam}}", "Did you mean {{naam}}?"])
    }

    @Test func malformedTemplates() {
        let cases: [(String, String)] = [
            ("Bel {{telefoon}", "no closing"),
            ("{{#telefoon}}Bel {{telefoon}}.", "{{/telefoon}}"),
            ("Bel me.{{/telefoon}}", "not opened"),
            ("{{> voet}}", "not supported"),
        ]
        for (template, mention) in cases {
            let problems = problems(in: "brief:\n  afsluiting: \"\(template)\"\n")
            expectProblem(problems, .invalidTemplate, line: 2, field: "brief.afsluiting", mentions: [mention])
        }
    }

    @Test func theLettersNewBlocksAreCheckedLikeTheRest() {
        let problems = problems(in: """
            brief:
              afspraak:
                regels:
                  - id: tijd
                    tekst: "{{tyd}} uur"
                  - id: pauze
                    label: Pauze
            voorbereiding:
              kopregel: "Voor {{naam}"
            keuzehulp:
              scan: ~
            """)
        expectProblem(problems, .unknownPlaceholder, line: 5, field: "brief.afspraak.regels[tijd].tekst",
                      mentions: ["Did you mean {{tijd}}?"])
        expectProblem(problems, .missingField, line: 6, field: "brief.afspraak.regels[pauze].tekst", mentions: ["Add 'tekst:'"])
        expectProblem(problems, .invalidTemplate, line: 9, field: "voorbereiding.kopregel", mentions: ["no closing"])
        expectProblem(problems, .emptyField, line: 11, field: "keuzehulp.scan")
        #expect(problems.count == 4, "\(problems)")
    }

    @Test func unquotedPlaceholderGetsAQuotingHint() {
        let problems = problems(in: "brief:\n  ondertekening:\n    - {{arbeidsdeskundige}}\n")
        expectProblem(problems, .wrongType, line: 3, field: "brief.ondertekening[1]", mentions: ["between quotes"])
    }

    @Test func anInlineListIsRecognisedInAFileWithWindowsLineEnds() {
        let problems = problems(in: "brief:\r\n  ondertekening:\r\n    - [arbeidsdeskundige]\r\n")
        expectProblem(problems, .wrongType, line: 3, field: "brief.ondertekening[1]", mentions: ["between quotes"])
    }

    @Test func yamlSyntaxErrorNamesFileAndLine() throws {
        let error = try #require(loadingError("syntaxfout.yaml"))
        guard case .syntax(let file, let line, _, _) = error else {
            Issue.record("expected a syntax error, got \(error)")
            return
        }
        #expect(file == Fixtures.url("syntaxfout.yaml").relativePath)
        #expect(line == 3)
        #expect(error.description.hasPrefix("\(file):3:"))
        #expect(error.description.contains("YAML syntax error"))
    }

    @Test func duplicateKeyIsASyntaxError() throws {
        let error = try #require(loadingError { () throws(InhoudError) in
            try Inhoud.load(overrideYAML: "organisatie:\n  naam: A\n  naam: B\n", named: "test.yaml")
        })
        #expect(error.description.hasPrefix("test.yaml:2:"))
        #expect(error.description.contains("'naam' appears twice"))
    }

    @Test func missingFile() throws {
        let url = Fixtures.url("bestaat-niet.yaml")
        let error = try #require(loadingError { () throws(InhoudError) in try Inhoud.load(contentFile: url) })
        #expect(error == .fileNotFound(path: url.relativePath))
        #expect(error.description == "\(url.relativePath): file not found. Check the path given to --content.")
    }

    @Test func relativePathIsShownAsGiven() throws {
        let error = try #require(loadingError { () throws(InhoudError) in
            try Inhoud.load(contentFile: URL(fileURLWithPath: "geen-map/mijn-inhoud.yaml"))
        })
        #expect(error.description.hasPrefix("geen-map/mijn-inhoud.yaml: file not found"))
    }

    @Test func notUTF8() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inhoud-\(UUID().uuidString).yaml")
        let windows1252 = Data("organisatie:\n  naam: Caf".utf8) + Data([0xE9, 0x0A])  // "Café" as Excel saves it
        try windows1252.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(loadingError { () throws(InhoudError) in try Inhoud.load(contentFile: url) })
        #expect(error.description.contains("not UTF-8"))
    }

    @Test func formOfAddress() {
        let problems = problems(in: "aanspreekvorm: jij\n")
        expectProblem(problems, .invalidValue, line: 1, field: "aanspreekvorm", mentions: ["'je' or 'u'"])
    }

    @Test func missingVariantForTheChosenForm() {
        let problems = problems(in: "aanspreekvorm: u\nbrief:\n  onderwerp:\n    je: \"Hoi {{naam}}\"\n")
        expectProblem(problems, .missingField, line: 3, field: "brief.onderwerp.u", mentions: ["aanspreekvorm is 'u'"])
    }

    @Test func envelopeWindow() {
        let offSheet = problems(in: "organisatie:\n  envelopvenster:\n    x: 150\n")
        expectProblem(offSheet, .invalidValue, line: 2, field: "organisatie.envelopvenster",
                      mentions: ["runs off the A4 sheet", "235 mm"])
        let zero = problems(in: "organisatie:\n  envelopvenster:\n    hoogte: 0\n")
        expectProblem(zero, .invalidValue, line: 2, field: "organisatie.envelopvenster", mentions: ["more than 0"])
        let text = problems(in: "organisatie:\n  envelopvenster:\n    y: vijftig\n")
        expectProblem(text, .invalidValue, line: 3, field: "organisatie.envelopvenster.y", mentions: ["not a number"])
        #expect((try? Inhoud.load(overrideYAML: "organisatie:\n  envelopvenster:\n    y: 45,5\n", named: "t.yaml"))?
            .organisation.envelopeWindow.y == 45.5)
    }

    @Test func stripPanelsAndLetterReferences() {
        let problems = problems(in: """
            strip:
              panelen:
                - id: ervaringen
                  hoort_bij: ervaring
                - id: toekomst
                  hoort_bij: centrum
            brief:
              extra_na: bijlag
            keuzehulp:
              meesturen: misschien
            """)
        expectProblem(problems, .unknownId, line: 4, field: "strip.panelen[ervaringen].hoort_bij",
                      mentions: ["centrum, ervaringen, behoeften, toekomst"])
        expectProblem(problems, .duplicateId, line: 6, field: "strip.panelen[toekomst].hoort_bij",
                      mentions: ["already has a panel"])
        expectProblem(problems, .unknownId, line: 8, field: "brief.extra_na", mentions: ["verwachtingen, bijlage"])
        expectProblem(problems, .invalidValue, line: 10, field: "keuzehulp.meesturen", mentions: ["ja or nee"])
    }

    @Test func removingAnUnknownItem() {
        let problems = problems(in: "themas:\n  - id: openheid\n    verwijder: ja\n")
        expectProblem(problems, .unknownId, line: 2, field: "themas[openheid]", mentions: ["onze-openheid"])
    }

    @Test func otherOrganisationFields() {
        let problems = problems(in: """
            organisatie:
              email: info-at-brug.nl
              kleur: blauw
              logo: bestaat-niet.png
              adres: []
            """)
        expectProblem(problems, .invalidValue, line: 2, field: "organisatie.email")
        expectProblem(problems, .invalidValue, line: 3, field: "organisatie.kleur", mentions: ["#RRGGBB"])
        expectProblem(problems, .missingFile, line: 4, field: "organisatie.logo", mentions: ["bestaat-niet.png"])
        expectProblem(problems, .wrongCount, line: 5, field: "organisatie.adres", mentions: ["at least one line"])
    }

    @Test func allProblemsAreReportedInFileOrder() {
        let problems = problems(in: "keuzehulp:\n  url: han\norganisatie:\n  telefon: 1\naanspreekvorm: U2\n")
        #expect(problems.map(\.line) == [2, 4, 5])
        #expect(problems.allSatisfy { $0.file == "test.yaml" })
    }

    @Test func problemsInTheDefaultAreNotBlamedOnTheOverride() {
        // The override only clears a field; the complaint is about the override's line.
        let problems = problems(in: "centrum:\n  kort: ~\n")
        expectProblem(problems, .emptyField, line: 2, field: "centrum.kort")
    }
}
