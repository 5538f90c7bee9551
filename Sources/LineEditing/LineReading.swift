// The line editor lives here; see LineReading.swift.
