import Foundation
import Inhoud
import Tekenaar
import TestSupport
import Testing
@testable import Vormgeving

/// The uitnodigingsbrief: reference pages, and what a client relies on, checked on the rendered
/// letter: every placeholder filled, the address in the envelope window, 12 pt body text within
/// the margins, a QR code that scans, a link that clicks, missing data refused, both forms of address.
@Suite struct BriefTests {
    static let letterDate = CalendarDate(year: 2026, month: 11, day: 20)!
    static let full = Appointment(
        name: "Sanne de Boer", date: CalendarDate(year: 2026, month: 12, day: 3), time: "10:30",
        location: "Voorbeeldstraat 1, Voorbeeldstad", expert: "Anna de Vries",
        addressLines: ["Lindenlaan 12", "1234 AB Voorbeeldstad"], phone: "06 12 34 56 78", email: "a.devries@example.com",
        reference: "2026-0417", reason: "werken na de ziekmelding", keuzehulp: true)
    /// A long name and a long street, and a location that wraps in the facts block.
    static let long = Appointment(
        name: "Maria Magdalena van den Heuvel-Oosterbroek-Vermeulen", date: CalendarDate(year: 2026, month: 12, day: 14),
        time: "09:00", location: "Stadskantoor Voorbeeldstad, Stadsplein 100, kamer 2.14", expert: "Anna de Vries",
        addressLines: ["Burgemeester van Walsum-Kortenhoeven-Oostveenstraat 1234 bis", "1234 AB Sint-Michielsgestel-Noord"])
    static let keuzehulp = "https://www.han.nl/projecten/2023/keuzehulp-re-integratie-bij-psychische-klachten/"

    // MARK: Reference pages

    @Test(arguments: [("full", 1), ("full", 2), ("full", 3), ("long", 1), ("long", 3)])
    func pageMatchesSnapshot(_ variant: String, _ page: Int) throws {
        let appointment = variant == "full" ? Self.full : Self.long
        let rendered = try render(try Inhoud.loadDefault(), [appointment], as: .png(dpi: 100))
        #expect(rendered.files.count == 3)
        assertPageSnapshot(rendered.files[page - 1], group: "brief", named: "\(variant)-\(page)")
    }

    // MARK: Content

    @Test(arguments: Inhoud.FormOfAddress.allCases)
    func everyPlaceholderIsFilledAndEveryFactPrinted(_ form: Inhoud.FormOfAddress) throws {
        let inhoud = try Inhoud.load(overrideYAML: "aanspreekvorm: \(form.rawValue)\n", named: "vorm.yaml")
        let warnings = LayoutWarnings()
        let text = try pdfText(inhoud, [Self.full], warnings: warnings)
        #expect(!text.contains("{{") && !text.contains("}}"), "an unfilled placeholder: \(text)")
        for fact in ["Sanne de Boer", "Lindenlaan 12", "1234 AB Voorbeeldstad", "donderdag 3 december 2026", "10.30 uur",
                     "Voorbeeldstraat 1, Voorbeeldstad", "Anna de Vries, arbeidsdeskundige", "06 12 34 56 78",
                     "a.devries@example.com", "ongeveer een uur", "rapport", "gesprek over werken na de ziekmelding",
                     "Arbeidsdeskundig Bureau Voorbeeld", "20 november 2026", "Ons kenmerk", "2026-0417",
                     "Zo gaat ons gesprek", "Voorbereiden op ons gesprek", "Pagina 1 van 3", "Pagina 3 van 3",
                     "Keuzehulp Re-integratie bij psychische klachten voor werkenden", "werkgever", "lezen we de brief samen"] {
            #expect(text.contains(fact), "missing on the letter: \(fact)")
        }
        for question in inhoud.preparation.questions { #expect(text.contains(question.text)) }
        #expect(warnings.messages.isEmpty, "the default letter fits without warnings: \(warnings.messages)")
    }

    @Test func bothFormsOfAddressRender() throws {
        let informal = try pdfText(try Inhoud.loadDefault(), [Self.full])
        let formal = try pdfText(try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml"), [Self.full])
        #expect(informal.contains("Je afspraak") && informal.contains("Ik nodig je uit"))
        #expect(informal.contains("Bel me gerust: 06 12 34 56 78."))
        #expect(formal.contains("Uw afspraak") && formal.contains("Ik nodig u uit") && formal.contains("Wilt u meer tips?"))
        #expect(formal.contains("Belt u mij gerust: 06 12 34 56 78."))
        // The strip's panel titles are fixed terms of the method ("Jouw ervaringen"); nothing else says je.
        let words = formal.replacingOccurrences(of: "Jouw ", with: "").lowercased().split { !$0.isLetter }
        #expect(Set(words).isDisjoint(with: ["je", "jij", "jou", "jouw", "jezelf"]))
        #expect(informal != formal)
    }

    @Test func theTimeIsPrintedTheDutchWay() throws {
        #expect(BriefLayout.dutchTime("10:30") == "10.30")
        #expect(BriefLayout.dutchTime("09:00") == "9.00")
        #expect(BriefLayout.dutchTime("00:05") == "0.05")
        #expect(BriefLayout.dutchTime("half elf") == "half elf", "a time in another form is printed as given")
        #expect(BriefLayout.values(try Inhoud.loadDefault(), Self.full)[.tijd] == "10.30")
        #expect(Self.full.time == "10:30", "the appointment keeps its HH:MM")
    }

    @Test func withoutAPhoneNumberTheLetterInvitesAnEmail() throws {
        let inhoud = try Inhoud.load(overrideYAML: "organisatie:\n  telefoon: ~\n", named: "zonder-telefoon.yaml")
        var appointment = Self.full
        appointment.phone = nil
        let text = try pdfText(inhoud, [appointment])
        #expect(text.contains("Mail me gerust: a.devries@example.com."))
        #expect(!text.contains("Bel me") && !text.contains("Telefoon:") && !text.contains("Is lezen lastig"))
    }

    @Test func theDateCarriesItsWeekday() throws {
        let values = BriefLayout.values(try Inhoud.loadDefault(), Self.full)
        #expect(values[.datum] == "donderdag 3\u{00A0}december\u{00A0}2026", "day, month and year on one line")
        #expect(values[.telefoon] == "06 12 34 56 78")
        let known: [(String, String)] = [("2024-02-29", "donderdag"), ("2000-01-01", "zaterdag"), ("2026-01-05", "maandag"),
                                         ("2026-03-01", "zondag"), ("1999-12-31", "vrijdag")]
        for (date, weekday) in known {
            let parsed = try #require(CalendarDate(parsing: date))
            #expect(BriefLayout.longDutch(parsed).hasPrefix(weekday + " "), "\(date)")
        }
        // Without the appointment's own contact details, the organisation's are used.
        let organisation = BriefLayout.values(try Inhoud.loadDefault(), Self.long)
        #expect(organisation[.telefoon] == "012 345 67 89" && organisation[.email] == "info@example.com")
        // A number typed without spaces prints grouped like every other.
        var typed = Self.long
        typed.phone = "0301234567"
        #expect(BriefLayout.values(try Inhoud.loadDefault(), typed)[.telefoon] == "030 123 45 67")
    }

    // MARK: Missing data

    @Test func missingFieldsAreNamedAndNothingIsDrawn() throws {
        #expect(BriefLayout.missingFields(in: Self.full).isEmpty)
        #expect(BriefLayout.missingFields(in: Appointment(name: "Sanne", time: "10:30")) == [.date, .location, .expert])
        #expect(BriefLayout.missingFields(in: Appointment()) == [.name, .date, .time, .location, .expert], "a link only for a video call")
        let incomplete = Appointment(name: "Sanne", date: CalendarDate(year: 2026, month: 12, day: 3))
        #expect(throws: BriefError.missingFields([.time, .location, .expert], client: "Sanne")) {
            try render(try Inhoud.loadDefault(), [incomplete], as: .pdf)
        }
        #expect(BriefError.missingFields([.time], client: "Sanne").description
            == "the letter for Sanne needs time; nothing was written")
    }

