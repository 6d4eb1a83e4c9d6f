import Foundation
import Loket
import TestSupport
import Testing

/// `materialen user add/remove/list/passwd`: the users file of the hosted page, run as a process.
@Suite struct UserCommandTests {
    static func usersFile() throws -> String {
        try Repository.temporaryDirectory("users").appendingPathComponent("gebruikers").path
    }

    static func add(_ name: String, password: String = "geheim-wachtwoord", to path: String) throws -> (status: Int32, output: String, error: String) {
        try Repository.materialen(["user", "add", name, "--users", path], input: Data("\(password)\n".utf8))
    }

    @Test func addCreatesAnOwnerOnlyFileWithABcryptHashOfCostTwelve() throws {
        let path = try Self.usersFile()
        let result = try Self.add("noor", to: path)
        #expect(result.status == 0, "\(result.error)")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("geheim-wachtwoord"))
        let file = try UserFile(path: path)
        let hash = try #require(file.hash(of: "noor"))
        #expect(hash.hasPrefix("$2b$12$"))
        #expect(Password.matches("geheim-wachtwoord", hash: hash))
        #expect(!Password.matches("geheim-wachtwoorD", hash: hash))
        // No temporary file is left beside it.
        let folder = (path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["gebruikers"])
    }

    /// The Debian package makes the users file `root:materialen 0640` so that the service reads
    /// it; `user add` run by root must leave it so, and must not keep a bit for others.
    @Test func anExistingFileKeepsItsGroupAndGroupReadBitButNothingForOthers() throws {
        let path = try Self.usersFile()
        #expect(try Self.add("noor", to: path).status == 0)
        let group: gid_t = getuid() == 0 ? 1 : getgid()  // as root (CI) another group: it must carry over
        #expect(chown(path, getuid(), group) == 0)
        #expect(chmod(path, 0o644) == 0)
        let added = try Self.add("pieter", to: path)
        #expect(added.status == 0, "\(added.error)")
        var after = stat()
        #expect(stat(path, &after) == 0)
        #expect(after.st_mode & 0o777 == 0o640)
        #expect(after.st_gid == group)
        #expect(after.st_uid == getuid())
        #expect(try UserFile(path: path).names == ["noor", "pieter"])
    }

    @Test func listShowsTheNamesAndRemoveTakesOneAway() throws {
        let path = try Self.usersFile()
        #expect(try Self.add("noor", to: path).status == 0)
        #expect(try Self.add("pieter.de-vries@uwv", to: path).status == 0)
        #expect(try Repository.materialen(["user", "list", "--users", path]).output == "noor\npieter.de-vries@uwv\n")
        let removed = try Repository.materialen(["user", "remove", "noor", "--users", path])
        #expect(removed.status == 0, "\(removed.error)")
        #expect(try Repository.materialen(["user", "list", "--users", path]).output == "pieter.de-vries@uwv\n")
    }

    @Test func passwdGivesANewPassword() throws {
        let path = try Self.usersFile()
        #expect(try Self.add("noor", to: path).status == 0)
        let changed = try Repository.materialen(["user", "passwd", "noor", "--users", path], input: Data("een-ander-wachtwoord\n".utf8))
        #expect(changed.status == 0, "\(changed.error)")
        let hash = try #require(try UserFile(path: path).hash(of: "noor"))
        #expect(Password.matches("een-ander-wachtwoord", hash: hash))
        #expect(!Password.matches("geheim-wachtwoord", hash: hash))
    }

    @Test func anExistingUserIsNotAddedTwice() throws {
        let path = try Self.usersFile()
        #expect(try Self.add("noor", to: path).status == 0)
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let again = try Self.add("noor", to: path)
        #expect(again.status != 0)
        #expect(again.error.contains("noor already exists in \(path)"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
    }

    @Test(arguments: ["", "noor jansen", "noor:x", ".noor", "nöor", String(repeating: "a", count: 65)])
    func aBadNameIsRefused(name: String) throws {
        let path = try Self.usersFile()
        let result = try Self.add(name, to: path)
        #expect(result.status != 0)
        #expect(result.error.contains("is not a user name"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aShortOrMissingPasswordIsRefused() throws {
        let path = try Self.usersFile()
        let short = try Self.add("noor", password: "kort", to: path)
        #expect(short.status != 0)
        #expect(short.error.contains("too short"))
        let none = try Repository.materialen(["user", "add", "noor", "--users", path])
        #expect(none.status != 0)
        #expect(none.error.contains("no password"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func anUnknownUserOrAMissingFileIsNamed() throws {
        let path = try Self.usersFile()
        let missing = try Repository.materialen(["user", "list", "--users", path])
        #expect(missing.status != 0)
        #expect(missing.error.contains("the users file \(path) does not exist"))
        #expect(try Self.add("noor", to: path).status == 0)
        for command in ["remove", "passwd"] {
            let unknown = try Repository.materialen(["user", command, "pieter", "--users", path], input: Data("geheim-wachtwoord\n".utf8))
            #expect(unknown.status != 0)
            #expect(unknown.error.contains("there is no user pieter in \(path)"))
        }
    }

    @Test func anUnreadableOrMalformedFileIsNamedWithItsLine() throws {
        let folder = try Repository.temporaryDirectory("users")
        let unreadable = try Repository.materialen(["user", "list", "--users", folder.path])
        #expect(unreadable.status != 0)
        #expect(unreadable.error.contains("cannot read the users file \(folder.path)"))

        let path = folder.appendingPathComponent("gebruikers").path
        try "# accounts\nnoor:$2b$12$abcdefghijklmnopqrstuv\nwachtwoord-in-klare-tekst\n".write(toFile: path, atomically: true, encoding: .utf8)
        let malformed = try Repository.materialen(["user", "list", "--users", path])
        #expect(malformed.status != 0)
        #expect(malformed.error.contains("\(path), line 3"))
    }
}
