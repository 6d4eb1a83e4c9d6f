extension PDF {
    /// An indirect reference `number generation R`.
    struct Reference: Hashable, Sendable, CustomStringConvertible {
        var number: Int
        var generation: Int

        var description: String { "\(number) \(generation) R" }
    }
}
