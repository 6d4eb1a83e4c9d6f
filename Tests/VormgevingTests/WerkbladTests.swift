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
        topics: "Minder uren werken en of ik weer in de bouw kan werken. Ook wil ik praten over reistijd.")
    /// A name of 200 characters and a topics text of 2,000 characters.
    static let long = Appointment(
        name: String(String(repeating: "Johanna Wilhelmina van den Berg-Ouderkerk ", count: 5).prefix(200)),
        date: CalendarDate(year: 2026, month: 1, day: 28), expert: "Maria-Christina van Oldenbarnevelt-Tjoa",
        topics: String(String(repeating: "Ik wil het hebben over mijn werk, mijn gezondheid en wat ik nodig heb om weer te beginnen. ",
                              count: 25).prefix(2000)))
    /// What a client might well write beforehand: a few sentences, more than the usual box holds.
    static let medium = Appointment(
        name: "Mohammed el Amrani", date: CalendarDate(year: 2026, month: 3, day: 9), expert: "Noor Jansen",
        topics: "Ik werk al twintig jaar in de bouw, altijd buiten. Ik wil weten of ik nog in de bouw kan blijven werken, "
            + "of dat ik iets anders moet gaan doen. Ook wil ik praten over mijn uren, want hele dagen lukt nu niet.")
    /// A long name that needs two lines at a smaller size, and nothing else unusual.
    static let longName = Appointment(
        name: "Johanna Wilhelmina Maria van den Berg-Ouderkerk van Oldenbarnevelt",
        date: CalendarDate(year: 2026, month: 3, day: 9), expert: "Noor Jansen")
    static let variants: [(name: String, appointment: Appointment)] = [
        ("blank", Appointment()), ("personalised", personalised), ("long", long),
    ]
    /// The reference pages and a few more that exercise the layout's room-making.
    static let layouts = variants + [("medium", medium), ("long name", longName)]

    // MARK: Reference pages

    /// The front and the back side of each variant.
    @Test(arguments: variants.map(\.name))
    func pageMatchesSnapshot(_ name: String) throws {
        let appointment = try #require(Self.variants.first { $0.name == name }).appointment
        let document = WerkbladLayout.document(try Inhoud.loadDefault(), appointments: [appointment], warnings: LayoutWarnings())
        let rendered = try Repository.renderer().render(document, as: .png(dpi: 100))
        try #require(rendered.files.count == 2)
        assertPageSnapshot(rendered.files[0], group: "werkblad", named: name)
        assertPageSnapshot(rendered.files[1], group: "werkblad", named: name + "-back")
    }

    /// Printed on one side: the front alone, without the line that points to the back.
    @Test func singleSidedPageMatchesSnapshot() throws {
        let document = WerkbladLayout.document(try Inhoud.loadDefault(), appointments: [Self.personalised], singleSided: true,
                                               warnings: LayoutWarnings())
        let rendered = try Repository.renderer().render(document, as: .png(dpi: 100))
        try #require(rendered.files.count == 1)
        assertPageSnapshot(rendered.files[0], group: "werkblad", named: "single-sided")
    }

    // MARK: The page

    @Test func twoSidesPerAppointmentOnA4() throws {
        var inhoud = try Inhoud.loadDefault()
        let document = WerkbladLayout.document(inhoud, appointments: [Appointment(), Self.personalised, Self.long],
                                               warnings: LayoutWarnings())
        #expect(document.pages.count == 6)
        #expect(document.pages.allSatisfy { $0.size == .a4 })
        let single = WerkbladLayout.document(inhoud, appointments: [Appointment(), Self.personalised], singleSided: true,
                                             warnings: LayoutWarnings())
        #expect(single.pages.count == 2)
        // The organisation's content can leave the back side out for every werkblad.
        inhoud.werkblad.hasBackSide = false
        #expect(WerkbladLayout.document(inhoud, appointments: [Self.personalised], warnings: LayoutWarnings()).pages.count == 1)
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
        #expect(text.contains("Minder uren werken"))
        #expect(!text.contains("2026-12-03"))
    }

    @Test func everyQuestionAndLabelIsOnThePage() throws {
        let inhoud = try Inhoud.loadDefault()
        let warnings = LayoutWarnings()
        // Questions keep their last two words together with a no-break space; compare the words.
        let placed = try render(inhoud, Appointment(), warnings: warnings).placedText.map(\.text).map(Self.words)
        let all = placed.joined(separator: "\n")
        for thema in inhoud.themas {
            #expect(placed.contains(thema.title))
            for question in thema.questions { #expect(placed.contains(Self.words(question.text)), "missing: \(question.text)") }
        }
        for onderwerp in inhoud.onderwerpen {
            #expect(placed.filter { $0 == onderwerp.title }.count == 3, "\(onderwerp.title): on its card and over its notes, front and back")
            for question in onderwerp.questions { #expect(placed.contains(Self.words(question.text)), "missing: \(question.text)") }
        }
        #expect(placed.filter { $0 == inhoud.werkblad.notesHeading }.count == 3)
        #expect(placed.filter { $0 == inhoud.werkblad.continuedNotesHeading }.count == 3)
        // The back side: who else was there, the agreements' columns, how the conversation went.
        let back = inhoud.terugkoppeling
        for label in [back.fieldLabels.present, back.agreementsHeading, back.columns.what, back.columns.who, back.columns.when,
                      inhoud.werkblad.evaluation.title, inhoud.werkblad.evaluation.question, inhoud.werkblad.backSideHint] {
            #expect(placed.contains(label), "missing: \(label)")
        }
        #expect(placed.contains(inhoud.organisation.name))
        let labels = inhoud.werkblad.fieldLabels
        for label in [labels.name, labels.date, labels.expert, labels.topics, inhoud.werkblad.title, inhoud.centre.title,
                      inhoud.werkblad.conversationHeading, inhoud.werkblad.topicsHeading] {
            #expect(all.contains(label), "missing: \(label)")
        }
        #expect(warnings.messages.isEmpty, "\(warnings.messages)")
    }

    @Test(arguments: layouts.map(\.name))
    func textKeepsTheMarginsAndNothingOverlaps(_ name: String) throws {
        let appointment = try #require(Self.layouts.first { $0.name == name }).appointment
        let placed = try render(try Inhoud.loadDefault(), appointment).placedText
        #expect(Set(placed.map(\.pageIndex)) == [0, 1])
        let printable = PageSize.a4.bounds.inset(by: 12)
        for text in placed {
            #expect(printable.contains(text.frame, tolerance: 0.01), "\(text.text.prefix(30)) at \(text.frame) is within 12 mm of the edge")
        }
        for (index, a) in placed.enumerated() {
            for b in placed[(index + 1)...] where b.pageIndex == a.pageIndex {
                #expect(!a.frame.inset(by: 0.2).intersects(b.frame.inset(by: 0.2)),
                        "\"\(a.text.prefix(30))\" overlaps \"\(b.text.prefix(30))\"")
            }
        }
    }

    // MARK: Note areas

    @Test(arguments: layouts.map(\.name))
    func noteAreasKeepSixLinesOnTheFrontWithHandwritingLines(_ name: String) throws {
        let appointment = try #require(Self.layouts.first { $0.name == name }).appointment
        let plan = try plan(try Inhoud.loadDefault(), for: appointment)
        #expect(plan.noteAreas.count == 3)
        let top = try #require(plan.noteAreas.map(\.minY).min())
        let bottom = try #require(plan.noteAreas.map(\.maxY).max())
        #expect(bottom - top >= WerkbladLayout.Metrics.minimumNotesHeight, "the note areas are \(bottom - top) mm tall")
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
        #expect(height >= WerkbladLayout.Metrics.minimumNotesHeight)
        #expect(plan.questionCounts[1] < inhoud.onderwerpen[1].questions.count)
        #expect(plan.questionCounts[0] == inhoud.onderwerpen[0].questions.count)
        #expect(warnings.all.contains { $0.material == .werkblad && $0.field == .onderwerp("behoeften", .questions) })
        #expect(warnings.messages.contains { $0.hasPrefix("werkblad: onderwerpen[behoeften].vragen: only ") })
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
        let centre = Stijl.colours(.centre)
        var pairs: [(String, Colour, Colour)] = [
            ("title", t.title.colour, Stijl.paper), ("field label", t.fieldLabel.colour, Stijl.paper),
            ("field value", t.fieldValue.colour, Stijl.paper), ("topics label", t.topicsLabel.colour, centre.tint),
            ("topics text", t.topicsText.colour, centre.tint), ("section heading", t.sectionHeading.colour, Stijl.paper),
            ("ons gesprek heading", t.sectionHeading.colour, centre.tint), ("ons gesprek note", t.sectionNote.colour, centre.tint),
            ("thema", t.themaTitle.colour, centre.tint), ("thema question", t.question.colour, centre.tint),
        ]
        for part in [Stijl.Part.ervaringen, .behoeften, .toekomst] {
            let colours = Stijl.colours(part)
            pairs += [("\(part) title", t.onderwerpTitle(part).colour, colours.tint),
                      ("\(part) question", t.question.colour, colours.tint),
                      ("\(part) notes title", t.notesTitle(part).colour, Stijl.paper)]
        }
        pairs += [("notes heading", t.notesHeading.colour, Stijl.paper), ("footer", t.footer.colour, Stijl.paper)]
        for (name, text, background) in pairs {
            #expect(text.contrastRatio(with: background) >= 4.5, "\(name): \(text.contrastRatio(with: background)):1")
        }
    }

    @Test func smallPrintIsAtLeastEightAndAHalfPoints() {
        let t = WerkbladLayout.Typography.self
        for style in [t.fieldLabel, t.notesHeading, t.footer] { #expect(style.size >= 8.5, "\(style.family) at \(style.size) pt") }
    }

    /// Each thema's name stands on one line directly above its questions, aligned with them, so no
    /// name ever wraps ("Richting en / kader").
    @Test func themaNamesStandOnOneLineAboveTheirQuestions() throws {
        let t = WerkbladLayout.Typography.self
        let inhoud = try Inhoud.loadDefault()
        let placed = try render(inhoud, Appointment()).placedText.filter { $0.pageIndex == 0 }
        for thema in inhoud.themas {
            let title = try #require(placed.first { $0.text == thema.title })
            let question = try #require(placed.first { Self.words($0.text) == Self.words(thema.questions[0].text) })
            #expect(title.frame.height < 1.5 * t.themaTitle.size * 0.3528 * 1.15, "\(thema.title) on one line")
            #expect(title.frame.maxY <= question.frame.minY + 0.05 && question.frame.minY - title.frame.maxY < 2, "\(thema.title)")
            #expect(abs(title.frame.minX - question.frame.minX) < 0.05)
        }
    }

    @Test func aQuestionKeepsItsLastTwoWordsTogether() {
        let join = WerkbladLayout.keepingLastWordsTogether
        #expect(join("Wat heb je op dit moment nodig?") == "Wat heb je op dit moment \u{2060}nodig?")
        #expect(join("Wat heb je nodig van anderen? Wie kan je helpen?").hasSuffix(" je \u{2060}helpen?"))
        // Too short to wrap badly, or a pair too long to share a line: left alone.
        #expect(join("Hoe gaat het?") == "Hoe gaat het?")
        #expect(join("Wat betekent arbeidsongeschiktheidsverzekering?") == "Wat betekent arbeidsongeschiktheidsverzekering?")
        #expect(join("") == "")
        #expect(join("Een vraag met een spatie aan het eind ") == "Een vraag met een spatie aan het eind ")
    }

    @Test func theJoinedWordsDoNotBreakApartWhenTheQuestionWraps() throws {
        let plain = "Wat heb je op dit moment nodig?"
        let joined = WerkbladLayout.keepingLastWordsTogether(plain)
        let style = WerkbladLayout.Typography.question
        let result = Box<(plain: TextMetrics, joined: TextMetrics, full: TextMetrics)>()
        _ = try Repository.renderer().render(Document(info: DocumentInfo(title: "m"), pages: [Page(size: .a4) { canvas in
            let full = try canvas.measure(plain, style: style)
            // Just too narrow for the whole question: without the join only "nodig?" would wrap.
            let width = full.width - 0.5
            result.value = (try canvas.measure(plain, style: style, width: width),
                            try canvas.measure(joined, style: style, width: width), full)
        }]), as: .pdf)
        let (plainMetrics, joinedMetrics, full) = try #require(result.value)
        #expect(plainMetrics.lineCount == 2 && joinedMetrics.lineCount == 2)
        // "moment nodig?" went to the second line together, so the first line is clearly shorter.
        #expect(plainMetrics.width > full.width - 20)
        #expect(joinedMetrics.width < plainMetrics.width - 5)
    }

    @Test func theOrganisationsNameIsAFooterUnderTheNotes() throws {
        let inhoud = try Inhoud.loadDefault()
        let plan = try plan(inhoud)
        let footer = try #require(plan.footer)
        let placed = try #require(try render(inhoud, Appointment()).placedText.first { $0.text == inhoud.organisation.name })
        #expect(footer.contains(placed.frame, tolerance: 0.05))
        #expect(plan.noteAreas.allSatisfy { $0.maxY + 4 <= placed.frame.minY }, "room above the footer")
        #expect(plan.noteAreas[0].height >= WerkbladLayout.Metrics.minimumNotesHeight)
        // With a back side, the foot of the front points to it; printed on one side it does not.
        let hint = inhoud.werkblad.backSideHint
        #expect(try render(inhoud, Appointment()).placedText.contains { $0.text == hint && $0.pageIndex == 0 && footer.contains($0.frame) })
        #expect(try !render(inhoud, Appointment(), singleSided: true).placedText.contains { $0.text == hint })
    }

    // MARK: The note areas' headings

    /// Each note area is headed by the small label *Aantekeningen* over the onderwerp's own name,
    /// so the method's term ("Jouw ervaringen") stays whole.
    @Test func noteAreasShowTheLabelOverTheOnderwerpsName() throws {
        let inhoud = try Inhoud.loadDefault()
        let placed = try render(inhoud, Self.personalised).placedText
        let plan = try plan(inhoud, for: Self.personalised)
        for (area, onderwerp) in zip(plan.noteAreas, inhoud.onderwerpen) {
            let label = try #require(placed.first { $0.text == inhoud.werkblad.notesHeading && area.contains($0.frame) })
            let title = try #require(placed.first { $0.text == onderwerp.title && area.contains($0.frame) })
            #expect(label.frame.maxY <= title.frame.minY + 0.05)
            #expect(abs(label.frame.minX - title.frame.minX) < 0.05)
        }
        #expect(!placed.contains { $0.text.contains("Aantekeningen bij") })
    }

    // MARK: Fitting what the client typed

    @Test func longNameAndTopicsAreFittedIntoTheirBoxesWithWarnings() throws {
        let inhoud = try Inhoud.loadDefault()
        let warnings = LayoutWarnings()
        let rendered = try render(inhoud, Self.long, warnings: warnings)
        let plan = try plan(inhoud, for: Self.long)
        let name = try #require(rendered.placedText.first { $0.text == Self.long.name })
        #expect(plan.fields[0].contains(name.frame, tolerance: 0.05), "the name at \(name.frame) leaves \(plan.fields[0])")
        let topics = try #require(rendered.placedText.first { $0.text == Self.long.topics })
        #expect(plan.topicsBox.inset(by: 1).contains(topics.frame, tolerance: 0.05), "the topics at \(topics.frame) leave their box")
        #expect(warnings.messages.contains { $0.contains("the client's name") && $0.contains("200 characters") && $0.contains("2 lines") })
        #expect(warnings.messages.contains { $0.contains("topics") && $0.contains("2000 characters") })
        // Before it was cut, the box grew as far as the notes allow, down to two questions per onderwerp.
        let usual = try self.plan(inhoud)
        #expect(plan.topicsBox.maxY > usual.topicsBox.maxY + 20, "\(plan.topicsBox) vs \(usual.topicsBox)")
        #expect(plan.questionCounts == [2, 2, 2])
        #expect(plan.noteAreas[0].height >= WerkbladLayout.Metrics.minimumNotesHeight - 0.01)
        #expect(plan.noteAreas[0].height < WerkbladLayout.Metrics.minimumNotesHeight + 1, "the notes gave up no more than the rule allows")
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

    /// Every page of a batch shares one layout unless a client's details need more room.
    @Test func ordinaryValuesKeepTheUsualLayout() throws {
        let inhoud = try Inhoud.loadDefault()
        let blank = try plan(inhoud), personalised = try plan(inhoud, for: Self.personalised)
        #expect(personalised.fields == blank.fields)
        #expect(personalised.topicsBox == blank.topicsBox)
        #expect(personalised.onderwerpCards == blank.onderwerpCards)
        #expect(personalised.noteAreas == blank.noteAreas)
        #expect(personalised.questionCounts == inhoud.onderwerpen.map(\.questions.count))
    }

    /// The client's own words are the most personal part of the sheet: the box grows with them,
    /// into the notes' spare room and then taking the room of example questions (with a warning that names them), before anything is cut.
    @Test func theTopicsBoxGrowsWithTheClientsWords() throws {
        let inhoud = try Inhoud.loadDefault()
        let warnings = LayoutWarnings()
        var appointment = Self.medium
        appointment.topics = (Self.medium.topics ?? "") + " En ik wil weten wat er na ons gesprek gebeurt, en wie het rapport krijgt."
        let rendered = try render(inhoud, appointment, warnings: warnings)
        let plan = try plan(inhoud, for: appointment)
        let usual = try self.plan(inhoud)
        let topics = try #require(rendered.placedText.first { $0.text == appointment.topics })
        #expect(plan.topicsTextBox.contains(topics.frame, tolerance: 0.05), "\(topics.frame) leaves \(plan.topicsTextBox)")
        #expect(topics.frame.height > usual.topicsTextBox.height, "the text needed more than the usual box")
        #expect(!warnings.messages.contains { $0.contains("topics") && $0.contains("…") }, "\(warnings.messages)")
        #expect(plan.topicsBox.maxY == plan.conversation.maxY, "the band keeps one bottom edge")
        #expect(plan.noteAreas[0].height >= WerkbladLayout.Metrics.minimumNotesHeight - 0.01)
        let total = inhoud.onderwerpen.map(\.questions.count)
        #expect(plan.questionCounts != total && plan.questionCounts.allSatisfy { $0 >= 1 })
        for (index, onderwerp) in inhoud.onderwerpen.enumerated() where plan.questionCounts[index] < total[index] {
            #expect(warnings.messages.contains { $0.contains("onderwerpen[\(onderwerp.id)].vragen") && $0.contains("make room") },
                    "\(warnings.messages)")
        }
        // The cards print exactly the questions the plan kept.
        let placedQuestions = rendered.placedText.filter { text in
            inhoud.onderwerpen.contains { $0.questions.contains { Self.words($0.text) == Self.words(text.text) } }
        }
        #expect(placedQuestions.count == plan.questionCounts.reduce(0, +))
    }

    /// A client's name should hardly ever be shortened on their own sheet: a long one goes on two
    /// lines, set smaller where it must, within the field's fixed room.
    @Test func aLongNameIsPrintedInFullOnTwoLines() throws {
        let inhoud = try Inhoud.loadDefault()
        let warnings = LayoutWarnings()
        let rendered = try render(inhoud, Self.longName, warnings: warnings)
        #expect(warnings.messages.isEmpty, "\(warnings.messages)")
        let plan = try plan(inhoud, for: Self.longName)
        let name = try #require(rendered.placedText.first { $0.text == Self.longName.name })
        #expect(plan.fields[0].contains(name.frame, tolerance: 0.05))
        let set = try #require(plan.fieldValues[0])
        #expect(!set.isCut && set.style.size >= 9.5)
        #expect(name.frame.height > 1.5 * set.style.size * 0.3528, "on two lines: \(name.frame)")
    }

    /// The personal block has the same height for every client, so the pages of a batch line up.
    @Test func thePersonalFieldsHaveAFixedHeight() throws {
        let inhoud = try Inhoud.loadDefault()
        let blank = try plan(inhoud)
        for appointment in [Self.personalised, Self.longName, Self.long, Self.medium] {
            #expect(try plan(inhoud, for: appointment).fields == blank.fields)
        }
    }

    @Test func theTopicsBoxHasWritingLinesBlankAndUnderTheClientsWords() throws {
        let inhoud = try Inhoud.loadDefault()
        let blank = try plan(inhoud)
        #expect(WerkbladLayout.writingLines(in: blank.topicsTextBox).count >= 3)
        #expect(WerkbladLayout.writingLines(in: blank.topicsTextBox).allSatisfy { $0 < blank.topicsBox.maxY - 2.5 })
        // With the client's words, the room under them stays ruled.
        let short = Appointment(topics: "Minder uren werken.")
        let rendered = try render(inhoud, short)
        let text = try #require(rendered.placedText.first { $0.text == short.topics })
        let prefilled = try plan(inhoud, for: short)
        #expect(prefilled.topicsWritingLines.count >= 2)
        #expect(prefilled.topicsWritingLines.allSatisfy { $0 > text.frame.maxY && $0 < prefilled.topicsBox.maxY - 2.5 })
    }

    @Test func aWordWiderThanTheBoxIsCutOffNotRunOver() throws {
        let inhoud = try Inhoud.loadDefault()
        let appointment = Appointment(name: String(repeating: "W", count: 120), topics: String(repeating: "x", count: 400))
        let warnings = LayoutWarnings()
        let rendered = try render(inhoud, appointment, warnings: warnings)
        let plan = try plan(inhoud, for: appointment)
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
        inhoud.werkblad.notesHeading = "Aantekeningen bij dit onderwerp, voor het rapport en voor de cliënt zelf"
        inhoud.onderwerpen[0].title = "Jouw ervaringen met werk, met de mensen om je heen en met je gezondheid tot nu toe"
        let warnings = LayoutWarnings()
        let placed = try render(inhoud, Self.personalised, warnings: warnings).placedText
        let fields: [FieldPath] = [.werkblad(.title), .werkblad(.nameLabel), .werkblad(.notesHeading), .onderwerp("ervaringen", .title)]
        for field in fields {
            #expect(warnings.all.contains { $0.field == field }, "no warning for \(field): \(warnings.messages)")
        }
        #expect(warnings.messages.contains { $0.hasPrefix("werkblad: werkblad.velden.naam: \"Naam van de cliënt") })
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
        #expect(info.contains("Pages: 2"))
        #expect(info.contains("Page size: 595.276 x 841.89 pts (A4)"))
        #expect(info.contains("Title: Werkblad · Gezien & Gehoord · Anna Ëlsa de Vries-Çelik"))
        let fonts = try Tools.run("pdffonts", [path]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.contains("Andika") || $0.contains("Lato") })
    }

    // MARK: Helpers

    /// A question's words as the page sets them: without the word joiners and line breaks that
    /// keep its lines together by meaning.
    static func words(_ text: String) -> String {
        text.replacing("\u{2060}", with: "").replacing("\n", with: " ")
    }

    private func render(_ inhoud: Inhoud, _ appointment: Appointment, singleSided: Bool = false,
                        warnings: LayoutWarnings = LayoutWarnings()) throws -> RenderedDocument {
        try Repository.renderer().render(WerkbladLayout.document(inhoud, appointments: [appointment], singleSided: singleSided,
                                                                 warnings: warnings), as: .pdf)
    }

    private func plan(_ inhoud: Inhoud, for appointment: Appointment = Appointment(),
                      warnings: LayoutWarnings = LayoutWarnings()) throws -> WerkbladLayout.Plan {
        let box = Box<WerkbladLayout.Plan>()
        let page = Page(size: .a4) { canvas in
            box.value = try WerkbladLayout.plan(inhoud, for: appointment, measuringOn: canvas, warnings: warnings)
        }
        _ = try Repository.renderer().render(Document(info: DocumentInfo(title: "plan"), pages: [page]), as: .pdf)
        return try #require(box.value)
    }

    private func pdfText(_ appointment: Appointment) throws -> String {
        let directory = try Repository.temporaryDirectory("werkblad")
        let path = directory.appendingPathComponent("werkblad.pdf").path
        try FileOutput.write(try render(try Inhoud.loadDefault(), appointment), to: path)
        return try Tools.pdfText(path)
    }
}

/// Carries a value measured inside a page's drawing closure out to the test.
private final class Box<Value> {
    var value: Value?
}
