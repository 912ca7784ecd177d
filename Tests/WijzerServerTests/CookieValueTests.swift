import Hummingbird
import Testing
@testable import WijzerServer

/// Cookies as browsers send them, read as Hummingbird's `Request.cookies` reads their values.
@Suite struct CookieValueTests {
    private func request(_ cookieHeaders: [String]) -> Request {
        var fields = HTTPFields()
        for header in cookieHeaders { fields.append(HTTPFields.Element(name: .cookie, value: header)) }
        let head = HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: "/", headerFields: fields)
        return Request(head: head, body: RequestBody(buffer: ByteBuffer()))
    }

    @Test func aCookieIsFoundByItsWholeNameAmongOthers() {
        let r = request(["theme=dark; wijzer-csrf=abc=def;wijzer-link=xyz", "late=1"])
        #expect(r.cookie("wijzer-csrf") == "abc=def")
        #expect(r.cookie("wijzer-link") == "xyz")
        #expect(r.cookie("theme") == "dark")
        #expect(r.cookie("late") == "1")
        // Neither a part of a name nor a name that only starts the same is a match.
        #expect(r.cookie("csrf") == nil && r.cookie("wijzer") == nil && r.cookie("wijzer-csrf=abc") == nil)
        #expect(request([]).cookie("wijzer-csrf") == nil)
        // An empty value is one (RFC 6265); Hummingbird reads it as no cookie. Either is no token.
        #expect(request(["wijzer-csrf="]).cookie("wijzer-csrf") == "")
    }

    @Test(arguments: [
        ["a=1; wijzer-csrf=t1"], ["  wijzer-csrf=t2 ; b"], ["flag; wijzer-csrf=t3"],
        ["wijzer-csrf=t4; wijzer-csrf=t5"], ["x=1", "wijzer-csrf=t6"], ["wijzer-csrf"], ["é=ü; wijzer-csrf=t7"], [""],
    ])
    func valuesAreThoseHummingbirdReads(headers: [String]) {
        let r = request(headers)
        #expect(r.cookie("wijzer-csrf") == r.cookies["wijzer-csrf"]?.value)
    }
}
