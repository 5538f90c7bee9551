import Foundation

/// A graph that loaded, with the warnings found on the way.
public struct LoadedGraph: Sendable {
    public var graph: Graph
    /// Problems that did not stop the load: quotes not found in their document, nodes
    /// without sources, local copies that could not be read.
    public var warnings: [GraphDiagnostic]
    /// The graph files read, in load order.
    public var files: [String]
}

/// One graph file's bytes, with the name diagnostics should use for it.
public struct GraphSource: Sendable {
    public var file: String
    public var bytes: [UInt8]

    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }
}

/// Loads graph files — a file, a folder of `*.json`, or several of either — merges them,
/// validates the result and builds a ``Graph``.
///
/// Validation reports every problem at once; a graph with any error is not loaded at all.
///
/// ```swift
/// let loaded = try GraphLoader.load(paths: ["graph/"])
/// print(loaded.graph.nodes.count)
/// ```
public enum GraphLoader {
    /// Reads and loads the files at `paths`. A folder contributes its `*.json` files in name order.
    ///
    /// - Parameter cancellation: polled every few thousand records while decoding, merging,
    ///   checking quotes and building the graph; once it fires the load stops with
    ///   ``GraphLoadError/cancelled(files:)`` (``GraphLoadError/isCancelled`` is true). It may
    ///   be polled from two threads at once: the graph is built on a second thread while the
    ///   quotes are checked.
    /// - Complexity: O(total size of the files + V log V + E log d).
    public static func load(paths: [String], cancellation: Cancellation = .never) throws(GraphLoadError) -> LoadedGraph {
        var inputs = [Input]()
        var problems = [GraphDiagnostic]()
        for path in paths {
            for file in expand(path, problems: &problems) {
                if let bytes = FileBytes(path: file) {
                    inputs.append(.file(file, bytes))
                    continue
                }
                do {
                    inputs.append(.bytes(GraphSource(file: file, bytes: try readFile(file))))
                } catch {
                    problems.append(Self.unreadable(file, error))
                }
            }
        }
        if !problems.isEmpty { throw GraphLoadError(diagnostics: problems) }
        return try load(inputs: consume inputs, cancellation: cancellation) { file, documentPath in
            let base = (file as NSString).deletingLastPathComponent
            let full = documentPath.hasPrefix("/") ? documentPath : (base as NSString).appendingPathComponent(documentPath)
            return readDocumentText(full)
        }
    }

    /// From this many records on, the document texts are read on another thread while the
    /// merger works; below, a thread would cost more than the reading it hides.
    static let backgroundRecords = 10_000

    private static func unreadable(_ file: String, _ failure: ReadFailure) -> GraphDiagnostic {
        GraphDiagnostic(.error, file: file, message: "cannot read the file: \(failure.reason)")
    }

    /// Loads graph files already in memory. `readDocument(file, path)` returns the text of a
    /// document's local copy, `path` being relative to `file`; nil when it cannot be read. It
    /// is called on another thread, while the files' records are merged, once for each
    /// (file, path) pair. `cancellation` stops the load as in ``load(paths:cancellation:)``.
    public static func load(
        sources: [GraphSource],
        cancellation: Cancellation = .never,
        readDocument: @escaping @Sendable (String, String) -> String? = { _, _ in nil }
    ) throws(GraphLoadError) -> LoadedGraph {
        try load(owning: sources, cancellation: cancellation) { file, path in readDocument(file, path).map { DocumentText($0) } }
    }

    /// One graph file to load: bytes the caller gave, or a file read into ``FileBytes``
    /// (whose pages the fast decoder hands back as it reads).
    enum Input: Sendable {
        case bytes(GraphSource)
        case file(String, FileBytes)
        /// What is left of an input once it is decoded.
        case done(String)

        var file: String {
            switch self {
            case .bytes(let source): source.file
            case .file(let file, _), .done(let file): file
            }
        }

        var byteCount: Int {
            switch self {
            case .bytes(let source): source.bytes.count
            case .file(_, let bytes): bytes.bytes.count
            case .done: 0
            }
        }
    }

