import Foundation

/// Output folders for jobs that write many files.
public enum OutputFolder {
    /// Creates the folder if needed and checks it is one; says whether it was created.
    @discardableResult
    public static func prepare(_ path: String) throws(DrukkerijError) -> (url: URL, created: Bool) {
        let url = URL(fileURLWithPath: path, isDirectory: true)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .outputFolder(path: path, reason: "it is a file, not a folder") }
            return (url, false)
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .outputFolder(path: path, reason: error.localizedDescription)
        }
        return (url, true)
    }
}
