import ArgumentParser

/// The options the letter and the bijlage share: the kenmerk printed on every page, and whether
/// the keuzehulp goes with them.
struct EnclosureOptions: ParsableArguments {
    @Option(name: .customLong("kenmerk"),
            help: ArgumentHelp("The organisation's dossier or case number (kenmerk); never a BSN.", valueName: "text"))
    var reference: String?

    @Flag(inversion: .prefixedNo,
          help: "Add (or leave out) the keuzehulp on psychische klachten (default: as the content file says).")
    var keuzehulp: Bool?

    /// The options as given, for the checks that name an option.
    var given: [(String, String?)] {
        [("--kenmerk", reference), ("--keuzehulp", keuzehulp.map { $0 ? "yes" : "no" })]
    }
}
