import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing
@testable import Vormgeving

/// The Werkblad: the three reference pages, and the requirements of its layout measured on the
/// rendered page (margins, sizes, contrast, the note areas, fitting what clients typed).
@Suite struct WerkbladTests {
    static let personalised = Appointment(
        name: "Anna Ëlsa de Vries-Çelik", date: CalendarDate(year: 2026, month: 12, day: 3), expert: "Noor Jansen",
        topics: "Mijn rugklachten en of ik weer in de bouw kan werken. Ook wil ik praten over mijn uren.")
    /// A name of 200 characters and a topics text of 2,000 characters.
    static let long = Appointment(
        name: String(String(repeating: "Johanna Wilhelmina van den Berg-Ouderkerk ", count: 5).prefix(200)),
        date: CalendarDate(year: 2026, month: 1, day: 28), expert: "Maria-Christina van Oldenbarnevelt-Tjoa",
        topics: String(String(repeating: "Ik wil het hebben over mijn werk, mijn gezondheid en wat ik nodig heb om weer te beginnen. ",
                              count: 25).prefix(2000)))
    static let variants: [(name: String, appointment: Appointment)] = [
        ("blank", Appointment()), ("personalised", personalised), ("long", long),
    ]

    // MARK: Reference pages

    @Test(arguments: variants.map(\.name))
    func pageMatchesSnapshot(_ name: String) throws {
        let appointment = try #require(Self.variants.first { $0.name == name }).appointment
        let document = WerkbladLayout.document(try Inhoud.loadDefault(), appointments: [appointment], warnings: LayoutWarnings())
        let rendered = try Repository.renderer().render(document, as: .png(dpi: 100))
        assertPageSnapshot(rendered.files[0], group: "werkblad", named: name)
    }

    // MARK: The page

    @Test func onePagePerAppointmentOnA4() throws {
        let inhoud = try Inhoud.loadDefault()
        let document = WerkbladLayout.document(inhoud, appointments: [Appointment(), Self.personalised, Self.long],
                                               warnings: LayoutWarnings())
        #expect(document.pages.count == 3)
        #expect(document.pages.allSatisfy { $0.size == .a4 })
        let page = WerkbladLayout.page(inhoud, appointment: Self.personalised, warnings: LayoutWarnings())
        #expect(page.size == .a4)
        #expect(WerkbladLayout.info(inhoud, appointments: [Self.personalised]).title.hasSuffix("Anna Ëlsa de Vries-Çelik"))
        #expect(WerkbladLayout.info(inhoud, appointments: [Self.personalised, Self.long]).title == inhoud.werkblad.title)
    }

    @Test func personalisedPagePrintsTheClientTheDutchDateAndTheTopics() throws {
        let text = try pdfText(Self.personalised)
        #expect(text.contains("Anna Ëlsa de Vries-Çelik"))
        #expect(text.contains("3 december 2026"))
        #expect(text.contains("Noor Jansen"))
        #expect(text.contains("Mijn rugklachten"))
        #expect(!text.contains("2026-12-03"))
    }

