import Foundation
import Inhoud

extension Drukkerij {
    /// The time zone the kit's dates are in: its clients and arbeidsdeskundigen are in the
    /// Netherlands, wherever the server's clock is set (a container often runs in UTC, which would
    /// date a letter made after 23:00 in winter a day early).
    public static let timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current

    /// Today in the Netherlands: the date of a letter made now and the day a terugkoppeling is sent
    /// unless its notes say otherwise. The one place every front-end asks; the layouts never read
    /// the clock.
    public static func today() -> CalendarDate {
        CalendarDate.today(in: timeZone)
    }
}
