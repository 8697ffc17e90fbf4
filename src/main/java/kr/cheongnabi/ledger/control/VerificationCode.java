package kr.cheongnabi.ledger.control;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code printed on a certificate, by which anyone can look it up on the public page: 12
 * characters of Crockford's base 32 (no I, L, O or U, so nothing reads as another character), 60
 * random bits, shown in groups of four.
 */
public record VerificationCode(String value) implements Serializable {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Pattern FORM = Pattern.compile("[0-9A-HJKMNP-TV-Z]{12}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public VerificationCode {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a verification code: " + value);
    }
  }

  public static VerificationCode random() {
    var code = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new VerificationCode(code.toString());
  }

  /**
   * The code as someone typed it: case, spaces and dashes do not matter, and the letters people
   * mistake for digits are read as Crockford reads them (O as 0, I and L as 1).
   *
   * @return null when what was typed cannot be a code
   */
  public static VerificationCode typed(String text) {
    if (text == null) {
      return null;
    }
    var code =
        text.toUpperCase(Locale.ROOT)
            .replaceAll("[\\s-]", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    return FORM.matcher(code).matches() ? new VerificationCode(code) : null;
  }

  /** For people: {@code 7K3M-Q9XA-2B4D}. */
  public String grouped() {
    return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
  }

  @Override
  public String toString() {
    return grouped();
  }
}
