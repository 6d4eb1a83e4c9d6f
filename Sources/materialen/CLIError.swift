/// Errors of the command-line layer: what the user typed.
enum CLIError: Error, CustomStringConvertible {
    case invalidOption(String)

    var description: String {
        switch self {
        case let .invalidOption(message): message
        }
    }
}
