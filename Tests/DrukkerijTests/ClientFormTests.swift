import Drukkerij
import Inhoud
import Testing

/// One client's values given per field (a web form), read as a sheet's row is read.
@Suite struct ClientFormTests {
    @Test func fieldsAreReadLikeASheetRow() throws {
        let row = ClientRow(fields: [.name: " Anna de Vries ", .date: "03-12-2026", .time: "9.05", .address: "Dorpsstraat 1",
                                     .postcode: "1234 AB", .city: "Utrecht", .topics: "Minder uren werken"])
        let sheetRow = try Fixtures.sheet("naam;datum;tijd;adres;postcode;plaats;onderwerpen\n"
                                          + " Anna de Vries ;03-12-2026;9.05;Dorpsstraat 1;1234 AB;Utrecht;Minder uren werken\n").rows[0]
        #expect(row.appointment == sheetRow.appointment)
        #expect(row.appointment.time == "09:05")
        #expect(row.appointment.addressLines == ["Dorpsstraat 1", "1234 AB Utrecht"])
    }

    @Test(arguments: [("do 3 december 2026", "9.30 uur"), ("3 dec 2026", "09.30"), ("3-12-26", "9:30"), ("3/12/2026", "09:30:00")])
    func aFormTakesEveryFormASheetTakes(_ date: String, _ time: String) {
        let row = ClientRow(fields: [.name: "Anna", .date: date, .time: time])
        #expect(row.appointment.date == CalendarDate(year: 2026, month: 12, day: 3))
        #expect(row.appointment.time == "09:30")
        #expect(row.valueProblems.isEmpty)
    }

    @Test func aWeekdayThatIsNotTheDatesOwnIsAProblemOfTheDate() {
        let row = ClientRow(fields: [.name: "Anna", .date: "vr 3 december 2026"])
        #expect(Material.werkblad.fieldProblems(in: row)[.date]
            == .unreadable(.wrongWeekday("vr 3 december 2026", date: CalendarDate(year: 2026, month: 12, day: 3)!)))
    }

    @Test func problemsPerFieldForTheMaterial() {
        let row = ClientRow(fields: [.date: "31-02-2026", .time: "half tien"])
        #expect(Material.werkblad.fieldProblems(in: row).keys.sorted(by: { $0.rawValue < $1.rawValue }) == [.date, .name],
                "the werkblad prints no time, so a bad time is no problem for it")
        #expect(Material.werkblad.fieldProblems(in: row)[.name] == .missing)
        guard case .unreadable = Material.werkblad.fieldProblems(in: row)[.date] else {
            Issue.record("the impossible date is unreadable"); return
        }
        #expect(Set(Material.brief.fieldProblems(in: row).keys) == [.name, .date, .time, .location, .expert])
        #expect(Material.werkblad.fieldProblems(in: ClientRow(fields: [.name: "Anna", .date: "3-12-2026"])).isEmpty)
    }

    @Test func oneDocumentIsNamedAsInABatch() throws {
        let appointment = Appointment(name: "Anna \"de\"\nVriës", date: CalendarDate(year: 2026, month: 12, day: 3))
        #expect(BatchFileName.name(for: appointment, material: .werkblad) == "2026-12-03_anna-de-vries_werkblad.pdf")
        #expect(BatchFileName.name(for: Appointment(), material: .brief) == "client_brief.pdf")
        let rows = try Fixtures.sheet("naam;datum\nAnna Vriës;3-12-2026\n").validated(for: .werkblad)
        #expect(BatchFileName.name(for: rows[0].appointment, material: .werkblad) == BatchFileName.names(for: rows, material: "werkblad")[0])
    }
}
