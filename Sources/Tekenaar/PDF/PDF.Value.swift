extension PDF {
    /// A PDF object (§7.3) as the post-processor and the merger handle it.
    // Not `indirect`: arrays and dictionaries already hold their elements out of line, and a boxed
    // case for every number and name made parsing a structure tree allocation-bound.
    enum Value: Equatable, Sendable {
        case null
        case bool(Bool)
        case integer(Int)
        /// A real number, kept as written so it round-trips exactly.
        case real(String)
        case name(Name)
        case string(ByteString)
        case array([Value])
        case dictionary(Dict)
        case reference(Reference)

        var kindDescription: String {
            switch self {
            case .null: "null"
            case .bool: "a boolean"
            case .integer: "an integer"
            case .real: "a real number"
            case .name(let name): "the name \(name)"
            case .string: "a string"
            case .array: "an array"
            case .dictionary: "a dictionary"
            case .reference(let reference): "the reference \(reference)"
            }
        }
    }
}
