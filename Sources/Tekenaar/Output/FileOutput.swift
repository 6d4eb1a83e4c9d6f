import Foundation

/// Writes rendered files so that a failed run leaves nothing behind: each file goes to a temporary
/// file beside its target and is renamed into place only when every file has been written.
public enum FileOutput {
    /// The placeholder for the page number in SVG and PNG output paths.
    public static let pagePlaceholder = "{p}"

    /// `path`'s file name with the page placeholder added, to suggest in a message: `werkblad-{p}.png`.
    public static func numberedSuggestion(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let base = url.deletingPathExtension().lastPathComponent
        return "\(base)-\(pagePlaceholder).\(ext.isEmpty ? "png" : ext)"
    }

    /// The paths the files of `rendered` go to: `path` itself for one file, or `path` with `{p}`
    /// replaced by 1, 2, … for one file per page.
    public static func paths(for rendered: RenderedDocument, at path: String) throws(TekenaarError) -> [String] {
        if rendered.files.count == 1 {
            return [path.replacingOccurrences(of: pagePlaceholder, with: "1")]
        }
        guard path.contains(pagePlaceholder) else {
            throw .pageNumberPlaceholderMissing(path: path, pageCount: rendered.files.count)
        }
        return rendered.files.indices.map { path.replacingOccurrences(of: pagePlaceholder, with: String($0 + 1)) }
    }

    /// Writes every file of `rendered` to its path (see `paths(for:at:)`); returns the paths.
    @discardableResult
    public static func write(_ rendered: RenderedDocument, to path: String) throws(TekenaarError) -> [String] {
        let targets = try paths(for: rendered, at: path)
        try writeAtomically(Array(zip(targets, rendered.files)))
        return targets
    }

    /// Writes all files or none: temporaries first, then renames.
    public static func writeAtomically(_ files: [(path: String, data: Data)]) throws(TekenaarError) {
        var temporaries: [(temporary: String, target: String)] = []
        do {
            for (target, data) in files {
                let temporary = try writeTemporary(data, besides: target)
                temporaries.append((temporary, target))
            }
        } catch {
            for entry in temporaries { unlink(entry.temporary) }
            throw error
        }
        for (index, entry) in temporaries.enumerated() where rename(entry.temporary, entry.target) != 0 {
            let reason = String(cString: strerror(errno))
            for remaining in temporaries[index...] { unlink(remaining.temporary) }
            throw .write(path: entry.target, reason: reason)
        }
    }

    private static func writeTemporary(_ data: Data, besides target: String) throws(TekenaarError) -> String {
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .write(path: target, reason: "the folder \(directory) does not exist")
        }
        var template = Array((directory as NSString).appendingPathComponent(".\(url.lastPathComponent).XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw .write(path: target, reason: String(cString: strerror(errno)))
        }
        let temporary = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result <= 0 { return false }
                offset += result
            }
            return true
        }
        let reason = String(cString: strerror(errno))
        // Ordinary file permissions (mkstemp makes 0600), as the user's umask allows.
        let mask = umask(0); umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        close(descriptor)
        guard written else {
            unlink(temporary)
            throw .write(path: target, reason: reason)
        }
        return temporary
    }
}