    @Test func theCommandLineRefusesAnIncompleteLetterAndWritesNothing() throws {
        let directory = try Repository.temporaryDirectory("brief-cli")
        let result = try Repository.materialen(["brief", "-o", "brief.pdf", "--client", "Sanne de Boer",
                                                "--date", "3-12-2026"], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("--time") && result.error.contains("--location") && result.error.contains("--expert"),
                "\(result.error)")
        #expect(result.error.contains("nothing was written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func theCommandLineWritesALetterWithItsEnclosureDatedToday() throws {
        let directory = try Repository.temporaryDirectory("brief-cli")
        let result = try Repository.materialen(["brief", "-o", "brief.pdf", "--client", "Sanne de Boer", "--date", "3-12-2026",
                                                "--time", "10.30", "--location", "Voorbeeldstraat 1", "--expert", "Anna de Vries",
                                                "--address", "Lindenlaan 12, 1234 AB Voorbeeldstad", "--kenmerk", "Z-88",
                                                "--reason", "je re-integratie", "--salutation", "Hallo Sanne,",
                                                "--extra", "Parkeren kan in de garage onder het gebouw.", "--keuzehulp"],
                                               in: directory)
        #expect(result.status == 0, "\(result.error)")
        let path = directory.appendingPathComponent("brief.pdf").path
        #expect(try Tools.run("pdfinfo", [path]).contains("Pages:           3"))
        let text = try Tools.pdfText(path)
        #expect(text.contains(CalendarDate.today().dutch))
        #expect(text.contains("10.30 uur") && text.contains("Lindenlaan 12"))
        for given in ["Z-88", "gesprek over je re-integratie", "Hallo Sanne,", "Parkeren kan in de garage", "Keuzehulp"] {
            #expect(text.contains(given), "\(given)")
        }
    }

    // MARK: Keuzehulp

    @Test func theQRCodeScansToTheKeuzehulp() throws {
        let rendered = try render(try Inhoud.loadDefault(), [Self.full], as: .png(dpi: 200))
        let file = try Repository.temporaryDirectory("brief-qr").appendingPathComponent("page-2.png")
        try rendered.files[2].write(to: file)
        let decoded = try Tools.run("zbarimg", ["--raw", "-q", file.path]).trimmingCharacters(in: .newlines)
        #expect(decoded == Self.keuzehulp)
    }

    @Test func theKeuzehulpIsAClickableLink() throws {
        let path = try writePDF(try Inhoud.loadDefault(), [Self.full])
        let qdf = try Tools.uncompressedPDF(path)
        let links = qdf.components(separatedBy: "/URI (\(Self.keuzehulp))").count - 1
        #expect(links >= 2, "the printed address and the QR code both link to the keuzehulp")
        // The printed address is the one people type: without https:// and broken after a slash.
        let text = try Tools.pdfText(path)
        #expect(text.contains("www.han.nl/projecten/2023/"))
        #expect(text.contains("keuzehulp-re-integratie-bij-psychische-klachten"))
    }

    // MARK: The envelope window

