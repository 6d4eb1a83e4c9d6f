/// Collects problems while merging and reading, so that one run reports all of them instead of making
/// someone fix a file one error at a time.
final class Diagnostics {
    private(set) var problems: [InhoudProblem] = []

    var isEmpty: Bool { problems.isEmpty }

    func report(_ kind: InhoudProblem.Kind, at origin: Origin, _ path: NodePath, _ message: String) {
        problems.append(InhoudProblem(kind: kind, file: origin.file.name, line: origin.line,
                                      field: path.description, message: message))
    }

    /// Problems sorted the way a person fixes them: file by file (in the order the files first come up),
    /// top to bottom.
    var sorted: [InhoudProblem] { sortedOffsets.map { problems[$0] } }

    /// The indices into `problems` in the order of `sorted`, for a reader that keeps more about each
    /// problem beside it (the notes' rules).
    var sortedOffsets: [Int] {
        var fileRank: [String: Int] = [:]
        for problem in problems where fileRank[problem.file] == nil {
            fileRank[problem.file] = fileRank.count
        }
        return problems.enumerated().sorted { lhs, rhs in
            let left = (fileRank[lhs.element.file] ?? 0, lhs.element.line, lhs.offset)
            let right = (fileRank[rhs.element.file] ?? 0, rhs.element.line, rhs.offset)
            return left < right
        }.map(\.offset)
    }
}
