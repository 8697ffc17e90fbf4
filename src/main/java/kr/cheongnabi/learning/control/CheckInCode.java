package kr.cheongnabi.learning.control;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The short code shown at the venue. It is computed, never stored: HMAC-SHA256 of the session's
 * secret over the session id and the current one-minute window, so every instance of a cluster
 * shows and accepts the same code without sharing memory. A code is taken during its own window and
 * the one after, so a person who reads it just before it changes still gets in.
 */
public final class CheckInCode {

  public static final Duration WINDOW = Duration.ofSeconds(60);
  public static final int LENGTH = 6;

  /** 32 letters and digits, without 0/O and 1/I that people misread on a projector. */
  static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private CheckInCode() {}

  public static String at(byte[] secret, long sessionId, Instant now) {
    return of(secret, sessionId, window(now));
  }

  public static boolean accepts(byte[] secret, long sessionId, String code, Instant now) {
    if (code == null) {
      return false;
    }
    var typed = normalise(code);
    long window = window(now);
    return same(typed, of(secret, sessionId, window))
        || same(typed, of(secret, sessionId, window - 1));
  }

  /** What a person typed, as the code is written: upper case, without spaces or dashes. */
  public static String normalise(String code) {
    return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
  }

  private static long window(Instant now) {
    return Math.floorDiv(now.getEpochSecond(), WINDOW.getSeconds());
  }

  private static boolean same(String typed, String expected) {
    return MessageDigest.isEqual(typed.getBytes(), expected.getBytes());
  }

  private static String of(byte[] secret, long sessionId, long window) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      var digest = mac.doFinal(ByteBuffer.allocate(16).putLong(sessionId).putLong(window).array());
      var code = new StringBuilder(LENGTH);
      for (int i = 0; i < LENGTH; i++) {
        code.append(ALPHABET.charAt((digest[i] & 0xFF) % ALPHABET.length()));
      }
      return code.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
