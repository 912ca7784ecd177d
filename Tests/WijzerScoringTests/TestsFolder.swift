import Foundation

/// The folder of this test target, for golden files, fixtures and crashers.
let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