    @Test func aLongNameAndAddressAreFittedIntoTheWindowAndReported() throws {
        let inhoud = try Inhoud.loadDefault()
        let window = inhoud.organisation.envelopeWindow
        let windowRect = Rect(x: window.x, y: window.y, width: window.width, height: window.height)
        let warnings = LayoutWarnings()
        let rendered = try render(inhoud, [Self.long], as: .pdf, warnings: warnings)
        let address = try #require(rendered.placedText.first { $0.text.hasPrefix("Maria Magdalena") })
        #expect(windowRect.contains(address.frame, tolerance: 0.01), "\(address.frame) outside \(windowRect)")
        #expect(address.text.contains("1234 AB Sint-Michielsgestel-Noord"))
        #expect(warnings.all.contains { $0.field == .client(.name) && $0.message.contains("the client's name (naam)") && $0.message.contains("two lines") })
        #expect(warnings.all.contains { $0.field == .client(.address) && $0.message.contains("address line 1 (adres)") })
        #expect(warnings.all.allSatisfy { $0.material == .brief && $0.client == Self.long.name })
        // Broken at spaces only: a double-barrelled name stays whole.
        let lines = address.text.split(separator: "\n")
        #expect(lines.contains("Heuvel-Oosterbroek-Vermeulen"), "\(lines)")
        #expect(!lines.contains { $0.hasSuffix("-") }, "\(lines)")
        #expect(rendered.files.count == 1)
        #expect(!warnings.messages.contains { $0.contains("extra page") }, "the long letter still fits: \(warnings.messages)")
    }

