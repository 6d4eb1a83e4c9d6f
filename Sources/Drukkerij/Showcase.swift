import Inhoud
import Vormgeving

extension Material {
    /// A made-up client for the sample letter.
    public static let sampleAppointment = Appointment(
        name: "Sam de Vries", date: CalendarDate(year: 2026, month: 12, day: 3), time: "10:30",
        location: "Stationsplein 12, Utrecht", expert: "Noor Jansen",
        addressLines: ["Lindelaan 4", "3521 AB Utrecht"])

    /// The documents that show the material (what `alles` writes): every variant, blank, and a
    /// sample letter; each with the file name stem it is written under.
    public func showcase(letterDate: CalendarDate) -> [(name: String, request: DocumentRequest)] {
        switch self {
        case .kompas:
            [("kompas-a3", .kompas(.init(paper: .a3))), ("kompas-a4", .kompas(.init(paper: .a4)))]
        case .werkblad:
            [("werkblad", .werkblad(Appointment()))]
        case .strip:
            [("strip-rij", .strip(.init(arrangement: .row))), ("strip-raster", .strip(.init(arrangement: .grid)))]
        case .brief:
            [("brief-voorbeeld", .brief(Self.sampleAppointment, letterDate: letterDate))]
        }
    }
}
