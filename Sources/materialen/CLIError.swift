import Foundation

/// Errors of the command-line layer: what the user typed or pointed at.
enum CLIError: Error, CustomStringConvertible {
    case assetsNotFound(searched: [String])
    case invalidOption(String)
    case outputFolder(path: String, reason: String)

    var description: String {
        switch self {
        case let .assetsNotFound(searched):
            return "cannot find the Assets folder with the bundled fonts; looked in:\n"
                + searched.map { "  \($0)" }.joined(separator: "\n")
                + "\nSet \(Assets.environmentVariable) to the folder that holds fonts/, or reinstall with `make install`."
        case let .invalidOption(message):
            return message
        case let .outputFolder(path, reason):
            return "cannot use the output folder \(path): \(reason)"
        }
    }
}
