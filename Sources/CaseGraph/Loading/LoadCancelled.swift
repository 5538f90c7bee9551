/// Thrown inside the loader when its ``Cancellation`` fires; ``GraphLoader`` turns it into
/// ``GraphLoadError/cancelled(files:)``.
struct LoadCancelled: Error {}

extension GraphLoadError {
    /// The message of the one diagnostic of a cancelled load.
    public static let cancelledMessage = "the load was cancelled"

    /// The error of a load stopped by its ``Cancellation``: one error diagnostic, without a
    /// line or path, naming the first file of the load; ``isCancelled`` is true. The caller
    /// keeps the graph it had.
    public static func cancelled(files: [String]) -> GraphLoadError {
        GraphLoadError(diagnostics: [GraphDiagnostic(.error, file: files.first ?? "(no files)", message: cancelledMessage)],
                       isCancelled: true)
    }
}
