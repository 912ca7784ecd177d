import Testing
@testable import WijzerLanguage

/// Spans compare and hash by file and byte range, so assertions on positions can fail.
@Suite("Span")
struct SpanTests {
    @Test func equalityAndHashingSeeEveryPosition() {
        let span = Span(file: 0, start: 3, end: 7)
        #expect(span == Span(file: 0, start: 3, end: 7))
        #expect(span != Span(file: 0, start: 4, end: 7))
        #expect(span != Span(file: 0, start: 3, end: 8))
        #expect(span != Span(file: 1, start: 3, end: 7))
        #expect(span != .none)
        #expect(Set([span, Span(file: 0, start: 3, end: 7), Span(file: 0, start: 4, end: 7)]).count == 2)
    }

    @Test func syntaxValuesCompareTheirPositions() {
        let span = Span(file: 0, start: 3, end: 7)
        #expect(Identifier("x", span: span) == Identifier("x", span: span))
        #expect(Identifier("x", span: span) != Identifier("x", span: .none))
        #expect(TextValue("x", span: span) == TextValue("x", span: span))
        #expect(TextValue("x", span: span) != TextValue("x", span: .none))
        #expect(TextValue("x", span: span) != TextValue("y", span: span))
    }
}
