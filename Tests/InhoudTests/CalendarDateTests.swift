import Foundation
import Inhoud
import Testing

/// Which day an instant falls on: front-ends date letters with it, in the office's time zone.
@Suite struct CalendarDateTests {
    @Test func anInstantFallsOnTheDayOfItsTimeZone() throws {
        // 23:30 UTC on 2 December is already 3 December in Amsterdam.
        let instant = try #require(ISO8601DateFormatter().date(from: "2026-12-02T23:30:00Z"))
        let amsterdam = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        #expect(CalendarDate(instant, in: amsterdam) == CalendarDate(year: 2026, month: 12, day: 3))
        #expect(CalendarDate(instant, in: .gmt) == CalendarDate(year: 2026, month: 12, day: 2))
    }

    @Test func todayIsTheDayOfNowInTheGivenZone() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        let before = try #require(CalendarDate(Date(), in: zone))
        let today = CalendarDate.today(in: zone)
        let after = try #require(CalendarDate(Date(), in: zone))
        #expect(before <= today && today <= after)
    }
}