    @Test func aLongNameIsMadeSmallerBeforeItIsBroken() throws {
        let inhoud = try Inhoud.loadDefault()
        let window = inhoud.organisation.envelopeWindow
        var appointment = Self.full
        appointment.name = "Maria van den Heuvel-Oosterbroek-Vermeulen"
        let warnings = LayoutWarnings()
        let rendered = try render(inhoud, [appointment], as: .pdf, warnings: warnings)
        let address = try #require(rendered.placedText.first { $0.text.hasPrefix("Maria van den") })
        #expect(address.text == "Maria van den Heuvel-Oosterbroek-Vermeulen\nLindenlaan 12\n1234 AB Voorbeeldstad")
        #expect(address.frame.width <= window.width + 0.01 && address.frame.width > window.width - 8,
                "shrunk just enough: \(address.frame.width) mm")
        #expect(warnings.messages.isEmpty, "a smaller line is not worth a warning: \(warnings.messages)")
    }

    @Test func anAddressThatCannotFitIsShortenedInsideTheWindowAndReported() throws {
        let inhoud = try Inhoud.loadDefault()
        let window = inhoud.organisation.envelopeWindow
        let windowRect = Rect(x: window.x, y: window.y, width: window.width, height: window.height)
        var appointment = Self.full
        appointment.name = String(repeating: "Vanderheijden-Oosterbroekvermeulen", count: 4)
        appointment.addressLines = ["Straat 1", "Gebouw B", "Verdieping 3", "Kamer 12", "Postbus 100", "1234 AB Plaats", "Nederland"]
        let warnings = LayoutWarnings()
        let placed = try render(inhoud, [appointment], as: .pdf, warnings: warnings).placedText
        let address = placed.filter { $0.pageIndex == 0 && windowRect.intersects($0.frame) }
        #expect(!address.isEmpty)
        for line in address { #expect(windowRect.contains(line.frame, tolerance: 0.01), "\(line.text) at \(line.frame)") }
        let name = try #require(address.first { $0.text.hasPrefix("Vanderheijden") })
        #expect(name.frame.width <= windowRect.width + 0.01, "the unbreakable name is shortened to the window")
        #expect(warnings.all.contains { $0.field == .client(.name) && $0.message.contains("shortened") })
        #expect(warnings.all.contains { $0.field == .client(.address) && $0.message.contains("envelope window holds") })
    }

    // MARK: Layout

    @Test func textStaysInsideTheMarginsAtReadableSizesAndLineLengths() throws {
        #expect(BriefLayout.Typography.body.size >= 12)
        #expect(BriefLayout.Typography.bodyBold.size >= 12 && BriefLayout.Typography.question.size >= 12)
        #expect(BriefLayout.Typography.factsValue.size >= 12 && BriefLayout.Typography.address.size >= 12)
        let inhoud = try Inhoud.loadDefault()
        let geometry = BriefLayout.Geometry(inhoud.organisation)
        #expect(geometry.left == inhoud.organisation.envelopeWindow.x, "text aligns with the envelope window")
        #expect(geometry.measure <= 140)
        let rendered = try render(inhoud, [Self.full, Self.long], as: .pdf)
        let page = PageSize.a4.bounds.inset(by: 12)
        for placed in rendered.placedText where !placed.text.hasPrefix("Pagina ") {
            #expect(page.contains(placed.frame), "\(placed.text.prefix(30)) at \(placed.frame) on page \(placed.pageIndex + 1)")
            #expect(placed.frame.maxY <= geometry.bottom + 0.01)
        }
        // The page numbers: right-aligned on the box measure; on the first page in the bottom margin,
        // 8 mm clear of the edge, on the others at the end of the running header, clear of its text.
        let numbers = rendered.placedText.filter { $0.text.hasPrefix("Pagina ") }
        #expect(numbers.map(\.text) == ["Pagina 1 van 3", "Pagina 2 van 3", "Pagina 3 van 3"] + (1...3).map { "Pagina \($0) van 3" })
        for number in numbers {
            #expect(abs(number.frame.maxX - geometry.right) < 1, "\(number.frame)")
            if number.text.hasPrefix("Pagina 1 ") {
                #expect(number.frame.minY > geometry.bottom && number.frame.maxY <= PageSize.a4.height - 8)
            } else {
                #expect(abs(number.frame.minY - geometry.top) < 0.01)
                let header = try #require(rendered.placedText.first { $0.pageIndex == number.pageIndex && $0.text.contains(" · gesprek") })
                #expect(header.frame.maxX <= number.frame.minX - 2, "the header leaves room for the number")
            }
        }
        // Body paragraphs: at most the measure wide, about 70 characters a line.
        let values = BriefLayout.values(inhoud, Self.full)
        let lineHeight = 12 * (BriefLayout.Typography.body.lineHeight ?? 1.3) * 25.4 / 72
        #expect(BriefLayout.Typography.body.lineHeight.map { $0 >= 1.3 } == true, "the kit's line spacing: 1.3 to 1.5")
        for paragraph in inhoud.brief.paragraphs {
            let text = paragraph.text.filled(values)
            let placed = try #require(rendered.placedText.first { $0.text == text && $0.pageIndex == 0 })
            #expect(placed.frame.minX == geometry.left && placed.frame.width <= geometry.measure + 0.01)
            let lines = (placed.frame.height / lineHeight).rounded()
            #expect(Double(text.count) / lines <= 72, "\(paragraph.id): \(Int(lines)) lines")
        }
    }

    @Test(arguments: Inhoud.FormOfAddress.allCases)
    func theLetterFitsOnePageAndTheEnclosureCarriesTheStripAcrossTheBoxMeasure(_ form: Inhoud.FormOfAddress) throws {
        let inhoud = try Inhoud.load(overrideYAML: "aanspreekvorm: \(form.rawValue)\n", named: "vorm.yaml")
        let geometry = BriefLayout.Geometry(inhoud.organisation)
        for appointment in [Self.full, Self.long] {
            let warnings = LayoutWarnings()
            let rendered = try render(inhoud, [appointment], as: .pdf, warnings: warnings)
            #expect(!warnings.messages.contains { $0.contains("extra page") }, "\(warnings.messages)")
            #expect(Set(rendered.placedText.map(\.pageIndex)) == [0, 1, 2])
            let firstPage = rendered.placedText.filter { $0.pageIndex == 0 }
            let signature = try #require(firstPage.first { $0.text == "Arbeidsdeskundige" })
            #expect(signature.frame.maxY <= geometry.bottom + 0.01)
            #expect(!firstPage.contains { Self.sameWords($0.text, inhoud.strip.panels[0].caption) }, "no Strip in the letter itself")
            // The Strip, two by two, from the left edge to the box measure's right edge (172 mm).
            let captions = rendered.placedText.filter { placed in
                placed.pageIndex == 1 && inhoud.strip.panels.contains { Self.sameWords($0.caption, placed.text) }
            }
            #expect(captions.count == 4)
            let frames = StripLayout.panelFrames(options: .init(arrangement: .grid, width: geometry.right - geometry.left))
            #expect(abs((frames.map(\.maxX).max() ?? 0) - (geometry.right - geometry.left)) < 0.01)
            #expect(captions.allSatisfy { $0.frame.minX >= geometry.left - 0.01 && $0.frame.maxX <= geometry.right + 0.01 })
            #expect(captions.allSatisfy { $0.frame.maxY <= geometry.bottom + 0.01 })
        }
    }

    @Test func theClientsOwnParagraphIsPlainTextAfterTheEnclosureParagraph() throws {
        var appointment = Self.full
        appointment.extra = "Neem {{naam}} mee? Nee: dit is gewone tekst, met <b>haakjes</b>."
        let inhoud = try Inhoud.loadDefault()
        let rendered = try render(inhoud, [appointment], as: .pdf)
        let texts = rendered.placedText.filter { $0.pageIndex == 0 }.map(\.text)
        let extra = try #require(texts.firstIndex(of: appointment.extra ?? ""), "printed exactly as given")
        let values = BriefLayout.values(inhoud, appointment)
        let enclosure = try #require(inhoud.brief.paragraphs.first { $0.id == inhoud.brief.extraAfter }).text.filled(values)
        #expect(texts.firstIndex(of: enclosure).map { $0 + 1 } == extra)
    }

    /// The Strip breaks its captions into lines by meaning: the placed text has line breaks where the content has spaces.
    static func sameWords(_ a: String, _ b: String) -> Bool {
        a.split(whereSeparator: \.isWhitespace) == b.split(whereSeparator: \.isWhitespace)
    }

    @Test func theSalutationIsTheClientsOwnElseAShortDefault() throws {
        let informal = try Inhoud.loadDefault()
        let formal = try Inhoud.load(overrideYAML: "aanspreekvorm: u\n", named: "u.yaml")
        var appointment = Self.full
        appointment.name = "Maria Johanna Petronella van den Heuvel"
        func salutation(_ inhoud: Inhoud, _ appointment: Appointment) throws -> String? {
            try render(inhoud, [appointment], as: .pdf).placedText.first { $0.text.hasPrefix("Beste ") || $0.text.hasPrefix("Geachte") }?.text
        }
        #expect(try salutation(informal, appointment) == "Beste Maria,")
        #expect(try salutation(formal, appointment) == "Beste Maria van den Heuvel,", "never every given name")
        appointment.name = "M.J.P. van den Heuvel"
        #expect(try salutation(informal, appointment) == "Beste M.J.P. van den Heuvel,", "initials are no first name")
        #expect(try salutation(formal, appointment) == "Beste M.J.P. van den Heuvel,")
        appointment.salutation = "Beste mevrouw Van den Heuvel,"
        #expect(try salutation(formal, appointment) == "Beste mevrouw Van den Heuvel,")
        #expect(PersonName("Sanne de Boer").givenNames == ["Sanne"] && PersonName("Sanne de Boer").surname == "de Boer")
        #expect(PersonName("Jan Pieter Jansen").surname == "Jansen" && PersonName("Jan Pieter Jansen").firstName == "Jan")
        #expect(PersonName("Jansen").firstName == nil && PersonName("Jansen").surname == "Jansen")
        // A title in front is no first name: "Beste mevrouw Van den Berg," with the tussenvoegsel capitalised.
        appointment.salutation = nil
        for (name, je, u) in [("Mevrouw A. van den Berg", "Beste mevrouw Van den Berg,", "Beste mevrouw Van den Berg,"),
                              ("dhr. P. de Boer", "Beste meneer De Boer,", "Beste meneer De Boer,"),
                              ("De heer Yilmaz", "Beste meneer Yilmaz,", "Beste meneer Yilmaz,"),
                              ("mw van Dijk", "Beste mevrouw Van Dijk,", "Beste mevrouw Van Dijk,"),
                              ("Mevrouw Anna Bakker", "Beste Anna,", "Beste Anna Bakker,"),
                              ("Van Dijk", "Beste Van Dijk,", "Beste Van Dijk,")] {
            appointment.name = name
            #expect(try salutation(informal, appointment) == je, "\(name)")
            #expect(try salutation(formal, appointment) == u, "\(name)")
        }
        #expect(PersonName("Van Dijk").firstName == nil, "a capitalised tussenvoegsel starts the surname")
        #expect(PersonName("Mevrouw").title == nil && PersonName("Mevrouw").surname == "Mevrouw", "a title needs a name after it")
    }

    @Test func aLetterSentFewerThanFiveWorkingDaysAheadIsWarnedAbout() throws {
        let inhoud = try Inhoud.loadDefault()
        // Friday 20 November: five working days later is Friday 27 November.
        var appointment = Self.full
        for (day, warned) in [(26, true), (27, false), (3, false)] {
            appointment.date = CalendarDate(year: 2026, month: day < 10 ? 12 : 11, day: day)
            let warnings = LayoutWarnings()
            _ = try render(inhoud, [appointment], as: .pdf, warnings: warnings)
            let notice = warnings.all.filter { $0.field == .client(.date) && $0.message.contains("fewer than 5 working days") }
            #expect(notice.count == (warned ? 1 : 0), "\(day): \(warnings.messages)")
        }
    }

    @Test func theKeuzehulpGoesOnlyWhereItIsChosen() throws {
        var appointment = Self.full
        appointment.keuzehulp = nil
        let inhoud = try Inhoud.loadDefault()
        #expect(inhoud.keuzehulp.sendByDefault == false, "off unless the organisation turns it on")
        let without = try pdfText(inhoud, [appointment])
        #expect(!without.contains("Keuzehulp") && !without.contains("han.nl"))
        let organisationWide = try Inhoud.load(overrideYAML: "keuzehulp:\n  meesturen: ja\n", named: "keuzehulp.yaml")
        #expect(try pdfText(organisationWide, [appointment]).contains("Keuzehulp Re-integratie"))
        appointment.keuzehulp = false
        #expect(!(try pdfText(organisationWide, [appointment]).contains("Keuzehulp")), "the client's row wins")
    }

    @Test func theReferenceLineLeavesOutAMissingKenmerkAndTheReturnAddressTopsTheWindow() throws {
        let inhoud = try Inhoud.load(overrideYAML: "organisatie:\n  retouradres: Postbus 99, 1234 AA Voorbeeldstad\n",
                                     named: "retour.yaml")
        let window = inhoud.organisation.envelopeWindow
        let windowRect = Rect(x: window.x, y: window.y, width: window.width, height: window.height)
        let rendered = try render(inhoud, [Self.long], as: .pdf)
        let firstPage = rendered.placedText.filter { $0.pageIndex == 0 }
        #expect(!firstPage.contains { $0.text == "Ons kenmerk" })
        for label in ["Datum", "Onderwerp", "Bijlagen"] { #expect(firstPage.contains { $0.text == label }, "\(label)") }
        let returnLine = try #require(firstPage.first { $0.text == "Postbus 99, 1234 AA Voorbeeldstad" })
        let name = try #require(firstPage.first { $0.text.hasPrefix("Maria Magdalena") })
        #expect(windowRect.contains(returnLine.frame, tolerance: 0.01) && returnLine.frame.maxY < name.frame.minY)
        #expect(inhoud.organisation.returnAddressLine == "Postbus 99, 1234 AA Voorbeeldstad")
        #expect(try Inhoud.loadDefault().organisation.returnAddressLine
            == "Arbeidsdeskundig Bureau Voorbeeld, Voorbeeldstraat 1, 1234 AB Voorbeeldstad", "whose post it is")
    }

    /// The reference line keeps to the letter's grid, the same in every letter: Datum at the margin,
    /// Ons kenmerk 44 mm in, Onderwerp in line with the facts block's text, the count of enclosures at
    /// the right margin. A kenmerk too long for its place packs the columns instead.
    @Test func theReferenceLineKeepsToTheLettersGrid() throws {
        let inhoud = try Inhoud.loadDefault()
        let geometry = BriefLayout.Geometry(inhoud.organisation)
        let factsX = try #require(geometry.besideWindow).minX + BriefLayout.FactsBlock.textInset
        let page = try render(inhoud, [Self.full], as: .pdf).placedText.filter { $0.pageIndex == 0 }
        func frame(_ text: String) throws -> Rect { try #require(page.first { $0.text == text }, "\(text)").frame }
        let date = try frame("Datum brief"), reference = try frame("Ons kenmerk"), label = try frame("Onderwerp")
        let subject = try frame("Uitnodiging gesprek")
        #expect(abs(date.minX - geometry.left) < 0.01)
        #expect(abs(reference.minX - (geometry.left + 44)) < 0.01)
        #expect(abs(label.minX - factsX) < 0.01 && abs(subject.minX - factsX) < 0.01)
        #expect(subject.height < 7, "the subject on one line")
        let count = try frame("Bijlagen"), number = try frame("2")
        #expect(abs(count.maxX - geometry.right) < 0.3 && abs(number.maxX - geometry.right) < 0.3)
        var long = Self.full
        long.reference = "ZAAK-2026-0417-ARBEIDSDESKUNDIG-ONDERZOEK-AMERSFOORT"
        let line = try referenceLine(inhoud, long)
        #expect(line["Ons kenmerk"] == long.reference && line["Bijlagen"] == "2", "\(line)")
        let packed = try render(inhoud, [long], as: .pdf).placedText.filter { $0.pageIndex == 0 }
        let kenmerk = try #require(packed.first { $0.text == long.reference }).frame
        let packedSubject = try #require(packed.first { $0.text == "Onderwerp" }).frame
        #expect(kenmerk.maxX + BriefLayout.ReferenceLine.minimumGap - 0.01 <= packedSubject.minX)
    }

    /// Under the signature the enclosures by name, the questions sheet with the keuzehulp when it goes along.
    @Test func theEnclosuresAreNamedUnderTheSignature() throws {
        let inhoud = try Inhoud.loadDefault()
        var without = Self.full
        without.keuzehulp = false
        let page = try render(inhoud, [Self.full], as: .pdf).placedText.filter { $0.pageIndex == 0 }
        let closing = try #require(page.first { $0.text == "Met vriendelijke groet," }).frame
        let line = try #require(page.first { $0.text.hasPrefix("Bijlagen: ") })
        #expect(line.text == "Bijlagen: Zo gaat ons gesprek, Voorbereiden op ons gesprek (met de keuzehulp)")
        #expect(line.frame.minY > closing.maxY && abs(line.frame.minX - closing.minX) < 0.01)
        #expect(try render(inhoud, [without], as: .pdf).placedText.contains {
            $0.text == "Bijlagen: Zo gaat ons gesprek, Voorbereiden op ons gesprek"
        })
    }

    @Test func theReferenceLineSitsClearOfTheWindowAndTheFactsBlock() throws {
        let inhoud = try Inhoud.loadDefault()
        let geometry = BriefLayout.Geometry(inhoud.organisation)
        let besideX = try #require(geometry.besideWindow).minX
        for appointment in [Self.full, Self.long] {
            let firstPage = try render(inhoud, [appointment], as: .pdf).placedText.filter { $0.pageIndex == 0 }
            let label = try #require(firstPage.first { $0.text == "Datum brief" })
            let date = try #require(firstPage.first { $0.text == "20 november 2026" })
            #expect(date.frame.minY > label.frame.maxY && abs(date.frame.minX - geometry.left) < 0.01)
            // The facts block's texts: right of the window, below the letterhead, above the body.
            let facts = firstPage.filter { $0.frame.minX >= besideX && $0.frame.minY > 30 && $0.frame.maxY < label.frame.minY }
            let factsBottom = try #require(facts.map(\.frame.maxY).max()) + BriefLayout.FactsBlock.verticalPadding
            #expect(label.frame.minY >= geometry.window.maxY + Stijl.Space.s - 0.01, "nothing in the envelope window")
            #expect(label.frame.minY >= factsBottom + Stijl.Space.s - 0.01, "not level with the facts block's bottom")
            if appointment.name == Self.full.name { #expect(abs(factsBottom - geometry.window.maxY) < 1.5) }
        }
    }

    @Test func lettersTextsDoNotOverlap() throws {
        let inhoud = try Inhoud.loadDefault()
        let rendered = try render(inhoud, [Self.full], as: .pdf)
        // The Strip places its own texts inside its panels; everything else must keep apart.
        let strip = Set(inhoud.strip.panels.flatMap { [$0.title, $0.caption, $0.bubble.text] } + ["1", "2", "3", "4"])
        for pageIndex in 0..<3 {
            let frames = rendered.placedText.filter { $0.pageIndex == pageIndex && !strip.contains($0.text) }
            for (index, a) in frames.enumerated() {
                for b in frames[(index + 1)...] where a.frame.intersects(b.frame) {
                    let tolerance = a.frame.inset(by: 0.3).intersects(b.frame.inset(by: 0.3))
                    #expect(!tolerance, "\"\(a.text.prefix(30))\" overlaps \"\(b.text.prefix(30))\" on page \(pageIndex + 1)")
                }
            }
        }
    }

    @Test func theEnclosurePagesSayWhoseTheyAreAndGiveRoomToWrite() throws {
        let inhoud = try Inhoud.loadDefault()
        let rendered = try render(inhoud, [Self.full], as: .pdf)
        for pageIndex in [1, 2] {
            let texts = rendered.placedText.filter { $0.pageIndex == pageIndex }.map(\.text)
            // No-break spaces keep "3 december 2026" (and "kenmerk 2026-0417") together at a line's end.
            #expect(texts.first?.replacingOccurrences(of: "\u{00A0}", with: " ")
                == "Sanne de Boer · kenmerk 2026-0417 · gesprek 3 december 2026")
        }
        #expect(Stijl.writingLinePitch >= 8)
        #expect(BriefLayout.PreparationPlan.lineRange.lowerBound >= 2, "at least two writing lines per question")
        let questions = rendered.placedText.filter { placed in
            placed.pageIndex == 2 && inhoud.preparation.questions.contains { $0.text == placed.text }
        }
        #expect(questions.count == inhoud.preparation.questions.count)
        // Between two questions: the question's text and at least two writing lines.
        for (a, b) in zip(questions, questions.dropFirst()) {
            #expect(b.frame.minY - a.frame.maxY >= 2 * Stijl.writingLinePitch)
        }
    }

    @Test func questionsThatAskMoreGetMoreRoomFirst() throws {
        let questions = ["Waar wil je het over hebben?", "Hoe gaat het?", "Wat lukt al wel? En wat nog niet?",
                         "Wat heb je nodig? En van wie?"]
        // Room for two extra lines: the two questions that ask two things get them.
        #expect(BriefLayout.PreparationPlan.writingLines(questions) { $0.reduce(0, +) <= 10 } == [2, 2, 3, 3])
        #expect(BriefLayout.PreparationPlan.writingLines(questions) { $0.reduce(0, +) <= 11 } == [3, 2, 3, 3])
        #expect(BriefLayout.PreparationPlan.writingLines(questions) { _ in true } == [5, 5, 5, 5])
        #expect(BriefLayout.PreparationPlan.writingLines(questions) { _ in false } == [2, 2, 2, 2])
        // On the default page, the keuzehulp block is compact enough that some questions get three lines.
        let inhoud = try Inhoud.loadDefault()
        let secondPage = try render(inhoud, [Self.full], as: .pdf).placedText.filter { $0.pageIndex == 2 }
        let heading = try #require(secondPage.first { $0.text == inhoud.keuzehulp.heading })
        let address = try #require(secondPage.first { $0.text.hasPrefix("<u>www.han.nl") || $0.text.hasPrefix("www.han.nl") })
        #expect(address.frame.maxY - heading.frame.minY <= 40, "the keuzehulp block stays compact")
        #expect(address.text.contains("/keuzehulp-re-integratie") && !address.text.contains("\n"), "the address on one line")
        let tops = secondPage.filter { placed in inhoud.preparation.questions.contains { $0.text == placed.text } }
            .map(\.frame.minY)
        let distances = zip(tops, tops.dropFirst()).map { $1 - $0 }
        let spread = (distances.max() ?? 0) - (distances.min() ?? 0)
        #expect(spread >= Stijl.writingLinePitch - 0.01, "a third line for some questions: \(distances)")
    }

    @Test func theKeuzehulpsTypeIsNoSmallerThanTheLetters() {
        let type = BriefLayout.Typography.self
        #expect(type.tipsTitle.size >= type.tipsBody.size && type.tipsTitle.weight == .bold)
        #expect(type.scanHint.size >= 12 && type.scanHint.colour == Stijl.ink)
    }

    @Test func aLongerLetterContinuesOnAnExtraPageInsteadOfShrinking() throws {
        let long = String(repeating: "Dit is een langere alinea van de organisatie, met meer uitleg over het gesprek. ", count: 9)
        let inhoud = try Inhoud.load(overrideYAML: """
            brief:
              alineas:
                - id: informeren
                  tekst: "\(long)"
                - id: voorbereiden
                  tekst: "\(long)"
            """, named: "lang.yaml")
        let warnings = LayoutWarnings()
        let rendered = try render(inhoud, [Self.full], as: .pdf, warnings: warnings)
        #expect(rendered.files.count == 1)
        #expect(warnings.all.contains { $0.field == .brief(.paragraphs) && $0.message.contains("continues on an extra page") })
        #expect(warnings.messages.contains { $0.hasPrefix("brief for \(Self.full.name ?? ""): brief.alineas: the letter's text") })
        let pages = Set(rendered.placedText.map(\.pageIndex))
        #expect(pages == [0, 1, 2, 3], "letter, continuation, Strip, questions")
        for placed in rendered.placedText where !placed.text.hasPrefix("Pagina ") { #expect(placed.frame.maxY <= 282.01) }
        // The continuation page names whose letter it is, and the closing travels with its paragraph.
        let continuation = rendered.placedText.filter { $0.pageIndex == 1 }.map(\.text)
        #expect(continuation.first?.hasPrefix("Sanne de Boer · ") == true)
        #expect(continuation.contains("Met vriendelijke groet,"))
        let path = try writePDF(inhoud, [Self.full])
        #expect(try Tools.run("pdfinfo", [path]).contains("Pages:           4"))
        #expect(rendered.placedText.contains { $0.text == "Pagina 2 van 4" })
    }

    @Test func oneLetterWithItsEnclosurePerAppointmentTaggedAndTitled() throws {
        let inhoud = try Inhoud.loadDefault()
        let document = BriefLayout.document(inhoud, appointments: [Self.full, Self.long], letterDate: Self.letterDate,
                                            warnings: LayoutWarnings())
        #expect(document.pages.count == 2, "one flow of pages per appointment")
        #expect(BriefLayout.pages(inhoud, appointment: Self.full, letterDate: Self.letterDate, warnings: LayoutWarnings()).count == 1)
        #expect(try render(inhoud, [Self.full, Self.long], as: .pdf).placedText.map(\.pageIndex).max() == 5)
        #expect(BriefLayout.info(inhoud, appointments: [Self.full]).title == "Uitnodiging voor ons gesprek · kenmerk 2026-0417",
                "with a kenmerk, the metadata carry no name")
        #expect(BriefLayout.info(inhoud, appointments: [Self.long]).title.hasSuffix(" · Maria Magdalena van den Heuvel-Oosterbroek-Vermeulen"))
        let path = try writePDF(inhoud, [Self.full])
        let info = try Tools.run("pdfinfo", [path])
        #expect(info.contains("Tagged:          yes"))
        #expect(info.contains("Title:           Uitnodiging voor ons gesprek · kenmerk 2026-0417"))
        #expect(info.contains("Author:          Arbeidsdeskundig Bureau Voorbeeld"))
        #expect(info.contains("595.276 x 841.89 pts (A4)"))
        let qdf = try Tools.uncompressedPDF(path)
        for tag in ["/H1", "/H2", "/P", "/L", "/LI", "/Figure", "/Link"] { #expect(qdf.contains("/S \(tag)"), "no \(tag) tag") }
    }

    @Test func theOrganisationsLogoAndColour() throws {
        let directory = try Repository.temporaryDirectory("brief-logo")
        var pixels = [UInt8](repeating: 0, count: 120 * 40 * 4)
        for index in stride(from: 0, to: pixels.count, by: 4) {
            pixels.replaceSubrange(index..<index + 4, with: [0x1F, 0x5F, 0x8B, 255])
        }
        try RasterImage(width: 120, height: 40, rgba: pixels).png().write(to: directory.appendingPathComponent("logo.png"))
        let content = directory.appendingPathComponent("organisatie.yaml")
        try Data("organisatie:\n  logo: logo.png\n  kleur: \"#F2C200\"\n".utf8).write(to: content)
        let inhoud = try Inhoud.load(contentFile: content)
        let warnings = LayoutWarnings()
        let path = try writePDF(inhoud, [Self.full], warnings: warnings)
        let images = try Tools.run("pdfimages", ["-list", path])
        #expect(images.split(separator: "\n").count == 3, "one image, the logo: \(images)")
        #expect(warnings.all.count == 1, "\(warnings.messages)")
        #expect(warnings.all.first?.field == .organisation(.colour))
        #expect(warnings.messages.first?.hasPrefix("brief: organisatie.kleur: the organisation's colour #F2C200 is too light for text") == true)
        // With a logo the name moves into the sender's column, still as text.
        #expect(try Tools.pdfText(path).contains("Arbeidsdeskundig Bureau Voorbeeld"))
        // A house colour dark enough for text raises nothing.
        let dark = try Inhoud.load(overrideYAML: "organisatie:\n  kleur: \"#1F5F8B\"\n", named: "kleur.yaml")
        let quiet = LayoutWarnings()
        _ = try render(dark, [Self.full], as: .pdf, warnings: quiet)
        #expect(quiet.messages.isEmpty, "\(quiet.messages)")
    }

    @Test func theFactsMoveIntoTheBodyWhenTheWindowLeavesNoRoom() throws {
        let window = "organisatie:\n  envelopvenster:\n    x: 110\n    y: 50\n    breedte: 85\n    hoogte: 30\n"
        let inhoud = try Inhoud.load(overrideYAML: window, named: "venster.yaml")
        let geometry = BriefLayout.Geometry(inhoud.organisation)
        #expect(geometry.besideWindow == nil)
        #expect(geometry.left == 22)
        let warnings = LayoutWarnings()
        let rendered = try render(inhoud, [Self.full], as: .pdf, warnings: warnings)
        let title = try #require(rendered.placedText.first { $0.text == "Je afspraak" })
        let salutation = try #require(rendered.placedText.first { $0.text == "Beste Sanne," })
        #expect(title.frame.minY > salutation.frame.maxY, "after the first paragraph")
        #expect(title.pageIndex == 0)
    }

    // MARK: Helpers

    func render(_ inhoud: Inhoud, _ appointments: [Appointment], as format: OutputFormat,
                warnings: LayoutWarnings = LayoutWarnings()) throws -> RenderedDocument {
        let document = BriefLayout.document(inhoud, appointments: appointments, letterDate: Self.letterDate, warnings: warnings)
        return try Repository.renderer().render(document, as: format)
    }

    func writePDF(_ inhoud: Inhoud, _ appointments: [Appointment], warnings: LayoutWarnings = LayoutWarnings()) throws -> String {
        let path = try Repository.temporaryDirectory("brief").appendingPathComponent("brief.pdf").path
        try FileOutput.write(try render(inhoud, appointments, as: .pdf, warnings: warnings), to: path)
        return path
    }

    /// The PDF's text with every run of white space as one space, so wrapped lines read as one.
    /// The facts block's rows of `appointment`'s letter as "Label value" (white space as single
    /// spaces), read from where they are drawn: a label and the value level with it.
    func factsRows(_ inhoud: Inhoud, _ appointment: Appointment) throws -> [String] {
        let geometry = BriefLayout.Geometry(inhoud.organisation)
        let labelX = try #require(geometry.besideWindow).minX + BriefLayout.FactsBlock.textInset
        let page = try render(inhoud, [appointment], as: .pdf).placedText.filter { $0.pageIndex == 0 }
        let title = try #require(page.first { $0.text.hasSuffix("afspraak") })
        let end = try #require(page.first { $0.text == inhoud.brief.referenceLine.date })
        let inside = page.filter { $0.frame.minY > title.frame.maxY - 0.01 && $0.frame.maxY < end.frame.minY && $0.frame.minX > labelX - 0.01 }
        let labels = inside.filter { abs($0.frame.minX - labelX) < 0.01 }
        let values = inside.filter { $0.frame.minX > labelX + 1 }
        func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return labels.compactMap { label in
            values.min { abs($0.frame.minY - label.frame.minY) < abs($1.frame.minY - label.frame.minY) }
                .map { words(label.text) + " " + words($0.text) }
        }
    }

    /// The reference line of `appointment`'s letter as label → value, read from where they are drawn:
    /// a value under its label, sharing its left edge (or its right edge, for the count at the margin).
    func referenceLine(_ inhoud: Inhoud, _ appointment: Appointment) throws -> [String: String] {
        let page = try render(inhoud, [appointment], as: .pdf).placedText.filter { $0.pageIndex == 0 }
        let first = try #require(page.first { $0.text == inhoud.brief.referenceLine.date })
        let labels = page.filter { abs($0.frame.minY - first.frame.minY) < 0.01 }
        let values = page.filter { $0.frame.minY > first.frame.maxY && $0.frame.minY < first.frame.maxY + 4 }
        var line: [String: String] = [:]
        for label in labels {
            line[label.text] = values.first {
                abs($0.frame.minX - label.frame.minX) < 0.3 || abs($0.frame.maxX - label.frame.maxX) < 0.3
            }?.text
        }
        return line
    }

    func pdfText(_ inhoud: Inhoud, _ appointments: [Appointment], warnings: LayoutWarnings = LayoutWarnings()) throws -> String {
        try Tools.pdfText(try writePDF(inhoud, appointments, warnings: warnings))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
