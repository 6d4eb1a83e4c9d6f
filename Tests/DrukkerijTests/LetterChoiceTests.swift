import Drukkerij
import Foundation
import Inhoud
import TestSupport
import Testing

/// The letter's per-client choices (the soort) read from a sheet, a web form and the command line's
/// options give the same letter, byte for byte; a value the content does not know is refused before
/// anything is drawn, with the row, the column and what may be written.
@Suite struct LetterChoiceTests {
    static let header = "naam;datum;tijd;locatie;arbeidsdeskundige;soort\n"
    static let values: [ClientColumn: String] = [.name: "Sanne de Boer", .date: "3-12-2026", .time: "10:30",
                                                 .location: "Kantoor", .expert: "Anna de Vries", .soort: "spoor2"]

    @Test func aSheetAFormAndTheOptionsGiveTheSameLetter() throws {
        let drukkerij = try Fixtures.drukkerij()
        let inhoud = drukkerij.inhoud
        let sheetRow = try Fixtures.sheet(Self.header + "Sanne de Boer;3-12-2026;10:30;Kantoor;Anna de Vries;Spoor2\n")
            .validated(for: .brief, inhoud: inhoud)[0]
        let formRow = ClientRow(fields: Self.values)
        #expect(Material.brief.fieldProblems(in: formRow, inhoud: inhoud).isEmpty)
        // As `materialen brief --soort spoor2 …` builds it.
        let options = Appointment(name: "Sanne de Boer", date: CalendarDate(year: 2026, month: 12, day: 3), time: "10:30",
                                  location: "Kantoor", expert: "Anna de Vries", soort: "spoor2")
        #expect(sheetRow.appointment == formRow.appointment && formRow.appointment == options)
        let letter = try drukkerij.render(.brief(options, letterDate: Fixtures.letterDate), as: .pdf).files
        #expect(try drukkerij.render(.brief(sheetRow.appointment, letterDate: Fixtures.letterDate), as: .pdf).files == letter)
        #expect(try Fixtures.text(of: letter[0]).contains("tweede spoor"))
    }

    @Test func anUnknownSoortIsNamedWithItsRowAndTheKnownOnes() throws {
        let inhoud = try Inhoud.loadDefault()
        let message = Fixtures.message {
            _ = try Fixtures.sheet(Self.header + "Anna;3-12-2026;10:30;Kantoor;Noor;wia\n"
                                   + "Bram;3-12-2026;10:30;Kantoor;Noor;WAO\n").validated(for: .brief, inhoud: inhoud)
        }
        #expect(message.contains("clients.csv:3: column \"soort\": \"wao\" is not known; use one of: wia, herbeoordeling, "
                                 + "ziektewet, spoor1, spoor2, werkgeversopdracht, letselschade"), "\(message)")
        #expect(!message.contains("clients.csv:2"))
        let form = Material.brief.fieldProblems(in: ClientRow(fields: Self.values.merging([.soort: "wao"]) { $1 }), inhoud: inhoud)
        #expect(form[.soort] == .unreadable(.notAChoice("wao", known: inhoud.brief.soorten.map(\.id))))
    }

    @Test func whoElseIsThereIsReadAndCheckedForABSN() throws {
        let rows = try Fixtures.sheet("naam;datum;tijd;locatie;arbeidsdeskundige;present\nAnna;3-12-2026;10:30;Kantoor;Noor;een tolk Pools\n")
            .validated(for: .brief)
        #expect(rows[0].appointment.present == "een tolk Pools")
        #expect(Material.brief.fieldProblems(in: ClientRow(fields: Self.values.merging([.present: "tolk 111222333"]) { $1 }))[.present]
            == .unreadable(.looksLikeBSN))
    }

    @Test func theKindColumnIsTheEnglishName() throws {
        let rows = try Fixtures.sheet("name;date;time;location;expert;kind\nAnna;3-12-2026;10:30;Kantoor;Noor;letselschade\n")
            .validated(for: .brief, inhoud: try Inhoud.loadDefault())
        #expect(rows[0].appointment.soort == "letselschade")
    }
}

/// The kind of meeting and its video link from a sheet, a form and the options.
@Suite struct MeetingChoiceTests {
    static let header = "naam;datum;tijd;locatie;arbeidsdeskundige;gespreksvorm;videolink\n"

