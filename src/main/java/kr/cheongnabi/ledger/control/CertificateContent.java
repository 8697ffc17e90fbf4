package kr.cheongnabi.ledger.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a training certificate says, in the language it is printed in.
 *
 * @param verifyUrl the public page that confirms the certificate, with its code
 * @param minutes credited minutes of the year when the certificate was issued
 * @param targetMinutes the yearly target the minutes met
 */
public record CertificateContent(
    VerificationCode code,
    String verifyUrl,
    String employeeName,
    String employeeNumber,
    String unitName,
    int year,
    int minutes,
    int onlineMinutes,
    int inPersonMinutes,
    int externalMinutes,
    int targetMinutes,
    LocalDate issuedOn,
    boolean korean) {

  public CertificateContent {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(verifyUrl, "verifyUrl");
    Objects.requireNonNull(employeeName, "employeeName");
    Objects.requireNonNull(employeeNumber, "employeeNumber");
    Objects.requireNonNull(issuedOn, "issuedOn");
  }
}
