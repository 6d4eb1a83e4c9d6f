import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing
@testable import Vormgeving

/// The terugkoppeling: reference pages (short notes, long notes that flow on, the u-form), the
/// notes' text in the PDF and the `[privé]` text nowhere, tags, and the type sizes a client needs.
@Suite struct TerugkoppelingTests {
    static let date = CalendarDate(year: 2026, month: 12, day: 3)!

    static let short = ConversationNotes(
        name: "Sanne de Boer", date: date, expert: "Anna de Vries",
        ervaringen: ["Ik werk als kok. Sinds de zomer lukt lang staan niet meer."],
        behoeften: ["Ik wil kortere diensten."],
        agreements: [ConversationNotes.Agreement(what: "Gesprek met de chef", who: "cliënt", when: "10 december 2026")],
        sent: CalendarDate(year: 2026, month: 12, day: 4))

    /// Enough text for the notes themselves to run onto a second page.
    static let long = ConversationNotes(
        name: "Maria Magdalena van den Heuvel-Oosterbroek", date: date, expert: "Anna de Vries",
        ervaringen: Array(repeating: "Ik werk al vijftien jaar in de thuiszorg en ik doe dat graag. Sinds vorig jaar "
                          + "heb ik last van mijn schouder, en het autorijden tussen de cliënten valt me zwaar. "
                          + "Soms moet ik een dienst afzeggen, en dat vind ik erg voor mijn cliënten.", count: 5),
        behoeften: Array(repeating: "Ik heb minder uren nodig en een vaste route, zodat ik weet wat er komt. "
                         + "Een collega die de zware zorg overneemt zou ook helpen.", count: 3),
        toekomst: ["Over een jaar wil ik nog steeds in de zorg werken, misschien als planner."],
        agreements: (1...4).map { ConversationNotes.Agreement(what: "Afspraak nummer \($0) over de uren", who: "Maria",
                                                               when: "januari 2027") },
        experienced: ["Ik vond het een goed gesprek. Ik had niet verwacht dat ik zoveel zou vertellen."],
        present: "Petra Bakker (casemanager) en Joost de Graaf (leidinggevende)", kenmerk: "AD-2026-0999",
        replyBy: CalendarDate(year: 2026, month: 12, day: 24))

    func render(_ inhoud: Inhoud, _ notes: ConversationNotes, as format: OutputFormat,
                warnings: LayoutWarnings = LayoutWarnings()) throws -> RenderedDocument {
        try Repository.renderer().render(TerugkoppelingLayout.document(inhoud, notes: notes, warnings: warnings), as: format)
    }

    func writePDF(_ inhoud: Inhoud, _ notes: ConversationNotes) throws -> String {
        let path = try Repository.temporaryDirectory("terugkoppeling").appendingPathComponent("t.pdf").path
        try FileOutput.write(try render(inhoud, notes, as: .pdf), to: path)
        return path
    }

    @Test(arguments: [("short", 1), ("short", 2), ("short", 3), ("long", 1), ("long", 2), ("u", 1)])
    func pageMatchesSnapshot(_ variant: String, _ page: Int) throws {
        let inhoud = variant == "u" ? try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml")
            : try Inhoud.loadDefault()
        let warnings = LayoutWarnings()
        let rendered = try render(inhoud, variant == "long" ? Self.long : Self.short, as: .png(dpi: 100), warnings: warnings)
        // The short notes fill three pages (the onderwerpen on the first, the agreements and how to
        // react on the second, the evaluation, kept on one page, on the last), the long ones four.
        #expect(rendered.files.count == (variant == "long" ? 4 : 3))
        #expect(warnings.all.isEmpty, "\(warnings.messages)")
        assertPageSnapshot(rendered.files[page - 1], group: "terugkoppeling", named: "\(variant)-\(page)")
    }

