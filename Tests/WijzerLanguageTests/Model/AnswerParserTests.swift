import Testing
@testable import WijzerLanguage
import WijzerTestSupport

/// Typed answers: numbers, letters, label starts, ranges, yes/no, free text, n.v.t.
@Suite("answer parsing")
struct AnswerParserTests {
    static func option(_ key: String, _ label: String) -> AnswerOption {
        AnswerOption(key: Identifier(key), label: TextValue(label))
    }
    static let options = [option("a", "‘Joh, maak je niet druk.’"), option("b", "Ik noem wat goed ging."),
                          option("c", "Ik houd het kort.")]
    static let choice = AnswerMenu(kind: .choice(options), notApplicable: "Ik geef geen les")
    static let likert = AnswerMenu(kind: .likert(low: 1, high: 5, labels: ["nooit", "zelden", "soms", "vaak", "altijd"].map { TextValue($0) }),
                                   notApplicable: nil)

    @Test func choiceByNumberLetterAndLabelStart() throws {
        #expect(try AnswerParser.parse("2", Self.choice).get() == .option("b"))
        #expect(try AnswerParser.parse("C", Self.choice).get() == .option("c"))
        #expect(try AnswerParser.parse("joh", Self.choice).get() == .option("a"), "leading quote ignored")
        #expect(try AnswerParser.parse("ik h", Self.choice).get() == .option("c"))
        #expect(try AnswerParser.parse("4", Self.choice).get() == .notApplicable, "n.v.t. is the last number")
        #expect(try AnswerParser.parse("nvt", Self.choice).get() == .notApplicable)
    }

    @Test func ambiguousOrWrongChoiceExplainsWhatIsExpected() throws {
        guard case .failure(let p) = AnswerParser.parse("ik", Self.choice) else { Issue.record("accepted"); return }
        #expect(p.message == "“ik” past bij meer antwoorden: 2 (Ik noem wat goed ging.); 3 (Ik houd het kort.); "
                + "4 (Ik geef geen les). Typ het nummer of meer van het antwoord.")
        guard case .failure(let wrong) = AnswerParser.parse("zo", Self.choice) else { Issue.record("accepted"); return }
        #expect(wrong.message == "“zo” is geen van de antwoorden. Typ een nummer van 1 tot 4 of het begin van een antwoord, of n.v.t.")
        #expect((try? AnswerParser.parse("9", Self.choice).get()) == nil)
        #expect((try? AnswerParser.parse("", Self.choice).get()) == nil)
    }

    @Test func multipleByNumbersLettersOrLabels() throws {
        let menu = AnswerMenu(kind: .multiple(Self.options), notApplicable: "geen")
        #expect(try AnswerParser.parse("3,1", menu).get() == .options(["a", "c"]))
        #expect(try AnswerParser.parse("a c", menu).get() == .options(["a", "c"]))
        #expect(try AnswerParser.parse("ik noem, 3", menu).get() == .options(["b", "c"]))
        #expect((try? AnswerParser.parse("1, nvt", menu).get()) == nil)
        #expect(try AnswerParser.parse("nvt", menu).get() == .notApplicable)
        guard case .failure(let p) = AnswerParser.parse("1, ik", menu) else { Issue.record("accepted"); return }
        #expect(p.message.hasPrefix("“ik” past bij meer antwoorden: 2 (Ik noem wat goed ging.); 3 (Ik houd het kort.). Typ"))
        #expect(!p.message.contains("`"))
    }

    @Test func likertByNumberOrLabelAndNumbersInRange() throws {
        #expect(try AnswerParser.parse("1", Self.likert).get() == .number(1))
        #expect(try AnswerParser.parse("va", Self.likert).get() == .number(4))
        #expect((try? AnswerParser.parse("6", Self.likert).get()) == nil)
        let number = AnswerMenu(kind: .number(low: 0, high: 50, step: nil, unit: TextValue("vrouwen")), notApplicable: nil)
        #expect(try AnswerParser.parse("0", number).get() == .number(0))
        #expect(try AnswerParser.parse("1", number).get() == .number(1))
        guard case .failure(let p) = AnswerParser.parse("51", number) else { Issue.record("accepted 51"); return }
        #expect(p.message == "Typ een heel getal van 0 tot 50.")
    }

    @Test func yesNoAndFreeText() throws {
        let yesNo = AnswerMenu(kind: .yesNo([]), notApplicable: nil)
        #expect(try AnswerParser.parse("1", yesNo).get() == .option("ja"))
        #expect(try AnswerParser.parse("Nee", yesNo).get() == .option("nee"))
        #expect(try AnswerParser.parse("j", yesNo).get() == .option("ja"))
        let reflection = AnswerMenu(kind: .reflection, notApplicable: nil)
        #expect(try AnswerParser.parse("1", reflection).get() == .text("1"))
        #expect(try AnswerParser.parse("nvt", reflection).get() == .text("nvt"), "only with a not-applicable label")
    }

    @Test func describeAndTypedRoundTrip() throws {
        #expect(Self.choice.describe(.option("b")) == "Ik noem wat goed ging.", "by its words: the runner shows numbers, not keys")
        #expect(Self.likert.describe(.number(4)) == "4 (vaak)")
        for value: AnswerValue in [.option("a"), .notApplicable] {
            #expect(try AnswerParser.parse(Self.choice.typed(value), Self.choice).get() == value)
        }
    }
}

