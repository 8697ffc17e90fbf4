package kr.cheongnabi.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.learning.control.MyEvidenceClaims;
import kr.cheongnabi.learning.entity.EvidenceClaim;
import kr.cheongnabi.learning.entity.EvidenceFile;
import kr.cheongnabi.learning.entity.EvidenceForm;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.boundary.Uploads;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.UploadLimit;
import org.primefaces.model.file.UploadedFile;

/** me/evidence.xhtml: submit training taken elsewhere with its certificate; see each outcome. */
@Named
@ViewScoped
public class MyEvidenceBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final UploadLimit LIMIT = new UploadLimit(EvidenceFile.MAX_BYTES);

  /** A claim in my list. */
  public record Row(
      long id,
      String title,
      String provider,
      LocalDate takenOn,
      int minutes,
      String state,
      String reason,
      String certificateName)
      implements Serializable {}

  @Inject MyEvidenceClaims claims;

  private List<Row> rows;
  private String title;
  private String provider;
  private LocalDate takenOn;
  private BigDecimal hours;
  private transient UploadedFile file;

  public void load() {
    rows = claims.mine().stream().map(MyEvidenceBacking::row).toList();
  }

  public void submit() {
    EvidenceFile certificate;
    try {
      certificate = EvidenceFile.of(file == null ? null : file.getFileName(), content());
    } catch (IllegalArgumentException e) {
      Messages.errorOn("evidence:file", e.getMessage());
      return;
    } catch (BusinessException e) {
      Messages.errorOn("evidence:file", e.getMessageKey(), e.getArguments());
      return;
    }
    try {
      claims.submit(new EvidenceForm(title, provider, takenOn, hours), certificate);
      Messages.info("evidence.submitted", title);
      title = null;
      provider = null;
      takenOn = null;
      hours = null;
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  private byte[] content() {
    return Uploads.chosen(file) ? Uploads.read(file, LIMIT) : null;
  }

  private static Row row(EvidenceClaim c) {
    return new Row(
        c.getId(),
        c.getTitle(),
        c.getProvider(),
        c.getTakenOn(),
        c.getMinutes(),
        c.getState().name(),
        c.getReason(),
        c.getCertificateName());
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public LocalDate getTakenOn() {
    return takenOn;
  }

  public void setTakenOn(LocalDate takenOn) {
    this.takenOn = takenOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
