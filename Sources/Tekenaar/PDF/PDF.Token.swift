extension PDF {
    /// One token of PDF object syntax.
    enum Token: Equatable {
        case integer(Int)
        case real(String)
        case name(Name)
        case string(ByteString)
        case arrayOpen, arrayClose, dictionaryOpen, dictionaryClose
        /// Any other run of regular characters: `true`, `null`, `R`, `obj`, `endobj`, `stream`, `xref`, `n`, …
        case keyword(String)
        case endOfInput
    }
}
