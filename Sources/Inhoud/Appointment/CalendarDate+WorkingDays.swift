extension CalendarDate {
    /// The date `count` working days (Monday to Friday) later. Public holidays are not skipped: they
    /// differ per organisation, and a date one day early does the client no harm.
    public func addingWorkingDays(_ count: Int) -> CalendarDate {
        var date = self
        var left = count
        while left > 0 {
            date = date.nextDay
            if !date.isWeekend { left -= 1 }
        }
        return date
    }

    /// Saturday or Sunday.
    public var isWeekend: Bool {
        let weekday = dayOfWeek
        return weekday == 0 || weekday == 6
    }

    /// 0 = Sunday … 6 = Saturday (Sakamoto's method: arithmetic only, so no time zone shifts the day).
    public var dayOfWeek: Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    /// The day after this one.
    public var nextDay: CalendarDate {
        if let next = CalendarDate(year: year, month: month, day: day + 1) { return next }
        if let next = CalendarDate(year: year, month: month + 1, day: 1) { return next }
        // Only 31 December 2999 has no next day in range; staying put is the harmless answer there.
        return CalendarDate(year: year + 1, month: 1, day: 1) ?? self
    }
}
