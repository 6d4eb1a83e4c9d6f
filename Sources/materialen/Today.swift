import Inhoud
import Vormgeving

extension CalendarDate {
    /// Today in local time: the date a letter printed now is sent.
    static func todayForLetters() -> CalendarDate { BriefLayout.today() }
}
