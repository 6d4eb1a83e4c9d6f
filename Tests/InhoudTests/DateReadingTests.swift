import Inhoud
import Testing

/// Dates and times as offices write them, in a spreadsheet, a CSV export or a web form: each form
/// read to the same day, and what is not a date said as such.
@Suite struct DateReadingTests {
    static let december3 = CalendarDate(year: 2026, month: 12, day: 3)!

    @Test(arguments: [
        "2026-12-03", "3-12-2026", "03-12-2026", "3/12/2026", "03/12/2026", "3.12.2026", " 3-12-2026 ",
        "3 december 2026", "3 December 2026", "3 dec 2026", "3 dec. 2026", "3-dec-2026", "3-Dec-26",
        "do 3 december 2026", "do. 3 dec 2026", "donderdag 3 december 2026", "Donderdag, 3 december 2026",
        "3 december '26", "3 Dec 2026",
    ])
    func everyFormGivesTheSameDay(_ text: String) throws {
        #expect(try CalendarDate.reading(text).date == Self.december3, "\(text)")
        #expect(CalendarDate(parsing: text) == Self.december3)
    }

    @Test func twoDigitYearsAreCompletedAndSaySo() throws {
        let short = try CalendarDate.reading("3-12-26")
        #expect(short.date == Self.december3 && short.yearWasCompleted)
        #expect(try CalendarDate.reading("03-12-26").yearWasCompleted)
        #expect(try CalendarDate.reading("1-1-69").date == CalendarDate(year: 2069, month: 1, day: 1))
        #expect(try CalendarDate.reading("1-1-70").date == CalendarDate(year: 1970, month: 1, day: 1))
        #expect(try CalendarDate.reading("3 dec 26").yearWasCompleted)
        #expect(try !CalendarDate.reading("3-12-2026").yearWasCompleted)
        #expect(try !CalendarDate.reading("3 december 2026").yearWasCompleted)
    }

    @Test func aWeekdayThatIsNotTheDatesOwnIsAnError() {
        #expect(throws: DateReadingError.wrongWeekday(written: "vr", date: Self.december3)) {
            try CalendarDate.reading("vr 3 december 2026")
        }
        #expect(Self.december3.dutchWeekday == "donderdag")
    }

    @Test(arguments: [
        "", "3-12", "3 december", "december 2026", "31-02-2026", "3-13-2026", "2026-12", "12/2026", "3 decembre 2026",
        "3-12-226", "03122026", "vandaag", "do 3", "3 de 2026", "1-1-1899", "zo 3 december 2026 extra",
    ])
    func notADate(_ text: String) {
        #expect(throws: DateReadingError.notADate) { try CalendarDate.reading(text) }
        #expect(CalendarDate(parsing: text) == nil)
    }

    @Test(arguments: [
        ("9:30", "09:30"), ("09:30", "09:30"), ("9.30", "09:30"), ("09.30", "09:30"), ("9.30 uur", "09:30"),
        ("9:30 uur", "09:30"), ("9.30u", "09:30"), ("9 uur", "09:00"), ("14:30", "14:30"), ("09:30:00", "09:30"),
        ("9.30.45", "09:30"), (" 16.30 Uur ", "16:30"), ("0:05", "00:05"), ("23:59", "23:59"),
    ])
    func timesAsPeopleWriteThem(_ text: String, _ expected: String) {
        #expect(Appointment.normalisedTime(text) == expected, "\(text)")
    }

    @Test(arguments: ["", "9", "930", "9:3", "9:300", "24:00", "9:60", "9,30", "half tien", "uur", "9:30:61", "123:00"])
    func notATime(_ text: String) {
        #expect(Appointment.normalisedTime(text) == nil, "\(text)")
    }

    @Test func dayNumbersCountFrom1970BothWays() {
        #expect(CalendarDate(daysSince1970: 0) == CalendarDate(year: 1970, month: 1, day: 1))
        #expect(CalendarDate(daysSince1970: -25_567) == CalendarDate(year: 1900, month: 1, day: 1))
        #expect(CalendarDate(daysSince1970: 20_790) == Self.december3)
        #expect(CalendarDate(daysSince1970: -25_568) == nil, "31 December 1899 is out of range")
        // Every day of four centuries (leap years by 4, 100 and 400) goes there and back.
        var date = CalendarDate(year: 1900, month: 1, day: 1)!
        var number = date.daysSince1970
        while date.year < 2300 {
            #expect(CalendarDate(daysSince1970: number) == date)
            date = date.nextDay
            number += 1
            if date.daysSince1970 != number { Issue.record("\(date) is day \(date.daysSince1970), not \(number)"); break }
        }
    }
}
