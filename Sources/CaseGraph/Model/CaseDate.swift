/// A calendar date at the precision a source gives: a year, a month or a day (ISO 8601
/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
///
/// Dates order chronologically; a less precise date sorts before the more precise dates
/// it contains (`2016` < `2016-02` < `2016-02-01`).
public struct CaseDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else, including
    /// impossible dates such as `2016-02-30`.
    public init?(_ text: String) {
        switch Self.parseDigits(text) {
        case .date(let date): self = date; return
        case .invalid: return nil
        case .undecided: break
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Self.digits(parts[0])
        else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Self.digits(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3, let month {
            guard parts[2].count == 2, let value = Self.digits(parts[2]),
                  (1...Self.daysIn(month: month, year: year)).contains(value)
            else { return nil }
            day = value
        }
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        var text = String(year)
        while text.count < 4 { text = "0" + text }
        if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }

    public static func < (lhs: CaseDate, rhs: CaseDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    private enum Parse { case date(CaseDate), invalid, undecided }

    /// The common case on bytes: `DDDD`, `DDDD-DD` or `DDDD-DD-DD` (ASCII digits) is decided
    /// here, exactly as the general parser decides it; anything else is `undecided`.
    private static func parseDigits(_ text: String) -> Parse {
        var text = text
        return text.withUTF8 { bytes -> Parse in
            guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10 else { return .undecided }
            var year = 0, month = 0, day = 0
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 7 {
                    guard byte == UInt8(ascii: "-") else { return .undecided }
                    continue
                }
                guard byte >= 0x30 && byte <= 0x39 else { return .undecided }
                let digit = Int(byte - 0x30)
                if index < 4 { year = year * 10 + digit } else if index < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
            }
            guard bytes.count > 4 else { return .date(CaseDate(year: year, month: nil, day: nil)) }
            guard (1...12).contains(month) else { return .invalid }
            guard bytes.count > 7 else { return .date(CaseDate(year: year, month: month, day: nil)) }
            guard (1...daysIn(month: month, year: year)).contains(day) else { return .invalid }
            return .date(CaseDate(year: year, month: month, day: day))
        }
    }

    private init(year: Int, month: Int?, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }

    private static func digits(_ text: Substring) -> Int? {
        guard text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
