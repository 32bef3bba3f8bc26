package org.handbook.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void acceptsWebAddressesAndRefusesWhatURICreateWouldThrowOn() {
        assertTrue(WebAddress.problem("https://arxiv.org/abs/2106.09685").isEmpty());
        assertTrue(WebAddress.problem("http://example.org/ä?q=1#x").isEmpty(), "non-ASCII is fine in an IRI");
        for (String bad : new String[] {"https://a.org/x y", "https://a.org/x\u2028y", "https://a.org/x\ny", "https://a.org/{x}",
                "<https://a.org/>", "https://a.org/x|y", "mailto:a@b.org", "//a.org/x", "https:///x", " https://a.org/", "https://a.org/%zz"}) {
            assertTrue(WebAddress.problem(bad).isPresent(), bad);
        }
    }

    @Test
    void aDoiBecomesAnAddressWithItsOddCharactersEncoded() {
        String doi = "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI3>3.0.CO;2-O";
        assertTrue(WebAddress.doiProblem(doi).isEmpty());
        String url = WebAddress.doiUrl(doi);
        assertEquals("https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI3%3E3.0.CO;2-O", url);
        assertTrue(WebAddress.problem(url).isEmpty());
        assertEquals("/" + doi, URI.create(url).getPath());
        assertTrue(WebAddress.doiProblem("arXiv:2106.09685").isPresent());
    }
}
