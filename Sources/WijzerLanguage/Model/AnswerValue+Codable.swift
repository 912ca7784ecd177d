/// JSON form of an answer: one key saying its kind, e.g. `{"option": "a"}`, `{"options": ["a", "c"]}`,
/// `{"number": 3}`, `{"number": 7.5}`, `{"text": "..."}`, `{"notApplicable": true}`, `{"dontKnow": true}`.
extension AnswerValue: Codable {
    private enum Key: String, CodingKey {
        case option, options, number, text, notApplicable, dontKnow
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        guard c.allKeys.count == 1, let key = c.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath,
                debugDescription: "een antwoord heeft precies één van: option, options, number, text, notApplicable, dontKnow"))
        }
        switch key {
        case .option: self = .option(try c.decode(String.self, forKey: .option))
        case .options: self = .options(try c.decode([String].self, forKey: .options))
        case .number:
            // A whole number as the `Int` older files hold; a decimal as a JSON number.
            if let n = try? c.decode(Int.self, forKey: .number) {
                self = .number(DecimalNumber(n))
            } else if let n = DecimalNumber(exactly: try c.decode(Double.self, forKey: .number)) {
                self = .number(n)
            } else {
                throw DecodingError.dataCorruptedError(forKey: .number, in: c,
                    debugDescription: "een getal heeft hoogstens \(DecimalNumber.maximumDecimals) decimalen")
            }
        case .text: self = .text(try c.decode(String.self, forKey: .text))
        case .notApplicable:
            guard try c.decode(Bool.self, forKey: .notApplicable) else {
                throw DecodingError.dataCorruptedError(forKey: .notApplicable, in: c, debugDescription: "notApplicable is altijd true")
            }
            self = .notApplicable
        case .dontKnow:
            guard try c.decode(Bool.self, forKey: .dontKnow) else {
                throw DecodingError.dataCorruptedError(forKey: .dontKnow, in: c, debugDescription: "dontKnow is altijd true")
            }
            self = .dontKnow
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .option(let k): try c.encode(k, forKey: .option)
        case .options(let ks): try c.encode(ks, forKey: .options)
        case .number(let n):
            if let whole = n.whole { try c.encode(whole, forKey: .number) } else { try c.encode(n.doubleValue, forKey: .number) }
        case .text(let t): try c.encode(t, forKey: .text)
        case .notApplicable: try c.encode(true, forKey: .notApplicable)
        case .dontKnow: try c.encode(true, forKey: .dontKnow)
        }
    }
}