    /// Every client text of the notes is in the PDF, whole; the arbeidsdeskundige's observations and
    /// the private line are not.
    @Test func theNotesTextIsInThePDFAndThePrivateTextIsNot() throws {
        let example = Repository.root.appendingPathComponent("Examples/gesprek.yaml")
        let notes = try ConversationNotes.load(file: example)
        let source = try String(contentsOf: example, encoding: .utf8)
        #expect(source.contains("[privé] Privé-omstandigheden"))
        let text = try Tools.pdfText(try writePDF(try Inhoud.loadDefault(), notes))
        let flat = text.replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!notes.experienced.isEmpty && flat.contains("Ons gesprek"))
        for paragraph in notes.ervaringen + notes.behoeften + notes.toekomst + notes.experienced {
            #expect(flat.contains(paragraph), "missing: \(paragraph)")
        }
        // The table's cells stand side by side: in the content's order, each cell is whole.
        let raw = try Tools.pdfText(try writePDF(try Inhoud.loadDefault(), notes), raw: true)
            .replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for agreement in notes.agreements { #expect(raw.contains(agreement.what), "\(agreement.what)") }
        // Who does it by name: "ik" on this sheet is the client.
        #expect(raw.contains("te werken Jij vóór 16 december 2026"))
        #expect(raw.contains("op de afdeling Noor Jansen 11 december 2026"))
        #expect(raw.contains("Volgend gesprek Jij en Noor Jansen 14 januari 2027"))
        #expect(!raw.contains(" Ik 11 december") && !raw.contains("Wij samen"))
        for observation in notes.conversation { #expect(!flat.contains(observation), "the observations are for the report") }
        #expect(!flat.contains("omstandigheden") && !flat.contains("rivé"))
        #expect(flat.contains("uiterlijk donderdag 17 december 2026"), "the reply date: 10 working days later")
        // What to do when something is wrong, on the first page, with the number to call.
        #expect(flat.contains("Klopt er iets niet? Laat het me uiterlijk donderdag 17 december 2026 weten: 012 345 67 89."))
        #expect(flat.contains("Noem dan dit nummer: AD-2026-0412. Ben je later? Bel me dan toch."))
        #expect(flat.contains("zoals het advies van de bedrijfsarts"))
        #expect(flat.contains("Het rapport gaat naar je werkgever."))
        // That medical details stay out of the report, and how to keep something else out.
        #expect(flat.contains("Medische informatie, zoals een ziekte, klachten of een behandeling, zet ik er niet in."))
        #expect(flat.contains("Staat er iets wat je liever niet in het rapport wilt? Zeg het me."))
        // The method and who sends it, at the top; the headings say what the method's terms mean.
        #expect(flat.hasPrefix("Gezien & Gehoord · Arbeidsdeskundig Bureau Voorbeeld Wat we besproken hebben"))
        #expect(flat.contains("Jouw behoeften – wat heb je nodig?"))
        #expect(flat.contains("In de gekleurde vakken staat daarom ‘ik’: dan ben jij aan het woord."))
        #expect(!flat.contains("nog niet mijn conclusie"))
        #expect(flat.contains("Hierover hebben we het nog niet gehad.") == false)
    }

    /// An onderwerp without notes keeps its heading and says so; `gesprek` stays off the sheet.
    @Test func anEmptyTopicSaysSo() throws {
        let text = try Tools.pdfText(try writePDF(try Inhoud.loadDefault(), Self.short))
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Jouw toekomst – wat wil je bereiken? Hierover hebben we het nog niet gehad."))
        #expect(flat.contains("Verzonden op 4 december 2026"))
        #expect(flat.contains("uiterlijk vrijdag 18 december 2026"), "counted from the day it was sent")
    }

    @Test func aRelativeDateInAnAgreementIsAWarning() throws {
        var notes = Self.short
        notes.agreements = [ConversationNotes.Agreement(what: "Bellen", who: "Sanne", when: "volgende week", whenLine: 12)]
        let warnings = LayoutWarnings()
        _ = try render(try Inhoud.loadDefault(), notes, as: .pdf, warnings: warnings)
        #expect(warnings.all.map(\.field) == [.notes(.agreements)])
        #expect(warnings.all.first?.message.hasPrefix("line 12: agreement 1 is due 'volgende week'") == true)
    }

    @Test func longNotesFlowOntoAnotherPageAndAreNeverCut() throws {
        let path = try writePDF(try Inhoud.loadDefault(), Self.long)
        let text = try Tools.pdfText(path).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!text.contains("…"))
        #expect(text.components(separatedBy: "Soms moet ik een dienst afzeggen").count == 6)
        // The page numbers sit right of the footer line; poppler's reading order drops them, its raw order does not.
        let raw = try Tools.pdfText(path, raw: true)
        let pages = raw.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count == 4)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Pagina \(index + 1) van \(pages.count)"))
            #expect(page.contains("Lees verder op de volgende pagina") == (index < pages.count - 1), "not on the last page")
        }
        #expect(raw.contains("Kenmerk AD-2026-0999"))
        // A paragraph longer than a page is split between sentences, not cut off.
        let huge = ConversationNotes(name: "A", date: Self.date, expert: "B",
                                     ervaringen: [Array(repeating: "Dit is een zin over mijn werk.", count: 300).joined(separator: " ")])
        let warnings = LayoutWarnings()
        let rendered = try render(try Inhoud.loadDefault(), huge, as: .pdf, warnings: warnings)
        #expect(warnings.all.isEmpty)
        let hugePath = try Repository.temporaryDirectory("huge").appendingPathComponent("h.pdf").path
        try FileOutput.write(rendered, to: hugePath)
        // Word by word: a line, and a page, may break between "mijn" and "werk.".
        let hugeWords = try Tools.pdfText(hugePath).split(whereSeparator: \.isWhitespace)
        #expect(hugeWords.filter { $0 == "zin" }.count == 300 && hugeWords.filter { $0 == "werk." }.count == 300)
    }

    /// The client's words fill a page and go on on the next between two lines: a heading never ends
    /// a page; neither a paragraph nor an onderwerp leaves one line alone on either side of a break;
    /// an onderwerp of at most six lines never breaks; and a page ends only when what must go on
    /// together does not fit. Notes of 1 to 70 sentences and 1 to 4 short paragraphs, so breaks fall
    /// everywhere.
    @Test func notesBreakBetweenLinesAndAHeadingNeverEndsAPage() throws {
        let inhoud = try Inhoud.loadDefault()
        final class Box: @unchecked Sendable { var plans: [[[TerugkoppelingLayout.PlacedBlock]]] = [] }
        let box = Box()
        let sentence = "Ik vertel hier iets over mijn werk en over hoe het nu met me gaat."
        let pages = (1...70).map { count in
            var notes = Self.short
            notes.ervaringen = [Array(repeating: sentence, count: count).joined(separator: " "), "Nog een korte alinea."]
            notes.behoeften = Array(repeating: "Een alinea van twee regels over wat ik nodig heb om weer goed aan het "
                                        + "werk te kunnen, en over wie mij daarbij kan helpen.", count: count % 4 + 1)
            notes.toekomst = Array(repeating: "Een regel over later.", count: count % 3 + 1)
            return Page(size: .a4) { canvas in
                box.plans.append(try TerugkoppelingLayout.SheetPlan(inhoud, notes: notes, on: canvas,
                                                                    warnings: LayoutWarnings()).placements)
            }
        }
        _ = try Repository.renderer().render(Document(info: DocumentInfo(title: "flow"), pages: pages), as: .pdf)
        #expect(box.plans.count == 70)
        var splitParagraphs = 0, splitSections = 0, wholeShortSections = 0
        for (variant, plan) in box.plans.enumerated() {
            for (index, page) in plan.enumerated() where index < plan.count - 1 {
                let last = try #require(page.last)
                let next = plan[index + 1]
                #expect(!last.block.name.hasPrefix("the heading"), "variant \(variant + 1): page \(index + 1) ends with \(last.block.name)")
                // What went over together was too tall for the room left.
                let chain = next.prefix(through: next.firstIndex { !$0.block.keepWithNext } ?? next.count - 1)
                let chainHeight = chain.map(\.block.height).reduce(0, +) + chain.dropFirst().map(\.block.spaceBefore).reduce(0, +)
                let free = TerugkoppelingLayout.Geometry.bottom - (last.top + last.block.height)
                #expect(free < chainHeight + (chain.first?.block.spaceBefore ?? 0) + 0.01,
                        "variant \(variant + 1): page \(index + 1) leaves \(free) mm before \(chain.first?.block.name ?? "")")
                if let section = Self.section(of: last.block.name), section == next.first.flatMap({ Self.section(of: $0.block.name) }) {
                    splitSections += 1
                    let here = page.filter { Self.section(of: $0.block.name) == section }.count
                    let there = next.filter { Self.section(of: $0.block.name) == section }.count
                    #expect(here >= 2 && there >= 2, "variant \(variant + 1): \(section) \(here) + \(there) lines")
                    #expect(here + there > TerugkoppelingLayout.SheetPlan.wholeSectionLines,
                            "variant \(variant + 1): \(section) of \(here + there) lines is broken")
                }
                if let paragraph = Self.paragraph(of: last.block.name), paragraph == next.first.flatMap({ Self.paragraph(of: $0.block.name) }) {
                    splitParagraphs += 1
                    let here = page.filter { Self.paragraph(of: $0.block.name) == paragraph }.count
                    let there = next.filter { Self.paragraph(of: $0.block.name) == paragraph }.count
                    #expect(here >= 2 && there >= 2, "variant \(variant + 1): \(paragraph) \(here) + \(there) lines")
                }
                // A short onderwerp that did not fit went over whole, with its heading.
                if let first = next.first, first.block.name.hasPrefix("the heading Jouw"),
                   let section = next.dropFirst().first.flatMap({ Self.section(of: $0.block.name) }),
                   next.filter({ Self.section(of: $0.block.name) == section }).count <= TerugkoppelingLayout.SheetPlan.wholeSectionLines {
                    wholeShortSections += 1
                }
            }
        }
        #expect(splitParagraphs > 10, "the sweep breaks paragraphs between pages")
        #expect(splitSections > splitParagraphs, "and onderwerpen between paragraphs")
        #expect(wholeShortSections > 0, "and moves short onderwerpen whole")
    }

    /// "ervaringen" for the block "ervaringen paragraph 2 line 3", nil for other blocks.
    static func section(of name: String) -> String? {
        guard let range = name.range(of: " paragraph "), name.contains(" line ") else { return nil }
        return String(name[..<range.lowerBound])
    }

    /// "ervaringen paragraph 2" for the block "ervaringen paragraph 2 line 3", nil for other blocks.
    static func paragraph(of name: String) -> String? {
        guard let range = name.range(of: " line ", options: .backwards), name.contains(" paragraph ") else { return nil }
        return String(name[..<range.lowerBound])
    }

    /// A date in the *Wanneer* column breaks as a whole: the column is narrow.
    @Test func aDateInTheTableStaysOnOneLine() {
        let keep = TerugkoppelingLayout.AgreementsTable.datesKeptTogether
        #expect(keep("vóór 17 december 2026") == "vóór 17\u{00A0}december\u{00A0}2026")
        #expect(keep("in Januari 2027, na 3 februari") == "in Januari\u{00A0}2027, na 3\u{00A0}februari")
        #expect(keep("week 12 of 2027") == "week 12 of 2027")
        #expect(keep("") == "" && keep("morgen") == "morgen")
    }

    /// A table that runs onto another page names its columns again there.
    @Test func aLongTableRepeatsItsHeaderRow() throws {
        var notes = Self.short
        notes.agreements = (1...30).map { ConversationNotes.Agreement(what: "Afspraak \($0)", who: "Sanne", when: "later") }
        let path = try Repository.temporaryDirectory("table").appendingPathComponent("t.pdf").path
        let rendered = try render(try Inhoud.loadDefault(), notes, as: .pdf)
        try FileOutput.write(rendered, to: path)
        let pages = try Tools.pdfText(path, raw: true).components(separatedBy: "\u{0C}").filter { $0.contains("Afspraak ") }
        #expect(pages.count >= 2)
        for page in pages { #expect(page.contains("Wat Wie Wanneer"), "\(page.prefix(300))") }
        #expect(try Tools.pdfText(path).components(separatedBy: "Afspraak ").count == 31)
    }

    @Test func taggedWithATableAndLanguage() throws {
        let pdf = try Tools.uncompressedPDF(try writePDF(try Inhoud.loadDefault(), Self.short))
        for tag in ["/S /H1", "/S /H2", "/S /P", "/S /Table", "/S /TR", "/S /TH", "/S /TD", "/S /Figure", "/S /L"] {
            #expect(pdf.contains(tag), "missing \(tag)")
        }
        #expect(pdf.contains("/Lang (nl-NL)"))
        #expect(pdf.contains("(een lijstje met vinkjes)"), "the agreements' own pictogram, with its alternative text")
        let info = TerugkoppelingLayout.info(try Inhoud.loadDefault(), notes: Self.short)
        #expect(info.title == "Wat we besproken hebben · Sanne de Boer")
    }

    @Test func clientTextIsLargeEnoughAndContrasted() {
        typealias T = TerugkoppelingLayout.Typography
        for style in [T.body, T.bodyBold, T.aside, T.cell, T.fieldValue, T.continues] { #expect(style.size >= 12) }
        for style in [T.kicker, T.sent, T.aside, T.fieldLabel, T.columnLabel, T.footer, T.heading, T.title] {
            #expect(style.size >= 9)
            #expect(style.colour.contrastRatio(with: .white) >= 4.5)
        }
        for part in Stijl.Part.allCases {
            #expect(Stijl.colours(part).text.contrastRatio(with: .white) >= 4.5)
            #expect(T.body.colour.contrastRatio(with: Stijl.colours(part).tint) >= 4.5)
        }
        #expect(T.body.colour.contrastRatio(with: Stijl.colours(.centre).tint) >= 4.5)
    }

    @Test func aNameTooLongForTheHeadingIsAWarning() throws {
        var notes = Self.short
        notes.name = String(repeating: "Heel-lange-achternaam ", count: 8)
        let warnings = LayoutWarnings()
        _ = try render(try Inhoud.loadDefault(), notes, as: .pdf, warnings: warnings)
        #expect(warnings.all.map(\.field) == [.notes(.name)])
        #expect(warnings.all.first?.material == .terugkoppeling)
    }
}
