import ArgumentParser
import Loket

/// `materialen user …`: the accounts of the hosted web page (`serve --users FILE`).
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the accounts of the web page when it is hosted (serve --users FILE).",
        discussion: """
            The users file holds one NAME:BCRYPT-HASH line per account, never a password, and is written \
            atomically: a new file readable by its owner only, an existing one keeping its owner, group and \
            group read bit (so a service's group may read it). A new password is read from standard input \
            (one line), or asked twice when standard input is a terminal. A running `serve --users FILE` \
            reads the file again on SIGHUP.
            """,
        subcommands: [Add.self, Remove.self, List.self, Passwd.self])

    /// The `--users FILE` every subcommand needs.
    struct FileOption: ParsableArguments {
        @Option(help: ArgumentHelp("The users file (made by `user add` when it does not exist).", valueName: "file"))
        var users: String

        /// Reads the file (a missing one only when `mayBeMissing`), changes it, writes it back
        /// atomically and says what was done; any error is one message and exit code 1.
        func update(mayBeMissing: Bool = false, saying done: String, _ change: (inout UserFile) throws -> Void) throws {
            try Console.run {
                var file = try UserFile(path: users, mayBeMissing: mayBeMissing)
                try change(&file)
                try file.write()
                Console.out(done)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an account; the password is read as described above.")
        @Argument(help: ArgumentHelp("The user name: letters, digits and . _ @ -.", valueName: "name")) var name: String
        @OptionGroup var file: FileOption

        func run() throws {
            try file.update(mayBeMissing: true, saying: "added \(name) to \(file.users)") { users in
                // Checked before the password is asked for: no typing in vain.
                guard UserName.isValid(name) else { throw UserFileError.invalidName(name) }
                guard users.hash(of: name) == nil else { throw UserFileError.userExists(name: name, path: file.users) }
                try users.add(name, password: try PasswordPrompt.newPassword(for: name))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an account; a running server lets it go on SIGHUP (kill -HUP).")
        @Argument(help: ArgumentHelp("The user name.", valueName: "name")) var name: String
        @OptionGroup var file: FileOption

        func run() throws {
            try file.update(saying: "removed \(name) from \(file.users)") { users in try users.remove(name) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the user names, one a line.")
        @OptionGroup var file: FileOption

        func run() throws {
            try Console.run {
                for name in try UserFile(path: file.users).names { Console.out(name) }
            }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give an account a new password.")
        @Argument(help: ArgumentHelp("The user name.", valueName: "name")) var name: String
        @OptionGroup var file: FileOption

        func run() throws {
            try file.update(saying: "changed the password of \(name) in \(file.users)") { users in
                guard users.hash(of: name) != nil else { throw UserFileError.unknownUser(name: name, path: file.users) }
                try users.setPassword(of: name, to: try PasswordPrompt.newPassword(for: name))
            }
        }
    }
}
