import Inhoud

/// One compromise a layout made while drawing, such as text that had to be shrunk or shortened to
/// fit its box: which material, which field, and what happened, as values a front-end can sort,
/// group or translate; `description` gives the one line the command-line tool prints.
public struct LayoutWarning: Sendable, Hashable, CustomStringConvertible {
    /// The material whose layout raised the warning.
    public enum Material: String, Sendable, Hashable, CaseIterable {
        case kompas, werkblad, strip, brief, terugkoppeling
    }

    public var material: Material
    /// The field to change, when there is one; nil for what no single field causes.
    public var field: FieldPath?
    /// The client whose document it is, when the layout names them (a letter in a batch).
    public var client: String?
    /// What happened and what to do about it, in English, without the material and the field.
    public var message: String

    public init(_ material: Material, field: FieldPath?, client: String? = nil, message: String) {
        self.material = material
        self.field = field
        self.client = client
        self.message = message
    }

    /// `werkblad: onderwerpen[behoeften].vragen: only 3 of 4 questions …`. A client's own field is
    /// named in the message, in words, rather than by its column name.
    public var description: String {
        let head = client.map { "\(material.rawValue) for \($0)" } ?? material.rawValue
        guard let field, !field.isClient else { return "\(head): \(message)" }
        return "\(head): \(field): \(message)"
    }
}
