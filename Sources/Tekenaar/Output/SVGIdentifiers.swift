/// Cairo numbers SVG ids (`surface7`, `image24`, …) from a process-wide counter, so the second
/// document drawn in one process differs from the first. Renumbering them in order of first
/// appearance makes SVG output depend on the document alone.
enum SVGIdentifiers {
    static func normalise(_ svg: String) -> String {
        let pattern = /(?<kind>surface|image|pattern|mask|clip|linear|radial|filter|source)(?<number>\d+)\b/
        var renamed: [Substring: String] = [:]
        var counters: [Substring: Int] = [:]
        return svg.replacing(pattern) { match in
            let original = match.output.0
            if let name = renamed[original] { return name }
            let next = (counters[match.output.kind] ?? 0) + 1
            counters[match.output.kind] = next
            let name = "\(match.output.kind)\(next)"
            renamed[original] = name
            return name
        }
    }
}
