/// How many items a list must have for the layouts to work.
enum CountRule {
    case exactly(Int)
    case between(Int, Int)
    case atLeast(Int)

    func allows(_ count: Int) -> Bool {
        switch self {
        case .exactly(let n): count == n
        case .between(let low, let high): (low...high).contains(count)
        case .atLeast(let n): count >= n
        }
    }

    /// The fewest items allowed; below it the advice is to add, above the range to remove.
    var minimum: Int {
        switch self {
        case .exactly(let n), .between(let n, _), .atLeast(let n): n
        }
    }

    /// "exactly 3 onderwerpen", "1 or 2 questions", "at least one question".
    func phrase(singular: String, plural: String) -> String {
        switch self {
        case .exactly(let n): "exactly \(n) \(n == 1 ? singular : plural)"
        case .between(let low, let high) where high == low + 1: "\(low) or \(high) \(plural)"
        case .between(let low, let high): "\(low) to \(high) \(plural)"
        case .atLeast(1): "at least one \(singular)"
        case .atLeast(let n): "at least \(n) \(plural)"
        }
    }
}
