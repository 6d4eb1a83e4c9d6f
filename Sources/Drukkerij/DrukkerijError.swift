import Foundation

/// What can stop a Drukkerij job before or while it writes, with a message the user can act on.
public enum DrukkerijError: Error, CustomStringConvertible, Equatable {
    /// The bundled fonts were not found; `searched` lists where the tool looked.
    case assetsNotFound(searched: [String])
    case outputFolder(path: String, reason: String)
    /// A request that cannot be made as asked (a material without clients in a batch, …).
    case invalidRequest(String)
    /// An organisation's own content still has the kit's example details where a letter prints them.
    case exampleContent(fields: [String])

    public var description: String {
        switch self {
        case let .assetsNotFound(searched):
            return "cannot find the Assets folder with the bundled fonts; looked in:\n"
                + searched.map { "  \($0)" }.joined(separator: "\n")
                + "\nSet \(Assets.environmentVariable) to the folder that holds fonts/, or reinstall with `make install`."
        case let .outputFolder(path, reason):
            return "cannot use the output folder \(path): \(reason)"
        case let .invalidRequest(message):
            return message
        case let .exampleContent(fields):
            return "the content file still has the kit's example details in " + fields.joined(separator: ", ")
                + "; a letter with them would reach a client: fill in your organisation's own in the content file "
                + "(without --content the letters are samples); nothing was written"
        }
    }
}
