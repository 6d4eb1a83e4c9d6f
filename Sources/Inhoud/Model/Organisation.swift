import Foundation

extension Inhoud {
    /// The organisation that sends the letters: letterhead, sender details, where the address goes.
    public struct Organisation: Sendable, Equatable {
        public var name: String
        /// Postal address, one line per element (street, postcode and place); at least one line.
        public var addressLines: [String]
        public var phone: String?
        public var email: String?
        public var website: URL?
        /// An existing PNG file for the letterhead, resolved relative to the content file that named it.
        public var logo: URL?
        /// A house colour as `#RRGGBB`, for layouts that accent the letterhead; the layout stays
        /// responsible for contrast.
        public var colour: String?
        /// The place in the letter's "place, date" line.
        public var place: String
        public var envelopeWindow: EnvelopeWindow
        /// The one line above the recipient in the envelope window where undeliverable post goes
        /// back to (*retouradres*, often a Postbus); the postal address on one line when not given.
        public var returnAddress: String?
        /// The arbeidsdeskundigen who sign letters (`medewerkers`), each with their own contact
        /// details; empty when the organisation keeps no staff list. Names are unique (see
        /// ``staffMember(named:)``).
        public var staff: [StaffMember] = []

        /// The return address as printed: the one given, else the organisation's name and postal
        /// address on one line (post that comes back must say whose it is).
        public var returnAddressLine: String { returnAddress ?? ([name] + addressLines).joined(separator: ", ") }
    }

    /// Where the recipient's address must be printed so that it shows through the envelope's window,
    /// in millimetres from the top-left corner of the A4 sheet.
    ///
    /// The default (x 22, y 50, 85 × 30 mm) is an assumption, not a measured standard: it aims at the
    /// common Dutch window envelope with the window on the left (EA5/6 or C5/6, the A4 folded twice),
    /// whose window sits about 20 mm from the left edge. The folded sheet can slide a few millimetres in
    /// the envelope, so the box is kept inside the window with a margin on every side; Scandinavian
    /// guidance for comparable envelopes puts the window 15 mm from the left and 39–44 mm from the top.
    /// Organisations with other envelopes set their own numbers in the content file.
    public struct EnvelopeWindow: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double

        public init(x: Double, y: Double, width: Double, height: Double) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }
    }
}
