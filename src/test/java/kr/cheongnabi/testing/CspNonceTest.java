package kr.cheongnabi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CspNonceTest {

  @Test
  void readsTheNonceThePageGivesPrimeFaces() {
    var page =
        """
        <head><script nonce="ZmYz">if(window.PrimeFaces){PrimeFaces.csp.init('ZmYz');}</script>
        """;
    assertEquals("ZmYz", CspNonce.in(page));
  }

  @Test
  void givesNothingForAPageWithoutOne() {
    assertEquals("", CspNonce.in("<html><body>My quizzes</body></html>"));
  }
}