    /// ``load(sources:cancellation:readDocument:)`` taking the sources over, so that each file's bytes
    /// are freed as soon as nothing needs them (once the file is decoded), not at the end.
    static func load(
        owning sources: consuming [GraphSource],
        cancellation: Cancellation,
        readDocument: @escaping @Sendable (String, String) -> DocumentText?
    ) throws(GraphLoadError) -> LoadedGraph {
        try load(inputs: sources.map(Input.bytes), cancellation: cancellation, readDocument: readDocument)
    }

    private static func load(
        inputs: consuming [Input],
        cancellation: Cancellation,
        readDocument: @escaping @Sendable (String, String) -> DocumentText?
    ) throws(GraphLoadError) -> LoadedGraph {
        var inputs = consume inputs
        let files = inputs.map(\.file)
        var diagnostics = [GraphDiagnostic]()
        var fragments = [GraphFragment]()
        var idsAreDistinct = [Bool]()  // each fragment's: the fast decoder's have no two nodes of one id
        var early: DocumentTextPrefetch?  // texts read while a file is still being decoded
        var earlyTables: EarlyNodeTables?  // and then, on that thread, the node tables of its nodes
        if inputs.isEmpty {
            throw GraphLoadError(diagnostics: [GraphDiagnostic(.error, file: "(no files)", message: "no graph files to load")])
        }
        // Several files, none with half of the bytes: decoded side by side, one a thread.
        var sideBySide: [GraphFragment?]?
        do {
            sideBySide = try SideBySideDecoding.decode(inputs, cancellation: cancellation)
        } catch {
            throw .cancelled(files: files)
        }
        for index in inputs.indices {
            if cancellation.isCancelled { throw .cancelled(files: files) }
            let input = inputs[index]
            inputs[index] = .done(input.file)  // `input` holds the only reference to the bytes
            // The fast path decodes a file with nothing to report; any doubt, and the
            // parser and decoder below read it again and report what they find.
            var fast: GraphFragment?
            var given: [UInt8]?
            do {
                switch consume input {
                case .bytes(let source) where sideBySide != nil:
                    fast = sideBySide?[index].take()
                    given = source.bytes
                case .file where sideBySide != nil:
                    fast = sideBySide?[index].take()
                case .bytes(let source):
                    fast = try FastGraphDecoder.decode(source.bytes, file: source.file, cancellation: cancellation)
                    given = source.bytes
                case .file(let file, let released):
                    // The documents' texts are read on another thread while the decoder joins
                    // the two halves of the edges: the second half's processor is free then.
                    // Then the node tables are made there too, when the nodes are final: they
                    // serve when this file is the only one.
                    fast = try FastGraphDecoder.decode(released, file: file, cancellation: cancellation) { documents, nodes in
                        let tables = nodes.map { EarlyNodeTables(nodes: $0, cancellation: cancellation) }
                        earlyTables?.discard()
                        earlyTables = tables
                        early = DocumentTextPrefetch(documents: Self.localCopies(of: documents), cancellation: cancellation,
                                                     earlier: early, afterwards: tables?.make, readDocument: readDocument)
                    }
                case .done: break
                }
            } catch {
                throw .cancelled(files: files)
            }
            if let fragment = fast.take() {
                fragments.append(fragment)
                idsAreDistinct.append(true)
                continue
            }
            // The fast path handed a file's pages back as it read: read the file again.
            let bytes: [UInt8]
            if let kept = given.take() {
                bytes = kept
            } else {
                do {
                    bytes = try readFile(files[index])
                } catch {
                    diagnostics.append(Self.unreadable(files[index], error))
                    continue
                }
            }
            let root: JSONValue
            do {
                root = try JSONParser.parse(bytes)
            } catch {
                diagnostics.append(GraphDiagnostic(.error, file: files[index], line: error.line, column: error.column,
                                                   message: "JSON syntax error: \(error.message)"))
                continue
            }
            if cancellation.isCancelled { throw .cancelled(files: files) }
            var decoder = GraphFileDecoder(file: files[index], lines: LineTable(bytes))
            fragments.append(decoder.decode(root))
            idsAreDistinct.append(false)
            diagnostics += decoder.diagnostics
        }
        // The documents' texts are read on another thread while the records are merged here
        // (those of a large file from the moment its edges were joined).
        let texts = DocumentTextPrefetch(
            documents: fragments.flatMap { Self.localCopies(of: $0.documents) },
            cancellation: cancellation,
            inBackground: fragments.reduce(0) { $0 + $1.nodes.count + $1.edges.count } >= Self.backgroundRecords,
            earlier: early, readDocument: readDocument)
        // Early tables serve only the file they were made for, when it is the graph's only one
        // and its nodes went into the graph as they were read.
        if let tables = earlyTables, !(inputs.count == 1 && idsAreDistinct == [true]) {
            tables.discard()
            earlyTables = nil
        }
        var merger = GraphMerger()
        merger.expect(fragments)
        for index in fragments.indices {
            do {
                try merger.add(fragments[index], idsAreDistinct: idsAreDistinct[index], cancellation: cancellation)
            } catch {
                throw .cancelled(files: files)
            }
            fragments[index] = GraphFragment(file: "")  // the merger keeps what it needs, unshared
        }
        let graph: Graph?
        do {
            let merged: [GraphDiagnostic]
            (graph, merged) = try merger.build(readDocument: texts.text, cancellation: cancellation, nodeTables: earlyTables)
            // The merge's diagnostics may be a million: taken over whole when they are all, not copied.
            if diagnostics.isEmpty { diagnostics = merged } else { diagnostics += merged }
        } catch {
            throw .cancelled(files: files)
        }
        diagnostics = Self.inFileOrder(diagnostics, files: files)
        guard let built = graph, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw GraphLoadError(diagnostics: diagnostics)
        }
        built.checkInvariants()
        releaseFreedMemory()
        return LoadedGraph(graph: built, warnings: diagnostics, files: files)
    }

    /// `diagnostics` ordered by file (in `files` order; others last), line and column; those at
    /// one place keep their order.
    /// - Complexity: O(n) when they are in that order already (as a load's mostly are), else
    ///   O(n log n); a file's rank is looked up once a run of its diagnostics.
    static func inFileOrder(_ diagnostics: [GraphDiagnostic], files: [String]) -> [GraphDiagnostic] {
        let order = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var last: (file: String, rank: Int)?
        let keys = diagnostics.enumerated().map { position, diagnostic in
            let rank: Int
            if let last, last.file == diagnostic.file {
                rank = last.rank  // runs of one file are the rule: no hashing
            } else {
                rank = order[diagnostic.file] ?? .max
                last = (diagnostic.file, rank)
            }
            return (rank, diagnostic.line ?? 0, diagnostic.column ?? 0, position)
        }
        if zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) { return diagnostics }
        return keys.sorted { $0 < $1 }.map { diagnostics[$0.3] }
    }

    /// The (declaring file, path) of each document that names a local copy.
    private static func localCopies(of documents: [SourceDocument]) -> [(file: String, path: String)] {
        documents.compactMap { document in document.path.map { (document.origin, $0) } }
    }

    /// Hands the heap memory the load freed (the files' bytes, the records, the quote
    /// tables) back to the system: glibc keeps freed small blocks otherwise, and the
    /// process's resident size would stay at the load's peak.
    /// `malloc_trim` is looked up at run time: Swift's Glibc module does not import `malloc.h`.
    private static func releaseFreedMemory() {
        #if os(Linux)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(nil, "malloc_trim") {  // nil: RTLD_DEFAULT, the process's own symbols
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        }
        #endif
    }

    /// The graph files a path names: itself, or a folder's `*.json` files sorted by name.
    private static func expand(_ path: String, problems: inout [GraphDiagnostic]) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            problems.append(GraphDiagnostic(.error, file: path, message: "no such file or folder"))
            return []
        }
        guard isFolder.boolValue else { return [path] }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            problems.append(GraphDiagnostic(.error, file: path, message: "cannot list the folder"))
            return []
        }
        let files = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        if files.isEmpty {
            problems.append(GraphDiagnostic(.error, file: path, message: "the folder holds no *.json graph files"))
        }
        return files.map { (path as NSString).appendingPathComponent($0) }
    }
}
