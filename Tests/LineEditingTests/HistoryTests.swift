import Testing
@testable import LineEditing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct HistoryListTests {
    @Test func skipsBlankLinesAndConsecutiveDuplicates() {
        var history = HistoryList(limit: 10)
        let added = ["find Zoë", "find Zoë", "", "  \t ", "path a b", "find Zoë"].map { history.add($0) }
        #expect(added == [true, false, false, false, true, true])
        #expect(history.entries == ["find Zoë", "path a b", "find Zoë"])
    }

    @Test func keepsOnlyTheNewestLines() {
        var history = HistoryList(limit: 3)
        for number in 1...10 { history.add("line \(number)") }
        #expect(history.entries == ["line 8", "line 9", "line 10"])
        #expect(HistoryList(limit: 2, entries: ["a", "a", "b", "", "c"]).entries == ["b", "c"])
        #expect(HistoryList(limit: 0).limit == 1)
    }
}

@Suite struct HistoryFileFormatTests {
    @Test func roundTripsAwkwardEntries() {
        let entries = ["find \"Zoë\"", #"back\slash \n literally"#, "two\nlines", "carriage\rreturn", "trailing\\"]
        let text = HistoryFileFormat.encode(entries)
        #expect(text.split(separator: "\n").count == entries.count + 1)
        #expect(HistoryFileFormat.decode(text) == entries)
    }

    @Test func writesAHeaderAndOneLinePerEntry() {
        #expect(HistoryFileFormat.encode(["a", #"b\c"#]) == "#casegraph-history v1\na\nb\\\\c\n")
        #expect(HistoryFileFormat.encode([String]()) == "#casegraph-history v1\n")
    }

    @Test func readsCRLFAndSkipsEmptyLines() {
        #expect(HistoryFileFormat.decode("#casegraph-history v1\r\nfind a\r\n\r\npath b") == ["find a", "path b"])
    }

    @Test func keepsUnknownEscapes() {
        #expect(HistoryFileFormat.decode("#casegraph-history v1\n\\t x\\") == [#"\t x\"#])
    }

    @Test func recognisesOnlyItsOwnFiles() {
        #expect(HistoryFileFormat.decode("") == [])
        #expect(HistoryFileFormat.decode("find a\npath b\n") == nil)
        #expect(HistoryFileFormat.decode("_HiStOrY_V2_\nfind\\040a\n") == nil)
    }
}

@Suite struct HistoryFileTests {
    @Test func aMissingFileIsAnEmptyHistory() throws {
        try withTemporaryDirectory { directory in
            let entries = try HistoryFile(path: directory + "/history").load()
            #expect(entries == [])
            #expect(HistoryFile(path: directory + "/history").saveProblem() == nil)
        }
    }

    @Test func savesWithMode0600AndLoadsBack() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/history"
            let file = HistoryFile(path: path)
            try file.save(["find Zoë", "path \"Henk Jan Kamsteeg\" to x"])
            #expect(status(of: path).map { $0.st_mode & 0o777 } == 0o600)
            let entries = try file.load()
            #expect(entries == ["find Zoë", "path \"Henk Jan Kamsteeg\" to x"])
        }
    }

    @Test func replacesTheFileAtomically() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/history"
            writeFile(path, Array("#casegraph-history v1\nold\n".utf8), mode: 0o644)
            let before = status(of: path)?.st_ino
            try HistoryFile(path: path).save(["new"])
            // A new file was renamed over the old one: new inode, private mode,
            // and no temporary file left behind.
            #expect(status(of: path)?.st_ino != before)
            #expect(status(of: path).map { $0.st_mode & 0o777 } == 0o600)
            #expect(fileNames(in: directory) == ["history"])
            #expect(readFile(path) == Array("#casegraph-history v1\nnew\n".utf8))
        }
    }

    @Test func writesThroughASymbolicLink() throws {
        try withTemporaryDirectory { directory in
            writeFile(directory + "/real", [])
            symlink(directory + "/real", directory + "/link")
            try HistoryFile(path: directory + "/link").save(["a"])
            let entries = try HistoryFile(path: directory + "/real").load()
            #expect(entries == ["a"])
            var linkStatus = stat()
            lstat(directory + "/link", &linkStatus)
            #expect((linkStatus.st_mode & S_IFMT) == S_IFLNK)
        }
    }

    @Test(arguments: [
        ([0x66, 0x69, 0x6E, 0x64, 0xFF, 0x0A], "is not valid UTF-8"),
        ([0x61, 0x00, 0x62], "contains binary data"),
        (Array("find a\n".utf8), ##"does not start with "#casegraph-history v1""##),
    ] as [([UInt8], String)])
    func rejectsFilesThatAreNotHistories(bytes: [UInt8], reason: String) {
        withTemporaryDirectory { directory in
            let path = directory + "/history"
            writeFile(path, bytes)
            #expect(throws: HistoryFileError(path: path, reason: reason)) { try HistoryFile(path: path).load() }
        }
    }

    @Test func rejectsADirectory() {
        withTemporaryDirectory { path in
            #expect(throws: HistoryFileError(path: path, reason: "is not a regular file")) {
                try HistoryFile(path: path).load()
            }
        }
    }

    @Test func reportsAnUnwritableLocationBeforeSaving() {
        withTemporaryDirectory { directory in
            let path = directory + "/missing/history"
            #expect(HistoryFile(path: path).saveProblem()?.hasPrefix("directory") == true)
            #expect(throws: HistoryFileError.self) { try HistoryFile(path: path).save(["a"]) }
        }
    }

    @Test func describesItsErrors() {
        #expect(HistoryFileError(path: "/h", reason: "is not valid UTF-8").description == "history file /h: is not valid UTF-8")
    }
}

@Suite struct LineEditorTests {
    @Test func isUnavailableWithoutATerminal() {
        guard isatty(0) == 0 else { return }
        #expect(LineEditor(historyFile: nil, completer: nil) == nil)
    }

    @Test func defaultHistoryPathIsInHome() {
        guard let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty else { return }
        #expect(LineEditor.defaultHistoryPath()?.hasSuffix("/.casegraph_history") == true)
        #expect(LineEditor.defaultHistoryPath()?.hasPrefix(home) == true)
    }
}
