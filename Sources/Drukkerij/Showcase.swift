import Inhoud
import Vormgeving

extension Material {
    /// A made-up client for the sample letter.
    public static let sampleAppointment = Appointment(
        name: "Sam de Vries", date: CalendarDate(year: 2026, month: 12, day: 3), time: "10:30",
        location: "Stationsplein 12, Utrecht", expert: "Noor Jansen",
        addressLines: ["Lindelaan 4", "3521 AB Utrecht"])

    /// Made-up notes for the sample terugkoppeling: short, and written as the method asks (what works
    /// and what does not, no complaints or diagnoses, which would go to the employer with the report).
    public static let sampleNotes = ConversationNotes(
        name: "Sam de Vries", date: CalendarDate(year: 2026, month: 12, day: 3) ?? .today(), expert: "Noor Jansen",
        ervaringen: ["Ik werk twintig jaar in de bouw. Sinds april lukken knielen en lang staan niet meer. Ik werk nu "
                     + "halve dagen."],
        behoeften: ["Ik wil werk waarbij ik niet de hele dag hoef te staan of te knielen."],
        toekomst: ["Over een jaar wil ik weer vier dagen werken, misschien als werkvoorbereider."],
        agreements: [ConversationNotes.Agreement(what: "Met de werkgever praten over ander werk", who: "cliënt",
                                                 when: "vóór 15 december 2026"),
                     ConversationNotes.Agreement(what: "Volgend gesprek", who: "samen", when: "januari 2027")])

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
        case .bijlage:
            [("bijlage", .bijlage(Appointment()))]
        case .terugkoppeling:
            [("terugkoppeling-voorbeeld", .terugkoppeling(Self.sampleNotes))]
        }
    }
}
