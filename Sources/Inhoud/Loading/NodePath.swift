/// The path of a node while the content file is read, as shown in loading messages: `onderwerpen[behoeften].vragen[2].tekst`.
/// List items are named by id when they have one, else counted from 1 (people, not programmers, read it).
struct NodePath: Sendable, Equatable, CustomStringConvertible {
    private var text: String

    static let root = NodePath(text: "")

    func key(_ key: String) -> NodePath {
        NodePath(text: text.isEmpty ? key : "\(text).\(key)")
    }

    func item(id: String?, index: Int) -> NodePath {
        NodePath(text: "\(text)[\(id ?? String(index + 1))]")
    }

    var description: String { text.isEmpty ? "(top level)" : text }
}
