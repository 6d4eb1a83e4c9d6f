import Inhoud
import Testing

/// Phone numbers print grouped one way, whatever way they were typed; anything else as given.
@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("0301234567", "030 123 45 67"), ("030-1234567", "030 123 45 67"), ("030 - 123 45 67", "030 123 45 67"),
        ("(030) 123 45 67", "030 123 45 67"), ("0111-456789", "0111 45 67 89"), ("0612345678", "06 12 34 56 78"),
        ("06-12 34 56 78", "06 12 34 56 78"), ("0881234567", "088 123 45 67"), ("+31301234567", "+31 30 123 45 67"),
        ("+31 (0)30 123 4567", "+31 30 123 45 67"), ("0031 6 12345678", "+31 6 12 34 56 78"), ("0566-123456", "0566 12 34 56"),
    ])
    func dutchNumbersAreGrouped(_ typed: String, _ printed: String) {
        #expect(PhoneNumber.grouped(typed) == printed)
    }

    @Test(arguments: ["0800-1234", "0800 0222", "+32 2 123 45 67", "030 123 45 67 (toestel 12)", "bel het secretariaat",
                      "612345678", "", "030 123 45 6", "012 345 67 89", "0123456789"])
    func anythingElseIsPrintedAsGiven(_ typed: String) {
        #expect(PhoneNumber.grouped(typed) == typed)
    }
}
