import Foundation
import Inhoud
import Testing

/// The YAML fixtures beside this file, found through the source path so they need no resource bundle.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ name: String) -> URL {
        folder.appendingPathComponent(name)
    }
}

/// The error of loading a fixture over the default; records a failure when it loads fine.
func loadingError(_ fixture: String, sourceLocation: SourceLocation = #_sourceLocation) -> InhoudError? {
    loadingError(sourceLocation: sourceLocation) { () throws(InhoudError) in
        try Inhoud.load(contentFile: Fixtures.url(fixture))
    }
}

/// The validation problems of an override given as text, named `test.yaml` in messages.
func problems(in yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> [InhoudProblem] {
    let error = loadingError(sourceLocation: sourceLocation) { () throws(InhoudError) in
        try Inhoud.load(overrideYAML: yaml, named: "test.yaml")
    }
    guard let error else { return [] }
    if error.problems.isEmpty {
        Issue.record("expected validation problems, got: \(error)", sourceLocation: sourceLocation)
    }
    return error.problems
}

func loadingError(sourceLocation: SourceLocation = #_sourceLocation,
                  _ load: () throws(InhoudError) -> Inhoud) -> InhoudError? {
    do {
        _ = try load()
        Issue.record("expected loading to fail", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// Expects exactly one problem at `field`, with the given kind and line, whose message starts with
/// "file:line: field: " and mentions each of `mentions`.
func expectProblem(_ problems: [InhoudProblem], _ kind: InhoudProblem.Kind, file: String = "test.yaml",
                   line: Int, field: String, mentions: [String] = [],
                   sourceLocation: SourceLocation = #_sourceLocation) {
    let matching = problems.filter { $0.field == field }
    guard matching.count == 1, let problem = matching.first else {
        Issue.record("expected one problem at \(field), got:\n\(problems.map(\.description).joined(separator: "\n"))",
                     sourceLocation: sourceLocation)
        return
    }
    #expect(problem.kind == kind, sourceLocation: sourceLocation)
    #expect(problem.file == file, sourceLocation: sourceLocation)
    #expect(problem.line == line, sourceLocation: sourceLocation)
    #expect(problem.description.hasPrefix("\(file):\(line): \(field): "), sourceLocation: sourceLocation)
    for mention in mentions {
        #expect(problem.message.contains(mention), "\(problem)", sourceLocation: sourceLocation)
    }
}