/// Typed lines are refused before anything looks at them.
@Suite("typed line checks")
struct TypedLineTests {
    @Test func refusesInvalidUTF8ControlCharactersAndLongLines() {
        #expect(TypedLine.check([0xC3, 0x28]) == .failure(.invalidUTF8))
        #expect(TypedLine.check(Array("a\u{1B}b".utf8)) == .failure(.controlCharacter))
        #expect(TypedLine.check(Array("a\tb".utf8)) == .failure(.controlCharacter))
        #expect(TypedLine.check(Array("\u{202E}evil".utf8)) == .failure(.controlCharacter))
        #expect(TypedLine.check(Array(repeating: 0x61, count: 4097)) == .failure(.tooLong(bytes: 4097)))
        #expect(TypedLine.check(Array(repeating: 0x61, count: 4096)) == .success(String(repeating: "a", count: 4096)))
    }

    @Test func acceptsDutchTextTrimsAndDropsCR() throws {
        #expect(TypedLine.check(Array("  Één café\r".utf8)) == .success("Één café"))
        #expect(TypedLine.check("  Één café\r") == .success("Één café"))
    }

    /// A line that is a string already is judged as its bytes are.
    @Test func aStringIsCheckedAsItsBytes() {
        let lines = ["", "a", " a\r", "a\r\n", "\r", "\r\r", "a\u{1B}b", "tab\tje", "\u{202E}evil", "\u{85}", "café\u{301} ",
                     String(repeating: "a", count: 4096) + "\r", String(repeating: "é", count: 2049), String(repeating: "a", count: 4097)]
        for line in lines {
            #expect(TypedLine.check(line) == TypedLine.check(Array(line.utf8)), "\(Array(line.unicodeScalars))")
        }
        #expect(TypedLine.check(String(repeating: "é", count: 2049)) == .failure(.tooLong(bytes: 4098)))
    }

    /// `trimmed` skips its walk when neither end is a space: it must still trim exactly what the
    /// walk by characters trims, also where a space carries a combining mark (one character).
    @Test func trimsAsTheWalkByCharactersDoes() {
        func walked(_ text: String) -> String {
            var s = Substring(text)
            while let f = s.first, f == " " || f == "\u{A0}" { s.removeFirst() }
            while let l = s.last, l == " " || l == "\u{A0}" { s.removeLast() }
            return String(s)
        }
        let pieces = ["", " ", "\u{A0}", "a", "\u{301}", "é"]
        var checked = 0
        for a in pieces { for b in pieces { for c in pieces { for d in pieces {
            let text = a + b + c + d
            #expect(TypedLine.trimmed(text) == walked(text), "\(Array(text.unicodeScalars))")
            checked += 1
        } } } }
        #expect(checked == 1296)
        #expect(TypedLine.trimmed(" \u{301}a ") == " \u{301}a")
        #expect(TypedLine.trimmed("\u{A0} b \u{A0}") == "b")
    }
}
