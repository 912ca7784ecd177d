import Testing
import WijzerTestSupport
@testable import WijzerLanguage

/// The line table and UTF-8 check agree with the language's definitions, byte by byte.
@Suite("Source file")
struct SourceFileTests {
    /// Line starts as the language defines them, one byte at a time.
    static func referenceLineStarts(_ bytes: [UInt8], from start: Int) -> [Int] {
        var starts = [start]
        var i = start
        while i < bytes.count {
            if bytes[i] == 0x0A {
                starts.append(i + 1)
            } else if bytes[i] == 0x0D {
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        return starts
    }

    /// Random files over an alphabet heavy in line ends, around the eight-byte boundaries.
    @Test(arguments: 0..<400)
    func lineStartsMatchTheDefinition(seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed))
        let alphabet: [UInt8] = [0x61, 0x20, 0x0A, 0x0A, 0x0A, 0xC3, 0xA9, 0x09, 0x8A, 0x0B, 0x1A, 0x2A]
        let withCR = seed % 4 == 0
        let count = Int(rng.next() % 70)
        var bytes = (0..<count).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
        if withCR && !bytes.isEmpty { bytes[Int(rng.next() % UInt64(bytes.count))] = 0x0D }
        if seed % 5 == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        let file = SourceFile(path: "x.wijzer", bytes: bytes)
        #expect(file.lineStarts == Self.referenceLineStarts(file.bytes, from: file.contentStart), "\(bytes)")
    }

    @Test func invalidUTF8IsFoundAfterLongASCIIRuns() {
        var bytes = Array(repeating: UInt8(ascii: "a"), count: 37)
        bytes[16] = 0xFF
        bytes += [0xC3, 0xA9] + Array(repeating: UInt8(ascii: "b"), count: 9) + [0x80]
        let file = SourceFile(path: "x.wijzer", bytes: bytes)
        #expect(file.invalidUTF8Offsets == [16, 48])
        #expect(file.bytes[16] == UInt8(ascii: "?"))
    }
}
