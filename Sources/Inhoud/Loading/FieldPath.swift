/// The path of a field as shown in messages: `onderwerpen[behoeften].vragen[2].tekst`.
/// List items are named by id when they have one, else counted from 1 (people, not programmers, read it).
struct FieldPath: Sendable, Equatable, CustomStringConvertible {
    private var text: String

    static let root = FieldPath(text: "")

    func key(_ key: String) -> FieldPath {
        FieldPath(text: text.isEmpty ? key : "\(text).\(key)")
    }

    func item(id: String?, index: Int) -> FieldPath {
        FieldPath(text: "\(text)[\(id ?? String(index + 1))]")
    }

    var description: String { text.isEmpty ? "(top level)" : text }
}
