package kr.cheongnabi.ledger.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.cheongnabi.ledger.control.CertificateCheck;
import kr.cheongnabi.ledger.control.CertificateCheck.Checked;

/**
 * certificate.xhtml?code=…: the public page where anyone checks a certificate by its code (typed,
 * or from the QR code printed on it). No sign-in.
 */
@Named
@ViewScoped
public class CertificateCheckBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CertificateCheck check;

  private String code;
  private Checked checked;
  private boolean looked;

  public void open() {
    if (code != null && !code.isBlank()) {
      look();
    }
  }

  public void look() {
    checked = check.check(code).orElse(null);
    looked = true;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Checked getChecked() {
    return checked;
  }

  public boolean isLooked() {
    return looked;
  }
}