    @Test func aVideoCallWithoutItsLinkAndAnUnknownKindAreNamedWithTheirRows() {
        let message = Fixtures.problems(Self.header
            + "Anna;3-12-2026;10:30;;Noor;Video;https://video.example.nl/a\n"    // fine: no place needed
            + "Bram;3-12-2026;10:30;;Noor;video;\n"                              // no link
            + "Cem;3-12-2026;10:30;Kantoor;Noor;wandeling;\n"                    // unknown kind
            + "Dirk;3-12-2026;10:30;;Noor;werkplek;\n", for: .brief)             // a workplace needs its place
        #expect(message.contains("clients.csv:3: column \"videolink\": empty; a video call (gespreksvorm video) needs its link"),
                "\(message)")
        #expect(message.contains("clients.csv:4: column \"gespreksvorm\": \"wandeling\" is not known; use one of: kantoor, "
                                 + "huisbezoek, werkplek, video, telefoon"))
        #expect(message.contains("clients.csv:5: column \"locatie\": empty"))
        #expect(!message.contains("clients.csv:2:"))
    }

    @Test func aFormAndASheetReadTheKindAlike() throws {
        let fields: [ClientColumn: String] = [.name: "Anna", .date: "3-12-2026", .time: "10:30", .expert: "Noor",
                                              .meeting: "Telefoon"]
        let row = ClientRow(fields: fields)
        #expect(row.appointment.meeting == .telefoon)
        #expect(Material.brief.fieldProblems(in: row).isEmpty, "a call needs no place")
        let sheetRow = try Fixtures.sheet(Self.header + "Anna;3-12-2026;10:30;;Noor;Telefoon;\n").validated(for: .brief)[0]
        #expect(sheetRow.appointment == row.appointment)
        let video = ClientRow(fields: fields.merging([.meeting: "video"]) { $1 })
        #expect(Material.brief.fieldProblems(in: video) == [.videoLink: .missing])
    }
}

/// The aanspreekvorm per row, from a sheet and a form.
@Suite struct FormChoiceTests {
    @Test func theFormIsReadAndAnUnknownOneOrOneTheContentLacksIsNamed() throws {
        let header = "naam;datum;tijd;locatie;arbeidsdeskundige;form\n"
        let rows = try Fixtures.sheet(header + "Anna;3-12-2026;10:30;Kantoor;Noor;U\n").validated(for: .brief, inhoud: try Inhoud.loadDefault())
        #expect(rows[0].appointment.form == .u)
        let message = Fixtures.problems(header + "Anna;3-12-2026;10:30;Kantoor;Noor;jij\n", for: .brief)
        #expect(message.contains("clients.csv:2: column \"form\": \"jij\" is not known; use one of: je, u"), "\(message)")
        let oneForm = try Inhoud.load(overrideYAML: "brief:\n  afsluiting:\n    je: Groetjes,\n", named: "eigen.yaml")
        let lacking = Fixtures.message {
            _ = try Fixtures.sheet(header + "Anna;3-12-2026;10:30;Kantoor;Noor;u\n").validated(for: .brief, inhoud: oneForm)
        }
        #expect(lacking.contains("clients.csv:2: column \"form\": the content has no texts in the u-form")
                && lacking.contains("brief.afsluiting.u"), "\(lacking)")
    }
}

/// The letter variant from a sheet.
@Suite struct VariantChoiceTests {
    @Test func theVariantIsReadAndAnUnknownOneIsNamed() throws {
        let header = "naam;datum;tijd;locatie;arbeidsdeskundige;variant\n"
        let rows = try Fixtures.sheet(header + "Anna;3-12-2026;10:30;Kantoor;Noor;Gewijzigde afspraak\n").validated(for: .brief)
        #expect(rows[0].appointment.variant == .gewijzigdeAfspraak)
        let message = Fixtures.problems(header + "Anna;3-12-2026;10:30;Kantoor;Noor;herinnering\n", for: .brief)
        #expect(message.contains("clients.csv:2: column \"variant\": \"herinnering\" is not known; use one of: uitnodiging, "
                                 + "vervolggesprek, gewijzigde-afspraak"), "\(message)")
    }
}
