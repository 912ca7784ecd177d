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

    @Test(arguments: ["a=%", "a=%4", "a=%zz", "a=%C3", "a=%FF%FE"])
    func malformedBodiesAreRefused(body: String) {
        #expect(FormBody(Array(body.utf8)) == nil)
    }
}
