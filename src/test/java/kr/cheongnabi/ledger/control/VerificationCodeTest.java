package kr.cheongnabi.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VerificationCodeTest {

  @Test
  void aCodeIsShownInGroupsOfFour() {
    assertEquals("7K3M-Q9XA-2B4D", new VerificationCode("7K3MQ9XA2B4D").grouped());
  }

  @Test
  void aTypedCodeIgnoresCaseSpacesAndDashesAndReadsLookAlikeLetters() {
    assertEquals(new VerificationCode("7K3M09XA2B1D"), VerificationCode.typed(" 7k3m-o9xa-2bLd "));
  }

  @Test
  void somethingThatCannotBeACodeIsNoCode() {
    assertNull(VerificationCode.typed("7K3M"));
    assertNull(VerificationCode.typed("7K3M-Q9XA-2B4U"));
    assertNull(VerificationCode.typed(null));
    assertThrows(IllegalArgumentException.class, () -> new VerificationCode("7k3mq9xa2b4d"));
  }

  @Test
  void randomCodesAreCodesAndDiffer() {
    var first = VerificationCode.random();
    assertEquals(first, VerificationCode.typed(first.grouped()));
    assertNotEquals(first, VerificationCode.random());
  }
}
