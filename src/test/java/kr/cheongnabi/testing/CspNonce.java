package kr.cheongnabi.testing;

import java.util.regex.Pattern;

/**
 * The Content-Security-Policy nonce of a page, which PrimeFaces' script sends back as {@code
 * primefaces.nonce} with each Faces post of the page (and the server checks); for clients that post
 * Faces forms by hand, as the load benchmark and the fail-over test do.
 */
public final class CspNonce {

  private static final Pattern INIT = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

  private CspNonce() {}

  /** The nonce the page gives its script, or "" when it gives none. */
  public static String in(String page) {
    var m = INIT.matcher(page);
    return m.find() ? m.group(1) : "";
  }
}
