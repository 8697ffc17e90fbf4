package kr.cheongnabi.campaign.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a campaign mail's one-tap link: the recipient's id and when the link expires, signed
 * with HMAC-SHA256 under the server's secret (CAMPAIGN_LINK_SECRET), so that nobody can make a link
 * for another recipient or stretch one past its day, and no sign-in is needed to use it.
 */
public final class PledgeLink {

  /** The shortest secret accepted: 32 characters. */
  public static final int MIN_SECRET = 32;

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private PledgeLink() {}

  public static String sign(String secret, long recipientId, Instant expires) {
    var payload = recipientId + "." + expires.getEpochSecond();
    return payload + "." + mac(secret, payload);
  }

  /** The recipient a token names, when its signature holds and it has not expired. */
  public static OptionalLong verify(String secret, String token, Instant now) {
    if (token == null || token.length() > 200) {
      return OptionalLong.empty();
    }
    var parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return OptionalLong.empty();
    }
    var payload = parts[0] + "." + parts[1];
    var expected = mac(secret, payload).getBytes(StandardCharsets.US_ASCII);
    // Compared in constant time, so the time taken tells nothing of the right signature.
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return OptionalLong.empty();
    }
    try {
      var recipient = Long.parseLong(parts[0]);
      var expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
      return now.isBefore(expires) ? OptionalLong.of(recipient) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static String mac(String secret, String payload) {
    if (secret == null || secret.length() < MIN_SECRET) {
      throw new IllegalStateException(
          "CAMPAIGN_LINK_SECRET is not set or shorter than " + MIN_SECRET + " characters");
    }
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
