import Inhoud

/// Which part of the method's palette (colour and pictogram) each onderwerp takes: the one rule
/// every material follows, so an onderwerp looks the same on the compass, the werkblad, the Strip
/// and in the letter.
///
/// An onderwerp whose id names a part (`ervaringen`, `behoeften`, `toekomst`) keeps that part;
/// the others take the parts no onderwerp claims, in the content's order. An organisation that
/// renames or reorders its onderwerpen therefore never gets two alike, as long as there are no more
/// than three (which the content's validation guarantees).
public struct OnderwerpColours: Sendable, Hashable {
    /// The part of each onderwerp, in the content's order.
    public let parts: [Stijl.Part]
    private let partsByID: [String: Stijl.Part]

    /// The parts an onderwerp can take, in the method's order.
    static let onderwerpParts: [Stijl.Part] = [.ervaringen, .behoeften, .toekomst]

    public init(_ inhoud: Inhoud) {
        let ids = inhoud.onderwerpen.map(\.id)
        let claimed = ids.compactMap(Self.knownPart)
        var free = Self.onderwerpParts.filter { !claimed.contains($0) }
        var byID: [String: Stijl.Part] = [:]
        parts = ids.enumerated().map { index, id in
            // Beyond three onderwerpen the parts repeat by position: nothing better exists.
            let part = Self.knownPart(id) ?? (free.isEmpty ? Self.onderwerpParts[index % 3] : free.removeFirst())
            if byID[id] == nil { byID[id] = part }
            return part
        }
        partsByID = byID
    }

    /// The part of the onderwerp with this id. An id the content does not have (which validation
    /// prevents) takes the part it names, else the first.
    public func part(of onderwerpID: String) -> Stijl.Part {
        partsByID[onderwerpID] ?? Self.knownPart(onderwerpID) ?? .ervaringen
    }

    /// The part of something that belongs to the centre or to an onderwerp (a Strip panel).
    public func part(of kompasPart: Inhoud.KompasPart) -> Stijl.Part {
        switch kompasPart {
        case .centre: .centre
        case let .onderwerp(id): part(of: id)
        }
    }

    /// The part an onderwerp id names, if any; the centre is never an onderwerp's.
    private static func knownPart(_ id: String) -> Stijl.Part? {
        Stijl.Part(rawValue: id).flatMap { $0 == .centre ? nil : $0 }
    }
}
