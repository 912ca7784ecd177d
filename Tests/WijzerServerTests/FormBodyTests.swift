import Testing
import WijzerServer

/// Form bodies as browsers send them; anything malformed is refused whole.
@Suite struct FormBodyTests {
    @Test func repeatedNamesPlusAndPercentEscapes() throws {
        let form = try #require(FormBody(Array("antwoord=a&antwoord=c&tekst=ik+zeg+%22ja%22%21&leeg=&alleen".utf8)))
        #expect(form.all("antwoord") == ["a", "c"])
        #expect(form["tekst"] == "ik zeg \"ja\"!")
        #expect(form["leeg"] == "" && form["alleen"] == "")
        #expect(form["ontbreekt"] == nil)
        #expect(FormBody(Array("tekst=caf%C3%A9".utf8))?["tekst"] == "café")
    }

    /// Percent-escaped bytes are accepted exactly when they are valid UTF-8, as the standard
    /// library's validator judges them: every sequence of two bytes, and some longer ones
    /// (a replacement character sent on purpose is valid; overlong forms and surrogates are not).
    @Test func escapedBytesAreAcceptedExactlyWhenValidUTF8() {
        func escaped(_ bytes: [UInt8]) -> String { bytes.map { "%" + String($0, radix: 16, uppercase: true).leftPadded() }.joined() }
        var sequences: [[UInt8]] = [[0xEF, 0xBF, 0xBD], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xE2, 0x82, 0xAC],
                                    [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x41, 0xE2, 0x82, 0x41]]
        for a in 0 ... 255 { for b in 0 ... 255 { sequences.append([UInt8(a), UInt8(b)]) } }
        var mismatches: [[UInt8]] = []
        for bytes in sequences where FormBody(Array("t=\(escaped(bytes))".utf8))?["t"] != String(validating: bytes, as: UTF8.self) {
            mismatches.append(bytes)
        }
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(5))")
    }

    /// Pairs are split at every `&` (empty ones skipped), each at its first `=`.
    @Test func pairsSplitAtAmpersandsAndTheFirstEquals() throws {
        let form = try #require(FormBody(Array("&&a=b=c&=naamloos&d&e=&&".utf8)))
        #expect(form.fields.map(\.name) == ["a", "", "d", "e"])
        #expect(form.fields.map(\.value) == ["b=c", "naamloos", "", ""])
        #expect(FormBody([])?.fields.isEmpty == true)
    }

    /// Bytes sent unescaped are held to the same rule as escaped ones: valid UTF-8 or nothing.
    @Test func unescapedBytesMustBeValidUTF8() {
        #expect(FormBody(Array("t=".utf8) + [0xC3, 0xA9])?["t"] == "é")
        #expect(FormBody(Array("t=".utf8) + [0xFF]) == nil)
        #expect(FormBody([0xC3, 0x28] + Array("=x".utf8)) == nil)
        #expect(FormBody(Array("t=a".utf8) + [0xE2, 0x82] + Array("&u=1".utf8)) == nil)
    }

    @Test(arguments: ["a=%", "a=%4", "a=%zz", "a=%C3", "a=%FF%FE"])
    func malformedBodiesAreRefused(body: String) {
        #expect(FormBody(Array(body.utf8)) == nil)
    }
}

private extension String {
    /// Two hexadecimal digits.
    func leftPadded() -> String { count == 1 ? "0" + self : self }
}
