public enum CaseGraphVersion { public static let string = "0.1.0" }
