package kr.cheongnabi.ledger.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.ledger.control.Credit;
import kr.cheongnabi.ledger.control.Digest;
import kr.cheongnabi.ledger.control.DigestCheck;
import kr.cheongnabi.ledger.control.LedgerAudit;
import kr.cheongnabi.ledger.control.TotalsCheck;
import kr.cheongnabi.platform.boundary.LocaleBacking;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.boundary.Uploads;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.SecurityEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * admin/ledger.xhtml: the chain's length and head, verification with the first bad entry named and
 * the totals that disagree with the entries, the digest to download, a kept digest (pasted or
 * uploaded) to check, and the latest refused attempts on one's own hours.
 */
@Named
@ViewScoped
public class AdminLedgerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A refused attempt as the table shows it. */
  public record RefusalRow(
      LocalDateTime at, String username, SecurityEvent.Kind kind, String detail)
      implements Serializable {

    static RefusalRow of(SecurityEvent e) {
      return new RefusalRow(
          LocalDateTime.ofInstant(e.getOccurredAt(), Credit.KOREA),
          e.getUsername(),
          e.getKind(),
          e.getDetail());
    }
  }

  @Inject LedgerAudit audit;
  @Inject LocaleBacking locale;

  private long length;
  private String headHash;
  private LocalDateTime headAt;
  private Boolean intact;
  private String verdict;
  private Boolean totalsAgree;
  private String totalsVerdict;
  private List<String> totalsProblems = List.of();
  private List<RefusalRow> refusals = List.of();
  private Boolean digestMatches;
  private String digestVerdict;
  private String keptDigest;
  private transient UploadedFile digestFile;

  public void load() {
    var head = audit.head();
    showHead(head.getSequence(), head.getHash(), head.getUpdatedAt());
    refusals = audit.refusals().stream().map(RefusalRow::of).toList();
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
    showTotals(result.totals());
  }

  private void showTotals(TotalsCheck totals) {
    totalsAgree = totals.agree();
    var lines = new ArrayList<String>();
    if (totals.agree()) {
      totalsVerdict = Messages.text("ledger.totalsAgree");
    } else {
      totalsVerdict =
          Messages.text(
              "ledger.totalsDisagree", totals.totalsDisagreeing(), totals.monthsDisagreeing());
      totals.totals().forEach(t -> lines.add(ProblemText.of(t, locale.getLocale())));
      if (totals.totalsDisagreeing() > totals.totals().size()) {
        lines.add(
            Messages.text(
                "ledger.totals.more", totals.totalsDisagreeing() - totals.totals().size()));
      }
      totals.months().forEach(m -> lines.add(ProblemText.of(m, locale.getLocale())));
      if (totals.monthsDisagreeing() > totals.months().size()) {
        lines.add(
            Messages.text(
                "ledger.totals.more", totals.monthsDisagreeing() - totals.months().size()));
      }
    }
    totalsProblems = List.copyOf(lines);
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

  public Boolean getTotalsAgree() {
    return totalsAgree;
  }

  public String getTotalsVerdict() {
    return totalsVerdict;
  }

  public List<String> getTotalsProblems() {
    return totalsProblems;
  }

  public List<RefusalRow> getRefusals() {
    return refusals;
  }

  public int getRefusalsShown() {
    return LedgerAudit.REFUSALS_SHOWN;
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
