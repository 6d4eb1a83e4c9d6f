extension CalendarDate {
    /// The date `count` working days later: weekends and the Dutch public holidays of the Algemene
    /// termijnenwet are skipped, so a reply period ends where a court or a client would count it.
    public func addingWorkingDays(_ count: Int) -> CalendarDate {
        var date = self
        var left = count
        while left > 0 {
            date = date.nextDay
            if !date.isWeekend, !date.isDutchPublicHoliday { left -= 1 }
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

    /// One of the days the Algemene termijnenwet (art. 3) puts on a par with a Sunday: Nieuwjaarsdag,
    /// tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, Koningsdag, 5 mei, eerste en tweede Kerstdag.
    public var isDutchPublicHoliday: Bool {
        switch (month, day) {
        case (1, 1), (5, 5), (12, 25), (12, 26): return true
        // Koningsdag: 27 April, or the 26th when the 27th is a Sunday.
        case (4, 27): return dayOfWeek != 0
        case (4, 26): return dayOfWeek == 6
        default: break
        }
        guard let easter = Self.easterSunday(year) else { return false }
        return [1, 39, 50].contains { easter.adding(days: $0) == self }
    }

    /// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus, as in
    /// Meeus): arithmetic only.
    public static func easterSunday(_ year: Int) -> CalendarDate? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `days` days later.
    func adding(days: Int) -> CalendarDate {
        var date = self
        for _ in 0..<max(0, days) { date = date.nextDay }
        return date
    }
}
