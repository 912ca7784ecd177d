import WijzerLanguage
import WijzerTestSupport

/// libFuzzer's entry point: one input, as the bytes of a `.wijzer` file.
///
/// 1. `Checker.check` must not crash, hang or leak on any bytes (parse + validate as a set).
/// 2. For input without syntax errors, formatting must keep the meaning and be idempotent:
///    `parse(format(x)).declarations == parse(x).declarations` ignoring positions (they move when
///    the layout changes), `format(format(x)) == format(x)`,
///    and the formatted text must itself have no syntax errors. A violation aborts through
///    `fatalError`, so libFuzzer saves the input as a crash artifact.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file = SourceFile(path: "fuzz.wijzer", bytes: bytes)

    let checked = Checker.check([file])
    _ = checked.diagnostics.sorted

    let (parsed, diagnostics) = Checker.parse(file)
    guard diagnostics.errorCount == 0 else { return 0 }
    let once = Formatter.format(parsed, file: file)

    let onceFile = SourceFile(path: "fuzz.wijzer", text: once)
    let (reparsed, rediagnostics) = Checker.parse(onceFile)
    if rediagnostics.errorCount != 0 {
        let first = rediagnostics.sorted.first { $0.severity == .error }
        let place = first.map { rediagnostics.location(of: $0.span) }
        fatalError("formatted text has syntax errors: \(place.map { "\($0.line):\($0.column)" } ?? "?"): \(first?.message ?? "?")")
    }
    if parsed.declarations.count != reparsed.declarations.count
        || zip(parsed.declarations, reparsed.declarations).contains(where: { !IgnoringPositions.equal($0, $1) }) {
        let index = zip(parsed.declarations, reparsed.declarations).enumerated().first { !IgnoringPositions.equal($0.element.0, $0.element.1) }?.offset
            ?? min(parsed.declarations.count, reparsed.declarations.count)
        fatalError("formatting changed the meaning: declaration \(index) differs "
            + "(\(parsed.declarations.count) declarations before, \(reparsed.declarations.count) after)")
    }
    let twice = Formatter.format(reparsed, file: onceFile)
    if twice != once {
        let a = once.split(separator: "\n", omittingEmptySubsequences: false)
        let b = twice.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        fatalError("formatting is not idempotent: first difference at line \(line + 1) of the formatted text")
    }
    return 0
}

// MARK: - Entry point

/// libFuzzer's driver (libclang_rt.fuzzer), declared with the C calling convention.
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links every Swift executable with `--defsym main=<module>_main` (so that tests can link
/// against executables), unless the whole build uses `--sanitize fuzzer`, which this package
/// cannot (see Package.swift). This is that `main`: it hands over to libFuzzer's driver, exactly
/// as libFuzzer's own `main` does.
@_cdecl("wijzer_fuzz_main")
public func wijzerFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}
