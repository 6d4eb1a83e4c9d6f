import Foundation
import SnapshotTesting
import Tekenaar
import Testing

/// Compares a rendered page (PNG bytes) with its reference in `Tests/Snapshots/<group>.<name>.png`,
/// pixel by pixel, exactly: on the pinned system libraries rendering is pixel-identical, and any
/// tolerance lets a reference go stale while it still passes.
/// On a mismatch the actual image and a diff image (differences in red) are written to the folder
/// the failure message names. Look at both before re-recording with `SNAPSHOT_TESTING_RECORD=failed swift test`.
public func assertPageSnapshot(
    _ png: Data, group: String, named name: String,
    fileID: String = #fileID, filePath: String = #filePath, testName: String = #function,
    line: UInt = #line, column: UInt = #column
) {
    let artifacts = URL(fileURLWithPath: ProcessInfo.processInfo.environment["SNAPSHOT_ARTIFACTS"]
                        ?? FileManager.default.temporaryDirectory.appendingPathComponent("materialen-snapshots").path)
    let diffing = Diffing<Data>.diff(toData: { $0 }, fromData: { $0 }) { reference, actual in
        guard let old = try? RasterImage(png: reference), let new = try? RasterImage(png: actual) else {
            return ("the reference or the new render is not a readable PNG", [])
        }
        guard let (fraction, marked) = new.difference(from: old, threshold: 0) else {
            return ("size changed: reference \(old.width)×\(old.height) px, new \(new.width)×\(new.height) px", [])
        }
        guard fraction > 0 else { return nil }
        try? FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let actualURL = artifacts.appendingPathComponent("\(group)-\(name).actual.png")
        let diffURL = artifacts.appendingPathComponent("\(group)-\(name).diff.png")
        try? actual.write(to: actualURL)
        let diffPNG = try? marked.png()
        if let diffPNG { try? diffPNG.write(to: diffURL) }
        let differing = Int((fraction * Double(new.width * new.height)).rounded())
        let attachments: [DiffAttachment] = [.data(actual, name: actualURL.lastPathComponent)]
            + (diffPNG.map { [DiffAttachment.data($0, name: diffURL.lastPathComponent)] } ?? [])
        return ("\(differing) pixels differ.\nactual: \(actualURL.path)\ndiff:   \(diffURL.path)", attachments)
    }
    let strategy = Snapshotting<Data, Data>(pathExtension: "png", diffing: diffing)
    let failure = verifySnapshot(
        of: png, as: strategy, named: name,
        snapshotDirectory: Repository.snapshots.path,
        testName: group, line: line, column: column)
    if let failure {
        Issue.record(Comment(rawValue: failure),
                     sourceLocation: SourceLocation(fileID: fileID, filePath: filePath, line: Int(line), column: Int(column)))
    }
}
