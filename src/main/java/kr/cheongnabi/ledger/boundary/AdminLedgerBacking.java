package kr.cheongnabi.ledger.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import kr.cheongnabi.ledger.control.Credit;
import kr.cheongnabi.ledger.control.Digest;
import kr.cheongnabi.ledger.control.DigestCheck;
import kr.cheongnabi.ledger.control.LedgerAudit;
import kr.cheongnabi.platform.boundary.LocaleBacking;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.boundary.Uploads;
import kr.cheongnabi.platform.control.BusinessException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * admin/ledger.xhtml: the chain's length and head, verification with the first bad entry named, the
 * digest to download, and a kept digest (pasted or uploaded) to check.
 */
@Named
@ViewScoped
public class AdminLedgerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LedgerAudit audit;
  @Inject LocaleBacking locale;

  private long length;
  private String headHash;
  private LocalDateTime headAt;
  private Boolean intact;
  private String verdict;
  private Boolean digestMatches;
  private String digestVerdict;
  private String keptDigest;
  private transient UploadedFile digestFile;

  public void load() {
    var head = audit.head();
    showHead(head.getSequence(), head.getHash(), head.getUpdatedAt());
  }

  public void verify() {
    var result = audit.verify();
    showHead(result.length(), result.headHash(), result.headRecordedAt());
    intact = result.intact();
    if (result.intact()) {
      verdict = Messages.text("ledger.intact", result.length());
    } else {
      verdict =
          Messages.text("ledger.broken", ProblemText.of(result.problem(), locale.getLocale()));
    }
  }

  public StreamedContent digest() {
    var digest = audit.digest();
    var json = digest.toJson().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name(LedgerResource.fileName(digest))
        .contentType("application/json; charset=UTF-8")
        .contentLength((long) json.length)
        .stream(() -> new ByteArrayInputStream(json))
        .build();
  }

  /** Checks the uploaded digest file, or else the pasted text. */
  public void checkDigest() {
    digestMatches = null;
    try {
      var text =
          Uploads.chosen(digestFile)
              ? new String(Uploads.read(digestFile, Digest.UPLOAD_LIMIT), StandardCharsets.UTF_8)
              : keptDigest;
      if (text == null || text.isBlank()) {
        Messages.error("ledger.digestMissing");
        return;
      }
      var check = audit.check(Digest.parse(text));
      digestMatches = check.matches();
      digestVerdict = describe(check);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  private String describe(DigestCheck check) {
    var outcome =
        Messages.text(
            "ledger.digest." + check.outcome(),
            Long.toString(check.digest().sequence()),
            Long.toString(check.length()));
    return check.problem() == null
        ? outcome
        : outcome + " " + ProblemText.of(check.problem(), locale.getLocale());
  }

  private void showHead(long sequence, String hash, Instant at) {
    length = sequence;
    headHash = hash;
    headAt = at == null ? null : LocalDateTime.ofInstant(at, Credit.KOREA);
  }

  public long getLength() {
    return length;
  }

  public String getHeadHash() {
    return headHash;
  }

  public LocalDateTime getHeadAt() {
    return headAt;
  }

  public Boolean getIntact() {
    return intact;
  }

  public String getVerdict() {
    return verdict;
  }

  public Boolean getDigestMatches() {
    return digestMatches;
  }

  public String getDigestVerdict() {
    return digestVerdict;
  }

  public String getKeptDigest() {
    return keptDigest;
  }

  public void setKeptDigest(String keptDigest) {
    this.keptDigest = keptDigest;
  }

  public UploadedFile getDigestFile() {
    return digestFile;
  }

  public void setDigestFile(UploadedFile digestFile) {
    this.digestFile = digestFile;
  }
}