    @Test func everyQuestionAndLabelIsOnThePage() throws {
        let inhoud = try Inhoud.loadDefault()
        let warnings = LayoutWarnings()
        let placed = try render(inhoud, Appointment(), warnings: warnings).placedText.map(\.text)
        let all = placed.joined(separator: "\n")
        for thema in inhoud.themas {
            #expect(placed.contains(thema.title))
            for question in thema.questions { #expect(placed.contains(question.text), "missing: \(question.text)") }
        }
        for onderwerp in inhoud.onderwerpen {
            #expect(placed.contains(onderwerp.title))
            #expect(placed.contains(onderwerp.notesLabel))
            for question in onderwerp.questions { #expect(placed.contains(question.text), "missing: \(question.text)") }
        }
        let labels = inhoud.werkblad.fieldLabels
        for label in [labels.name, labels.date, labels.expert, labels.topics, inhoud.werkblad.title, inhoud.centre.title,
                      inhoud.werkblad.conversationHeading, inhoud.werkblad.topicsHeading] {
            #expect(all.contains(label), "missing: \(label)")
        }
        #expect(warnings.messages.isEmpty, "\(warnings.messages)")
    }

    @Test(arguments: variants.map(\.name))
    func textKeepsTheMarginsAndNothingOverlaps(_ name: String) throws {
        let appointment = try #require(Self.variants.first { $0.name == name }).appointment
        let placed = try render(try Inhoud.loadDefault(), appointment).placedText
        let printable = PageSize.a4.bounds.inset(by: 12)
        for text in placed {
            #expect(printable.contains(text.frame, tolerance: 0.01), "\(text.text.prefix(30)) at \(text.frame) is within 12 mm of the edge")
        }
        for (index, a) in placed.enumerated() {
            for b in placed[(index + 1)...] {
                #expect(!a.frame.inset(by: 0.2).intersects(b.frame.inset(by: 0.2)),
                        "\"\(a.text.prefix(30))\" overlaps \"\(b.text.prefix(30))\"")
            }
        }
    }

    // MARK: Note areas

    @Test func noteAreasTakeTheBottomThirdWithHandwritingLines() throws {
        let plan = try plan(try Inhoud.loadDefault())
        #expect(plan.noteAreas.count == 3)
        let top = try #require(plan.noteAreas.map(\.minY).min())
        let bottom = try #require(plan.noteAreas.map(\.maxY).max())
        #expect(bottom - top >= PageSize.a4.height / 3, "the note areas are \(bottom - top) mm tall")
        #expect(bottom <= PageSize.a4.height - 12)
        // Side by side, in the three columns of the cards above them.
        #expect(Set(plan.noteAreas.map(\.minY)).count == 1)
        for (area, card) in zip(plan.noteAreas, plan.onderwerpCards) {
            #expect(area.minX == card.minX && area.width == card.width)
            #expect(area.minY > card.maxY)
        }
        #expect(plan.linePitch >= 8)
    }

    @Test func questionsThatWouldCrowdOutTheNotesAreLeftOutWithAWarning() throws {
        var inhoud = try Inhoud.loadDefault()
        let extra = (1...6).map { Inhoud.Question(id: "extra-\($0)", text: "Een extra vraag die over twee regels loopt, nummer \($0)?") }
        inhoud.onderwerpen[1].questions += extra
        let warnings = LayoutWarnings()
        let plan = try plan(inhoud, warnings: warnings)
        let height = try #require(plan.noteAreas.first).height
        #expect(height >= PageSize.a4.height / 3)
        #expect(plan.questionCounts[1] < inhoud.onderwerpen[1].questions.count)
        #expect(plan.questionCounts[0] == inhoud.onderwerpen[0].questions.count)
        #expect(warnings.messages.contains { $0.contains("onderwerpen[behoeften].vragen") })
    }

    // MARK: Type and colour

    @Test func readingTextIsAtLeastElevenPoints() {
        for style in WerkbladLayout.Typography.readingStyles {
            #expect(style.size >= 11, "\(style.family) at \(style.size) pt")
        }
        #expect(WerkbladLayout.Typography.minimumFittedSize >= 11)
        #expect(WerkbladLayout.Typography.title.size >= 22)
        #expect(WerkbladLayout.Typography.fieldLabel.size >= 8.5)
    }

    @Test func textContrastIsAtLeastFourAndAHalf() {
        let t = WerkbladLayout.Typography.self
        let centrum = Stijl.kleuren(.centrum)
        var pairs: [(String, Colour, Colour)] = [
            ("title", t.title.colour, Stijl.paper), ("field label", t.fieldLabel.colour, Stijl.paper),
            ("field value", t.fieldValue.colour, Stijl.paper), ("topics label", t.topicsLabel.colour, centrum.tint),
            ("topics text", t.topicsText.colour, centrum.tint), ("section heading", t.sectionHeading.colour, Stijl.paper),
            ("ons gesprek heading", t.sectionHeading.colour, centrum.tint), ("ons gesprek note", t.sectionNote.colour, centrum.tint),
            ("thema", t.themaTitle.colour, centrum.tint), ("thema question", t.question.colour, centrum.tint),
        ]
        for deel in [Stijl.Deel.ervaringen, .behoeften, .toekomst] {
            let colours = Stijl.kleuren(deel)
            pairs += [("\(deel) title", t.onderwerpTitle(deel).colour, colours.tint),
                      ("\(deel) question", t.question.colour, colours.tint),
                      ("\(deel) notes label", t.notesLabel(deel).colour, Stijl.paper)]
        }
        for (name, text, background) in pairs {
            #expect(text.contrastRatio(with: background) >= 4.5, "\(name): \(text.contrastRatio(with: background)):1")
        }
    }

    // MARK: Fitting what the client typed

    @Test func longNameAndTopicsAreFittedIntoTheirBoxesWithWarnings() throws {
        let inhoud = try Inhoud.loadDefault()
        let warnings = LayoutWarnings()
        let rendered = try render(inhoud, Self.long, warnings: warnings)
        let plan = try plan(inhoud)
        let name = try #require(rendered.placedText.first { $0.text == Self.long.name })
        #expect(plan.fields[0].contains(name.frame, tolerance: 0.05), "the name at \(name.frame) leaves \(plan.fields[0])")
        let topics = try #require(rendered.placedText.first { $0.text == Self.long.topics })
        #expect(plan.topicsBox.inset(by: 1).contains(topics.frame, tolerance: 0.05), "the topics at \(topics.frame) leave their box")
        #expect(warnings.messages.contains { $0.contains("the client's name") && $0.contains("200 characters") })
        #expect(warnings.messages.contains { $0.contains("topics") && $0.contains("2000 characters") })
        // The cut-off text keeps its beginning. (Cairo gives the "…" glyph the elided text as its
        // actual text, so the whole value stays extractable and the ellipsis is only seen on paper.)
        let text = try pdfText(Self.long)
        #expect(text.contains("Johanna Wilhelmina van den"))
    }

    @Test func ordinaryValuesAreNotWarnedAbout() throws {
        let warnings = LayoutWarnings()
        _ = try render(try Inhoud.loadDefault(), Self.personalised, warnings: warnings)
        #expect(warnings.messages.isEmpty, "\(warnings.messages)")
    }

    @Test func aWordWiderThanTheBoxIsCutOffNotRunOver() throws {
        let inhoud = try Inhoud.loadDefault()
        let appointment = Appointment(name: String(repeating: "W", count: 120), topics: String(repeating: "x", count: 400))
        let warnings = LayoutWarnings()
        let rendered = try render(inhoud, appointment, warnings: warnings)
        let plan = try plan(inhoud)
        let name = try #require(rendered.placedText.first { $0.text == appointment.name })
        #expect(plan.fields[0].contains(name.frame, tolerance: 0.05), "\(name.frame)")
        let topics = try #require(rendered.placedText.first { $0.text == appointment.topics })
        #expect(plan.topicsBox.contains(topics.frame, tolerance: 0.05), "\(topics.frame)")
        #expect(warnings.messages.count == 2)
    }

    @Test func anOrganisationsLongWordingIsCutWithAWarningNamingTheContentField() throws {
        var inhoud = try Inhoud.loadDefault()
        inhoud.werkblad.title = "Werkblad voor het gesprek over werk en gezondheid · Gezien & Gehoord · Arbeidsdeskundig Bureau"
        inhoud.werkblad.fieldLabels.name = "Naam van de cliënt zoals die in het dossier van het bureau staat vermeld"
        inhoud.onderwerpen[0].notesLabel = "Aantekeningen bij Jouw ervaringen: wat heb je meegemaakt, wat ging goed en wat was moeilijk?"
        let warnings = LayoutWarnings()
        let placed = try render(inhoud, Self.personalised, warnings: warnings).placedText
        for field in ["werkblad.titel", "werkblad.velden.naam", "onderwerpen[ervaringen].aantekeningen"] {
            #expect(warnings.messages.contains { $0.contains(field) }, "no warning for \(field): \(warnings.messages)")
        }
        let printable = PageSize.a4.bounds.inset(by: 12)
        for text in placed { #expect(printable.contains(text.frame, tolerance: 0.01), "\(text.text.prefix(30)) at \(text.frame)") }
    }

    // MARK: PDF

    @Test func pdfIsTaggedDutchWithEmbeddedFonts() throws {
        let directory = try Repository.temporaryDirectory("werkblad")
        let path = directory.appendingPathComponent("werkblad.pdf").path
        let document = WerkbladLayout.document(try Inhoud.loadDefault(), appointments: [Self.personalised], warnings: LayoutWarnings())
        try FileOutput.write(try Repository.renderer().render(document, as: .pdf), to: path)
        let info = try Tools.run("pdfinfo", [path]).replacing(#/ +/#, with: " ")
        #expect(info.contains("Tagged: yes"))
        #expect(info.contains("Pages: 1"))
        #expect(info.contains("Page size: 595.276 x 841.89 pts (A4)"))
        #expect(info.contains("Title: Werkblad · Gezien & Gehoord · Anna Ëlsa de Vries-Çelik"))
        let fonts = try Tools.run("pdffonts", [path]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.contains("Andika") || $0.contains("Lato") })
    }

    // MARK: Helpers

    private func render(_ inhoud: Inhoud, _ appointment: Appointment, warnings: LayoutWarnings = LayoutWarnings()) throws -> RenderedDocument {
        try Repository.renderer().render(WerkbladLayout.document(inhoud, appointments: [appointment], warnings: warnings), as: .pdf)
    }

    private func plan(_ inhoud: Inhoud, warnings: LayoutWarnings = LayoutWarnings()) throws -> WerkbladLayout.Plan {
        let box = PlanBox()
        let page = Page(size: .a4) { canvas in box.plan = try WerkbladLayout.plan(inhoud, measuringOn: canvas, warnings: warnings) }
        _ = try Repository.renderer().render(Document(info: DocumentInfo(title: "plan"), pages: [page]), as: .pdf)
        return try #require(box.plan)
    }

    private func pdfText(_ appointment: Appointment) throws -> String {
        let directory = try Repository.temporaryDirectory("werkblad")
        let path = directory.appendingPathComponent("werkblad.pdf").path
        try FileOutput.write(try render(try Inhoud.loadDefault(), appointment), to: path)
        return try Tools.run("pdftotext", ["-enc", "UTF-8", path, "-"])
    }
}

private final class PlanBox {
    var plan: WerkbladLayout.Plan?
}
