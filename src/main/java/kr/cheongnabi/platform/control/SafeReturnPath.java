package kr.cheongnabi.platform.control;

/**
 * A path inside this application to return to after signing in. Anything else (another host, a
 * scheme, a protocol-relative URL) is replaced by the home page, so the sign-in page cannot be used
 * to send people elsewhere.
 */
public record SafeReturnPath(String value) {

  public static final String HOME = "/index.xhtml";

  public SafeReturnPath {
    if (value == null
        || !value.startsWith("/")
        || value.startsWith("//")
        || value.contains("\\")
        || value.contains("://")
        || value.startsWith(SignInMechanism.SIGN_IN_PAGE)
        || value.chars().anyMatch(Character::isISOControl)) {
      value = HOME;
    }
  }
}
